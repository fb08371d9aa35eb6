#include "liveupdates.h"

#include <QEvent>
#include <QWidget>

namespace dd {

LiveUpdates::LiveUpdates(QWidget *page, ChangeHub &hub, QStringList tables,
                         std::function<void(const ChangeSet &)> apply)
    : QObject(page), m_page(page), m_tables(std::move(tables)), m_apply(std::move(apply))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(coalesceMs);
    connect(&m_timer, &QTimer::timeout, this, &LiveUpdates::flush);
    connect(&hub, &ChangeHub::changed, this, [this](const ChangeSet &set) {
        ChangeSet mine;
        mine.local = set.local;
        for (const Change &c : set.changes)
            if (m_tables.contains(c.table) || m_tables.contains(QStringLiteral("*")))
                mine.changes << c;
        if (mine.isEmpty())
            return;
        if (m_pending.isEmpty())
            m_pending.local = mine.local;
        m_pending.append(mine);
        if (m_page->isVisible())
            m_timer.start();
    });
    m_page->installEventFilter(this);
}

bool LiveUpdates::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_page && event->type() == QEvent::Show && !m_pending.isEmpty())
        m_timer.start();
    return QObject::eventFilter(watched, event);
}

void LiveUpdates::flush()
{
    if (m_pending.isEmpty() || !m_page->isVisible())
        return;
    const ChangeSet set = m_pending;
    m_pending = ChangeSet();
    m_apply(set);
}

} // namespace dd
