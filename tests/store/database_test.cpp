// The Database itself (issue 15): one connection per live thread, damage noticed and never written over, errors
// in the user's words (a lost server, a unique value taken at the same moment).
#include <QDir>
#include <QFile>
#include <QThread>
#include <atomic>
#include <thread>

#include "fixtures.h"
#include "store/bootstrap.h"
#include "store/sql.h"

using namespace dd;
using namespace ddtest;

namespace {
Qt::HANDLE runOnThread(const std::function<void()> &work)
{
    Qt::HANDLE id = nullptr;
    QThread *t = QThread::create([&] {
        id = QThread::currentThreadId();
        work();
    });
    t->start();
    REQUIRE(t->wait(20000));
    delete t;
    return id;
}
} // namespace

TEST_CASE("database: a thread's connection lives exactly as long as the thread", "[store][threads]")
{
    FOR_EACH_BACKEND(backend);
    TestDb t(backend);
    auto db = t.open();
    CHECK(db->connectionCount() == 1); // the main thread's
    const Qt::HANDLE first = runOnThread([&] { CHECK(db->scalar(QStringLiteral("SELECT 1")).toInt() == 1); });
    CHECK(db->connectionCount() == 1); // closed when the thread finished

    // Thread ids are reused: keep starting threads until one gets the first one's id, and it must get a fresh,
    // working connection (the dead thread's connection once made every query fail: "cannot be reached").
    bool recycled = false;
    for (int i = 0; i < 200 && !recycled; ++i) {
        bool ok = false;
        const Qt::HANDLE id = runOnThread([&] {
            if (QThread::currentThreadId() != first)
                return;
            ok = db->scalar(QStringLiteral("SELECT COUNT(*) FROM users"), {}, -1).toInt() >= 0;
        });
        if (id == first) {
            recycled = true;
            CHECK(ok);
        }
    }
    INFO("a thread id came back within 200 threads: " << recycled);
    CHECK(recycled);
    CHECK(db->connectionCount() == 1);

    // Threads Qt did not start (std::thread) are cleaned up too.
    std::thread plain([&] { CHECK(db->scalar(QStringLiteral("SELECT 2")).toInt() == 2); });
    plain.join();
    CHECK(db->connectionCount() == 1);
}

TEST_CASE("database: closing with connections on other threads alive, then those threads ending", "[store][threads]")
{
    FOR_EACH_BACKEND(backend);
    TestDb t(backend);
    auto db = t.open();
    std::atomic<bool> used{false}, release{false};
    QThread *worker = QThread::create([&] {
        db->scalar(QStringLiteral("SELECT 1"));
        used = true;
        while (!release)
            QThread::msleep(5);
    });
    worker->start();
    while (!used)
        QThread::msleep(5);
    CHECK(db->connectionCount() == 2);
    db.reset(); // the Database goes first
    release = true;
    REQUIRE(worker->wait(10000)); // the ending thread must not touch the gone Database
    delete worker;
}

