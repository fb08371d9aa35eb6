// Satisfaction and complaints (issue 18), on both databases: the questionnaire answered on a follow-up call, a
// low score that opens a complaint for the service manager, the survey gap and the open complaint that stop a
// survey; a complaint's deadlines, its steps, the handover, the manager's part in a major one, closing only after a
// satisfied call-back, reopening, and a stale copy from another station.
#include "fixtures.h"
#include "workflow.h"
#include "store/complaintstore.h"
#include "store/dealershipstore.h"
#include "store/sql.h"
#include "store/followupstore.h"
#include "store/settlementstore.h"
#include "store/workorderstore.h"

using namespace ddtest;

TEST_CASE("complaints: a low score on the call opens one for the manager, the survey gap and an open complaint stop the "
          "next survey",
          "[store][followup][complaints][csi]")
{
    FOR_EACH_BACKEND(backend);
    TestDb t(backend);
    auto db = t.open();
    Commands advisor(*db, signedIn(*db, QStringLiteral("wangfang"), {Role::ServiceAdvisor}, q("王芳")));
    Commands controller(*db, signedIn(*db, QStringLiteral("zhaoqiang"), {Role::WorkshopController}, q("赵强")));
    Commands cashier(*db, signedIn(*db, QStringLiteral("liuyang"), {Role::Cashier}, q("刘洋")));
    Commands clerk(*db, signedIn(*db, QStringLiteral("kefu"), {Role::CustomerService}, q("李娜")));
    const Session managerSession = signedIn(*db, QStringLiteral("zhoujl"), {Role::ServiceManager}, q("周经理"));
    FollowUpStore followUps(*db);
    ComplaintStore complaints(*db);
    auto deliver = [&](int car) {
        WorkOrder o = readyForSettlement(advisor, controller, *db, car);
        db->query(QStringLiteral("UPDATE customers SET followup_consent = 1 WHERE id = ?"), {o.customerId});
        return delivered(advisor, *db, settledInCash(cashier, *db, o));
    };
    const WorkOrder happy = deliver(0);
    const WorkOrder unhappy = deliver(1);

    // Reached, with the questionnaire: kept per visit and advisor, no complaint.
    FollowUpCall call = followUps.forWorkOrder(happy.id).first();
    const QDate today = QDate::currentDate();
    CHECK(followUps.surveyRefusal(call, today).isEmpty());
    FollowUpStore::Attempt reached{CallOutcome::Reached, QStringLiteral("13812345678"), q("满意"), {}};
    reached.survey = SurveyScores{9, 10, 8, 9, 10, 10};
    reached.comment = q("师傅很专业");
    // A questionnaire out of range is refused, and nothing is written.
    FollowUpStore::Attempt wrong = reached;
    wrong.survey->facility = 11;
    CHECK(errorMessage([&] { followUps.logAttempt(clerk, call.id, call.version, wrong); }).contains(QStringLiteral("1 to 10")));
    CHECK(followUps.attempts(call.id).isEmpty());
    // A questionnaire on a call that did not reach anyone is refused.
    FollowUpStore::Attempt unanswered = reached;
    unanswered.outcome = CallOutcome::NoAnswer;
    CHECK(errorKind([&] { followUps.logAttempt(clerk, call.id, call.version, unanswered); }) == StoreError::Kind::Validation);
    call = followUps.logAttempt(clerk, call.id, call.version, reached);
    CHECK(call.is(FollowUpState::Done));
    const auto kept = followUps.survey(call.id);
    REQUIRE(kept.has_value());
    CHECK(kept->scores.quality == 10);
    CHECK(kept->scores.recommend == 10);
    CHECK(kept->comment == q("师傅很专业"));
    CHECK(kept->complaintNumber.isEmpty());
    CHECK(db->scalar(QStringLiteral("SELECT advisor FROM surveys WHERE follow_up_id = ?"), {call.id}).toString() == q("王芳"));
    CHECK(complaints.list(true).isEmpty());

    // The same customer again within 30 days: no second questionnaire.
    FollowUpCall again = call;
    again.id = 0;
    CHECK(followUps.surveyRefusal(again, today).contains(QStringLiteral("30")));

    // A low score (quality 4, recommend 5): a complaint opens with the call attached, the manager's.
    FollowUpCall low = followUps.forWorkOrder(unhappy.id).first();
    FollowUpStore::Attempt lowScores{CallOutcome::Reached, QStringLiteral("13812345678"), {}, {}};
    lowScores.survey = SurveyScores{8, 8, 8, 7, 4, 5};
    lowScores.comment = q("异响还在");
    low = followUps.logAttempt(clerk, low.id, low.version, lowScores);
    const auto lowKept = followUps.survey(low.id);
    REQUIRE(lowKept.has_value());
    REQUIRE_FALSE(lowKept->complaintNumber.isEmpty());
    const Complaint opened = complaints.byNumber(lowKept->complaintNumber);
    CHECK(opened.number.startsWith(QStringLiteral("TS")));
    CHECK(opened.followUpId == low.id);
    CHECK(opened.workOrderId == unhappy.id);
    CHECK(opened.vehicleId == unhappy.vehicleId);
    CHECK(opened.source == QStringLiteral("follow_up"));
    CHECK(opened.category == QStringLiteral("repair_quality")); // the lowest factor: service quality
    CHECK(opened.responsible == q("周经理"));
    CHECK(opened.responsibleId == managerSession.userId);
    CHECK(opened.receivedBy == q("李娜"));
    CHECK(opened.words == q("异响还在")); // the customer's words; the scores are the questionnaire's
    REQUIRE(opened.scores.has_value());
    CHECK(opened.scores->quality == 4);
    CHECK(opened.scores->recommend == 5);
    CHECK(FollowUpRules::scoresText(*opened.scores).contains(QStringLiteral("quality 4")));
    CHECK(opened.is(ComplaintState::Open));
    CHECK(complaints.hasOpen(unhappy.customerId));
    // While it is open, that customer gets no survey.
    FollowUpCall next = low;
    CHECK(followUps.surveyRefusal(next, today.addDays(60)).contains(QStringLiteral("open complaint")));
    CHECK(db->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE command = 'followup.attempt' AND table_name = 'complaints'"))
              .toInt() == 1);

    // The command itself refuses a questionnaire the rules do not allow, and writes nothing: here the open
    // complaint (a station that showed the questionnaire before it was opened).
    const WorkOrder third = deliver(2);
    db->query(QStringLiteral("UPDATE work_orders SET customer_id = ? WHERE id = ?"), {unhappy.customerId, third.id});
    db->query(QStringLiteral("UPDATE follow_ups SET customer_id = ? WHERE work_order_id = ?"), {unhappy.customerId, third.id});
    FollowUpCall blocked = followUps.forWorkOrder(third.id).first();
    CHECK(errorMessage([&] { followUps.logAttempt(clerk, blocked.id, blocked.version, reached); }).contains(QStringLiteral("open complaint")));
    CHECK(followUps.attempts(blocked.id).isEmpty());
    CHECK(db->scalar(QStringLiteral("SELECT COUNT(*) FROM surveys WHERE follow_up_id = ?"), {blocked.id}).toInt() == 0);
}

