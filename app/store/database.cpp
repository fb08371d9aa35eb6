#include "database.h"
#include "changes.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <algorithm>
#include <QSqlDriver>
#include <QThread>
#include <atomic>
#include <memory>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include "migrator.h"
#include "sql.h"
#include "storeerror.h"

namespace dd {

namespace {
QAtomicInt s_counter;
std::atomic<quint64> s_threadTokens{0};

// A number for the calling thread that no other thread ever gets (QThread::currentThreadId() is reused once a
// thread has ended, which once handed a new pool thread the connection of a dead one).
quint64 threadToken()
{
    thread_local const quint64 token = ++s_threadTokens;
    return token;
}

void closeAndRemove(const QString &name)
{
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

sqlite3 *sqliteHandleOf(const QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

namespace {
bool sameFile(const struct stat &a, const QString &path)
{
    struct stat b;
    const QByteArray native = QFile::encodeName(path);
    return ::stat(native.constData(), &b) == 0 && a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

// Whether this process may write into `dir` (stat and access only: nothing is opened).
bool writableFolder(const QString &dir)
{
    return ::access(QFile::encodeName(dir).constData(), W_OK | X_OK) == 0;
}

QString driverName(const DbTarget &t)
{
    return t.isSqlite() ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
}

// A connection set up for the target; `readOnly` opens an SQLite file without any right to write.
QSqlDatabase addConnection(const DbTarget &t, const QString &name, bool readOnly)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(driverName(t), name);
    if (t.isSqlite()) {
        db.setDatabaseName(t.path);
        db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                                      : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        return db;
    }
    db.setHostName(t.host);
    db.setPort(t.port);
    db.setDatabaseName(t.databaseName);
    if (!t.user.isEmpty())
        db.setUserName(t.user);
    if (!t.password.isEmpty())
        db.setPassword(t.password);
    QString options = t.connectOptions;
    if (!options.contains(QLatin1String("connect_timeout")))
        options += (options.isEmpty() ? QString() : QStringLiteral(";")) + QStringLiteral("connect_timeout=5");
    db.setConnectOptions(options);
    return db;
}
} // namespace

Database::Database(DbTarget target)
    : m_target(std::move(target)), m_baseName(QStringLiteral("dd-%1").arg(s_counter.fetchAndAddRelaxed(1))),
      m_changes(std::make_unique<ChangeHub>())
{
}

Database::~Database()
{
    close();
}

QString Database::stationName()
{
    const QString host = QSysInfo::machineHostName();
    return host.isEmpty() ? QStringLiteral("unknown") : host;
}

void Database::open()
{
    if (m_open)
        return;
    if (!QSqlDatabase::isDriverAvailable(driverName(m_target)))
        throw StoreError(StoreError::Kind::Failure,
                         tr("The Qt %1 database driver is not installed (Debian package %2).")
                             .arg(m_target.kindName(), m_target.isSqlite() ? QStringLiteral("libqt6sql6-sqlite")
                                                                           : QStringLiteral("libqt6sql6-psql")));
    probe();
    m_open = true;
    try {
        QSqlDatabase db = connection();
        Q_UNUSED(db);
    } catch (...) {
        close();
        throw;
    }
}

int Database::inspect()
{
    probe();
    return m_versionAtOpen;
}

void Database::close()
{
    QHash<quint64, ThreadConnection> all;
    {
        QMutexLocker lock(&m_mutex);
        all.swap(m_connections);
        m_inTransaction.clear();
    }
    const quint64 self = threadToken();
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        QObject::disconnect(it->onFinished);
        if (it.key() == self)
            closeAndRemove(it->name);
        else
            QSqlDatabase::removeDatabase(it->name); // a live thread's: its queries stop working
    }
    m_open = false;
}

int Database::connectionCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_connections.size();
}

void Database::forgetThread(quint64 token)
{
    QString name;
    {
        QMutexLocker lock(&m_mutex);
        name = m_connections.take(token).name;
        m_inTransaction.remove(token);
    }
    if (!name.isEmpty())
        closeAndRemove(name);
}

QSqlDatabase Database::connection()
{
    if (!m_open)
        throw StoreError(StoreError::Kind::Failure, tr("The database is not open."));
    const quint64 token = threadToken();
    QString name;
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_connections.constFind(token);
        if (it != m_connections.cend())
            return QSqlDatabase::database(it->name, false);
        name = m_baseName + QStringLiteral("-c%1").arg(++m_connectionSerial);
        ThreadConnection tc;
        tc.name = name;
        // `finished` is emitted in the ending thread itself (pool threads and adopted threads alike), so the
        // connection is closed by the thread it belongs to. close() disconnects this before the Database goes.
        tc.onFinished = QObject::connect(QThread::currentThread(), &QThread::finished, [this, token] { forgetThread(token); });
        m_connections.insert(token, tc);
    }
    try {
        return openConnection(name);
    } catch (...) {
        ThreadConnection tc;
        {
            QMutexLocker lock(&m_mutex);
            tc = m_connections.take(token);
        }
        QObject::disconnect(tc.onFinished);
        QSqlDatabase::removeDatabase(name);
        throw;
    }
}

bool Database::reconnect()
{
    QString name;
    {
        QMutexLocker lock(&m_mutex);
        name = m_connections.value(threadToken()).name;
    }
    if (name.isEmpty())
        return false;
    QSqlDatabase db = QSqlDatabase::database(name, false);
    db.close();
    if (!db.open())
        return false;
    try {
        configure(db);
    } catch (const StoreError &) {
        return false;
    }
    return true;
}

void Database::setInTransaction(bool open)
{
    QMutexLocker lock(&m_mutex);
    if (open)
        m_inTransaction.insert(threadToken());
    else
        m_inTransaction.remove(threadToken());
}

bool Database::inTransaction() const
{
    QMutexLocker lock(&m_mutex);
    return m_inTransaction.contains(threadToken());
}

QSqlQuery Database::query(const QString &sql, const QVariantList &params)
{
    try {
        try {
            return Sql::exec(connection(), sql, params);
        } catch (const StoreError &e) {
            if (e.kind() != StoreError::Kind::Connection || inTransaction() || !reconnect())
                throw;
            return Sql::exec(connection(), sql, params);
        }
    } catch (const StoreError &e) {
        throw explain(e);
    }
}

QVariant Database::scalar(const QString &sql, const QVariantList &params, const QVariant &fallback)
{
    QSqlQuery q = query(sql, params);
    return q.next() ? q.value(0) : fallback;
}

StoreError Database::cannotOpen(const QString &driverText) const
{
    if (m_target.isSqlite())
        return StoreError(StoreError::Kind::Failure,
                          tr("Cannot open the database file %1: %2").arg(m_target.displayLocation(), driverText),
                          driverText);
    return StoreError(StoreError::Kind::Connection,
                      tr("Cannot connect to the PostgreSQL server at %1. Check that the server is running, the "
                         "address, user and password are right, and this PC may connect; then retry.")
                          .arg(m_target.displayLocation()),
                      driverText);
}

QSqlDatabase Database::openDedicated(const QString &purpose)
{
    QString name;
    {
        QMutexLocker lock(&m_mutex);
        name = QStringLiteral("%1-%2-%3").arg(m_baseName, purpose).arg(++m_connectionSerial);
    }
    try {
        return openConnection(name);
    } catch (...) {
        QSqlDatabase::removeDatabase(name);
        throw;
    }
}

void Database::closeDedicated(const QString &connectionName)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

QSqlDatabase Database::openConnection(const QString &name)
{
    QSqlDatabase db = addConnection(m_target, name, false);
    if (!db.open())
        throw cannotOpen(db.lastError().text());
    configure(db);
    return db;
}

void Database::configure(QSqlDatabase &db)
{
    if (m_target.isSqlite()) {
        const QString mode = Sql::scalar(db, QStringLiteral("PRAGMA journal_mode=WAL")).toString().toLower();
        if (mode != QLatin1String("wal"))
            throw StoreError(StoreError::Kind::Failure,
                             tr("The database file %1 cannot use write-ahead logging (journal mode stays \"%2\"). "
                                "Keep the file on a local disk, not on a network share.")
                                 .arg(m_target.displayLocation(), mode));
        Sql::exec(db, QStringLiteral("PRAGMA foreign_keys=ON"));
        Sql::exec(db, QStringLiteral("PRAGMA synchronous=FULL"));
        Sql::exec(db, QStringLiteral("PRAGMA busy_timeout=5000"));
    } else {
        Sql::exec(db, QStringLiteral("SET client_encoding TO 'UTF8'"));
        Sql::exec(db, QStringLiteral("SET TIME ZONE 'UTC'"));
    }
}

void Database::probe()
{
    if (m_target.isSqlite())
        probeSqliteFile();
    // Look inside without writing: SQLite read-only, PostgreSQL plain reads.
    const QString name = m_baseName + QStringLiteral("-probe");
    QStringList tables;
    int version = 0;
    bool hasMigrations = false;
    {
        if (m_target.isSqlite() && !QFileInfo::exists(m_target.path)) {
            m_versionAtOpen = 0;
            return;
        }
        QSqlDatabase db = addConnection(m_target, name, true);
        auto fail = [&](StoreError error) {
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            throw error;
        };
        if (!db.open())
            fail(explain(cannotOpen(db.lastError().text())));
        try {
            QSqlQuery q = m_target.isSqlite()
                ? Sql::exec(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT "
                                               "LIKE 'sqlite_%'"))
                : Sql::exec(db, QStringLiteral("SELECT table_name FROM information_schema.tables WHERE "
                                               "table_schema = current_schema()"));
            while (q.next())
                tables << q.value(0).toString();
            hasMigrations = tables.contains(Migrator::tableName());
            if (hasMigrations)
                version = Sql::scalar(db, QStringLiteral("SELECT MAX(version) FROM ") + Migrator::tableName(), {}, 0)
                              .toInt();
        } catch (const StoreError &e) {
            if (e.kind() == StoreError::Kind::Locked || (!m_target.isSqlite() && e.kind() == StoreError::Kind::Connection))
                fail(e);
            const int code = e.nativeCode().toInt() & 0xff;
            if (m_target.isSqlite() && code == 26) // SQLITE_NOTADB: SQLite read the header, and it is not its own
                fail(StoreError(StoreError::Kind::NotADatabase,
                                tr("%1 is not a database file. It was left untouched; choose a DealerDesk database "
                                   "file.")
                                    .arg(m_target.displayLocation()),
                                e.detail(), e.nativeCode()));
            if (m_target.isSqlite() && code == 11)
                fail(damagedError(e.detail()));
            const StoreError explained = explain(e);
            if (explained.message() != e.message())
                fail(explained);
            fail(StoreError(StoreError::Kind::NotADatabase,
                            tr("%1 could not be read as a database (%2). It was left untouched.")
                                .arg(m_target.displayLocation(), e.detail().left(160)),
                            e.detail(), e.nativeCode()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);

    if (!tables.isEmpty() && !hasMigrations)
        throw StoreError(StoreError::Kind::NotADatabase,
                         tr("%1 holds a database of another program, not a DealerDesk database. It was left "
                            "untouched; choose another file or an empty database.")
                             .arg(m_target.displayLocation()));
    if (version > Migrator::latestVersion())
        throw StoreError(StoreError::Kind::NewerSchema,
                         tr("The database %1 has schema version %2, but this DealerDesk knows versions up to %3. "
                            "It was left untouched; install the newer DealerDesk that wrote it.")
                             .arg(m_target.displayLocation())
                             .arg(version)
                             .arg(Migrator::latestVersion()));
    m_versionAtOpen = version;
}

void Database::probeSqliteFile()
{
    const QFileInfo fi(m_target.path);
    if (!fi.exists()) {
        const QFileInfo dir(fi.absolutePath());
        if (!dir.exists())
            throw StoreError(StoreError::Kind::Failure,
                             tr("The folder %1 does not exist; create it or choose another place for the database.")
                                 .arg(QDir::toNativeSeparators(fi.absolutePath())));
        if (!dir.isWritable())
            throw StoreError(StoreError::Kind::Failure,
                             tr("The folder %1 is not writable, so the database cannot be created there.")
                                 .arg(QDir::toNativeSeparators(fi.absolutePath())));
        return;
    }
    if (!fi.isFile())
        throw StoreError(StoreError::Kind::NotADatabase,
                         tr("%1 is not a regular file.").arg(m_target.displayLocation()));
    // No open() of the file here: the probe's SQLite connection reads the header and answers SQLITE_NOTADB for a
    // file that is not a database. A plain open and close would drop the SQLite locks this process may hold.
    if (::access(QFile::encodeName(m_target.path).constData(), R_OK) != 0)
        throw StoreError(StoreError::Kind::Failure,
                         tr("Cannot read the database file %1. Check its permissions.")
                             .arg(m_target.displayLocation()));
    if (!fi.isWritable())
        throw StoreError(StoreError::Kind::Failure,
                         tr("The database file %1 is read-only. Check its permissions.")
                             .arg(m_target.displayLocation()));
    if (!writableFolder(fi.absolutePath()))
        throw StoreError(StoreError::Kind::Failure, readOnlyFolderMessage());
}

QString Database::readOnlyFolderMessage() const
{
    const QFileInfo fi(m_target.path);
    return tr("The folder %1 that holds the database is read-only. SQLite writes its journal (%2-wal) beside the "
              "database, so nothing can be saved. Make the folder writable for this user, or move the database "
              "to a writable folder.")
        .arg(QDir::toNativeSeparators(fi.absolutePath()), fi.fileName());
}

bool Database::isDatabaseFile(const QString &databasePath, const QString &path)
{
    if (databasePath.isEmpty() || path.isEmpty())
        return false;
    struct stat st;
    const bool exists = ::stat(QFile::encodeName(path).constData(), &st) == 0;
    const QString clean = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    const QString db = QDir::cleanPath(QFileInfo(databasePath).absoluteFilePath());
    for (const char *suffix : {"", "-wal", "-shm", "-journal"}) {
        const QString companion = db + QLatin1String(suffix);
        if (clean == companion || (exists && sameFile(st, companion)))
            return true;
    }
    return false;
}

bool Database::isOwnFile(const QString &path) const
{
    return m_target.isSqlite() && isDatabaseFile(m_target.path, path);
}

void Database::markDamaged(const QString &detail)
{
    QMutexLocker lock(&m_mutex);
    if (m_damage.isEmpty())
        m_damage = detail.isEmpty() ? QStringLiteral("damaged") : detail;
}

bool Database::isDamaged() const
{
    QMutexLocker lock(&m_mutex);
    return !m_damage.isEmpty();
}

StoreError Database::damagedError(const QString &detail) const
{
    QString found = detail;
    if (found.isEmpty()) {
        QMutexLocker lock(&m_mutex);
        found = m_damage;
    }
    const QFileInfo fi(m_target.path);
    return StoreError(
        StoreError::Kind::Damaged,
        tr("The database file %1 is damaged. DealerDesk writes nothing more to it, so nothing else is lost. Close "
           "DealerDesk on every PC; rename the damaged file (keep it for the technician); copy your latest backup "
           "(from Backup… or \"dealerdesk backup\", or the copy kept before an upgrade, %2) to %1; then start "
           "DealerDesk again. \"dealerdesk --db %1 check\" lists what is damaged.")
            .arg(m_target.displayLocation(),
                 QDir::toNativeSeparators(
                     fi.absoluteDir().filePath(fi.completeBaseName() + QStringLiteral(".before-schema-*.") + fi.suffix()))),
        found, QStringLiteral("11"));
}

StoreError Database::explain(const StoreError &e)
{
    if (!m_target.isSqlite() || e.nativeCode().isEmpty())
        return e;
    bool numeric = false;
    const int code = e.nativeCode().toInt(&numeric) & 0xff;
    if (!numeric)
        return e;
    const QFileInfo fi(m_target.path);
    switch (code) {
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        markDamaged(e.detail());
        return damagedError(e.detail());
    case 13: // SQLITE_FULL
        return StoreError(StoreError::Kind::Failure,
                          tr("The disk that holds the database %1 is full. Nothing of this change was saved; free "
                             "some space on that disk (old files, backups kept elsewhere) and try again.")
                              .arg(m_target.displayLocation()),
                          e.detail(), e.nativeCode());
    case 8:  // SQLITE_READONLY
    case 14: // SQLITE_CANTOPEN
    case 10: // SQLITE_IOERR
        if (!writableFolder(fi.absolutePath()))
            return StoreError(StoreError::Kind::Failure, readOnlyFolderMessage(), e.detail(), e.nativeCode());
        if (fi.exists() && !fi.isWritable())
            return StoreError(StoreError::Kind::Failure,
                              tr("The database file %1 is read-only, so nothing can be saved. Check its "
                                 "permissions.")
                                  .arg(m_target.displayLocation()),
                              e.detail(), e.nativeCode());
        if (code == 14)
            return StoreError(StoreError::Kind::Failure,
                              tr("Cannot open the database file %1. Check that the disk is there and that this user "
                                 "may read and write the file.")
                                  .arg(m_target.displayLocation()),
                              e.detail(), e.nativeCode());
        return e;
    default: return e;
    }
}

} // namespace dd