namespace {
// Fills a table over many pages, closes, and overwrites one page in the middle of it with garbage, as a failing
// disk would. Returns the damaged page number.
int damageAPage(TestDb &t)
{
    {
        auto db = t.open();
        Commands admin(*db, adminSession());
        admin.run(QStringLiteral("test.fill"), std::nullopt, [&](CommandContext &ctx) {
            for (int i = 0; i < 3000; ++i)
                ctx.audit(QStringLiteral("test"), i, CommandContext::Action::Event, {},
                          {{QStringLiteral("text"), QString(200, QLatin1Char('x'))}});
        });
        db->query(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    const int pageSize = 4096;
    QFile f(t.target().path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    const qint64 pages = f.size() / pageSize;
    REQUIRE(pages > 100);
    const int page = int(pages / 2);
    f.seek(qint64(page) * pageSize + 8); // past the page header's type byte: a broken cell area
    f.write(QByteArray(pageSize - 16, '\x5a'));
    f.close();
    return page;
}
} // namespace

TEST_CASE("database: a damaged page in the middle of the file is noticed at start and nothing is written",
          "[store][damage]")
{
    // SQLite only: a PostgreSQL server keeps and checks its own pages.
    TestDb t(Backend::Sqlite);
    damageAPage(t);
    const QByteArray before = [&] {
        QFile f(t.target().path);
        REQUIRE(f.open(QIODevice::ReadOnly));
        return f.readAll();
    }();

    Database db(t.target());
    try {
        Bootstrap::openAndMigrate(db, Bootstrap::Create::Refused);
        FAIL("a damaged database was opened for work");
    } catch (const StoreError &e) {
        CHECK(e.kind() == StoreError::Kind::Damaged);
        CHECK(e.message().contains(QDir::toNativeSeparators(t.target().path)));
        CHECK(e.message().contains(QStringLiteral("backup")));
    }
    CHECK(db.isDamaged());
    // No command runs on it, even one that would not touch the damaged page.
    Commands admin(db, adminSession());
    CHECK(errorKind([&] { admin.run(QStringLiteral("test.write"), std::nullopt, [](CommandContext &) {}); })
          == StoreError::Kind::Damaged);
    db.close();
    QFile f(t.target().path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == before); // not a byte written

    // The full check names the problems.
    Database check(t.target());
    check.open();
    const Database::CheckResult r = check.integrityCheck(5);
    CHECK(r.ran);
    CHECK_FALSE(r.ok());
}

TEST_CASE("database: a damaged page met during work stops every later write", "[store][damage]")
{
    TestDb t(Backend::Sqlite);
    damageAPage(t);
    Database db(t.target());
    db.open(); // without the start-up check, as a database damaged while the app runs
    CHECK_FALSE(db.isDamaged());
    Commands admin(db, adminSession());
    // Reading the whole table meets the page.
    CHECK(errorKind([&] { db.scalar(QStringLiteral("SELECT SUM(LENGTH(new_values)) FROM audit_log")); })
          == StoreError::Kind::Damaged);
    CHECK(db.isDamaged());
    const StoreError::Kind later = errorKind([&] {
        admin.run(QStringLiteral("test.write"), std::nullopt, [](CommandContext &ctx) {
            ctx.audit(QStringLiteral("test"), 1, CommandContext::Action::Event, {}, {});
        });
    });
    CHECK(later == StoreError::Kind::Damaged);
}

TEST_CASE("database: the start-up check of a healthy database is complete on a small file and finds nothing",
          "[store][damage]")
{
    FOR_EACH_BACKEND(backend);
    TestDb t(backend);
    auto db = t.open();
    const Database::CheckResult quick = db->quickCheck(Bootstrap::startCheckBudgetMs);
    if (backend == Backend::Sqlite) {
        CHECK(quick.ran);
        CHECK(quick.complete);
        CHECK(quick.ok());
        CHECK(quick.tablesChecked == quick.tablesTotal);
        CHECK(quick.tablesTotal > 10);
    } else {
        CHECK_FALSE(quick.ran);
    }
    CHECK_FALSE(db->isDamaged());
}

TEST_CASE("database: only migrate, demo and the first start create a database", "[store]")
{
    TestDb t(Backend::Sqlite);
    const QString missing = t.dir() + QStringLiteral("/mistyped.db");
    DbTarget target = t.target();
    target.path = missing;
    Database db(target);
    CHECK(errorKind([&] { Bootstrap::openAndMigrate(db, Bootstrap::Create::Refused); }) == StoreError::Kind::NotFound);
    CHECK_FALSE(QFile::exists(missing));
    Database created(target);
    Bootstrap::openAndMigrate(created, Bootstrap::Create::Allowed);
    CHECK(QFile::exists(missing));
}

TEST_CASE("database: a read-only folder and a full disk each get their own message", "[store]")
{
    TestDb t(Backend::Sqlite);
    auto db = t.open();
    const QString file = QDir::toNativeSeparators(t.target().path);
    const StoreError full = db->explain(StoreError(StoreError::Kind::Failure, QStringLiteral("x"), QStringLiteral("d"),
                                                   QStringLiteral("13")));
    CHECK(full.message().contains(QStringLiteral("full")));
    CHECK(full.message().contains(file));
    CHECK_FALSE(full.message().contains(QStringLiteral("damaged")));
    // A real full disk: SQLite's page limit behaves as a disk with no room left.
    db->query(QStringLiteral("PRAGMA max_page_count = ") + db->scalar(QStringLiteral("PRAGMA page_count")).toString());
    Commands admin(*db, adminSession());
    try {
        admin.run(QStringLiteral("test.fill"), std::nullopt, [&](CommandContext &ctx) {
            for (int i = 0; i < 2000; ++i)
                ctx.audit(QStringLiteral("test"), i, CommandContext::Action::Event, {},
                          {{QStringLiteral("text"), QString(500, QLatin1Char('y'))}});
        });
        FAIL("the write did not run out of room");
    } catch (const StoreError &e) {
        CHECK(e.message().contains(QStringLiteral("is full")));
        CHECK(e.message().contains(file));
    }
    CHECK_FALSE(db->isDamaged());
}

TEST_CASE("database: a unique value taken at the same moment by another station reads as already taken",
          "[store]")
{
    FOR_EACH_BACKEND(backend);
    TestDb t(backend);
    auto db = t.open();
    Users users(*db, fastHasher());
    Commands admin(*db, adminSession());
    users.add(admin, QStringLiteral("wangfang"), QStringLiteral("王芳"), {Role::ServiceAdvisor}, QString());
    QString single;
    try {
        users.add(admin, QStringLiteral("wangfang"), QStringLiteral("王芳"), {Role::ServiceAdvisor}, QString());
    } catch (const StoreError &e) {
        single = e.message();
    }
    REQUIRE_FALSE(single.isEmpty());
    // The race: the other station's insert lands between this one's check and its insert. Simulated by a row that
    // differs only in case, which the check (on the normalized name) does not see but the unique index does.
    t.rawExec(QStringLiteral("CREATE UNIQUE INDEX users_login_race ON users (LOWER(login))"));
    t.rawExec(QStringLiteral("UPDATE users SET login = 'WANGFANG2' WHERE login = 'wangfang'"));
    try {
        users.add(admin, QStringLiteral("wangfang2"), QStringLiteral("王芳"), {Role::ServiceAdvisor}, QString());
        FAIL("the duplicate was accepted");
    } catch (const StoreError &e) {
        INFO(e.message().toStdString());
        CHECK(e.message() == single.replace(QStringLiteral("wangfang"), QStringLiteral("wangfang2")));
        CHECK_FALSE(e.message().contains(QStringLiteral("UNIQUE")));
        CHECK_FALSE(e.message().contains(QStringLiteral("duplicate key")));
    }
}

TEST_CASE("database: a server gone in the middle of a command says the connection was lost and nothing was saved",
          "[store][postgres]")
{
    TestDb t(Backend::Postgres);
    auto db = t.open();
    Commands admin(*db, adminSession());
    const QString pid = db->scalar(QStringLiteral("SELECT pg_backend_pid()")).toString();
    try {
        admin.run(QStringLiteral("test.write"), std::nullopt, [&](CommandContext &ctx) {
            ctx.audit(QStringLiteral("test"), 1, CommandContext::Action::Event, {}, {});
            t.rawExec(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid)); // the server drops this station
            ctx.audit(QStringLiteral("test"), 2, CommandContext::Action::Event, {}, {});
        });
        FAIL("the command went through a dead connection");
    } catch (const StoreError &e) {
        INFO(e.message().toStdString());
        CHECK(e.kind() == StoreError::Kind::Connection);
        CHECK(e.message().contains(QStringLiteral("connection")));
        CHECK(e.message().contains(QStringLiteral("Nothing")));
        CHECK_FALSE(e.message().endsWith(QStringLiteral(": ")));
    }
    CHECK(db->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE command = 'test.write'")).toInt() == 0);
}

TEST_CASE("database: PostgreSQL's all-digit SQLSTATEs are not read as SQLite codes", "[store][postgres]")
{
    // 42501 (permission denied) once came out as SQLite's 5 (busy): "wait a moment and try again".
    TestDb t(Backend::Postgres);
    auto db = t.open(); // the application's login
    try {
        db->query(QStringLiteral("UPDATE audit_log SET station = 'forged'"));
        FAIL("the application's login changed an audit row");
    } catch (const StoreError &e) {
        INFO(e.message().toStdString());
        CHECK(e.kind() == StoreError::Kind::Failure);
        CHECK(e.nativeCode() == QStringLiteral("42501"));
        CHECK_FALSE(e.message().contains(QStringLiteral("busy")));
    }
}