TEST_CASE("complaints: a low score's category is the lowest low factor, facility or recommend alone is other",
          "[store][complaints][csi]")
{
    FOR_EACH_BACKEND(backend);
    TestDb t(backend);
    auto db = t.open();
    Commands advisor(*db, signedIn(*db, QStringLiteral("wangfang"), {Role::ServiceAdvisor}, q("王芳")));
    Commands controller(*db, signedIn(*db, QStringLiteral("zhaoqiang"), {Role::WorkshopController}, q("赵强")));
    Commands cashier(*db, signedIn(*db, QStringLiteral("liuyang"), {Role::Cashier}, q("刘洋")));
    Commands clerk(*db, signedIn(*db, QStringLiteral("kefu"), {Role::CustomerService}, q("李娜")));
    FollowUpStore followUps(*db);
    struct Row {
        SurveyScores scores;
        const char *category;
    };
    const Row rows[] = {
        {{8, 8, 8, 8, 8, 3}, "other"},          // only the recommend question low
        {{9, 9, 4, 9, 9, 9}, "other"},          // the facility
        {{9, 4, 5, 9, 7, 8}, "attitude"},       // the lowest of the low ones, the advisor; a 7 is not low
    };
    int car = 0;
    for (const Row &r : rows) {
        INFO("expected " << r.category);
        WorkOrder o = readyForSettlement(advisor, controller, *db, car++);
        db->query(QStringLiteral("UPDATE customers SET followup_consent = 1 WHERE id = ?"), {o.customerId});
        o = delivered(advisor, *db, settledInCash(cashier, *db, o));
        FollowUpCall call = followUps.forWorkOrder(o.id).first();
        FollowUpStore::Attempt a{CallOutcome::Reached, QStringLiteral("13812345678"), {}, {}};
        a.survey = r.scores;
        followUps.logAttempt(clerk, call.id, call.version, a);
        const auto kept = followUps.survey(call.id);
        REQUIRE(kept.has_value());
        REQUIRE_FALSE(kept->complaintNumber.isEmpty());
        CHECK(ComplaintStore(*db).byNumber(kept->complaintNumber).category == QString::fromLatin1(r.category));
    }
}

