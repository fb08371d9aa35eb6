// dealerdesk followups: the follow-up queue for scripts, tab-separated, for the customer-service clerk.
#include <catch2/catch.hpp>

#include <QSqlQuery>

#include "clirun.h"
#include "core/followup.h"
#include "store/commands.h"
#include "store/passwordhasher.h"
#include "store/users.h"
#include "support/testdb.h"

using namespace dd;
using namespace ddtest;


TEST_CASE("cli: followups lists the calls due, tab-separated, for the follow-up desk only", "[cli][followup]")
{
    const Backend backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO("backend: " << name(backend));
    TestDb t(backend);
    REQUIRE(dealerdesk(dbArgs(t.target()) + QStringList{QStringLiteral("demo")}).code == 0); // delivers two cars
    {
        auto db = t.open();
        const PasswordHasher hasher(PasswordHasher::Strength::Minimal);
        Users users(*db, hasher);
        Commands admin(*db, Session::system(QStringLiteral("test admin"), QStringLiteral("pc")));
        users.add(admin, QStringLiteral("kefu"), QStringLiteral("李娜"), {Role::CustomerService}, QStringLiteral("Lina-Calls-2026!"));
        users.add(admin, QStringLiteral("boss"), QStringLiteral("陈静"), {Role::Administrator}, QStringLiteral("Lina-Calls-2026!"));
        REQUIRE(db->scalar(QStringLiteral("SELECT COUNT(*) FROM follow_ups WHERE state = 'due'")).toInt() >= 1);
        // One call two days overdue, as the desk finds it on a Monday.
        db->query(QStringLiteral("UPDATE follow_ups SET due_date = ? WHERE id = (SELECT MIN(id) FROM follow_ups WHERE "
                                 "state = 'due')"),
                  {QDate::currentDate().addDays(-2).toString(Qt::ISODate)});
    }
    qputenv("DEALERDESK_PASSWORD", "Lina-Calls-2026!");
    const QStringList clerk = dbArgs(t.appTarget()) + QStringList{QStringLiteral("--user"), QStringLiteral("kefu")};
    const QDate today = QDate::currentDate();

    // Up to ten days ahead: every due call, in due order, eight fields, the phone masked.
    Run ahead = dealerdesk(clerk + QStringList{QStringLiteral("followups"), QStringLiteral("--due"),
                                               today.addDays(10).toString(Qt::ISODate)});
    INFO(ahead.err.toStdString());
    REQUIRE(ahead.code == 0);
    const QStringList lines = ahead.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE_FALSE(lines.isEmpty());
    QDate previous;
    for (const QString &l : lines) {
        INFO(l.toStdString());
        const QStringList f = l.split(QLatin1Char('\t'));
        REQUIRE(f.size() == 8);
        const QDate due = QDate::fromString(f.at(0), Qt::ISODate);
        REQUIRE(due.isValid());
        CHECK(due <= today.addDays(10));
        CHECK((!previous.isValid() || previous <= due));
        previous = due;
        CHECK(FollowUpCodes::kinds().contains(f.at(1)));
        CHECK(f.at(2).startsWith(QStringLiteral("WO")));
        CHECK(f.at(4).contains(QStringLiteral("****")));
    }
    // Today's and the overdue ones are subsets, and the overdue one is in both.
    Run now = dealerdesk(clerk + QStringList{QStringLiteral("followups")});
    CHECK(now.code == 0);
    const QStringList dueNow = now.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE_FALSE(dueNow.isEmpty());
    for (const QString &l : dueNow)
        CHECK(QDate::fromString(l.section(QLatin1Char('\t'), 0, 0), Qt::ISODate) <= today);
    Run overdue = dealerdesk(clerk + QStringList{QStringLiteral("followups"), QStringLiteral("--overdue")});
    CHECK(overdue.code == 0);
    const QStringList late = overdue.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(late.size() == 1);
    CHECK(late.first().section(QLatin1Char('\t'), 0, 0) == today.addDays(-2).toString(Qt::ISODate));
    CHECK(dealerdesk(clerk + QStringList{QStringLiteral("followups"), QStringLiteral("--overdue"), QStringLiteral("--due"),
                                         today.toString(Qt::ISODate)}).code == 2);
    CHECK(dealerdesk(clerk + QStringList{QStringLiteral("followups"), QStringLiteral("--due"), QString()}).code == 2);

    // Wrong words are usage errors (2); the administrator does not hold the desk's right (1).
    CHECK(dealerdesk(clerk + QStringList{QStringLiteral("followups"), QStringLiteral("--due"), QStringLiteral("12/10")}).code == 2);
    CHECK(dealerdesk(clerk + QStringList{QStringLiteral("workorders"), QStringLiteral("--overdue")}).code == 2);
    Run refused = dealerdesk(dbArgs(t.appTarget()) +
                             QStringList{QStringLiteral("--user"), QStringLiteral("boss"), QStringLiteral("followups")});
    CHECK(refused.code == 1);
    CHECK(refused.out.isEmpty());
}
