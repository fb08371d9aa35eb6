#include "changes.h"

#include <QMetaObject>
#include <QMutexLocker>

namespace dd {

bool ChangeSet::touches(const QString &table) const
{
    for (const Change &c : changes)
        if (c.table == table)
            return true;
    return false;
}

bool ChangeSet::touchesAny(const QStringList &tables) const
{
    for (const Change &c : changes)
        if (tables.contains(c.table))
            return true;
    return false;
}

bool ChangeSet::touches(const QString &table, qint64 id) const
{
    return last(table, id) != nullptr;
}

const Change *ChangeSet::last(const QString &table, qint64 id) const
{
    const QString key = QString::number(id);
    for (auto it = changes.crbegin(); it != changes.crend(); ++it)
        if (it->table == table && it->recordId == key)
            return &*it;
    return nullptr;
}

void ChangeSet::append(const ChangeSet &other)
{
    changes += other.changes;
    local = local && other.local;
}

ChangeHub::ChangeHub(QObject *parent) : QObject(parent)
{
    static const int registered = qRegisterMetaType<dd::ChangeSet>();
    Q_UNUSED(registered);
}

void ChangeHub::publish(const ChangeSet &set)
{
    if (set.isEmpty())
        return;
    if (set.local) {
        QMutexLocker lock(&m_mutex);
        if (m_tracking)
            for (const Change &c : set.changes)
                if (c.auditId)
                    m_own.insert(c.auditId);
    }
    QMetaObject::invokeMethod(this, [this, set] { emit changed(set); }, Qt::QueuedConnection);
}

void ChangeHub::setTracking(bool on)
{
    QMutexLocker lock(&m_mutex);
    m_tracking = on;
    if (!on)
        m_own.clear();
}

bool ChangeHub::takeOwn(qint64 auditId)
{
    QMutexLocker lock(&m_mutex);
    return m_own.remove(auditId);
}

} // namespace dd
