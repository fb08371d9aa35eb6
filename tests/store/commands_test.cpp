#include "fixtures.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QThread>

#include "store/auditlog.h"
#include "store/sequences.h"
#include "store/sql.h"

using namespace dd;
using namespace ddtest;

TEST_CASE("a stale edit from another station is refused, naming who changed it, and overwrites nothing",
          "[store][conflict]")
{
    FOR_EACH_BACKEND(backend);
    TestDb t(backend);
    auto reception = t.open();
    auto cashier = t.open(false); // a second connection, as from the cashier's PC

    const Session wang = signedIn(*reception, QStringLiteral("admin1"), {Role::Administrator}, QStringLiteral("王芳"));
    const Session liu = signedIn(*cashier, QStringLiteral("admin2"), {Role::Administrator}, QStringLiteral("刘洋"));

    DealershipStore atReception(*reception), atCashier(*cashier);
    DealershipSettings mine = atReception.load();
    DealershipSettings theirs = atCashier.load();
    REQUIRE(mine.version == theirs.version);

    mine.name = QStringLiteral("浦江汽车");
    Commands receptionCommands(*reception, wang);
    atReception.save(receptionCommands, mine);

    theirs.name = QStringLiteral("Other name");
    Commands cashierCommands(*cashier, liu);
    const QString message = errorMessage([&] { atCashier.save(cashierCommands, theirs); });
    CHECK(message.contains(QStringLiteral("王芳")));
    CHECK(message.contains(QStringLiteral("station-admin1")));
    CHECK(errorKind([&] { atCashier.save(cashierCommands, theirs); }) == StoreError::Kind::Conflict);
    CHECK(atCashier.load().name == QStringLiteral("浦江汽车"));

    // After reloading, the second station's change goes through.
    DealershipSettings reloaded = atCashier.load();
    reloaded.name = QStringLiteral("Other name");
    atCashier.save(cashierCommands, reloaded);
    CHECK(atReception.load().name == QStringLiteral("Other name"));
    CHECK(atReception.load().version == mine.version + 2);
}

TEST_CASE("every change writes audit rows with who, when, where, which record, old and new values",
          "[store][audit]")
{
    FOR_EACH_BACKEND(backend);
    TestDb t(backend);
    auto db = t.open();
    const Session admin = signedIn(*db, QStringLiteral("boss"), {Role::Administrator}, QStringLiteral("陈静"));
    Users users(*db, fastHasher());
    Commands commands(*db, admin);
    const qint64 id = users.add(commands, QStringLiteral("wangfang"), QStringLiteral("王芳"), {Role::ServiceAdvisor},
                                QStringLiteral("counter-2026"));
    const auto before = users.byId(id);
    users.update(commands, id, before->version, QStringLiteral("王芳芳"), {Role::ServiceAdvisor, Role::Cashier});

    AuditLog log(*db);
    AuditFilter f;
    f.recordId = QString::number(id);
    const QList<AuditEntry> rows = log.query(f);
    REQUIRE(rows.size() >= 4);
    const AuditEntry &latestUserUpdate = *std::find_if(rows.begin(), rows.end(), [](const AuditEntry &e) {
        return e.table == QStringLiteral("users") && e.action == QStringLiteral("update");
    });
    CHECK(latestUserUpdate.userName == QStringLiteral("陈静"));
    CHECK(latestUserUpdate.station == QStringLiteral("station-boss"));
    CHECK(latestUserUpdate.command == QStringLiteral("user.update"));
    CHECK(latestUserUpdate.at.isValid());
    CHECK(latestUserUpdate.at.secsTo(QDateTime::currentDateTimeUtc()) < 60);
    const QJsonObject oldV = QJsonDocument::fromJson(latestUserUpdate.oldValues.toUtf8()).object();
    const QJsonObject newV = QJsonDocument::fromJson(latestUserUpdate.newValues.toUtf8()).object();
    CHECK(oldV.value(QStringLiteral("display_name")).toString() == QStringLiteral("王芳"));
    CHECK(newV.value(QStringLiteral("display_name")).toString() == QStringLiteral("王芳芳"));

    const bool rolesAudited = std::any_of(rows.begin(), rows.end(), [](const AuditEntry &e) {
        return e.table == QStringLiteral("user_roles") && e.newValues.contains(QStringLiteral("cashier"));
    });
    CHECK(rolesAudited);
    // Password hashes never reach the audit trail.
    for (const AuditEntry &e : rows)
        CHECK_FALSE(e.newValues.contains(QStringLiteral("$argon2")));

    SECTION("audit rows are append-only, even for SQL outside the app")
    {
        CHECK_THROWS(t.rawExec(QStringLiteral("UPDATE audit_log SET user_name = 'nobody'")));
        CHECK_THROWS(t.rawExec(QStringLiteral("DELETE FROM audit_log")));
        CHECK(log.query({}).size() >= rows.size());
    }
}

