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
    if (numeric)
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
    const QString detail = error.text() + QStringLiteral(" [") + error.nativeErrorCode() + QStringLiteral("] ")
        + context.simplified().left(200);
    if (isConnectionError(error))
        return StoreError(StoreError::Kind::Connection,
                          tr("The database cannot be reached. Nothing was saved; check the network or the "
                             "database server, then try again."),
                          detail);
    const QString code = error.nativeErrorCode();
    const QString text = error.text().toLower();
    // SQLite result codes: 5 BUSY, 6 LOCKED, 11 CORRUPT, 13 FULL, 26 NOTADB (extended codes keep the low byte).
    const int sqliteCode = code.toInt() & 0xff;
    if (sqliteCode == 5 || sqliteCode == 6 || text.contains(QLatin1String("database is locked")))
        return StoreError(StoreError::Kind::Locked,
                          tr("The database is busy or locked by another program. Nothing was saved; wait a moment "
                             "and try again."),
                          detail);
    if (sqliteCode == 11 || sqliteCode == 26 || text.contains(QLatin1String("malformed"))
        || text.contains(QLatin1String("not a database")))
        return StoreError(StoreError::Kind::NotADatabase,
                          tr("The database file is damaged. Stop using it and restore the latest backup."), detail);
    if (sqliteCode == 13 || code == QLatin1String("53100"))
        return StoreError(StoreError::Kind::Failure,
                          tr("The disk is full. Nothing was saved; free some space and try again."), detail);
    if (code == QLatin1String("40001") || code == QLatin1String("40P01"))
        return StoreError(StoreError::Kind::Conflict,
                          tr("Another station was saving the same data at the same moment. Nothing was saved; "
                             "try again."),
                          detail);
    return StoreError(StoreError::Kind::Failure,
                      tr("The database refused the change: %1").arg(error.databaseText().isEmpty()
                                                                        ? error.text()
                                                                        : error.databaseText()),
                      detail);
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
