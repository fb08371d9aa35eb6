#include "testdb.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <stdexcept>

#include "store/migrator.h"

namespace ddtest {

const char *name(Backend backend)
{
    return backend == Backend::Sqlite ? "SQLite" : "PostgreSQL";
}

dd::DbTarget TestDb::postgresAdminTarget()
{
    const QByteArray file = qgetenv("DD_TEST_PG_URL_FILE");
    if (file.isEmpty())
        throw std::runtime_error("DD_TEST_PG_URL_FILE is not set: run the store tests through ctest, which starts "
                                 "the PostgreSQL fixture");
    QFile f(QString::fromLocal8Bit(file));
    if (!f.open(QIODevice::ReadOnly))
        throw std::runtime_error("the PostgreSQL fixture did not start (no " + file.toStdString() + ")");
    const auto parsed = dd::DbTargets::parse(QString::fromUtf8(f.readAll()).trimmed(), QStringLiteral("/"));
    if (!parsed.ok())
        throw std::runtime_error(parsed.error.toStdString());
    return parsed.target;
}

namespace {
// One statement on its own short-lived connection, outside the app's code.
void execOn(const dd::DbTarget &t, const QString &sql)
{
    const QString conn = QStringLiteral("testdb-") + QUuid::createUuid().toString(QUuid::Id128);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(t.isSqlite() ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL"),
                                                    conn);
        if (t.isSqlite()) {
            db.setDatabaseName(t.path);
        } else {
            db.setHostName(t.host);
            db.setPort(t.port);
            db.setUserName(t.user);
            db.setDatabaseName(t.databaseName);
        }
        if (!db.open())
            throw std::runtime_error("cannot open the test database: " + db.lastError().text().toStdString());
        QSqlQuery q(db);
        if (!q.exec(sql))
            throw std::runtime_error(sql.toStdString() + ": " + q.lastError().text().toStdString());
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(conn);
}

void adminExec(const QString &sql)
{
    execOn(TestDb::postgresAdminTarget(), sql);
}
} // namespace

TestDb::TestDb(Backend backend) : m_backend(backend)
{
    if (backend == Backend::Sqlite) {
        m_target.kind = dd::DbTarget::Kind::Sqlite;
        m_target.path = m_dir.filePath(QStringLiteral("dealerdesk.db"));
        m_appTarget = m_target;
        return;
    }
    // The roles come from tests/pg/pgfixture.sh; the grants are the README's ("Two PCs on one PostgreSQL server").
    const QString owner = QStringLiteral("dd_owner"), app = QStringLiteral("dd_app");
    dd::DbTarget admin = postgresAdminTarget();
    admin.databaseName = QStringLiteral("t_") + QUuid::createUuid().toString(QUuid::Id128);
    adminExec(QStringLiteral("CREATE DATABASE %1 OWNER %2").arg(admin.databaseName, owner));
    execOn(admin, QStringLiteral("REVOKE CREATE ON SCHEMA public FROM PUBLIC"));
    execOn(admin, QStringLiteral("ALTER DEFAULT PRIVILEGES FOR ROLE %1 IN SCHEMA public "
                                 "GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %2").arg(owner, app));
    execOn(admin, QStringLiteral("ALTER DEFAULT PRIVILEGES FOR ROLE %1 IN SCHEMA public "
                                 "GRANT USAGE, SELECT ON SEQUENCES TO %2").arg(owner, app));
    m_target = admin;
    m_target.user = owner;
    m_appTarget = admin;
    m_appTarget.user = app;
}

TestDb::~TestDb()
{
    if (m_backend == Backend::Postgres) {
        try {
            adminExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_target.databaseName));
        } catch (...) {
        }
    }
}

std::unique_ptr<dd::Database> TestDb::openAsOwner(bool migrate) const
{
    auto db = std::make_unique<dd::Database>(m_target);
    db->open();
    if (migrate)
        dd::Migrator(*db).migrate();
    return db;
}

std::unique_ptr<dd::Database> TestDb::open() const
{
    if (m_backend == Backend::Sqlite)
        return openAsOwner(true);
    openAsOwner(true); // the owner migrates; its connection closes again
    auto db = std::make_unique<dd::Database>(m_appTarget);
    db->open();
    return db;
}

void TestDb::rawExec(const QString &sql, Login login) const
{
    execOn(login == Login::App ? m_appTarget : m_target, sql);
}

} // namespace ddtest
