#include "sql.h"

#include <QTimeZone>

namespace dd {

QSqlQuery Sql::exec(const QSqlDatabase &db, const QString &sql, const QVariantList &params)
{
    // Not forward-only: QPSQL would stream rows in single-row mode and lose them when a nested query runs.
    QSqlQuery q(db);
    if (params.isEmpty()) {
        // Nothing to bind (PostgreSQL cannot prepare BEGIN, SET or DDL): run the fixed text as it is.
        if (!q.exec(sql))
            throw toError(q.lastError(), sql);
        return q;
    }
    if (!q.prepare(sql))
        throw toError(q.lastError(), sql);
    for (int i = 0; i < params.size(); ++i)
        q.bindValue(i, params.at(i));
    if (!q.exec())
        throw toError(q.lastError(), sql);
    return q;
}

QVariant Sql::scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &params, const QVariant &fallback)
{
    QSqlQuery q = exec(db, sql, params);
    return q.next() ? q.value(0) : fallback;
}

bool Sql::isConnectionError(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    // SQLite's native codes are numbers, and QSQLITE reports every failed step as a "connection error" (a NOT
    // NULL violation included); a file has no connection to lose, only one it cannot open (14, CANTOPEN).
    bool numeric = false;
    const int sqliteCode = code.toInt(&numeric) & 0xff;
    if (numeric && code.size() <= 4)
        return sqliteCode == 14;
    if (error.type() == QSqlError::ConnectionError)
        return true;
    if (code.startsWith(QLatin1String("08")) || code == QLatin1String("57P01") || code == QLatin1String("57P02")
        || code == QLatin1String("57P03"))
        return true;
    const QString text = error.text().toLower();
    return text.contains(QLatin1String("server closed the connection"))
        || text.contains(QLatin1String("no connection to the server"))
        || text.contains(QLatin1String("terminating connection"))
        || text.contains(QLatin1String("could not send data to server"))
        || text.contains(QLatin1String("connection to server")) || text.contains(QLatin1String("driver not loaded"));
}

StoreError Sql::toError(const QSqlError &error, const QString &context)
{
    const QString code = error.nativeErrorCode();
    const QString detail = error.text() + QStringLiteral(" [") + code + QStringLiteral("] ")
        + context.simplified().left(200);
    bool numeric = false;
    int extended = code.toInt(&numeric);
    // SQLite's codes are numbers of at most four digits (extended codes keep the primary code in the low byte);
    // PostgreSQL's are five-character SQLSTATEs, some all digits ("42501" is not SQLite's 5, busy).
    numeric = numeric && code.size() <= 4;
    if (!numeric)
        extended = -1;
    const int sqliteCode = numeric ? (extended & 0xff) : -1;
    auto make = [&](StoreError::Kind kind, const QString &message) { return StoreError(kind, message, detail, code); };
    if (isConnectionError(error)
        || (!numeric && code.isEmpty() && error.databaseText().trimmed().isEmpty() && error.type() != QSqlError::NoError))
        // PostgreSQL: an error without a code or a reason is a connection that went away in the middle.
        return make(StoreError::Kind::Connection,
                    tr("The connection to the database was lost. Nothing of this change was saved; check the network "
                       "and that the database server is running, then do it again."));
    const QString text = error.text().toLower();
    if (sqliteCode == 5 || sqliteCode == 6 || text.contains(QLatin1String("database is locked")))
        return make(StoreError::Kind::Locked,
                    tr("The database is busy or locked by another program. Nothing was saved; wait a moment "
                       "and try again."));
    if (sqliteCode == 11 || sqliteCode == 26 || text.contains(QLatin1String("malformed")))
        return make(StoreError::Kind::Damaged,
                    tr("The database file is damaged. Stop using it and restore the latest backup."));
    if (sqliteCode == 13 || code == QLatin1String("53100"))
        return make(StoreError::Kind::Failure,
                    tr("The disk is full. Nothing was saved; free some space and try again."));
    if (sqliteCode == 8)
        return make(StoreError::Kind::Failure,
                    tr("The database cannot be written (it or its folder is read-only). Nothing was saved."));
    if (code == QLatin1String("40001") || code == QLatin1String("40P01"))
        return make(StoreError::Kind::Conflict,
                    tr("Another station was saving the same data at the same moment. Nothing was saved; "
                       "try again."));
    // 2067 SQLITE_CONSTRAINT_UNIQUE, 1555 SQLITE_CONSTRAINT_PRIMARYKEY, 23505 unique_violation.
    if (extended == 2067 || extended == 1555 || code == QLatin1String("23505"))
        return make(StoreError::Kind::Duplicate,
                    tr("This is already on file (perhaps saved at another station a moment ago). Nothing was saved; "
                       "look it up and try again."));
    const QString reason = error.databaseText().trimmed().isEmpty() ? error.text().trimmed() : error.databaseText().trimmed();
    if (reason.isEmpty())
        return make(StoreError::Kind::Failure,
                    tr("The database refused the change without giving a reason. Nothing was saved; try again, and "
                       "tell the administrator if it happens again."));
    return make(StoreError::Kind::Failure, tr("The database refused the change: %1").arg(reason));
}

QString Sql::toDb(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

QDateTime Sql::fromDb(const QVariant &value)
{
    if (value.isNull())
        return {};
    QDateTime dt = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (dt.isValid())
        dt = dt.toUTC();
    return dt;
}

} // namespace dd
