// The follow-up desk's rules (issue 18), table by table: when the calls fall due, consent, the independent
// caller, retries and the fallback message, the survey gap, scores and NPS, complaint deadlines and escalation,
// and the maintenance due from the vehicle's own mileage.
#include <catch2/catch.hpp>

#include <QSet>
#include <functional>

#include "core/followup.h"

using namespace dd;

namespace {
const QDate kDelivered(2026, 11, 20);
}

TEST_CASE("follow-up: the calls a delivery creates, by the seeds' rules", "[core][followup]")
{
    const FollowUpSettings s; // ¥3,000 or 5 h is big; first call on day 3; second a week after
    struct Row {
        const char *what;
        Fen total;
        int centiHours;
        bool repeat;
        QList<QPair<FollowUpKind, QDate>> calls;
    };
    const QList<Row> rows{
        {"a small service: the first call on day 3", 68000, 120, false, {{FollowUpKind::First, QDate(2026, 11, 23)}}},
        {"¥3,000 exactly is big: next day, then a week later", 300000, 100, false,
         {{FollowUpKind::NextDay, QDate(2026, 11, 21)}, {FollowUpKind::Second, QDate(2026, 11, 28)}}},
        {"¥2,999.99 is not", 299999, 100, false, {{FollowUpKind::First, QDate(2026, 11, 23)}}},
        {"5 sold hours is big", 50000, 500, false,
         {{FollowUpKind::NextDay, QDate(2026, 11, 21)}, {FollowUpKind::Second, QDate(2026, 11, 28)}}},
        {"a comeback of the same concern: next day", 20000, 50, true,
         {{FollowUpKind::NextDay, QDate(2026, 11, 21)}, {FollowUpKind::Second, QDate(2026, 11, 28)}}},
    };
    for (const Row &r : rows) {
        INFO(r.what);
        DeliveredVisit v;
        v.delivered = kDelivered;
        v.totalFen = r.total;
        v.laborCentiHours = r.centiHours;
        v.repeatRepair = r.repeat;
        const FollowUpPlan p = FollowUpRules::plan(v, s);
        CHECK(p.notQueued.isEmpty());
        REQUIRE(p.calls.size() == r.calls.size());
        for (int i = 0; i < r.calls.size(); ++i) {
            CHECK(p.calls[i].kind == r.calls[i].first);
            CHECK(p.calls[i].due == r.calls[i].second);
        }
        CHECK(p.calls.first().survey);
        if (p.calls.size() > 1)
            CHECK_FALSE(p.calls[1].survey); // the second call checks the repair, it asks no survey again
    }

    // The first call's day is kept within the seeds' 2 to 7 days.
    FollowUpSettings early = s;
    early.firstCallDay = 0;
    DeliveredVisit v;
    v.delivered = kDelivered;
    CHECK(FollowUpRules::plan(v, early).calls.first().due == QDate(2026, 11, 22));
    early.firstCallDay = 12;
    CHECK(FollowUpRules::plan(v, early).calls.first().due == QDate(2026, 11, 27));

    // PIPL: without consent nothing is queued, and the queue says why.
    v.followUpConsent = false;
    const FollowUpPlan none = FollowUpRules::plan(v, s);
    CHECK(none.calls.isEmpty());
    CHECK(none.notQueued.contains(QStringLiteral("consent")));
    CHECK(none.notQueuedCode == QStringLiteral("no_consent"));
    // Nobody to call: the dealership's own car, or no number on file.
    v.followUpConsent = true;
    v.internal = true;
    CHECK(FollowUpRules::plan(v, s).calls.isEmpty());
    CHECK(FollowUpRules::plan(v, s).notQueuedCode == QStringLiteral("internal"));
    v.internal = false;
    v.hasPhone = false;
    CHECK(FollowUpRules::plan(v, s).notQueuedCode == QStringLiteral("no_phone"));
    CHECK(FollowUpRules::skipReason(QStringLiteral("no_phone")).contains(QStringLiteral("phone")));
}