TEST_CASE("a failed command rolls back its changes and its audit rows together", "[store][audit]")
{
    FOR_EACH_BACKEND(backend);
    TestDb t(backend);
    auto db = t.open();
    Commands admin(*db, adminSession());
    const int auditBefore = Sql::scalar(db->connection(), QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt();
    CHECK_THROWS_AS(admin.run(QStringLiteral("test.half"), std::nullopt,
                              [](CommandContext &ctx) {
                                  ctx.insert(QStringLiteral("labor_rates"),
                                             {{QStringLiteral("code"), QStringLiteral("X")},
                                              {QStringLiteral("name"), QStringLiteral("x")},
                                              {QStringLiteral("rate_per_hour"), 100}});
                                  throw StoreError(StoreError::Kind::Validation, QStringLiteral("stop"));
                              }),
                    StoreError);
    CHECK(Sql::scalar(db->connection(), QStringLiteral("SELECT COUNT(*) FROM labor_rates")).toInt() == 0);
    CHECK(Sql::scalar(db->connection(), QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt() == auditBefore);
}

TEST_CASE("the command layer refuses what a role may not do, whatever the caller claims", "[store][roles]")
{
    FOR_EACH_BACKEND(backend);
    TestDb t(backend);
    auto db = t.open();
    Users users(*db, fastHasher());
    DealershipStore dealership(*db);
    signedIn(*db, QStringLiteral("keeper"), {Role::Administrator}); // so one administrator always remains

    const Session advisor = signedIn(*db, QStringLiteral("wangfang"), {Role::ServiceAdvisor});
    Commands asAdvisor(*db, advisor);
    CHECK(errorKind([&] {
              users.add(asAdvisor, QStringLiteral("intruder"), QStringLiteral("X"), {Role::Administrator},
                        QStringLiteral("password-9"));
          })
          == StoreError::Kind::Forbidden);
    DealershipSettings s = dealership.load();
    s.name = QStringLiteral("Hijacked");
    CHECK(errorKind([&] { dealership.save(asAdvisor, s); }) == StoreError::Kind::Forbidden);
    CHECK_FALSE(users.find(QStringLiteral("intruder")).has_value());

    SECTION("a session claiming a role it does not hold in the database is refused")
    {
        Session forged = advisor;
        forged.roles = {Role::Administrator};
        Commands asForged(*db, forged);
        CHECK(errorKind([&] { dealership.save(asForged, s); }) == StoreError::Kind::Forbidden);
    }
    SECTION("a role taken away after sign-in takes effect at once")
    {
        const Session manager = signedIn(*db, QStringLiteral("chenjing"), {Role::Administrator});
        Commands asManager(*db, manager);
        const auto rec = users.find(QStringLiteral("chenjing"));
        Commands admin(*db, adminSession());
        users.update(admin, rec->id, rec->version, rec->displayName, {Role::ServiceManager});
        CHECK(errorKind([&] { dealership.save(asManager, s); }) == StoreError::Kind::Forbidden);
    }
    SECTION("a deactivated user is refused")
    {
        const Session admin2 = signedIn(*db, QStringLiteral("admin2"), {Role::Administrator});
        const auto rec = users.find(QStringLiteral("admin2"));
        Commands admin(*db, adminSession());
        users.setActive(admin, rec->id, rec->version, false);
        Commands asAdmin2(*db, admin2);
        CHECK(errorKind([&] { dealership.save(asAdmin2, s); }) == StoreError::Kind::Forbidden);
    }
}

TEST_CASE("document numbers are unique under two concurrent stations", "[store][sequence]")
{
    FOR_EACH_BACKEND(backend);
    TestDb t(backend);
    t.open();
    constexpr int perStation = 30;
    QStringList numbers[2];
    QString failures[2];
    QThread *threads[2];
    for (int s = 0; s < 2; ++s) {
        threads[s] = QThread::create([&, s] {
            try {
                auto db = t.open(false); // each station: its own connection, in its own thread
                Commands station(*db, Session::system(QStringLiteral("station %1").arg(s), QStringLiteral("pc%1").arg(s)));
                for (int i = 0; i < perStation; ++i)
                    numbers[s] << station.run(QStringLiteral("test.number"), std::nullopt, [](CommandContext &ctx) {
                        return DocumentSequences::next(ctx, DocumentKind::WorkOrder);
                    });
            } catch (const StoreError &e) {
                failures[s] = e.message() + QStringLiteral(" / ") + e.detail();
            }
        });
        threads[s]->start();
    }
    for (QThread *th : threads) {
        th->wait();
        delete th;
    }
    CHECK(failures[0].toStdString() == "");
    CHECK(failures[1].toStdString() == "");
    QSet<QString> all;
    for (const auto &list : numbers)
        for (const QString &n : list)
            all.insert(n);
    CHECK(all.size() == 2 * perStation);
    const QString today = QDate::currentDate().toString(QStringLiteral("yyyyMMdd"));
    for (int i = 1; i <= 2 * perStation; ++i)
        CHECK(all.contains(QStringLiteral("WO") + today + QStringLiteral("%1").arg(i, 4, 10, QLatin1Char('0'))));
}

TEST_CASE("document numbers use the configured prefix and restart each business day", "[store][sequence]")
{
    FOR_EACH_BACKEND(backend);
    TestDb t(backend);
    auto db = t.open();
    QDateTime clock(QDate(2026, 11, 22), QTime(2, 0), Qt::UTC);
    db->setClock([&] { return clock; });
    Commands admin(*db, adminSession());
    DealershipStore dealership(*db);
    DealershipSettings s = dealership.load();
    s.name = QStringLiteral("Test dealer");
    s.prefixes[DocumentKind::Settlement] = QStringLiteral("JS");
    dealership.save(admin, s);
    auto next = [&](DocumentKind kind) {
        return admin.run(QStringLiteral("test.number"), std::nullopt,
                         [&](CommandContext &ctx) { return DocumentSequences::next(ctx, kind); });
    };
    const QString day1 = clock.toLocalTime().date().toString(QStringLiteral("yyyyMMdd"));
    CHECK(next(DocumentKind::Settlement) == QStringLiteral("JS") + day1 + QStringLiteral("0001"));
    CHECK(next(DocumentKind::Settlement) == QStringLiteral("JS") + day1 + QStringLiteral("0002"));
    CHECK(next(DocumentKind::WorkOrder) == QStringLiteral("WO") + day1 + QStringLiteral("0001"));
    clock = clock.addDays(1);
    const QString day2 = clock.toLocalTime().date().toString(QStringLiteral("yyyyMMdd"));
    CHECK(next(DocumentKind::Settlement) == QStringLiteral("JS") + day2 + QStringLiteral("0001"));
    // A rolled-back command gives its number back.
    CHECK_THROWS(admin.run(QStringLiteral("test.number"), std::nullopt, [&](CommandContext &ctx) {
        DocumentSequences::next(ctx, DocumentKind::Settlement);
        throw StoreError(StoreError::Kind::Validation, QStringLiteral("cancelled"));
    }));
    CHECK(next(DocumentKind::Settlement) == QStringLiteral("JS") + day2 + QStringLiteral("0002"));
}
