#include "fixtures.h"

#include <QFile>
#include <QSqlQuery>

#include "store/auditlog.h"
#include "store/backup.h"
#include "demo/demo.h"
#include "store/setup.h"
#include "store/sql.h"

using namespace dd;
using namespace ddtest;

TEST_CASE("the first start creates the administrator once, with a password and no default", "[store][users]")
{
    FOR_EACH_BACKEND(backend);
    TestDb t(backend);
    auto db = t.open();
    Users users(*db, fastHasher());
    DealershipStore dealership(*db);
    CHECK(FirstStart::needed(users));
    FirstStart::Input in{QStringLiteral("Admin"), QStringLiteral("管理员"), QStringLiteral("short"),
                         QStringLiteral("浦江汽车"), {}};
    CHECK(errorKind([&] { FirstStart::run(*db, users, dealership, in, QStringLiteral("pc")); })
          == StoreError::Kind::Validation);
    in.password = QStringLiteral("front-desk-1");
    in.dealershipName.clear();
    CHECK(errorMessage([&] { FirstStart::run(*db, users, dealership, in, QStringLiteral("pc")); })
              .contains(QStringLiteral("dealership")));
    CHECK_FALSE(users.hasAnyUser());

    in.dealershipName = QStringLiteral("浦江汽车");
    FirstStart::run(*db, users, dealership, in, QStringLiteral("pc"));
    CHECK_FALSE(FirstStart::needed(users));
    const auto admin = users.find(QStringLiteral("admin"));
    REQUIRE(admin.has_value());
    CHECK(admin->roles == QList<Role>{Role::Administrator});
    CHECK(dealership.load().name == QStringLiteral("浦江汽车"));
    const QString hash = Sql::scalar(db->connection(), QStringLiteral("SELECT password_hash FROM users")).toString();
    CHECK(hash.startsWith(QStringLiteral("$argon2id$")));
    in.login = QStringLiteral("second");
    CHECK(errorMessage([&] { FirstStart::run(*db, users, dealership, in, QStringLiteral("pc")); })
              .contains(QStringLiteral("already has an administrator")));

    SECTION("or with the demo dealership, all in one go")
    {
        TestDb fresh(backend);
        auto db2 = fresh.open();
        Users users2(*db2, fastHasher());
        DealershipStore dealership2(*db2);
        FirstStart::run(*db2, users2, dealership2,
                        {QStringLiteral("boss"), QStringLiteral("Boss"), QStringLiteral("front-desk-1"), QString(), &Demo::loadIn},
                        QStringLiteral("pc"));
        CHECK(users2.list().size() == 7);
        CHECK(dealership2.load().name == QStringLiteral("上海浦江汽车销售服务有限公司"));
    }
}

TEST_CASE("sign-in checks the password, and repeated wrong passwords slow down", "[store][users][signin]")
{
    FOR_EACH_BACKEND(backend);
    TestDb t(backend);
    auto db = t.open();
    QDateTime clock(QDate(2026, 11, 22), QTime(1, 0), Qt::UTC);
    db->setClock([&] { return clock; });
    Users users(*db, fastHasher());
    Commands admin(*db, adminSession());
    users.add(admin, QStringLiteral("wangfang"), QStringLiteral("王芳"), {Role::ServiceAdvisor, Role::Cashier},
              QStringLiteral("counter-2026"));

    const Session s = users.signIn(QStringLiteral(" WangFang "), QStringLiteral("counter-2026"), QStringLiteral("pc1"));
    CHECK(s.displayName == QStringLiteral("王芳"));
    CHECK(s.roles.contains(Role::Cashier));
    CHECK(s.station == QStringLiteral("pc1"));
    CHECK(users.find(QStringLiteral("wangfang"))->lastSignInAt == clock);

    for (int i = 0; i < 3; ++i) {
        CHECK(errorMessage([&] { users.signIn(QStringLiteral("wangfang"), QStringLiteral("wrong"), QStringLiteral("pc1")); })
              == QStringLiteral("Wrong sign-in name or password."));
    }
    // The third failure earned a wait: even the right password is not tried until it passes.
    CHECK(users.secondsUntilNextAttempt(QStringLiteral("wangfang")) == 2);
    CHECK(errorMessage([&] {
              users.signIn(QStringLiteral("wangfang"), QStringLiteral("counter-2026"), QStringLiteral("pc1"));
          }).contains(QStringLiteral("Wait 2 second")));
    clock = clock.addSecs(3);
    CHECK_THROWS(users.signIn(QStringLiteral("wangfang"), QStringLiteral("wrong"), QStringLiteral("pc1")));
    CHECK(users.secondsUntilNextAttempt(QStringLiteral("wangfang")) == 4);
    clock = clock.addSecs(4);
    users.signIn(QStringLiteral("wangfang"), QStringLiteral("counter-2026"), QStringLiteral("pc1"));
    CHECK(users.secondsUntilNextAttempt(QStringLiteral("wangfang")) == 0);

    CHECK(errorMessage([&] { users.signIn(QStringLiteral("nobody"), QStringLiteral("x"), QStringLiteral("pc1")); })
          == QStringLiteral("Wrong sign-in name or password."));

    AuditFilter f;
    f.table = QStringLiteral("users");
    const auto rows = AuditLog(*db).query(f);
    const auto failed = std::count_if(rows.begin(), rows.end(), [](const AuditEntry &e) {
        return e.command == QStringLiteral("session.sign_in_failed");
    });
    CHECK(failed == 4);
}

