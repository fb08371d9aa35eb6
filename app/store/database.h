#pragma once
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <QSqlQuery>
#include <QSqlDatabase>
#include <functional>

#include "core/dbtarget.h"
#include "core/sqlscript.h"
#include "storeerror.h"

namespace dd {

// One database (SQLite file or PostgreSQL), with one QtSql connection per thread that uses it.
//
// open() first probes the target without writing to it: a file that is not a database, a database that is
// not DealerDesk's, or one with a newer schema is refused untouched. Only then are the SQLite pragmas set
// (WAL, foreign keys, synchronous=FULL, busy timeout).
class Database
{
    Q_DECLARE_TR_FUNCTIONS(dd::Database)
public:
    explicit Database(DbTarget target);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Throws StoreError (Connection, Locked, NotADatabase, NewerSchema, Failure).
    void open();
    // Looks at the target without opening it for work or writing anything: throws what open() would refuse
    // with, else returns the schema version found (0 for a new or empty database).
    int inspect();
    void close();
    bool isOpen() const { return m_open; }

    // The connection of the calling thread, opened on first use.
    QSqlDatabase connection();
    // After a lost connection: closes and reopens this thread's connection. True when it is usable again.
    bool reconnect();

    // A read on this thread's connection. Outside a command's transaction, a lost connection is reopened and
    // the read tried once more (reads are safe to repeat); inside one, the error goes to the command.
    QSqlQuery query(const QString &sql, const QVariantList &params = {});
    QVariant scalar(const QString &sql, const QVariantList &params = {}, const QVariant &fallback = {});
    // Kept by the command layer: whether this thread's connection is inside a command's transaction.
    void setInTransaction(bool open);
    bool inTransaction() const;

    const DbTarget &target() const { return m_target; }
    SqlScript::Dialect dialect() const
    {
        return m_target.isSqlite() ? SqlScript::Dialect::Sqlite : SqlScript::Dialect::PostgreSql;
    }
    bool isSqlite() const { return m_target.isSqlite(); }

    // The schema version found by open() before any migration ran (0 for a new database).
    int schemaVersionAtOpen() const { return m_versionAtOpen; }

    // The clock commands use; tests may set their own. Always UTC.
    QDateTime now() const { return m_clock ? m_clock() : QDateTime::currentDateTimeUtc(); }
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    // This PC's name, recorded with every change.
    static QString stationName();

private:
    void probe();
    void probeSqliteFile();
    QSqlDatabase openConnection(const QString &name);
    StoreError cannotOpen(const QString &driverText) const;
    void configure(QSqlDatabase &db);

    DbTarget m_target;
    QString m_baseName;
    bool m_open = false;
    int m_versionAtOpen = 0;
    std::function<QDateTime()> m_clock;
    mutable QMutex m_mutex;
    QHash<Qt::HANDLE, QString> m_connections;
    QSet<Qt::HANDLE> m_inTransaction;
};

} // namespace dd