TEST_CASE("follow-up: the queue's groups and the independent caller", "[core][followup]")
{
    const QDate today(2026, 11, 25);
    CHECK(FollowUpRules::group(QDate(2026, 11, 24), today) == DueGroup::Overdue);
    CHECK(FollowUpRules::group(today, today) == DueGroup::Today);
    CHECK(FollowUpRules::group(QDate(2026, 11, 26), today) == DueGroup::Upcoming);

    FollowUpSettings s;
    const QString wang = QStringLiteral("王芳");
    CHECK(FollowUpRules::mayCall(7, wang, 7, wang, s).contains(QStringLiteral("colleague")));
    CHECK(FollowUpRules::mayCall(9, wang, 7, wang, s).isEmpty()); // another 王芳: a colleague who shares the name
    CHECK(FollowUpRules::mayCall(7, QStringLiteral("王芳（前台）"), 7, wang, s).contains(QStringLiteral("colleague"))); // renamed
    CHECK(FollowUpRules::mayCall(9, QStringLiteral("李娜"), 7, wang, s).isEmpty());
    // No advisor on record (an imported visit): told by the name.
    CHECK(FollowUpRules::mayCall(9, QStringLiteral("WangFang "), 0, QStringLiteral("wangfang"), s).contains(QStringLiteral("colleague")));
    s.independentCaller = false; // a small shop: the advisor calls their own customers
    CHECK(FollowUpRules::mayCall(7, wang, 7, wang, s).isEmpty());
}

TEST_CASE("follow-up: retries turn into a message, and only a reached customer or a sent message counts",
          "[core][followup]")
{
    const FollowUpSettings s; // three failed attempts, or five days
    const QDate due(2026, 11, 23);
    auto at = [](int day, CallOutcome o) { return CallAttempt{QDateTime(QDate(2026, 11, day), QTime(10, 0)), o}; };
    struct Row {
        const char *what;
        QList<CallAttempt> attempts;
        QDate today;
        bool fallback;
        bool done;
    };
    const QList<Row> rows{
        {"not called yet", {}, QDate(2026, 11, 23), false, false},
        {"two unanswered", {at(23, CallOutcome::NoAnswer), at(23, CallOutcome::Busy)}, QDate(2026, 11, 24), false, false},
        {"three failed: a message instead",
         {at(23, CallOutcome::NoAnswer), at(24, CallOutcome::Busy), at(25, CallOutcome::NoAnswer)}, QDate(2026, 11, 25), true, false},
        {"a wrong number: a letter at once", {at(23, CallOutcome::WrongNumber)}, QDate(2026, 11, 23), true, false},
        {"asked to call back is not a failure", {at(23, CallOutcome::CallBack), at(24, CallOutcome::CallBack)}, QDate(2026, 11, 24), false, false},
        {"five days without reaching them", {at(23, CallOutcome::CallBack)}, QDate(2026, 11, 28), true, false},
        {"four days is not yet", {at(23, CallOutcome::NoAnswer)}, QDate(2026, 11, 27), false, false},
        {"reached after two tries", {at(23, CallOutcome::NoAnswer), at(24, CallOutcome::Reached)}, QDate(2026, 11, 30), false, true},
        {"a refusal ends the calls: no message, and no credit", {at(23, CallOutcome::Refused)}, QDate(2026, 11, 30), false, false},
    };
    for (const Row &r : rows) {
        INFO(r.what);
        CHECK(FollowUpRules::needsFallback(r.attempts, due, r.today, s) == r.fallback);
        CHECK(FollowUpRules::countsAsDone(r.attempts, false) == r.done);
    }
    CHECK(FollowUpRules::countsAsDone({at(23, CallOutcome::NoAnswer)}, true)); // the fallback message went out
    CHECK(FollowUpRules::fallbackChannel({at(23, CallOutcome::NoAnswer)}) == MessageChannel::Sms);
    CHECK(FollowUpRules::fallbackChannel({at(23, CallOutcome::Busy), at(24, CallOutcome::WrongNumber)}) == MessageChannel::Letter);
}