TEST_CASE("accounts: no password yet, deactivation, password reset", "[store][users]")
{
    FOR_EACH_BACKEND(backend);
    TestDb t(backend);
    auto db = t.open();
    Users users(*db, fastHasher());
    const Session boss = signedIn(*db, QStringLiteral("boss"), {Role::Administrator});
    Commands asBoss(*db, boss);
    const qint64 id = users.add(asBoss, QStringLiteral("liqiang"), QStringLiteral("李强"), {Role::ServiceAdvisor}, QString());
    CHECK_FALSE(users.byId(id)->hasPassword);
    CHECK(errorMessage([&] { users.signIn(QStringLiteral("liqiang"), QStringLiteral("anything-1"), QStringLiteral("pc")); })
              .contains(QStringLiteral("No password")));

    users.setPassword(asBoss, id, users.byId(id)->version, QStringLiteral("li-qiang-2026"));
    CHECK(users.signIn(QStringLiteral("liqiang"), QStringLiteral("li-qiang-2026"), QStringLiteral("pc")).userId == id);

    users.setActive(asBoss, id, users.byId(id)->version, false);
    CHECK(errorMessage([&] { users.signIn(QStringLiteral("liqiang"), QStringLiteral("li-qiang-2026"), QStringLiteral("pc")); })
              .contains(QStringLiteral("deactivated")));
    users.setActive(asBoss, id, users.byId(id)->version, true);
    CHECK(users.signIn(QStringLiteral("liqiang"), QStringLiteral("li-qiang-2026"), QStringLiteral("pc")).userId == id);

    SECTION("users change their own password without the administrator role")
    {
        const Session li = users.signIn(QStringLiteral("liqiang"), QStringLiteral("li-qiang-2026"), QStringLiteral("pc"));
        Commands asLi(*db, li);
        users.setPassword(asLi, id, users.byId(id)->version, QStringLiteral("new-pass-99"));
        CHECK(users.signIn(QStringLiteral("liqiang"), QStringLiteral("new-pass-99"), QStringLiteral("pc")).userId == id);
        CHECK(errorKind([&] { users.setPassword(asLi, boss.userId, users.byId(boss.userId)->version,
                                                QStringLiteral("taken-over-1")); })
              == StoreError::Kind::Forbidden);
    }
    SECTION("a sign-in name is unique, whatever its case")
    {
        CHECK(errorMessage([&] { users.add(asBoss, QStringLiteral("LiQiang"), QStringLiteral("X"), {Role::Cashier}, QString()); })
                  .contains(QStringLiteral("already taken")));
    }
}

TEST_CASE("the shop always keeps an active administrator", "[store][users]")
{
    FOR_EACH_BACKEND(backend);
    TestDb t(backend);
    auto db = t.open();
    Users users(*db, fastHasher());
    const Session boss = signedIn(*db, QStringLiteral("boss"), {Role::Administrator});
    Commands asBoss(*db, boss);
    const auto me = users.byId(boss.userId);
    CHECK(errorMessage([&] { users.update(asBoss, me->id, me->version, me->displayName, {Role::ServiceManager}); })
              .contains(QStringLiteral("last active administrator")));
    CHECK(errorMessage([&] { users.setActive(asBoss, me->id, me->version, false); }).contains(QStringLiteral("own account")));
    const qint64 other = users.add(asBoss, QStringLiteral("second"), QStringLiteral("Second"), {Role::Administrator},
                                   QStringLiteral("Other-Admin-72"));
    users.update(asBoss, me->id, me->version, me->displayName, {Role::ServiceManager, Role::Administrator});
    const auto o = users.byId(other);
    users.setActive(asBoss, other, o->version, false);
    const auto me2 = users.byId(boss.userId);
    CHECK(errorKind([&] { users.update(asBoss, me2->id, me2->version, me2->displayName, {Role::ServiceManager}); })
          == StoreError::Kind::Validation);
}