TEST_CASE("complaints: deadlines, every step logged, the handover, the manager's major one, closing and reopening",
          "[store][complaints]")
{
    FOR_EACH_BACKEND(backend);
    TestDb t(backend);
    auto db = t.open();
    Commands advisor(*db, signedIn(*db, QStringLiteral("wangfang"), {Role::ServiceAdvisor}, q("王芳")));
    Commands controller(*db, signedIn(*db, QStringLiteral("zhaoqiang"), {Role::WorkshopController}, q("赵强")));
    const Session clerkSession = signedIn(*db, QStringLiteral("kefu"), {Role::CustomerService}, q("李娜"));
    const Session otherSession = signedIn(*db, QStringLiteral("kefu2"), {Role::CustomerService}, q("陈静"));
    Commands clerk(*db, clerkSession);
    Commands colleague(*db, otherSession);
    Commands manager(*db, signedIn(*db, QStringLiteral("zhoujl"), {Role::ServiceManager}, q("周经理")));
    ComplaintStore complaints(*db);
    const WorkOrder visit = inWorkshop(advisor, controller, *db, 0);

    // The advisor has no complaints desk.
    ComplaintStore::NewComplaint n;
    n.customerId = visit.customerId;
    n.workOrderId = visit.id;
    n.source = ComplaintSource::Counter;
    n.category = ComplaintCategory::Waiting;
    n.words = q("等了三个小时还没好");
    CHECK(errorKind([&] { complaints.registerComplaint(advisor, n); }) == StoreError::Kind::Forbidden);
    ComplaintStore::NewComplaint empty = n;
    empty.words = QStringLiteral("  ");
    CHECK(errorMessage([&] { complaints.registerComplaint(clerk, empty); }).contains(QStringLiteral("words")));

    // Received: the receiver is responsible, the deadlines are 24 and 48 hours on.
    Complaint k = complaints.registerComplaint(clerk, n);
    CHECK(k.responsible == q("李娜"));
    CHECK(k.responsibleId == clerkSession.userId);
    CHECK(k.vehicleId == visit.vehicleId);
    CHECK(k.receivedAt.secsTo(k.replyBy) == 24 * 3600);
    CHECK(k.receivedAt.secsTo(k.resolveBy) == 48 * 3600);
    CHECK_FALSE(k.escalated(k.receivedAt.addSecs(3600)));
    CHECK(k.escalated(k.receivedAt.addSecs(25 * 3600))); // no reply within a day: the manager's
    CHECK(complaints.log(k.id).size() == 1);

    using A = ComplaintAction;
    CHECK(errorMessage([&] { complaints.logStep(clerk, k.id, k.version, {A::Called, QStringLiteral(" "), {}, 0, {}}); })
              .contains(QStringLiteral("Note")));
    k = complaints.logStep(clerk, k.id, k.version, {A::Called, q("已致电，客户情绪平稳"), {}, 0, {}});
    CHECK_FALSE(k.repliedAt.isValid()); // a call is not yet the reply
    // A stale copy from another station is refused.
    CHECK(errorKind([&] { complaints.logStep(colleague, k.id, k.version - 1, {A::Investigated, q("查看"), {}, 0, {}}); }) ==
          StoreError::Kind::Conflict);
    // Handed over, recorded: the colleague is responsible now.
    k = complaints.logStep(clerk, k.id, k.version, {A::HandedOver, q("休假"), {}, otherSession.userId, {}});
    CHECK(k.responsible == q("陈静"));
    CHECK(k.responsibleId == otherSession.userId);
    k = complaints.logStep(colleague, k.id, k.version, {A::Replied, q("已解释原因并道歉"), {}, 0, {}});
    CHECK(k.repliedAt.isValid());
    // Goodwill needs a work order with a goodwill line.
    CHECK(errorMessage([&] { complaints.logStep(colleague, k.id, k.version, {A::Goodwill, q("免费洗车"), visit.number, 0, {}}); })
              .contains(QStringLiteral("goodwill line")));
    CHECK(errorMessage([&] { complaints.logStep(colleague, k.id, k.version, {A::Comeback, q("返修"), QStringLiteral("WO199901010001"), 0, {}}); })
              .contains(QStringLiteral("no work order")));
    db->query(QStringLiteral("UPDATE work_order_lines SET pay_type = 'goodwill' WHERE id = (SELECT MIN(id) FROM work_order_lines "
                             "WHERE work_order_id = ?)"),
              {visit.id});
    k = complaints.logStep(colleague, k.id, k.version, {A::Goodwill, q("免费洗车"), visit.number, 0, {}});
    // The call-back: not satisfied keeps it open; satisfied closes it.
    CHECK(errorMessage([&] { complaints.logStep(colleague, k.id, k.version, {A::CalledBack, q("回访"), {}, 0, {}}); })
              .contains(QStringLiteral("satisfied")));
    k = complaints.logStep(colleague, k.id, k.version, {A::CalledBack, q("仍不满意"), {}, 0, false});
    CHECK(k.is(ComplaintState::Open));
    CHECK(k.satisfied == std::optional<bool>(false));
    k = complaints.logStep(colleague, k.id, k.version, {A::CalledBack, q("满意"), {}, 0, true});
    CHECK(k.is(ComplaintState::Closed));
    CHECK(k.closedAt.isValid());
    CHECK_FALSE(k.escalated(k.receivedAt.addDays(9)));
    CHECK(errorMessage([&] { complaints.logStep(colleague, k.id, k.version, {A::Called, q("再打"), {}, 0, {}}); })
              .contains(QStringLiteral("reopen")));
    CHECK(complaints.list(true).isEmpty());
    CHECK(complaints.list(false).size() == 1); // closed lately
    // Reopened, with why: open again, with fresh deadlines from now and a reply due again.
    db->query(QStringLiteral("UPDATE complaints SET reply_by = ?, resolve_by = ? WHERE id = ?"),
              {Sql::toDb(k.receivedAt.addDays(-5)), Sql::toDb(k.receivedAt.addDays(-4)), k.id}); // long ago
    k = complaints.logStep(colleague, k.id, k.version, {A::Reopened, q("客户又来电"), {}, 0, {}});
    CHECK(k.is(ComplaintState::Open));
    CHECK_FALSE(k.repliedAt.isValid());
    CHECK(k.resolveBy > QDateTime::currentDateTimeUtc().addSecs(47 * 3600));
    CHECK_FALSE(k.escalated(QDateTime::currentDateTimeUtc()));
    CHECK_FALSE(k.closedAt.isValid());
    CHECK_FALSE(k.satisfied.has_value());
    const QList<ComplaintEntry> entries = complaints.log(k.id);
    REQUIRE(entries.size() == 8);
    CHECK(entries[0].action == QStringLiteral("received"));
    CHECK(entries[2].handedTo == q("陈静"));
    CHECK(entries[4].workOrderNumber == visit.number);
    CHECK(entries[5].satisfied == std::optional<bool>(false));
    CHECK(entries[7].action == QStringLiteral("reopened"));

    // A major one (compensation): the manager's at once; the clerk logs calls, the manager replies and closes.
    ComplaintStore::NewComplaint m = n;
    m.severity = ComplaintSeverity::Major;
    m.category = ComplaintCategory::Damage;
    m.source = ComplaintSource::Hotline;
    m.words = q("车门被刮伤，要求赔偿");
    Complaint major = complaints.registerComplaint(clerk, m);
    CHECK(major.escalated(major.receivedAt));
    CHECK(major.receivedAt.secsTo(major.replyBy) == 4 * 3600);
    major = complaints.logStep(clerk, major.id, major.version, {A::Investigated, q("查看监控"), {}, 0, {}});
    CHECK(errorKind([&] { complaints.logStep(clerk, major.id, major.version, {A::Replied, q("答复"), {}, 0, {}}); }) ==
          StoreError::Kind::Forbidden);
    CHECK(errorKind([&] { complaints.logStep(clerk, major.id, major.version, {A::CalledBack, q("满意"), {}, 0, true}); }) ==
          StoreError::Kind::Forbidden);
    // A handover only to a colleague at the follow-up desk, whose account is active.
    const Session advisorSession = signedIn(*db, QStringLiteral("liqiang"), {Role::ServiceAdvisor}, q("李强"));
    CHECK(errorMessage([&] { complaints.logStep(clerk, major.id, major.version, {A::HandedOver, q("给顾问"), {}, advisorSession.userId, {}}); })
              .contains(QStringLiteral("follow-up desk")));
    db->query(QStringLiteral("UPDATE users SET active = 0 WHERE id = ?"), {otherSession.userId});
    CHECK(errorMessage([&] { complaints.logStep(clerk, major.id, major.version, {A::HandedOver, q("休假"), {}, otherSession.userId, {}}); })
              .contains(QStringLiteral("not active")));
    db->query(QStringLiteral("UPDATE users SET active = 1 WHERE id = ?"), {otherSession.userId});
    major = complaints.logStep(manager, major.id, major.version, {A::Replied, q("同意补漆"), {}, 0, {}});
    major = complaints.logStep(manager, major.id, major.version, {A::CalledBack, q("满意"), {}, 0, true});
    CHECK(major.is(ComplaintState::Closed));

    // A general complaint past its deadline is the manager's too: the clerk cannot reply to it any more.
    db->query(QStringLiteral("UPDATE complaints SET reply_by = ? WHERE id = ?"),
              {Sql::toDb(QDateTime::currentDateTimeUtc().addSecs(-3600)), k.id});
    k = complaints.load(k.id);
    CHECK(k.escalated(QDateTime::currentDateTimeUtc()));
    CHECK(errorKind([&] { complaints.logStep(colleague, k.id, k.version, {A::Replied, q("答复"), {}, 0, {}}); }) ==
          StoreError::Kind::Forbidden);
    k = complaints.logStep(manager, k.id, k.version, {A::Replied, q("经理致歉"), {}, 0, {}});
    db->query(QStringLiteral("UPDATE complaints SET reply_by = ? WHERE id = ?"),
              {Sql::toDb(QDateTime::currentDateTimeUtc().addSecs(3600)), k.id});

    // The open list: by the resolution deadline.
    const QList<Complaint> open = complaints.list(true);
    REQUIRE(open.size() == 1);
    CHECK(open[0].id == k.id);
    CHECK(db->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE command = 'complaint.step' AND table_name = "
                                    "'complaint_actions'")).toInt() == 11);
}

