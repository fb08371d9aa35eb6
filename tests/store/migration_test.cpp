#include "fixtures.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>

#include "store/migrator.h"
#include "store/sequences.h"
#include "store/sql.h"

using namespace dd;
using namespace ddtest;

namespace {
QByteArray fileHash(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}
} // namespace

TEST_CASE("a new database is created and migrated to the latest schema", "[store][migration]")
{
    FOR_EACH_BACKEND(backend);
    TestDb t(backend);
    auto db = t.open(false);
    CHECK(db->schemaVersionAtOpen() == 0);
    Migrator m(*db);
    CHECK(m.currentVersion() == 0);
    CHECK(m.migrate() == Migrator::latestVersion());
    CHECK(m.currentVersion() == Migrator::latestVersion());
    CHECK(m.migrate() == 0); // idempotent
    const int rows = Sql::scalar(db->connection(), QStringLiteral("SELECT COUNT(*) FROM dd_schema_migrations")).toInt();
    CHECK(rows == Migrator::latestVersion());
    db.reset();
    auto again = t.open(false);
    CHECK(again->schemaVersionAtOpen() == Migrator::latestVersion());
}

TEST_CASE("every earlier schema version upgrades to the latest with its data kept", "[store][migration]")
{
    FOR_EACH_BACKEND(backend);
    REQUIRE(Migrator::latestVersion() >= 3);
    for (int from = 0; from < Migrator::latestVersion(); ++from) {
        INFO("upgrading from schema version " << from);
        TestDb t(backend);
        {
            auto db = t.open(false);
            Migrator(*db).migrate(from);
            REQUIRE(Migrator(*db).currentVersion() == from);
            if (from >= 1) {
                Users users(*db, fastHasher());
                Commands admin(*db, adminSession());
                users.add(admin, QStringLiteral("wangfang"), QStringLiteral("王芳"), {Role::ServiceAdvisor},
                          QStringLiteral("Staff-Key-4826"));
            }
        }
        auto db = t.open(false);
        CHECK(db->schemaVersionAtOpen() == from);
        CHECK(Migrator(*db).migrate() == Migrator::latestVersion() - from);
        Users users(*db, fastHasher());
        if (from >= 1) {
            const auto u = users.find(QStringLiteral("wangfang"));
            REQUIRE(u.has_value());
            CHECK(u->displayName == QStringLiteral("王芳"));
            CHECK(users.signIn(QStringLiteral("wangfang"), QStringLiteral("Staff-Key-4826"), QStringLiteral("pc")).userId == u->id);
        }
        CHECK(DealershipStore(*db).load().vatRateBp == 1300);
        Commands admin(*db, adminSession());
        const QString number = admin.run(QStringLiteral("test.number"), std::nullopt, [](CommandContext &ctx) {
            return DocumentSequences::next(ctx, DocumentKind::WorkOrder);
        });
        CHECK(number.endsWith(QStringLiteral("0001")));
    }
}

TEST_CASE("a database with a newer schema is refused untouched, naming both versions", "[store][migration]")
{
    FOR_EACH_BACKEND(backend);
    TestDb t(backend);
    t.open();
    const int newer = Migrator::latestVersion() + 1;
    t.rawExec(QStringLiteral("INSERT INTO dd_schema_migrations (version, name, applied_at, app_version) VALUES "
                             "(%1, 'from_the_future', '2030-01-01T00:00:00.000Z', '9.0')")
                  .arg(newer));
    QByteArray before;
    if (backend == Backend::Sqlite)
        before = fileHash(t.target().path);
    Database db(t.target());
    const QString message = errorMessage([&] { db.open(); });
    CHECK(message.contains(QString::number(newer)));
    CHECK(message.contains(QString::number(Migrator::latestVersion())));
    CHECK(errorKind([&] { db.open(); }) == StoreError::Kind::NewerSchema);
    CHECK_FALSE(db.isOpen());
    if (backend == Backend::Sqlite)
        CHECK(fileHash(t.target().path) == before);
}

TEST_CASE("a database of another program is refused untouched", "[store][migration]")
{
    FOR_EACH_BACKEND(backend);
    TestDb t(backend);
    t.rawExec(QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total INTEGER)"));
    QByteArray before;
    if (backend == Backend::Sqlite)
        before = fileHash(t.target().path);
    Database db(t.target());
    CHECK(errorKind([&] { db.open(); }) == StoreError::Kind::NotADatabase);
    if (backend == Backend::Sqlite) {
        CHECK(fileHash(t.target().path) == before);
        CHECK_FALSE(QFile::exists(t.target().path + QStringLiteral("-wal")));
    }
}

TEST_CASE("a file that is not a database at all is refused untouched", "[store][migration]")
{
    TestDb t(Backend::Sqlite);
    {
        QFile f(t.target().path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("Customer list\n张三,13800138000\n");
    }
    const QByteArray before = fileHash(t.target().path);
    Database db(t.target());
    const QString message = errorMessage([&] { db.open(); });
    CHECK(message.contains(QStringLiteral("not a database")));
    CHECK(fileHash(t.target().path) == before);

    SECTION("a damaged SQLite file too")
    {
        QFile f(t.target().path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        QByteArray junk("SQLite format 3", 16);
        junk += QByteArray(4096, '\x5a');
        f.write(junk);
        f.close();
        const QByteArray damaged = fileHash(t.target().path);
        Database db2(t.target());
        CHECK(errorKind([&] { db2.open(); }) == StoreError::Kind::NotADatabase);
        CHECK(fileHash(t.target().path) == damaged);
    }
}

TEST_CASE("a missing folder or a read-only file gets a clear message", "[store][migration]")
{
    TestDb t(Backend::Sqlite);
    DbTarget missing = t.target();
    missing.path = t.dir() + QStringLiteral("/no/such/folder/dealerdesk.db");
    Database db(missing);
    CHECK(errorMessage([&] { db.open(); }).contains(QStringLiteral("does not exist")));
}

TEST_CASE("SQLite runs with WAL, foreign keys, synchronous=FULL and a busy timeout", "[store]")
{
    TestDb t(Backend::Sqlite);
    auto db = t.open();
    QSqlDatabase c = db->connection();
    CHECK(Sql::scalar(c, QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("wal"));
    CHECK(Sql::scalar(c, QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    CHECK(Sql::scalar(c, QStringLiteral("PRAGMA synchronous")).toInt() == 2);
    CHECK(Sql::scalar(c, QStringLiteral("PRAGMA busy_timeout")).toInt() == 5000);
}

TEST_CASE("an SQLite file locked by another program is reported as busy, not damaged", "[store][migration]")
{
    TestDb t(Backend::Sqlite);
    t.open();
    const QString name = QStringLiteral("other-program");
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        other.setDatabaseName(t.target().path);
        REQUIRE(other.open());
        QSqlQuery q(other);
        REQUIRE(q.exec(QStringLiteral("PRAGMA locking_mode=EXCLUSIVE")));
        REQUIRE(q.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO dd_meta (key, value) VALUES ('held', 'by another program')")));

        Database db(t.target());
        try {
            db.open(); // waits out the 5 s busy timeout first
            FAIL("the locked database was opened");
        } catch (const StoreError &e) {
            CHECK(e.kind() == StoreError::Kind::Locked);
            CHECK(e.message().contains(QStringLiteral("locked by another program")));
        }
        q.exec(QStringLiteral("ROLLBACK"));
        other.close();
    }
    QSqlDatabase::removeDatabase(name);
    // Once the other program lets go, the database opens as usual.
    Database db(t.target());
    db.open();
    CHECK(db.isOpen());
}