TEST_CASE("the demo dealership loads once into an empty database, in one command", "[store][demo]")
{
    FOR_EACH_BACKEND(backend);
    TestDb t(backend);
    auto db = t.open();
    Users users(*db, fastHasher());
    DealershipStore dealership(*db);
    FirstStart::run(*db, users, dealership,
                    {QStringLiteral("admin"), QStringLiteral("管理员"), QStringLiteral("front-desk-1"), QStringLiteral("X"), {}},
                    QStringLiteral("pc"));
    const Session advisor = signedIn(*db, QStringLiteral("someone"), {Role::ServiceAdvisor});
    Commands asAdvisor(*db, advisor);
    CHECK(errorKind([&] { Demo::load(asAdvisor, users, dealership); }) == StoreError::Kind::Forbidden);
    // someone's presence makes the database not empty any more:
    Commands admin(*db, adminSession());
    CHECK(errorMessage([&] { Demo::load(admin, users, dealership); }).contains(QStringLiteral("empty database")));

    TestDb fresh(backend);
    auto db2 = fresh.open();
    Users users2(*db2, fastHasher());
    DealershipStore dealership2(*db2);
    Commands admin2(*db2, adminSession());
    const Demo::Summary summary = Demo::load(admin2, users2, dealership2);
    CHECK_FALSE(summary.lines.isEmpty());
    CHECK(dealership2.load().name == QStringLiteral("上海浦江汽车销售服务有限公司"));
    CHECK(DealershipRules::validate(dealership2.load()).ok());
    CHECK(dealership2.laborRates().size() == 5);
    const auto staff = users2.list();
    CHECK(staff.size() == 6);
    QList<Role> covered;
    for (const auto &u : staff) {
        CHECK_FALSE(u.hasPassword);
        covered << u.roles;
    }
    for (Role r : {Role::ServiceAdvisor, Role::WorkshopController, Role::Cashier, Role::ServiceManager, Role::CustomerService})
        CHECK(covered.contains(r));
    CHECK(errorMessage([&] { Demo::load(admin2, users2, dealership2); }).contains(QStringLiteral("already loaded")));
}

TEST_CASE("backups: SQLite copies the live database, PostgreSQL points to pg_dump", "[store][backup]")
{
    FOR_EACH_BACKEND(backend);
    TestDb t(backend);
    auto db = t.open();
    Users users(*db, fastHasher());
    Commands admin(*db, adminSession());
    users.add(admin, QStringLiteral("wangfang"), QStringLiteral("王芳"), {Role::ServiceAdvisor}, QStringLiteral("counter-2026"));
    const QString dest = t.dir() + QStringLiteral("/backup.db");
    if (backend == Backend::Postgres) {
        CHECK(errorMessage([&] { Backup::run(admin, dest, false); }).contains(QStringLiteral("pg_dump")));
        return;
    }
    Backup::run(admin, dest, false);
    REQUIRE(QFile::exists(dest));
    CHECK_FALSE(QFile::exists(dest + QStringLiteral(".partial")));
    DbTarget copyTarget;
    copyTarget.path = dest;
    Database copy(copyTarget);
    copy.open();
    Users copied(copy, fastHasher());
    CHECK(copied.find(QStringLiteral("wangfang")).has_value());
    CHECK(errorMessage([&] { Backup::run(admin, dest, false); }).contains(QStringLiteral("already exists")));
    CHECK(errorKind([&] { Backup::run(admin, t.target().path, true); }) == StoreError::Kind::Validation);
    const Session cashier = signedIn(*db, QStringLiteral("liuyang"), {Role::Cashier});
    Commands asCashier(*db, cashier);
    CHECK(errorKind([&] { Backup::run(asCashier, t.dir() + QStringLiteral("/other.db"), false); })
          == StoreError::Kind::Forbidden);
}

TEST_CASE("a PostgreSQL connection dropped mid-session is reported, nothing half-saved, and restored",
          "[store][connection]")
{
    TestDb t(Backend::Postgres);
    auto db = t.open();
    Users users(*db, fastHasher());
    Commands admin(*db, adminSession());
    auto killConnection = [&] {
        const QString pid = Sql::scalar(db->connection(), QStringLiteral("SELECT pg_backend_pid()")).toString();
        t.rawExec(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid));
    };

    SECTION("dropped between commands: the next command reconnects by itself")
    {
        killConnection();
        users.add(admin, QStringLiteral("wangfang"), QStringLiteral("王芳"), {Role::ServiceAdvisor}, QString());
        CHECK(users.list().size() == 1);
    }
    SECTION("dropped between reads: the next read reconnects by itself")
    {
        users.add(admin, QStringLiteral("wangfang"), QStringLiteral("王芳"), {Role::ServiceAdvisor}, QString());
        killConnection();
        CHECK(users.list().size() == 1);
        killConnection();
        CHECK(DealershipStore(*db).load().vatRateBp == 1300);
    }
    SECTION("dropped inside a command: the user is told, nothing is half-saved, and a retry works")
    {
        const StoreError::Kind kind = errorKind([&] {
            admin.run(QStringLiteral("test.two_rows"), std::nullopt, [&](CommandContext &ctx) {
                users.addIn(ctx, QStringLiteral("wangfang"), QStringLiteral("王芳"), {Role::ServiceAdvisor}, QString());
                killConnection();
                users.addIn(ctx, QStringLiteral("liqiang"), QStringLiteral("李强"), {Role::ServiceAdvisor}, QString());
            });
        });
        CHECK(kind == StoreError::Kind::Connection);
        CHECK(users.list().isEmpty());
        users.add(admin, QStringLiteral("wangfang"), QStringLiteral("王芳"), {Role::ServiceAdvisor}, QString());
        CHECK(users.list().size() == 1);
    }
}
