#pragma once
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QMetaObject>
#include <QMutex>
#include <QSet>
#include <QSqlQuery>
#include <QSqlDatabase>
#include <atomic>
#include <functional>

#include "core/dbtarget.h"
#include "core/sqlscript.h"
#include "storeerror.h"

#include <memory>

namespace dd {

class ChangeHub;

// One database (SQLite file or PostgreSQL), with one QtSql connection per thread that uses it, for exactly that
// thread's lifetime: a thread's connection is closed when the thread finishes, and a later thread never inherits
// it (thread ids are reused; the key is a per-thread token that never is).
//
// Nothing here opens the database's files outside SQLite while a connection is open: POSIX locks belong to the
// process, and closing any other descriptor of the file drops SQLite's, after which a second process may delete
// the WAL and later commits vanish. File checks use stat() only; SQLite itself says whether a file is a database.
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

    // The connection of the calling thread, opened on first use and closed when the thread finishes.
    QSqlDatabase connection();
    // How many threads hold a connection now (for tests).
    int connectionCount() const;

    // Whether `path` names this SQLite database's file or one of its companions (-wal, -shm, -journal), by the
    // file's identity (device and inode), without opening it. Dialogs and imports refuse such a path.
    bool isOwnFile(const QString &path) const;
    static bool isDatabaseFile(const QString &databasePath, const QString &path);

    // After SQLite reported the file damaged (SQLITE_CORRUPT / SQLITE_NOTADB), nothing more is written to it:
    // every later command is refused with damagedError().
    void markDamaged(const QString &detail);
    bool isDamaged() const;
    StoreError damagedError(const QString &detail = {}) const;
    // Puts the file's name and what to do into errors about damage, a full disk or a read-only folder, and
    // remembers damage. Returns the error to throw.
    StoreError explain(const StoreError &e);

    // The quick structural check at start-up (SQLite): the schema and the tables one by one, smallest first, until
    // `budgetMs` is spent; what is not reached is left to the daily full check. Throws nothing.
    struct CheckResult {
        bool ran = false;       // false on PostgreSQL (the server keeps its own pages)
        bool complete = false;  // every table was checked
        int tablesChecked = 0;
        int tablesTotal = 0;
        qint64 elapsedMs = 0;
        QStringList problems;   // empty when nothing was found
        bool ok() const { return problems.isEmpty(); }
    };
    CheckResult quickCheck(int budgetMs);
    // The full check (PRAGMA integrity_check): every page, every index entry. `maxProblems` caps the list.
    // `cancel`, when given and set from another thread, stops the check early (complete stays false).
    CheckResult integrityCheck(int maxProblems = 20, const std::atomic<bool> *cancel = nullptr);
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

    // Where committed changes are announced in this process (Commands publish, ChangeWatcher adds the other
    // stations'). Lives in the thread that made the Database.
    ChangeHub &changes() { return *m_changes; }
    // A connection of its own for `purpose` (the change listener), in the calling thread; closed by
    // closeDedicated. Not one of the per-thread connections.
    QSqlDatabase openDedicated(const QString &purpose);
    void closeDedicated(const QString &connectionName);

private:
    void forgetThread(quint64 token);
    void probe();
    void probeSqliteFile();
    QString readOnlyFolderMessage() const;
    QSqlDatabase openConnection(const QString &name);
    StoreError cannotOpen(const QString &driverText) const;
    void configure(QSqlDatabase &db);

    DbTarget m_target;
    QString m_baseName;
    bool m_open = false;
    int m_versionAtOpen = 0;
    std::function<QDateTime()> m_clock;
    mutable QMutex m_mutex;
    struct ThreadConnection {
        QString name;
        QMetaObject::Connection onFinished; // closes it in its own thread when the thread ends
    };
    QHash<quint64, ThreadConnection> m_connections; // by per-thread token
    QSet<quint64> m_inTransaction;
    QString m_damage; // SQLite's report once the file was found damaged
    int m_connectionSerial = 0;
    std::unique_ptr<ChangeHub> m_changes;
};

} // namespace dd
