// Every station live: a command announces what it changed after COMMIT (never on rollback), and the
// ChangeWatcher brings the other stations' commits within about a second, on both databases.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include "fixtures.h"
#include "store/changes.h"
#include "store/changewatcher.h"

using namespace dd;
using namespace ddtest;

namespace {
// Collects what a hub announces.
struct Heard {
    QList<ChangeSet> sets;
    QMetaObject::Connection link;
    explicit Heard(Database &db)
    {
        link = QObject::connect(&db.changes(), &ChangeHub::changed, [this](const ChangeSet &s) { sets << s; });
    }
    ~Heard() { QObject::disconnect(link); }
    bool heardTable(const QString &table, bool local) const
    {
        for (const ChangeSet &s : sets)
            if (s.local == local && s.touches(table))
                return true;
        return false;
    }
};

// Runs the event loop until `done` or the time is up; returns how long it took, or -1.
template <typename F>
qint64 waitUntil(F &&done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < timeoutMs) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        if (done())
            return t.elapsed();
        QThread::msleep(5);
    }
    return done() ? t.elapsed() : -1;
}

void addUser(Database &db, const QString &login)
{
    Users users(db, fastHasher());
    Commands admin(db, Session::system(QStringLiteral("王芳"), QStringLiteral("counter-2")));
    users.add(admin, login, login, {Role::ServiceAdvisor}, QStringLiteral("Staff-Key-4826"));
}
} // namespace

TEST_CASE("changes: a command announces its changes after commit, and a rollback announces nothing",
          "[store][changes]")
{
    FOR_EACH_BACKEND(backend);
    TestDb t(backend);
    auto db = t.open();
    Heard heard(*db);

    addUser(*db, QStringLiteral("liqiang"));
    CHECK(heard.sets.isEmpty()); // queued: never from inside the command
    REQUIRE(waitUntil([&] { return !heard.sets.isEmpty(); }, 1000) >= 0);
    const ChangeSet &set = heard.sets.constFirst();
    CHECK(set.local);
    REQUIRE(set.touches(QStringLiteral("users")));
    const qint64 id = Users(*db, fastHasher()).find(QStringLiteral("liqiang"))->id;
    const Change *c = set.last(QStringLiteral("users"), id);
    REQUIRE(c);
    CHECK(c->kind == Change::Kind::Insert);
    CHECK(c->userName == QStringLiteral("王芳"));
    CHECK(c->station == QStringLiteral("counter-2"));
    CHECK(c->auditId > 0);

    heard.sets.clear();
    Commands admin(*db, adminSession());
    CHECK_THROWS(admin.run(QStringLiteral("test.fails"), std::nullopt, [](CommandContext &ctx) {
        ctx.insert(QStringLiteral("bays"), {{QStringLiteral("name"), QStringLiteral("3号工位")}});
        throw StoreError(StoreError::Kind::Validation, QStringLiteral("no"));
    }));
    waitUntil([] { return false; }, 200);
    CHECK(heard.sets.isEmpty());
}

TEST_CASE("changes: a change at one station reaches another station's screens within a second, once",
          "[store][changes]")
{
    FOR_EACH_BACKEND(backend);
    TestDb t(backend);
    auto a = t.open();
    auto b = t.open();
    ChangeWatcher watchA(*a);
    ChangeWatcher watchB(*b);
    watchA.start();
    watchB.start();
    if (backend == Backend::Postgres) {
        CHECK(watchA.isListening());
        CHECK(watchB.isListening());
    }
    Heard heardA(*a);
    Heard heardB(*b);

    addUser(*a, QStringLiteral("zhangwei"));
    const qint64 took = waitUntil([&] { return heardB.heardTable(QStringLiteral("users"), false); }, 1000);
    INFO("took " << took << " ms");
    CHECK(took >= 0);
    REQUIRE(heardB.heardTable(QStringLiteral("users"), false));
    const qint64 id = Users(*b, fastHasher()).find(QStringLiteral("zhangwei"))->id;
    bool named = false;
    for (const ChangeSet &s : heardB.sets)
        if (const Change *c = s.last(QStringLiteral("users"), id))
            named = c->userName == QStringLiteral("王芳") && c->station == QStringLiteral("counter-2");
    CHECK(named);

    // A's own change came to A once, as its own, and not again from A's watcher.
    waitUntil([] { return false; }, 1200);
    int local = 0, remote = 0;
    for (const ChangeSet &s : heardA.sets)
        (s.local ? local : remote) += s.touches(QStringLiteral("users")) ? 1 : 0;
    CHECK(local == 1);
    CHECK(remote == 0);

    // And back the other way.
    addUser(*b, QStringLiteral("chenjing"));
    CHECK(waitUntil([&] { return heardA.heardTable(QStringLiteral("users"), false); }, 1000) >= 0);
}

TEST_CASE("changes: a PostgreSQL listener that was dropped comes back and catches up", "[store][changes]")
{
    TestDb t(Backend::Postgres);
    auto a = t.open();
    auto b = t.open();
    ChangeWatcher watchB(*b);
    watchB.start();
    REQUIRE(watchB.isListening());
    const qint64 pid = watchB.listenerBackend();
    REQUIRE(pid > 0);
    t.rawExec(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid));
    Heard heardB(*b);
    addUser(*a, QStringLiteral("liuyang")); // its NOTIFY finds nobody listening at B
    const qint64 took = waitUntil([&] { return heardB.heardTable(QStringLiteral("users"), false); },
                                  ChangeWatcher::healthIntervalMs * 2 + 1000);
    INFO("took " << took << " ms");
    CHECK(took >= 0);
    CHECK(watchB.isListening());
    CHECK(watchB.listenerBackend() != pid);
}