TEST_CASE("follow-up: the survey gap, an open complaint, scores, NPS and averages", "[core][followup][csi]")
{
    const FollowUpSettings s; // 30 days between surveys, 6 or below opens a complaint
    const QDate today(2026, 11, 25);
    CHECK(FollowUpRules::maySurvey({}, today, false, s).isEmpty());
    CHECK(FollowUpRules::maySurvey(QDate(2026, 10, 26), today, false, s).isEmpty()); // 30 days ago
    CHECK(FollowUpRules::maySurvey(QDate(2026, 10, 27), today, false, s).contains(QStringLiteral("2026-10-27")));
    CHECK(FollowUpRules::maySurvey({}, today, true, s).contains(QStringLiteral("complaint")));

    SurveyScores good{9, 10, 8, 9, 10, 9};
    CHECK(FollowUpRules::checkScores(good).isEmpty());
    CHECK_FALSE(FollowUpRules::opensComplaint(good, s));
    SurveyScores unanswered{0, 0, 0, 0, 0, -1};
    CHECK(FollowUpRules::checkScores(unanswered).isEmpty());
    CHECK_FALSE(FollowUpRules::opensComplaint(unanswered, s)); // nothing answered is no low score
    SurveyScores lowAdvisor{9, 6, 9, 9, 9, 8};
    CHECK(FollowUpRules::opensComplaint(lowAdvisor, s));
    SurveyScores wouldNot{9, 9, 9, 9, 9, 3};
    CHECK(FollowUpRules::opensComplaint(wouldNot, s));
    CHECK(FollowUpRules::checkScores({11, 9, 9, 9, 9, 9}).size() == 1);
    CHECK(FollowUpRules::checkScores({9, 9, 9, 9, 9, 12}).size() == 1);

    struct NpsRow {
        int score;
        NpsGroup group;
    };
    for (const NpsRow &r : {NpsRow{0, NpsGroup::Detractor}, NpsRow{6, NpsGroup::Detractor}, NpsRow{7, NpsGroup::Passive},
                            NpsRow{8, NpsGroup::Passive}, NpsRow{9, NpsGroup::Promoter}, NpsRow{10, NpsGroup::Promoter}}) {
        INFO("score " << r.score);
        CHECK(FollowUpRules::npsGroup(r.score) == r.group);
    }
    // 5 promoters, 3 passives, 2 detractors of 10 answers: 50 % − 20 % = 30; unanswered (-1) left out.
    CHECK(FollowUpRules::nps({10, 9, 9, 10, 9, 8, 7, 8, 3, 6, -1}) == 30);
    CHECK(FollowUpRules::nps({0, 6}) == -100);
    CHECK_FALSE(FollowUpRules::nps({-1}).has_value());
    CHECK(FollowUpRules::averageTenths({9, 8, 0, 10}) == 90); // 0 is not answered
    CHECK(FollowUpRules::averageTenths({7, 8}) == 75);
    CHECK_FALSE(FollowUpRules::averageTenths({0}).has_value());
}

TEST_CASE("complaints: deadlines per severity, escalation to the manager, closing after the call-back",
          "[core][followup][complaints]")
{
    const FollowUpSettings s; // general: reply 24 h, resolve 48 h; major: reply 4 h, resolve 48 h
    const QDateTime received(QDate(2026, 11, 25), QTime(9, 30));
    const ComplaintDeadlines general = FollowUpRules::deadlines(ComplaintSeverity::General, received, s);
    CHECK(general.replyBy == QDateTime(QDate(2026, 11, 26), QTime(9, 30)));
    CHECK(general.resolveBy == QDateTime(QDate(2026, 11, 27), QTime(9, 30)));
    const ComplaintDeadlines major = FollowUpRules::deadlines(ComplaintSeverity::Major, received, s);
    CHECK(major.replyBy == QDateTime(QDate(2026, 11, 25), QTime(13, 30)));

    struct Row {
        const char *what;
        ComplaintSeverity severity;
        bool replied;
        bool resolved;
        QDateTime now;
        bool escalates;
    };
    const QList<Row> rows{
        {"general, within the day", ComplaintSeverity::General, false, false, received.addSecs(3600), false},
        {"general, no reply after 24 h", ComplaintSeverity::General, false, false, received.addSecs(25 * 3600), true},
        {"general, replied, within 48 h", ComplaintSeverity::General, true, false, received.addSecs(30 * 3600), false},
        {"general, replied, past 48 h", ComplaintSeverity::General, true, false, received.addSecs(49 * 3600), true},
        {"general, resolved", ComplaintSeverity::General, true, true, received.addSecs(99 * 3600), false},
        {"major: the manager's at once", ComplaintSeverity::Major, false, false, received, true},
        {"major, resolved", ComplaintSeverity::Major, true, true, received.addSecs(3600), false},
    };
    for (const Row &r : rows) {
        INFO(r.what);
        CHECK(FollowUpRules::escalates(r.severity, FollowUpRules::deadlines(r.severity, received, s), r.replied,
                                       r.resolved, r.now) == r.escalates);
    }
    CHECK(FollowUpRules::mayClose(false, false).contains(QStringLiteral("call-back")));
    CHECK(FollowUpRules::mayClose(true, false).contains(QStringLiteral("not satisfied")));
    CHECK(FollowUpRules::mayClose(true, true).isEmpty());
}

