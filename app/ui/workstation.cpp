#include "workstation.h"

#include <QAction>
#include <QCoreApplication>
#include <QMetaObject>
#include <QWidget>

#include "appcontext.h"
#include "liveupdates.h"
#include "uihelpers.h"

namespace dd {

QAction *PageKeys::add(const QKeySequence &key, const char *what, const std::function<void()> &slot)
{
    QAction *a = ui::pageShortcut(m_page, key, slot);
    if (what)
        m_listed.append({key, what});
    return a;
}

void PageKeys::note(const QKeySequence &key, const char *what)
{
    m_listed.append({key, what});
}

QList<KeyRow> PageKeys::rows() const
{
    const char *context = m_page->metaObject()->className();
    QList<KeyRow> rows;
    for (const auto &[key, what] : m_listed)
        rows.append({key, QCoreApplication::translate(context, what)});
    return rows;
}

void Workstation::goLive(AppContext &ctx)
{
    new LiveUpdates(widget(), ctx.db.changes(), listensTo(), [this](const ChangeSet &set) { changed(set); });
}

} // namespace dd
