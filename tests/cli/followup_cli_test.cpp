// dealerdesk followups and complaints: the follow-up queue and the complaints for scripts, tab-separated, for the
// customer-service clerk and the service manager.
#include <catch2/catch.hpp>

#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>

#include "clirun.h"
#include "core/followup.h"
#include "store/commands.h"
#include "store/complaintstore.h"
#include "store/followupstore.h"
#include "store/sql.h"
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

TEST_CASE("cli: complaints lists them by deadline, open only or overdue only, for the follow-up desk only",
          "[cli][followup][complaints]")
{
    const Backend backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO("backend: " << name(backend));
    TestDb t(backend);
    REQUIRE(dealerdesk(dbArgs(t.target()) + QStringList{QStringLiteral("demo")}).code == 0);
    QString lateNumber, majorNumber, closedNumber;
    {
        auto db = t.open();
        const PasswordHasher hasher(PasswordHasher::Strength::Minimal);
        Users users(*db, hasher);
        Commands admin(*db, Session::system(QStringLiteral("test admin"), QStringLiteral("pc")));
        users.add(admin, QStringLiteral("kefu"), QStringLiteral("李娜"), {Role::CustomerService}, QStringLiteral("Lina-Calls-2026!"));
        users.add(admin, QStringLiteral("jingli"), QStringLiteral("周经理"), {Role::ServiceManager}, QStringLiteral("Lina-Calls-2026!"));
        users.add(admin, QStringLiteral("gw"), QStringLiteral("王芳"), {Role::ServiceAdvisor}, QStringLiteral("Lina-Calls-2026!"));
        Commands clerk(*db, users.signIn(QStringLiteral("kefu"), QStringLiteral("Lina-Calls-2026!"), QStringLiteral("pc")));
        Commands manager(*db, users.signIn(QStringLiteral("jingli"), QStringLiteral("Lina-Calls-2026!"), QStringLiteral("pc")));
        const qint64 customer = db->scalar(QStringLiteral("SELECT MIN(customer_id) FROM work_orders")).toLongLong();
        ComplaintStore complaints(*db);
        ComplaintStore::NewComplaint n;
        n.customerId = customer;
        n.words = QString::fromUtf8("等太久");
        n.category = ComplaintCategory::Waiting;
        const Complaint late = complaints.registerComplaint(clerk, n);
        lateNumber = late.number;
        // Received three days ago: no reply, not resolved.
        db->query(QStringLiteral("UPDATE complaints SET received_at = ?, reply_by = ?, resolve_by = ? WHERE id = ?"),
                  {Sql::toDb(late.receivedAt.addDays(-3)), Sql::toDb(late.replyBy.addDays(-3)),
                   Sql::toDb(late.resolveBy.addDays(-3)), late.id});
        n.severity = ComplaintSeverity::Major;
        n.category = ComplaintCategory::Damage;
        n.words = QString::fromUtf8("车门刮伤");
        majorNumber = complaints.registerComplaint(clerk, n).number;
        n.severity = ComplaintSeverity::General;
        n.words = QString::fromUtf8("价格不清楚");
        Complaint done = complaints.registerComplaint(clerk, n);
        closedNumber = done.number;
        complaints.logStep(clerk, done.id, done.version, {ComplaintAction::CalledBack, QString::fromUtf8("解释清楚"), {}, 0, true});
    }
    qputenv("DEALERDESK_PASSWORD", "Lina-Calls-2026!");
    const QStringList clerk = dbArgs(t.appTarget()) + QStringList{QStringLiteral("--user"), QStringLiteral("kefu")};

    Run all = dealerdesk(clerk + QStringList{QStringLiteral("complaints")});
    INFO(all.err.toStdString());
    REQUIRE(all.code == 0);
    // Only ours: the demo's own complaints (TS… of the demo's day) are left out by number.
    QStringList lines;
    for (const QString &l : all.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        if (QStringList{lateNumber, majorNumber, closedNumber}.contains(l.section(QLatin1Char('\t'), 0, 0)))
            lines << l;
    REQUIRE(lines.size() == 3);
    for (const QString &l : lines) {
        INFO(l.toStdString());
        const QStringList f = l.split(QLatin1Char('\t'));
        REQUIRE(f.size() == 13);
        CHECK(f.at(0).startsWith(QStringLiteral("TS")));
        CHECK(FollowUpCodes::complaintStates().contains(f.at(2)));
        CHECK(FollowUpCodes::severities().contains(f.at(3)));
        CHECK(FollowUpCodes::complaintCategories().contains(f.at(4)));
        CHECK_FALSE(f.at(6).contains(QRegularExpression(QStringLiteral("\\d{11}"))));
    }
    // The open ones by their deadline: the late one first; then the closed one.
    CHECK(lines.at(0).startsWith(lateNumber));
    CHECK(lines.at(0).section(QLatin1Char('\t'), 12) == QStringLiteral("reply_overdue,overdue,escalated"));
    CHECK(lines.at(1).startsWith(majorNumber));
    CHECK(lines.at(1).section(QLatin1Char('\t'), 12) == QStringLiteral("escalated"));
    CHECK(lines.at(2).startsWith(closedNumber));
    CHECK(lines.at(2).section(QLatin1Char('\t'), 2, 2) == QStringLiteral("closed"));

    Run open = dealerdesk(clerk + QStringList{QStringLiteral("complaints"), QStringLiteral("--open")});
    CHECK(open.code == 0);
    CHECK(open.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size() == all.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size() - 2);
    Run overdue = dealerdesk(clerk + QStringList{QStringLiteral("complaints"), QStringLiteral("--overdue")});
    CHECK(overdue.code == 0);
    const QStringList late = overdue.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(late.size() == 2); // ours, and the demo's overdue one
    CHECK(late.join(QLatin1Char('\n')).contains(lateNumber));
    CHECK_FALSE(late.join(QLatin1Char('\n')).contains(majorNumber));

    // The manager sees them too; the advisor does not; wrong words are usage errors.
    CHECK(dealerdesk(dbArgs(t.appTarget()) + QStringList{QStringLiteral("--user"), QStringLiteral("jingli"),
                                                        QStringLiteral("complaints")}).code == 0);
    Run refused = dealerdesk(dbArgs(t.appTarget()) + QStringList{QStringLiteral("--user"), QStringLiteral("gw"),
                                                                QStringLiteral("complaints")});
    CHECK(refused.code == 1);
    CHECK(refused.out.isEmpty());
    CHECK(dealerdesk(clerk + QStringList{QStringLiteral("complaints"), QStringLiteral("all")}).code == 2);
    CHECK(dealerdesk(clerk + QStringList{QStringLiteral("followups"), QStringLiteral("--open")}).code == 2);
}

TEST_CASE("cli: messages exports the day's messages as CSV for the SMS platform", "[cli][followup][messages]")
{
    const Backend backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO("backend: " << name(backend));
    TestDb t(backend);
    REQUIRE(dealerdesk(dbArgs(t.target()) + QStringList{QStringLiteral("demo")}).code == 0);
    {
        auto db = t.open();
        const PasswordHasher hasher(PasswordHasher::Strength::Minimal);
        Users users(*db, hasher);
        Commands admin(*db, Session::system(QStringLiteral("test admin"), QStringLiteral("pc")));
        users.add(admin, QStringLiteral("kefu"), QStringLiteral("李娜"), {Role::CustomerService}, QStringLiteral("Lina-Calls-2026!"));
        Commands clerk(*db, users.signIn(QStringLiteral("kefu"), QStringLiteral("Lina-Calls-2026!"), QStringLiteral("pc")));
        FollowUpStore store(*db);
        FollowUpCall call = store.queue(QDate::currentDate().addDays(10), 0).first();
        // Due five days ago and never reached: a message instead.
        db->query(QStringLiteral("UPDATE follow_ups SET due_date = ? WHERE id = ?"),
                  {QDate::currentDate().addDays(-5).toString(Qt::ISODate), call.id});
        call = store.load(call.id);
        store.sendMessage(clerk, call.id, call.version, MessageChannel::Sms, QStringLiteral("13812345678"), store.messageText(call));
    }
    qputenv("DEALERDESK_PASSWORD", "Lina-Calls-2026!");
    const QStringList clerk = dbArgs(t.appTarget()) + QStringList{QStringLiteral("--user"), QStringLiteral("kefu")};
    const QString file = t.dir() + QStringLiteral("/messages.csv");
    Run run = dealerdesk(clerk + QStringList{QStringLiteral("messages"), QStringLiteral("--date"),
                                             QDate::currentDate().toString(Qt::ISODate), QStringLiteral("--csv"), file});
    INFO(run.err.toStdString());
    REQUIRE(run.code == 0);
    CHECK(run.out.contains(QStringLiteral("1 message")));
    QFile f(file);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 2); // the header and the message
    CHECK(lines[1].contains(QStringLiteral("13812345678")));
    CHECK(dealerdesk(clerk + QStringList{QStringLiteral("messages"), QStringLiteral("--csv"), file}).code == 2);
    CHECK(dealerdesk(clerk + QStringList{QStringLiteral("messages"), QStringLiteral("--date"), QStringLiteral("7/12"),
                                         QStringLiteral("--csv"), file}).code == 2);
    CHECK(dealerdesk(clerk + QStringList{QStringLiteral("followups"), QStringLiteral("--csv"), file}).code == 2);
}
