#include "database.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QThread>

#include "migrator.h"
#include "sql.h"
#include "storeerror.h"

namespace dd {

namespace {
QAtomicInt s_counter;

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
    : m_target(std::move(target)), m_baseName(QStringLiteral("dd-%1").arg(s_counter.fetchAndAddRelaxed(1)))
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
    QMutexLocker lock(&m_mutex);
    const auto names = m_connections.values();
    m_connections.clear();
    for (const QString &name : names) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    m_open = false;
}

QSqlDatabase Database::connection()
{
    if (!m_open)
        throw StoreError(StoreError::Kind::Failure, tr("The database is not open."));
    const Qt::HANDLE thread = QThread::currentThreadId();
    QString name;
    {
        QMutexLocker lock(&m_mutex);
        name = m_connections.value(thread);
        if (name.isEmpty()) {
            name = m_baseName + QStringLiteral("-t%1").arg(m_connections.size());
            m_connections.insert(thread, name);
        } else {
            return QSqlDatabase::database(name, false);
        }
    }
    try {
        return openConnection(name);
    } catch (...) {
        QMutexLocker lock(&m_mutex);
        m_connections.remove(thread);
        QSqlDatabase::removeDatabase(name);
        throw;
    }
}

bool Database::reconnect()
{
    QString name;
    {
        QMutexLocker lock(&m_mutex);
        name = m_connections.value(QThread::currentThreadId());
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
        m_inTransaction.insert(QThread::currentThreadId());
    else
        m_inTransaction.remove(QThread::currentThreadId());
}

bool Database::inTransaction() const
{
    QMutexLocker lock(&m_mutex);
    return m_inTransaction.contains(QThread::currentThreadId());
}

QSqlQuery Database::query(const QString &sql, const QVariantList &params)
{
    try {
        return Sql::exec(connection(), sql, params);
    } catch (const StoreError &e) {
        if (e.kind() != StoreError::Kind::Connection || inTransaction() || !reconnect())
            throw;
        return Sql::exec(connection(), sql, params);
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
            fail(cannotOpen(db.lastError().text()));
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
            if (e.kind() == StoreError::Kind::Locked || e.kind() == StoreError::Kind::Connection)
                fail(e);
            fail(StoreError(StoreError::Kind::NotADatabase,
                            tr("%1 is not a readable database (it may be damaged). It was left untouched.")
                                .arg(m_target.displayLocation()),
                            e.detail()));
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
    QFile f(m_target.path);
    if (!f.open(QIODevice::ReadOnly))
        throw StoreError(StoreError::Kind::Failure,
                         tr("Cannot read the database file %1: %2. Check its permissions.")
                             .arg(m_target.displayLocation(), f.errorString()));
    const QByteArray header = f.read(16);
    f.close();
    if (!header.isEmpty() && header != QByteArray("SQLite format 3\0", 16))
        throw StoreError(StoreError::Kind::NotADatabase,
                         tr("%1 is not a database file. It was left untouched; choose a DealerDesk database file.")
                             .arg(m_target.displayLocation()));
    if (!fi.isWritable())
        throw StoreError(StoreError::Kind::Failure,
                         tr("The database file %1 is read-only. Check its permissions.")
                             .arg(m_target.displayLocation()));
}

} // namespace dd