TEST_CASE("complaints: each logged step is checked before it is stored", "[core][followup][complaints]")
{
    using A = ComplaintAction;
    struct Row {
        const char *what;
        ComplaintStep step;
        const char *refusal; // a part of the refusal, or nullptr when the step is fine
    };
    auto step = [](A a, const char *notes) {
        ComplaintStep s;
        s.action = a;
        s.notes = QString::fromUtf8(notes);
        s.responsible = 7;
        return s;
    };
    auto with = [](ComplaintStep s, auto change) {
        change(s);
        return s;
    };
    const QList<Row> rows{
        {"a call, noted", step(A::Called, "customer calm, will bring the car"), nullptr},
        {"a call without notes", step(A::Called, "  "), "Note what was done"},
        {"received twice", step(A::Received, "again"), "received once"},
        {"a step on a closed one", with(step(A::Investigated, "x"), [](ComplaintStep &s) { s.open = false; }), "reopen it first"},
        {"reopen a closed one", with(step(A::Reopened, "noise is back"), [](ComplaintStep &s) { s.open = false; }), nullptr},
        {"reopen without why", with(step(A::Reopened, ""), [](ComplaintStep &s) { s.open = false; }), "why"},
        {"reopen an open one", step(A::Reopened, "x"), "still open"},
        {"handover to nobody", step(A::HandedOver, "on leave"), "who takes"},
        {"handover to oneself", with(step(A::HandedOver, "x"), [](ComplaintStep &s) { s.handTo = 7; }), "already responsible"},
        {"handover to a colleague", with(step(A::HandedOver, "on leave"), [](ComplaintStep &s) { s.handTo = 8; }), nullptr},
        {"comeback without its order", step(A::Comeback, "noise again"), "work order"},
        {"comeback with its order", with(step(A::Comeback, "noise"), [](ComplaintStep &s) { s.workOrderNumber = QStringLiteral("WO202612010001"); }), nullptr},
        {"goodwill without a goodwill line",
         with(step(A::Goodwill, "free wash"), [](ComplaintStep &s) { s.workOrderNumber = QStringLiteral("WO202612010001"); }), "no goodwill line"},
        {"goodwill with its line", with(step(A::Goodwill, "free wash"), [](ComplaintStep &s) {
             s.workOrderNumber = QStringLiteral("WO202612010001");
             s.workOrderHasGoodwill = true;
         }), nullptr},
        {"call-back without the answer", step(A::CalledBack, "called"), "satisfied"},
        {"call-back, satisfied", with(step(A::CalledBack, "happy"), [](ComplaintStep &s) { s.satisfied = true; }), nullptr},
        {"call-back, not satisfied", with(step(A::CalledBack, "still noisy"), [](ComplaintStep &s) { s.satisfied = false; }), nullptr},
    };
    for (const Row &r : rows) {
        INFO(r.what);
        const QString refusal = FollowUpRules::checkStep(r.step);
        if (r.refusal)
            CHECK(refusal.contains(QString::fromUtf8(r.refusal)));
        else
            CHECK(refusal.isEmpty());
    }
}