TEST_CASE("follow-up rules: the dealership's settings decide the calls, the caller and the complaint deadlines",
          "[store][followup][complaints][settings]")
{
    FOR_EACH_BACKEND(backend);
    TestDb t(backend);
    auto db = t.open();
    Commands advisor(*db, signedIn(*db, QStringLiteral("wangfang"), {Role::ServiceAdvisor, Role::CustomerService}, q("王芳")));
    Commands controller(*db, signedIn(*db, QStringLiteral("zhaoqiang"), {Role::WorkshopController}, q("赵强")));
    Commands cashier(*db, signedIn(*db, QStringLiteral("liuyang"), {Role::Cashier}, q("刘洋")));
    Commands clerk(*db, signedIn(*db, QStringLiteral("kefu"), {Role::CustomerService}, q("李娜")));
    Commands admin(*db, adminSession());
    DealershipStore dealership(*db);
    DealershipSettings s = dealership.load();
    CHECK(s.followUp == FollowUpSettings{}); // a new database: the seeds' defaults
    s.name = q("浦江汽车");
    s.followUp.firstCallDay = 5;
    s.followUp.independentCaller = false; // a small shop: the advisor calls their own customers
    s.followUp.replyHoursGeneral = 8;
    s.followUp.resolveHoursGeneral = 24;
    dealership.save(admin, s);
    CHECK(dealership.load().followUp == s.followUp);
    // Refused when out of range, and nothing changes.
    DealershipSettings wrong = dealership.load();
    wrong.followUp.firstCallDay = 9;
    CHECK(errorMessage([&] { dealership.save(admin, wrong); }).contains(QStringLiteral("2 to 7")));
    CHECK(dealership.load().followUp.firstCallDay == 5);

    WorkOrder o = readyForSettlement(advisor, controller, *db, 0);
    db->query(QStringLiteral("UPDATE customers SET followup_consent = 1 WHERE id = ?"), {o.customerId});
    o = delivered(advisor, *db, settledInCash(cashier, *db, o));
    FollowUpStore followUps(*db);
    FollowUpCall call = followUps.forWorkOrder(o.id).first();
    CHECK(call.due == o.deliveredAt.toLocalTime().date().addDays(5));
    // The serving advisor may call: the dealership turned the independent caller off.
    call = followUps.logAttempt(advisor, call.id, call.version, {CallOutcome::NoAnswer, QStringLiteral("13812345678"), {}, {}});
    CHECK(call.attempts == 1);

    ComplaintStore::NewComplaint n;
    n.customerId = o.customerId;
    n.words = q("等太久");
    const Complaint k = ComplaintStore(*db).registerComplaint(clerk, n);
    CHECK(k.receivedAt.secsTo(k.replyBy) == 8 * 3600);
    CHECK(k.receivedAt.secsTo(k.resolveBy) == 24 * 3600);
}
