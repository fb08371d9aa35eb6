#include "deskcounts.h"

#include <QSqlQuery>

#include "core/followup.h"
#include "core/workorder.h"
#include "sql.h"

namespace dd {

int DeskCounts::count(const QString &sql, const QVariantList &params)
{
    QSqlQuery q = m_db.query(sql, params);
    return q.next() ? q.value(0).toInt() : 0;
}

int DeskCounts::arrivalsWaiting(const QDateTime &nowUtc)
{
    const QDate today = nowUtc.toLocalTime().date();
    return count(QStringLiteral("SELECT COUNT(*) FROM visits WHERE arrived_at >= ? AND arrived_at < ? AND state = 'waiting'"),
                 {Sql::toDb(QDateTime(today, QTime(0, 0)).toUTC()), Sql::toDb(QDateTime(today.addDays(1), QTime(0, 0)).toUTC())});
}

int DeskCounts::approvalsWaiting()
{
    return count(QStringLiteral("SELECT COUNT(*) FROM addon_findings WHERE state = 'pending'"));
}

int DeskCounts::followUpsDue(const QDate &today)
{
    return count(QStringLiteral("SELECT COUNT(*) FROM follow_ups f JOIN customers c ON c.id = f.customer_id WHERE f.state = 'due' AND "
                                "f.due_date <= ? AND c.followup_consent = 1"),
                 {today.toString(Qt::ISODate)});
}

int DeskCounts::followUpsOverdue(const QDate &today)
{
    return count(QStringLiteral("SELECT COUNT(*) FROM follow_ups f JOIN customers c ON c.id = f.customer_id WHERE f.state = 'due' AND "
                                "f.due_date < ? AND c.followup_consent = 1"),
                 {today.toString(Qt::ISODate)});
}

DeskCounts::Complaints DeskCounts::complaints(const QDateTime &nowUtc)
{
    // The index (state, resolve_by): the open ones only, a few dozen at most.
    const QString now = Sql::toDb(nowUtc);
    QSqlQuery q = m_db.query(QStringLiteral("SELECT COUNT(*), "
                                            "COALESCE(SUM(CASE WHEN resolve_by < ? OR (replied_at IS NULL AND reply_by < ?) THEN 1 ELSE 0 END), 0), "
                                            "COALESCE(SUM(CASE WHEN severity = ? OR resolve_by < ? OR (replied_at IS NULL AND reply_by < ?) "
                                            "THEN 1 ELSE 0 END), 0) FROM complaints WHERE state = ?"),
                             {now, now, FollowUpCodes::severities().code(ComplaintSeverity::Major), now, now,
                              FollowUpCodes::complaintStates().code(ComplaintState::Open)});
    Complaints c;
    if (q.next()) {
        c.open = q.value(0).toInt();
        c.overdue = q.value(1).toInt();
        c.escalated = q.value(2).toInt();
    }
    return c;
}

int DeskCounts::readyToSettle()
{
    return count(QStringLiteral("SELECT COUNT(*) FROM work_orders WHERE state = 'ready'"));
}

int DeskCounts::overduePromises(const QDateTime &nowUtc)
{
    const QStringList late = WorkOrderCodes::inWorkshop() + QStringList{WorkOrderCodes::code(WorkOrderState::QualityCheck)};
    return count(QStringLiteral("SELECT COUNT(*) FROM work_orders WHERE state IN %1 AND promised_at IS NOT NULL "
                                "AND promised_at < ?").arg(WorkOrderCodes::sql(late)),
                 {Sql::toDb(nowUtc)});
}

} // namespace dd
