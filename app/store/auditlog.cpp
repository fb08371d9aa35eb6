#include "auditlog.h"

#include <QSqlQuery>
#include <QTime>

#include "database.h"
#include "sql.h"

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
    return out;
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

} // namespace dd
