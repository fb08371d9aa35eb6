// The audit trail cannot be rewritten quietly: append-only on both databases (REPLACE and upserts included), the
// application's PostgreSQL login may only add and read audit rows, and the hash chain names the first row that
// was changed, removed or slipped in behind the app's back.
#include "fixtures.h"

#include <QSqlQuery>
#include <atomic>
#include <thread>

#include "store/auditchain.h"
#include "demo/demo.h"
#include "store/migrator.h"
#include "store/sql.h"

using namespace dd;
using namespace ddtest;
using Catch::Matchers::Contains;

namespace {
QList<qint64> auditIds(Database &db)
{
    QList<qint64> ids;
    QSqlQuery q = db.query(QStringLiteral("SELECT id FROM audit_log ORDER BY id"));
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

QString sqlText(const QString &s)
{
    return QLatin1Char('\'') + QString(s).replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
}

// A few commands with several audit rows each, by the system session (no user id) and by a signed-in user.
void someWork(Database &db)
{
    Users users(db, fastHasher());
    Commands admin(db, adminSession());
    const qint64 wang = users.add(admin, QStringLiteral("wangfang"), QStringLiteral("王芳"), {Role::ServiceAdvisor},
                                  QStringLiteral("Staff-Key-4826"));
    users.add(admin, QStringLiteral("liuyang"), QStringLiteral("刘洋"), {Role::Cashier}, QString());
    const Session boss = signedIn(db, QStringLiteral("boss"), {Role::Administrator}, QStringLiteral("陈静"));
    Commands asBoss(db, boss);
    users.update(asBoss, wang, users.byId(wang)->version, QStringLiteral("王芳芳"),
                 {Role::ServiceAdvisor, Role::Cashier});
}

void addUser(Database &db, const QString &login)
{
    Commands admin(db, adminSession());
    Users(db, fastHasher()).add(admin, login, login, {Role::Cashier}, QString());
}

// Lifts the append-only triggers as the owner can: what someone with the owner's rights does to rewrite rows.
void liftTriggers(const TestDb &t)
{
    if (t.backend() == Backend::Sqlite) {
        t.rawExec(QStringLiteral("DROP TRIGGER audit_log_no_update"));
        t.rawExec(QStringLiteral("DROP TRIGGER audit_log_no_delete"));
    } else {
        t.rawExec(QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update"));
    }
}

const QString kForgedColumns = QStringLiteral("(id, at, user_name, station, command, table_name, record_id, action, "
                                              "new_values, prev_hash, hash)");
} // namespace

TEST_CASE("audit rows cannot be replaced or upserted, even by SQL outside the app", "[store][audit]")
{
    FOR_EACH_BACKEND(backend);
    TestDb t(backend);
    auto db = t.open();
    someWork(*db);
    const qint64 first = auditIds(*db).value(0);
    const int rows = int(auditIds(*db).size());
    const QString forged = QStringLiteral("VALUES (%1, '2026-01-01T00:00:00.000Z', 'nobody', 'pc', 'user.add', "
                                          "'users', '1', 'insert', '{}', '', 'x')")
                               .arg(first);
    if (backend == Backend::Sqlite) {
        CHECK_THROWS_WITH(t.rawExec(QStringLiteral("REPLACE INTO audit_log ") + kForgedColumns + QLatin1Char(' ') + forged),
                          Contains("append-only"));
        CHECK_THROWS_WITH(t.rawExec(QStringLiteral("INSERT OR REPLACE INTO audit_log ") + kForgedColumns
                                    + QLatin1Char(' ') + forged),
                          Contains("append-only"));
        // An id below 1 is never held, so a generated id (-1 in a BEFORE trigger) never collides with one.
        CHECK_THROWS(t.rawExec(QStringLiteral("INSERT INTO audit_log ") + kForgedColumns
                               + QStringLiteral(" VALUES (-1, 'x', 'x', 'x', 'x', 'x', 'x', 'x', '{}', '', 'x')")));
    }
    CHECK_THROWS_WITH(t.rawExec(QStringLiteral("INSERT INTO audit_log ") + kForgedColumns + QLatin1Char(' ') + forged
                                + QStringLiteral(" ON CONFLICT (id) DO UPDATE SET user_name = 'nobody'")),
                      Contains("append-only"));
    CHECK(auditIds(*db).size() == rows);
    CHECK(db->scalar(QStringLiteral("SELECT user_name FROM audit_log WHERE id = ?"), {first}).toString()
          == QStringLiteral("test admin"));
    // A row without its hash is refused too: everything the app did not write stands out.
    CHECK_THROWS(t.rawExec(QStringLiteral("INSERT INTO audit_log (at, user_name, station, command, table_name, "
                                          "record_id, action) VALUES ('x', 'x', 'x', 'x', 'x', 'x', 'x')")));
    addUser(*db, QStringLiteral("zhaolei"));
    CHECK(AuditChain::verify(*db).intact());
}

TEST_CASE("on PostgreSQL the application's login may only add and read audit rows", "[store][audit][postgres]")
{
    TestDb t(Backend::Postgres);
    auto db = t.open(); // the application's login, dd_app
    someWork(*db);      // ordinary work goes through with the application's rights
    CHECK(AuditChain::verify(*db).intact());
    CHECK_FALSE(AuditChain::loginCanRewrite(*db));
    CHECK(AuditChain::loginCanRewrite(*t.openAsOwner()));

    const auto asApp = [&](const char *sql) { t.rawExec(QString::fromUtf8(sql), TestDb::Login::App); };
    CHECK_NOTHROW(asApp("SELECT COUNT(*) FROM audit_log"));
    CHECK_THROWS_WITH(asApp("UPDATE audit_log SET user_name = 'nobody'"), Contains("permission denied"));
    CHECK_THROWS_WITH(asApp("DELETE FROM audit_log"), Contains("permission denied"));
    CHECK_THROWS_WITH(asApp("TRUNCATE audit_log"), Contains("permission denied"));
    CHECK_THROWS_WITH(asApp("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update"), Contains("must be owner"));
    CHECK_THROWS_WITH(asApp("ALTER TABLE audit_log DISABLE TRIGGER ALL"), Contains("must be owner"));
    CHECK_THROWS_WITH(asApp("DROP TRIGGER audit_log_no_update ON audit_log"), Contains("must be owner"));
    CHECK_THROWS_WITH(asApp("DROP TABLE audit_log"), Contains("must be owner"));
    CHECK_THROWS(asApp("SET session_replication_role = replica")); // would skip the triggers: superusers only
    CHECK_THROWS_WITH(asApp("CREATE TABLE audit_log_copy (id BIGINT)"), Contains("permission denied"));
    CHECK_THROWS_WITH(asApp("INSERT INTO audit_log (id, at, user_name, station, command, table_name, record_id, "
                            "action, prev_hash, hash) VALUES (1, 'x', 'x', 'x', 'x', 'x', 'x', 'x', '', 'x') "
                            "ON CONFLICT (id) DO UPDATE SET user_name = 'nobody'"),
                      Contains("permission denied"));
    CHECK(AuditChain::verify(*db).intact());
}

TEST_CASE("the application's PostgreSQL login does not upgrade the schema: it names the owner's way",
          "[store][audit][postgres]")
{
    TestDb t(Backend::Postgres);
    Migrator(*t.openAsOwner(false)).migrate(AuditChain::schemaVersion - 1);
    Database app(t.appTarget());
    app.open();
    const QString message = errorMessage([&] { Migrator(app).migrate(); });
    CHECK(message.contains(QStringLiteral("dd_app")));
    CHECK(message.contains(QStringLiteral("migrate")));
    CHECK(message.contains(QStringLiteral("OWNER@")));
    CHECK(errorKind([&] { Migrator(app).migrate(); }) == StoreError::Kind::Forbidden);
    CHECK(Migrator(app).currentVersion() == AuditChain::schemaVersion - 1);
}

TEST_CASE("the chain's hash is BLAKE2b-256 over a fixed, length-prefixed encoding", "[store][audit]")
{
    AuditRecord r;
    r.at = QStringLiteral("2026-11-22T06:05:09.123Z");
    r.userId = 7;
    r.userName = QStringLiteral("王芳");
    r.station = QStringLiteral("pc1");
    r.command = QStringLiteral("user.add");
    r.table = QStringLiteral("users");
    r.recordId = QStringLiteral("7");
    r.action = QStringLiteral("insert");
    r.newValues = QStringLiteral("{\"login\":\"wangfang\"}");
    // Worked out independently:
    //   import hashlib, struct
    //   f = lambda s: b'S' + struct.pack('>I', len(s.encode())) + s.encode()
    //   m = b''.join(map(f, ['dealerdesk-audit-1', '', '2026-11-22T06:05:09.123Z', '7', '王芳', 'pc1',
    //                        'user.add', 'users', '7', 'insert'])) + b'N' + f('{"login":"wangfang"}')
    //   hashlib.blake2b(m, digest_size=32).hexdigest()
    CHECK(AuditChain::hash(QString(), r) == QStringLiteral("550df682e224bbf3a965915d968990615f3e26d6e3b61da17fca58e82037fe3c"));
    AuditRecord noUser = r;
    noUser.userId.reset();
    CHECK(AuditChain::hash(QString(), noUser) != AuditChain::hash(QString(), r));
    AuditRecord emptyOld = r;
    emptyOld.oldValues = QString(); // an empty text is not NULL
    CHECK(AuditChain::hash(QString(), emptyOld) != AuditChain::hash(QString(), r));
    // Moving a character from one field to the next changes the hash (the lengths are part of it).
    AuditRecord shifted = r;
    shifted.station = QStringLiteral("pc");
    shifted.command = QStringLiteral("1user.add");
    CHECK(AuditChain::hash(QString(), shifted) != AuditChain::hash(QString(), r));
}

TEST_CASE("SQLite and PostgreSQL chain the same work to the same hashes", "[store][audit]")
{
    QStringList hashes[2];
    for (const Backend backend : {Backend::Sqlite, Backend::Postgres}) {
        INFO("backend: " << name(backend));
        TestDb t(backend);
        auto db = t.open();
        db->setClock([] { return QDateTime(QDate(2026, 11, 22), QTime(6, 5, 9, 123), Qt::UTC); });
        Users users(*db, fastHasher());
        Commands admin(*db, adminSession());
        const qint64 id = users.add(admin, QStringLiteral("wangfang"), QStringLiteral("王芳"), {Role::Administrator},
                                    QString());
        users.update(admin, id, 1, QStringLiteral("王芳芳"), {Role::Administrator, Role::Cashier});
        QSqlQuery q = db->query(QStringLiteral("SELECT hash FROM audit_log ORDER BY id"));
        while (q.next())
            hashes[backend == Backend::Sqlite ? 0 : 1] << q.value(0).toString();
        CHECK(AuditChain::verify(*db).intact());
    }
    CHECK(hashes[0].size() >= 3);
    CHECK(hashes[0] == hashes[1]);
}

TEST_CASE("verification names the first row changed, removed or slipped in behind the app's back",
          "[store][audit]")
{
    FOR_EACH_BACKEND(backend);
    TestDb t(backend);
    auto db = t.open();
    someWork(*db);
    const QList<qint64> ids = auditIds(*db);
    REQUIRE(ids.size() >= 6);
    const AuditChain::Report clean = AuditChain::verify(*db);
    CHECK(clean.intact());
    CHECK(clean.rows == ids.size());
    CHECK(clean.message().contains(QStringLiteral("chain intact")));
    const int k = 3; // a row in the middle
    liftTriggers(t);

    SECTION("a row edited")
    {
        t.rawExec(QStringLiteral("UPDATE audit_log SET user_name = 'someone else' WHERE id = %1").arg(ids[k]));
        const AuditChain::Report r = AuditChain::verify(*db);
        CHECK(r.problem == AuditChain::Problem::ContentChanged);
        CHECK(r.rowId == ids[k]);
        CHECK(r.rows == k);
        CHECK(r.userName == QStringLiteral("someone else"));
        CHECK(r.message().contains(QString::number(ids[k])));
        CHECK(r.message().contains(QStringLiteral("changed")));
    }
    SECTION("a time edited by a millisecond")
    {
        const QString at = db->scalar(QStringLiteral("SELECT at FROM audit_log WHERE id = ?"), {ids[k]}).toString();
        const QString later = Sql::toDb(Sql::fromDb(at).addMSecs(1));
        t.rawExec(QStringLiteral("UPDATE audit_log SET at = %1 WHERE id = %2").arg(sqlText(later)).arg(ids[k]));
        const AuditChain::Report r = AuditChain::verify(*db);
        CHECK(r.problem == AuditChain::Problem::ContentChanged);
        CHECK(r.rowId == ids[k]);
    }
    SECTION("a row edited and its hash recomputed: the next row no longer follows it")
    {
        QSqlQuery q = db->query(QStringLiteral("SELECT at, user_id, station, command, table_name, record_id, action, "
                                               "old_values, new_values, prev_hash FROM audit_log WHERE id = ?"),
                                {ids[k]});
        REQUIRE(q.next());
        AuditRecord r;
        r.at = q.value(0).toString();
        if (!q.value(1).isNull())
            r.userId = q.value(1).toLongLong();
        r.userName = QStringLiteral("someone else");
        r.station = q.value(2).toString();
        r.command = q.value(3).toString();
        r.table = q.value(4).toString();
        r.recordId = q.value(5).toString();
        r.action = q.value(6).toString();
        if (!q.value(7).isNull())
            r.oldValues = q.value(7).toString();
        if (!q.value(8).isNull())
            r.newValues = q.value(8).toString();
        const QString rehashed = AuditChain::hash(q.value(9).toString(), r);
        q.finish(); // SQLite: an unfinished read keeps this connection's snapshot from before the edit
        t.rawExec(QStringLiteral("UPDATE audit_log SET user_name = 'someone else', hash = '%1' WHERE id = %2")
                      .arg(rehashed)
                      .arg(ids[k]));
        const AuditChain::Report report = AuditChain::verify(*db);
        CHECK(report.problem == AuditChain::Problem::RowsMissing);
        CHECK(report.rowId == ids[k + 1]);
        CHECK(report.afterId == ids[k]);
        CHECK(report.rows == k + 1);
    }
    SECTION("a row removed from the middle")
    {
        t.rawExec(QStringLiteral("DELETE FROM audit_log WHERE id = %1").arg(ids[k]));
        const AuditChain::Report r = AuditChain::verify(*db);
        CHECK(r.problem == AuditChain::Problem::RowsMissing);
        CHECK(r.rowId == ids[k + 1]);
        CHECK(r.afterId == ids[k - 1]);
        CHECK(r.message().contains(QString::number(ids[k - 1])));
    }
    SECTION("the first row removed")
    {
        t.rawExec(QStringLiteral("DELETE FROM audit_log WHERE id = %1").arg(ids[0]));
        const AuditChain::Report r = AuditChain::verify(*db);
        CHECK(r.problem == AuditChain::Problem::RowsMissing);
        CHECK(r.rowId == ids[1]);
        CHECK(r.afterId == 0);
    }
    SECTION("the last rows removed")
    {
        t.rawExec(QStringLiteral("DELETE FROM audit_log WHERE id >= %1").arg(ids[ids.size() - 2]));
        const AuditChain::Report r = AuditChain::verify(*db);
        CHECK(r.problem == AuditChain::Problem::TailMissing);
        CHECK(r.rowId == ids.last());
        CHECK(r.afterId == ids[ids.size() - 3]);
        CHECK(r.rows == ids.size() - 2);
    }
    SECTION("a forged row slipped in between, hashed as the app would")
    {
        // Leave a gap in the ids, as a rolled-back command can, and let the app write on after it.
        t.rawExec(backend == Backend::Sqlite
                      ? QStringLiteral("UPDATE sqlite_sequence SET seq = seq + 10 WHERE name = 'audit_log'")
                      : QStringLiteral("SELECT setval(pg_get_serial_sequence('audit_log', 'id'), "
                                       "(SELECT MAX(id) FROM audit_log) + 10)"));
        addUser(*db, QStringLiteral("zhaolei"));
        const qint64 last = ids.last();
        const QString lastHash = db->scalar(QStringLiteral("SELECT hash FROM audit_log WHERE id = ?"), {last}).toString();
        AuditRecord f;
        f.at = QStringLiteral("2026-11-22T06:05:09.123Z");
        f.userName = QStringLiteral("test admin");
        f.station = QStringLiteral("test-station");
        f.command = QStringLiteral("user.deactivate");
        f.table = QStringLiteral("users");
        f.recordId = QStringLiteral("1");
        f.action = QStringLiteral("update");
        f.newValues = QStringLiteral("{\"active\":0}");
        const qint64 forgedId = last + 5;
        t.rawExec(QStringLiteral("INSERT INTO audit_log ") + kForgedColumns
                  + QStringLiteral(" VALUES (%1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11)")
                        .arg(forgedId)
                        .arg(sqlText(f.at), sqlText(f.userName), sqlText(f.station), sqlText(f.command),
                             sqlText(f.table), sqlText(f.recordId), sqlText(f.action), sqlText(*f.newValues),
                             sqlText(lastHash), sqlText(AuditChain::hash(lastHash, f))));
        const AuditChain::Report r = AuditChain::verify(*db);
        CHECK(r.problem == AuditChain::Problem::RowInserted);
        CHECK(r.rowId == forgedId);
        CHECK(r.afterId == last);
        CHECK(r.rows == ids.size());
        CHECK(r.command == QStringLiteral("user.deactivate"));
    }
    SECTION("a forged row added at the end with a made-up hash")
    {
        const QString lastHash =
            db->scalar(QStringLiteral("SELECT hash FROM audit_log WHERE id = ?"), {ids.last()}).toString();
        t.rawExec(QStringLiteral("INSERT INTO audit_log ") + kForgedColumns
                  + QStringLiteral(" VALUES (%1, '2026-11-22T06:05:09.123Z', 'x', 'x', 'user.add', 'users', '1', "
                                   "'insert', '{}', %2, '%3')")
                        .arg(ids.last() + 1)
                        .arg(sqlText(lastHash), QString(64, QLatin1Char('0'))));
        const AuditChain::Report r = AuditChain::verify(*db);
        CHECK(r.problem == AuditChain::Problem::ContentChanged);
        CHECK(r.rowId == ids.last() + 1);
    }
}

TEST_CASE("the demo, written by several people inside one transaction, chains like any other work",
          "[store][audit]")
{
    FOR_EACH_BACKEND(backend);
    TestDb t(backend);
    auto db = t.open();
    Users users(*db, fastHasher());
    DealershipStore dealership(*db);
    Commands admin(*db, adminSession());
    Demo::load(admin, users, dealership);
    const AuditChain::Report r = AuditChain::verify(*db);
    INFO(r.message().toStdString());
    CHECK(r.intact());
    CHECK(r.rows == auditIds(*db).size());
    CHECK(db->scalar(QStringLiteral("SELECT last_id FROM audit_chain")).toLongLong() == auditIds(*db).last());
}

TEST_CASE("a long trail is checked in chunks, reports its progress and can be stopped", "[store][audit]")
{
    FOR_EACH_BACKEND(backend);
    TestDb t(backend);
    auto db = t.open();
    constexpr int rows = 2600; // more than one chunk of 2000
    Commands(*db, adminSession()).run(QStringLiteral("test.many"), std::nullopt, [&](CommandContext &ctx) {
        for (int i = 0; i < rows; ++i)
            ctx.audit(QStringLiteral("notes"), i, CommandContext::Action::Event, {}, {{QStringLiteral("n"), i}});
    });
    QList<qint64> seen;
    const AuditChain::Report all = AuditChain::verify(*db, [&](qint64 n) {
        seen << n;
        return true;
    });
    CHECK(all.intact());
    CHECK(all.rows == rows);
    CHECK(seen == QList<qint64>{2000, rows});
    const AuditChain::Report stopped = AuditChain::verify(*db, [](qint64) { return false; });
    CHECK(stopped.rows == 2000);
    CHECK(stopped.stopped);
    CHECK_FALSE(stopped.intact());

    const QList<qint64> ids = auditIds(*db);
    liftTriggers(t);
    t.rawExec(QStringLiteral("UPDATE audit_log SET new_values = '{\"n\":0}' WHERE id = %1").arg(ids[2345]));
    const AuditChain::Report r = AuditChain::verify(*db);
    CHECK(r.problem == AuditChain::Problem::ContentChanged);
    CHECK(r.rowId == ids[2345]);
    CHECK(r.rows == 2345);
}

TEST_CASE("an upgrade seals the audit rows written before the chain existed", "[store][audit][migration]")
{
    FOR_EACH_BACKEND(backend);
    TestDb t(backend);
    {
        auto old = t.openAsOwner(false);
        Migrator(*old).migrate(AuditChain::schemaVersion - 1);
        someWork(*old);
    }
    auto db = t.openAsOwner(false);
    const int before = db->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt();
    REQUIRE(before >= 6);
    Migrator(*db).migrate();
    AuditChain::Report r = AuditChain::verify(*db);
    CHECK(r.intact());
    CHECK(r.rows == before);
    CHECK(db->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE hash IS NULL")).toInt() == 0);
    CHECK(db->scalar(QStringLiteral("SELECT last_id FROM audit_chain")).toLongLong() == auditIds(*db).last());
    // The triggers are back after the upgrade ...
    CHECK_THROWS_WITH(t.rawExec(QStringLiteral("UPDATE audit_log SET user_name = 'x'")), Contains("append-only"));
    // ... new rows chain on, and an old row changed later is noticed.
    addUser(*db, QStringLiteral("zhaolei"));
    const QList<qint64> ids = auditIds(*db);
    liftTriggers(t);
    t.rawExec(QStringLiteral("UPDATE audit_log SET record_id = '99' WHERE id = %1").arg(ids[1]));
    r = AuditChain::verify(*db);
    CHECK(r.problem == AuditChain::Problem::ContentChanged);
    CHECK(r.rowId == ids[1]);
}

TEST_CASE("two stations writing at once never fork the chain", "[store][audit][concurrency]")
{
    FOR_EACH_BACKEND(backend);
    TestDb t(backend);
    auto db = t.open();
    constexpr int perStation = 40;
    std::atomic<int> failures{0};
    std::vector<std::string> errors(2);
    auto station = [&](int n) {
        try {
            auto own = t.open();
            Commands commands(*own, Session::system(QStringLiteral("station %1").arg(n), QStringLiteral("pc%1").arg(n)));
            for (int i = 0; i < perStation; ++i) {
                commands.run(QStringLiteral("test.note"), std::nullopt, [&](CommandContext &ctx) {
                    ctx.audit(QStringLiteral("notes"), i, CommandContext::Action::Event, {}, {{QStringLiteral("n"), i}});
                    ctx.audit(QStringLiteral("notes"), i, CommandContext::Action::Event, {}, {{QStringLiteral("m"), i}});
                });
            }
        } catch (const StoreError &e) {
            ++failures;
            errors[size_t(n)] = e.message().toStdString() + " " + e.detail().toStdString();
        }
    };
    std::thread a(station, 0), b(station, 1);
    a.join();
    b.join();
    INFO(errors[0] << " / " << errors[1]);
    REQUIRE(failures == 0);
    const AuditChain::Report r = AuditChain::verify(*db);
    INFO(r.message().toStdString());
    CHECK(r.intact());
    CHECK(r.rows == 2 * 2 * perStation);
}
