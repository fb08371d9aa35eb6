// dealerdesk audit verify: "N rows, chain intact" (exit 0), or the first row that does not match (exit 1).
#include <catch2/catch.hpp>

#include <QSqlQuery>

#include "clirun.h"
#include "store/commands.h"
#include "store/passwordhasher.h"
#include "store/users.h"
#include "support/testdb.h"

using namespace dd;
using namespace ddtest;


TEST_CASE("cli: audit verify names the first row that does not match", "[cli][audit]")
{
    const Backend backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO("backend: " << name(backend));
    TestDb t(backend);
    {
        auto db = t.open();
        const PasswordHasher hasher(PasswordHasher::Strength::Minimal);
        Users users(*db, hasher);
        Commands admin(*db, Session::system(QStringLiteral("test admin"), QStringLiteral("pc")));
        for (const char *login : {"wangfang", "liuyang", "zhaolei"})
            users.add(admin, QString::fromLatin1(login), QString::fromLatin1(login), {Role::Cashier}, QString());
        users.add(admin, QStringLiteral("admin"), QStringLiteral("admin"), {Role::Administrator},
                  QStringLiteral("Audit-Desk-2026!"));
    }
    // On PostgreSQL as the application's login: checking needs no more than reading. Signed in as the
    // administrator (each run's sign-in adds its own audit row before the check).
    qputenv("DEALERDESK_PASSWORD", "Audit-Desk-2026!");
    const QStringList base = dbArgs(t.appTarget()) + QStringList{QStringLiteral("--user"), QStringLiteral("admin")};
    int rows = 0;
    {
        auto db = t.open();
        rows = db->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt();
    }
    REQUIRE(rows >= 3);

    Run ok = dealerdesk(base + QStringList{QStringLiteral("audit"), QStringLiteral("verify")});
    INFO(ok.err.toStdString());
    CHECK(ok.code == 0);
    CHECK(ok.out.trimmed() == QStringLiteral("%1 audit row(s), chain intact.").arg(rows + 1)); // + its sign-in
    CHECK(ok.err.isEmpty());

    // Someone with the owner's rights edits the second row behind the app's back.
    if (backend == Backend::Sqlite)
        t.rawExec(QStringLiteral("DROP TRIGGER audit_log_no_update"));
    else
        t.rawExec(QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update"));
    t.rawExec(QStringLiteral("UPDATE audit_log SET new_values = '{\"roles\":[\"administrator\"]}' "
                             "WHERE id = (SELECT MIN(id) + 1 FROM audit_log)"));
    qint64 edited = 0;
    {
        auto db = t.open();
        edited = db->scalar(QStringLiteral("SELECT MIN(id) + 1 FROM audit_log")).toLongLong();
    }
    Run broken = dealerdesk(base + QStringList{QStringLiteral("audit"), QStringLiteral("verify")});
    CHECK(broken.code == 1);
    INFO(broken.err.toStdString());
    CHECK(broken.err.startsWith(QStringLiteral("dealerdesk: ")));
    CHECK(broken.err.count(QLatin1Char('\n')) == 1);
    CHECK(broken.err.contains(QStringLiteral("row %1 (").arg(edited)));
    CHECK(broken.err.contains(QStringLiteral("does not match its hash")));
    CHECK(broken.err.contains(QStringLiteral("1 row(s) before it are intact")));
    CHECK(broken.out.isEmpty());

    Run usage = dealerdesk(base + QStringList{QStringLiteral("audit")});
    CHECK(usage.code == 2);
    CHECK(usage.err.contains(QStringLiteral("audit verify")));
    CHECK(dealerdesk(base + QStringList{QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("x")}).code == 2);
    CHECK(dealerdesk({QStringLiteral("--help")}).out.contains(QStringLiteral("audit verify")));
}

TEST_CASE("cli: audit verify on PostgreSQL as the owner notes that the owner could lift the protection",
          "[cli][audit][postgres]")
{
    TestDb t(Backend::Postgres);
    {
        auto db = t.open();
        const PasswordHasher hasher(PasswordHasher::Strength::Minimal);
        Commands admin(*db, Session::system(QStringLiteral("test admin"), QStringLiteral("pc")));
        Users(*db, hasher).add(admin, QStringLiteral("admin"), QStringLiteral("admin"), {Role::Administrator},
                               QStringLiteral("Audit-Desk-2026!"));
    }
    qputenv("DEALERDESK_PASSWORD", "Audit-Desk-2026!");
    Run r = dealerdesk(dbArgs(t.target()) + QStringList{QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("audit"),
                                                        QStringLiteral("verify")});
    CHECK(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("chain intact")));
    CHECK(r.err.contains(QStringLiteral("owns the audit trail's table")));
}
