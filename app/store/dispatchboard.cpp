#include "dispatchboard.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include "core/customer.h"
#include "core/workorder.h"
#include "sql.h"

namespace dd {

namespace {
const QString kBoardStates = WorkOrderCodes::sql(WorkOrderCodes::onBoard());
}

QList<BoardRow> DispatchBoard::rows()
{
    QSqlQuery q = m_db.query(
        QStringLiteral("SELECT w.id, w.number, v.plate, v.vin, v.brand, v.series, w.state, w.advisor_name, w.handed_over_to, "
                       "w.handed_over_at, w.promised_at, w.rework_count, b.name, w.opened_at "
                       "FROM work_orders w JOIN vehicles v ON v.id = w.vehicle_id "
                       "LEFT JOIN appointments a ON a.id = w.appointment_id LEFT JOIN bays b ON b.id = a.bay_id "
                       "WHERE w.state IN ") +
            kBoardStates + QStringLiteral(" ORDER BY w.promised_at, w.id"),
        {});
    QList<BoardRow> rows;
    QHash<qint64, int> index;
    while (q.next()) {
        BoardRow r;
        r.workOrderId = q.value(0).toLongLong();
        r.number = q.value(1).toString();
        r.vehicleLabel = Vehicle::labelOf(q.value(2).toString(), q.value(3).toString(), q.value(4).toString(), q.value(5).toString());
        r.state = q.value(6).toString();
        r.advisorName = q.value(7).toString();
        r.handedOverTo = q.value(8).toString();
        r.handedOverAt = Sql::fromDb(q.value(9));
        r.promisedAt = Sql::fromDb(q.value(10));
        r.reworkCount = q.value(11).toInt();
        r.bay = q.value(12).toString();
        r.openedAt = Sql::fromDb(q.value(13));
        index.insert(r.workOrderId, int(rows.size()));
        rows << r;
    }
    if (rows.isEmpty())
        return rows;
    QSqlQuery l = m_db.query(QStringLiteral("SELECT l.work_order_id, l.kind, l.status, l.centi_hours, l.technician_name, l.finding_id "
                                           "FROM work_order_lines l JOIN work_orders w ON w.id = l.work_order_id "
                                           "WHERE w.state IN ") +
                                 kBoardStates,
                             {});
    QSet<qint64> findings;
    while (l.next()) {
        const int i = index.value(l.value(0).toLongLong(), -1);
        if (i < 0)
            continue;
        BoardRow &r = rows[i];
        const QString status = l.value(2).toString();
        // A finding waits while any of its lines does (a repriced estimate line has a finding of its own).
        if (status == QLatin1String("proposed") && !findings.contains(l.value(5).toLongLong())) {
            findings.insert(l.value(5).toLongLong());
            ++r.pendingFindings;
        }
        if (l.value(1).toString() != QLatin1String("labor") || status != QLatin1String("approved"))
            continue;
        r.soldCentiHours += l.value(3).toInt();
        const QString tech = l.value(4).toString();
        if (!tech.isEmpty() && !r.technicians.contains(tech))
            r.technicians << tech;
    }
    return rows;
}

QString DispatchBoard::version()
{
    // Every change to a work order raises its version; one leaving the board changes the count or the sum.
    QSqlQuery q = m_db.query(QStringLiteral("SELECT COUNT(*), SUM(version), MAX(updated_at) FROM work_orders WHERE state IN ") +
                                 kBoardStates,
                             {});
    if (!q.next())
        return {};
    return QStringLiteral("%1|%2|%3").arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
}

} // namespace dd