TEST_CASE("messages: the template's fields filled once, the default when the dealership has none",
          "[core][followup][messages]")
{
    MessageFields f;
    f.name = QStringLiteral("张先生{phone}");
    f.plate = QStringLiteral("沪A12345");
    f.date = QDate(2026, 11, 20);
    f.amountFen = 73800;
    f.shop = QStringLiteral("浦江汽车");
    f.phone = QStringLiteral("021-5858 6688");
    CHECK(FollowUpRules::fillTemplate(QStringLiteral("{name}: {plate} {date} {amount} {shop} {phone} {unknown}"), f) ==
          QStringLiteral("张先生{phone}: 沪A12345 2026-11-20 ¥738.00 浦江汽车 021-5858 6688 {unknown}"));
    const QString byDefault = FollowUpRules::fillTemplate(QString(), f);
    CHECK(byDefault.contains(QStringLiteral("沪A12345")));
    CHECK(byDefault.contains(QStringLiteral("021-5858 6688")));
    CHECK_FALSE(byDefault.contains(QStringLiteral("{plate}")));
}

TEST_CASE("declined and deferred work: past due, due now, upcoming", "[core][followup][deferred]")
{
    const QDate today(2026, 12, 6);
    struct Row {
        QDate due;
        RecommendationGroup group;
    };
    const Row rows[] = {
        {QDate(), RecommendationGroup::DueNow}, // declined: no date, offered again each visit
        {today.addDays(-1), RecommendationGroup::PastDue},
        {today, RecommendationGroup::DueNow},
        {today.addDays(30), RecommendationGroup::DueNow},
        {today.addDays(31), RecommendationGroup::Upcoming},
    };
    for (const Row &r : rows) {
        INFO(r.due.toString(Qt::ISODate).toStdString());
        CHECK(FollowUpRules::recommendationGroup(r.due, today) == r.group);
    }
    CHECK_FALSE(FollowUpRules::recommendationGroupName(RecommendationGroup::PastDue).isEmpty());
}

TEST_CASE("follow-up: the rules as the dealership stores them, and their checks", "[core][followup][settings]")
{
    FollowUpSettings s;
    CHECK(FollowUpRules::parseSettings(QString()) == s); // nothing stored: the seeds' defaults
    CHECK(FollowUpRules::parseSettings(FollowUpRules::settingsText(s)) == s);
    s.bigJobFen = 500000;
    s.firstCallDay = 5;
    s.independentCaller = false;
    s.replyHoursMajor = 2;
    CHECK(FollowUpRules::parseSettings(FollowUpRules::settingsText(s)) == s);
    // A damaged or partial text keeps the defaults for what it does not say.
    const FollowUpSettings partial = FollowUpRules::parseSettings(QStringLiteral("first_call_day=4;low_score=x;;nonsense"));
    CHECK(partial.firstCallDay == 4);
    CHECK(partial.lowScore == FollowUpSettings{}.lowScore);
    CHECK(FollowUpRules::validate(FollowUpSettings{}).ok());

    struct Row {
        const char *what;
        std::function<void(FollowUpSettings &)> change;
        const char *refusal;
    };
    const QList<Row> rows{
        {"first call on day 1", [](FollowUpSettings &x) { x.firstCallDay = 1; }, "2 to 7"},
        {"first call on day 8", [](FollowUpSettings &x) { x.firstCallDay = 8; }, "2 to 7"},
        {"no failed attempt allowed", [](FollowUpSettings &x) { x.maxFailedAttempts = 0; }, "failed attempts"},
        {"a low score of 10", [](FollowUpSettings &x) { x.lowScore = 10; }, "low score"},
        {"reply after the resolution", [](FollowUpSettings &x) { x.replyHoursGeneral = 72; }, "before its resolution"},
        {"a deadline of 0 hours", [](FollowUpSettings &x) { x.replyHoursMajor = 0; }, "1 to 720"},
        {"a negative big job", [](FollowUpSettings &x) { x.bigJobFen = -1; }, "0 or more"},
    };
    for (const Row &r : rows) {
        INFO(r.what);
        FollowUpSettings x;
        r.change(x);
        const Validation v = FollowUpRules::validate(x);
        REQUIRE_FALSE(v.ok());
        CHECK(v.errors.join(QLatin1Char(' ')).contains(QString::fromUtf8(r.refusal)));
    }
}

