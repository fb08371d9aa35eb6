#include "auditlog.h"

#include <QSqlQuery>
#include <QHash>
#include <QTime>

#include "database.h"
#include "sql.h"
#include "storeerror.h"

namespace dd {

QList<AuditEntry> AuditLog::query(const AuditFilter &f)
{
    QStringList where;
    QVariantList params;
    if (f.from.isValid()) {
        where << QStringLiteral("at >= ?");
        params << Sql::toDb(QDateTime(f.from, QTime(0, 0)).toUTC());
    }
    if (f.to.isValid()) {
        where << QStringLiteral("at < ?");
        params << Sql::toDb(QDateTime(f.to.addDays(1), QTime(0, 0)).toUTC());
    }
    if (!f.userName.isEmpty()) {
        where << QStringLiteral("user_name = ?");
        params << f.userName;
    }
    if (!f.table.isEmpty()) {
        where << QStringLiteral("table_name = ?");
        params << f.table;
    }
    if (!f.command.isEmpty()) {
        where << QStringLiteral("command = ?");
        params << f.command;
    }
    if (!f.recordId.isEmpty()) {
        where << QStringLiteral("record_id = ?");
        params << f.recordId;
    }
    params << f.limit;
    QSqlQuery q = m_db.query(QStringLiteral("SELECT id, at, user_name, station, command, table_name, record_id, action, "
                                           "old_values, new_values FROM audit_log %1 ORDER BY id DESC LIMIT ?")
                                .arg(where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "))),
                            params);
    QList<AuditEntry> out;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = Sql::fromDb(q.value(1));
        e.userName = q.value(2).toString();
        e.station = q.value(3).toString();
        e.command = q.value(4).toString();
        e.table = q.value(5).toString();
        e.recordId = q.value(6).toString();
        e.action = q.value(7).toString();
        e.oldValues = q.value(8).toString();
        e.newValues = q.value(9).toString();
        out << e;
    }
    labelRecords(out);
    return out;
}

void AuditLog::labelRecords(QList<AuditEntry> &entries)
{
    // Per record type, the number or name people know a record by (fixed SQL, never user text).
    static const QHash<QString, QString> labels{
        {QStringLiteral("work_orders"), QStringLiteral("SELECT id, number FROM work_orders WHERE id IN (%1)")},
        {QStringLiteral("settlements"), QStringLiteral("SELECT id, number FROM settlements WHERE id IN (%1)")},
        {QStringLiteral("appointments"), QStringLiteral("SELECT id, number FROM appointments WHERE id IN (%1)")},
        {QStringLiteral("work_order_lines"),
         QStringLiteral("SELECT l.id, w.number FROM work_order_lines l JOIN work_orders w ON w.id = l.work_order_id WHERE l.id IN (%1)")},
        {QStringLiteral("work_order_concerns"),
         QStringLiteral("SELECT c.id, w.number FROM work_order_concerns c JOIN work_orders w ON w.id = c.work_order_id WHERE c.id IN (%1)")},
        {QStringLiteral("addon_findings"),
         QStringLiteral("SELECT f.id, w.number FROM addon_findings f JOIN work_orders w ON w.id = f.work_order_id WHERE f.id IN (%1)")},
        {QStringLiteral("inspections"),
         QStringLiteral("SELECT i.id, w.number FROM inspections i JOIN work_orders w ON w.id = i.work_order_id WHERE i.id IN (%1)")},
        {QStringLiteral("delivery_notifications"),
         QStringLiteral("SELECT n.id, w.number FROM delivery_notifications n JOIN work_orders w ON w.id = n.work_order_id WHERE n.id IN (%1)")},
        {QStringLiteral("payments"),
         QStringLiteral("SELECT p.id, s.number FROM payments p JOIN settlements s ON s.id = p.settlement_id WHERE p.id IN (%1)")},
        {QStringLiteral("vehicles"), QStringLiteral("SELECT id, CASE WHEN plate <> '' THEN plate ELSE vin END FROM vehicles WHERE id IN (%1)")},
        {QStringLiteral("customers"), QStringLiteral("SELECT id, name FROM customers WHERE id IN (%1)")},
        {QStringLiteral("users"), QStringLiteral("SELECT id, login FROM users WHERE id IN (%1)")},
        {QStringLiteral("technicians"), QStringLiteral("SELECT id, name FROM technicians WHERE id IN (%1)")},
        {QStringLiteral("labor_rates"), QStringLiteral("SELECT id, code FROM labor_rates WHERE id IN (%1)")},
        {QStringLiteral("day_closes"), QStringLiteral("SELECT id, business_date FROM day_closes WHERE id IN (%1)")},
        {QStringLiteral("cash_counts"), QStringLiteral("SELECT id, business_date FROM cash_counts WHERE id IN (%1)")},
        {QStringLiteral("issued_documents"), QStringLiteral("SELECT id, number FROM issued_documents WHERE id IN (%1)")},
    };
    QHash<QString, QList<qint64>> ids;
    for (const AuditEntry &e : std::as_const(entries)) {
        bool ok = false;
        const qint64 id = e.recordId.toLongLong(&ok);
        if (ok && labels.contains(e.table) && !ids[e.table].contains(id))
            ids[e.table] << id;
    }
    QHash<QString, QString> found; // "table\nid" -> label
    for (auto it = ids.cbegin(); it != ids.cend(); ++it) {
        for (qsizetype from = 0; from < it.value().size(); from += 400) {
            const QList<qint64> chunk = it.value().mid(from, 400);
            QStringList marks;
            QVariantList params;
            for (qint64 id : chunk) {
                marks << QStringLiteral("?");
                params << id;
            }
            try {
                QSqlQuery q = m_db.query(labels.value(it.key()).arg(marks.join(QStringLiteral(", "))), params);
                while (q.next())
                    found.insert(it.key() + QLatin1Char('\n') + q.value(0).toString(), q.value(1).toString());
            } catch (const StoreError &) {
                // an older database without the column: the id stays
            }
        }
    }
    for (AuditEntry &e : entries)
        e.recordLabel = found.value(e.table + QLatin1Char('\n') + e.recordId);
}

QStringList AuditLog::distinct(const QString &column)
{
    QStringList out;
    QSqlQuery q = m_db.query(QStringLiteral("SELECT DISTINCT %1 FROM audit_log ORDER BY %1").arg(column));
    while (q.next())
        out << q.value(0).toString();
    return out;
}

QStringList AuditLog::userNames()
{
    return distinct(QStringLiteral("user_name"));
}

QStringList AuditLog::tables()
{
    return distinct(QStringLiteral("table_name"));
}

QStringList AuditLog::commands()
{
    return distinct(QStringLiteral("command"));
}

} // namespace dd
