#pragma once
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <functional>

#include "store/changes.h"

class QWidget;

namespace dd {

// Keeps a screen live: `apply` runs when a change to one of `tables` was committed, here or at another
// station (ChangeHub), coalesced over a short moment so a burst reloads once. While the screen is hidden the
// changes wait and are applied once when it is shown again. This replaces the pages' polling timers.
// The table "*" stands for every table (the audit trail shows them all).
class LiveUpdates : public QObject
{
    Q_OBJECT
public:
    static constexpr int coalesceMs = 100;

    LiveUpdates(QWidget *page, ChangeHub &hub, QStringList tables, std::function<void(const ChangeSet &)> apply);

    bool hasPending() const { return !m_pending.isEmpty(); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void flush();

    QWidget *m_page;
    QStringList m_tables;
    std::function<void(const ChangeSet &)> m_apply;
    ChangeSet m_pending;
    QTimer m_timer;
};

} // namespace dd