TEST_CASE("maintenance due: by date or by the vehicle's own mileage, whichever comes first",
          "[core][followup][maintenance]")
{
    const OdometerReading service{QDate(2026, 6, 1), 40000};
    // 50 km a day since the service: 5,000 km are reached on day 100, before the six months (2026-12-01).
    const QList<OdometerReading> busy{{QDate(2026, 7, 1), 41500}, {QDate(2026, 8, 30), 44500}};
    CHECK(FollowUpRules::kmPerDay(QList<OdometerReading>{service} + busy) == 50);
    const MaintenanceDue fast = FollowUpRules::maintenanceDue(service, 5000, 6, busy);
    CHECK(fast.kmPerDay == 50);
    CHECK(fast.byMileage);
    CHECK(fast.due == QDate(2026, 8, 30).addDays(10)); // 500 km left at 50 a day
    // 10 km a day: the date comes first.
    const QList<OdometerReading> slow{{QDate(2026, 9, 29), 41200}};
    const MaintenanceDue calm = FollowUpRules::maintenanceDue(service, 5000, 6, slow);
    CHECK(calm.kmPerDay == 10);
    CHECK_FALSE(calm.byMileage);
    CHECK(calm.due == QDate(2026, 12, 1));
    // Readings less than 30 days apart do not tell a pace: the date alone.
    const MaintenanceDue unknown = FollowUpRules::maintenanceDue(service, 5000, 6, {{QDate(2026, 6, 20), 40900}});
    CHECK(unknown.kmPerDay == 0);
    CHECK(unknown.due == QDate(2026, 12, 1));
    // Past the mileage already: due at the last reading.
    const MaintenanceDue over = FollowUpRules::maintenanceDue(service, 5000, 6, {{QDate(2026, 8, 1), 46100}});
    CHECK(over.byMileage);
    CHECK(over.due == QDate(2026, 8, 1));
    // The pace of the last year, not of the car's whole life: a car that now drives more.
    const QList<OdometerReading> life{{QDate(2020, 1, 1), 0}, {QDate(2025, 11, 1), 20000}, {QDate(2026, 11, 1), 38250}};
    CHECK(FollowUpRules::kmPerDay(life) == 50);
    // The projection uses the pace unrounded: 1.4 km a day reaches 116 km in 83 days (at a rounded 1 a day it
    // would be 116).
    const OdometerReading jan{QDate(2026, 1, 1), 10000};
    const MaintenanceDue gentle = FollowUpRules::maintenanceDue(jan, 200, 12, {{QDate(2026, 3, 2), 10084}});
    CHECK(gentle.kmPerDay == 1);
    CHECK(gentle.byMileage);
    CHECK(gentle.due == QDate(2026, 3, 2).addDays(83));
    // A wrong, lower reading never makes a negative pace.
    CHECK(FollowUpRules::kmPerDay({{QDate(2026, 1, 1), 50000}, {QDate(2026, 6, 1), 49000}}) == 0);
}

TEST_CASE("follow-up: every code table has distinct codes and a label", "[core][followup][codes]")
{
    auto check = [](const QStringList &codes, auto labelOf) {
        CHECK(QSet<QString>(codes.begin(), codes.end()).size() == codes.size());
        for (const QString &c : codes)
            CHECK_FALSE(labelOf(c).isEmpty());
    };
    check(FollowUpCodes::kinds().codes(), [](const QString &c) { return FollowUpCodes::kinds().labelOf(c); });
    check(FollowUpCodes::states().codes(), [](const QString &c) { return FollowUpCodes::states().labelOf(c); });
    check(FollowUpCodes::outcomes().codes(), [](const QString &c) { return FollowUpCodes::outcomes().labelOf(c); });
    check(FollowUpCodes::channels().codes(), [](const QString &c) { return FollowUpCodes::channels().labelOf(c); });
    check(FollowUpCodes::complaintSources().codes(), [](const QString &c) { return FollowUpCodes::complaintSources().labelOf(c); });
    check(FollowUpCodes::complaintCategories().codes(),
          [](const QString &c) { return FollowUpCodes::complaintCategories().labelOf(c); });
    check(FollowUpCodes::severities().codes(), [](const QString &c) { return FollowUpCodes::severities().labelOf(c); });
    check(FollowUpCodes::complaintStates().codes(), [](const QString &c) { return FollowUpCodes::complaintStates().labelOf(c); });
    check(FollowUpCodes::complaintActions().codes(), [](const QString &c) { return FollowUpCodes::complaintActions().labelOf(c); });
    CHECK(FollowUpCodes::outcomes().code(CallOutcome::WrongNumber) == QStringLiteral("wrong_number"));
}
