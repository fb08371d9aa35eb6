// Satisfaction and complaints (issue 18), on both databases: the questionnaire answered on a follow-up call, a
// low score that opens a complaint for the service manager, the survey gap and the open complaint that stop a
// survey; a complaint's deadlines, its steps, the handover, the manager's part in a major one, closing only after a
// satisfied call-back, reopening, and a stale copy from another station.
#include "fixtures.h"
#include "workflow.h"
#include "store/complaintstore.h"
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
    CHECK(opened.words.contains(q("异响还在")));
    CHECK(opened.is(ComplaintState::Open));
    CHECK(complaints.hasOpen(unhappy.customerId));
    // While it is open, that customer gets no survey.
    FollowUpCall next = low;
    CHECK(followUps.surveyRefusal(next, today.addDays(60)).contains(QStringLiteral("open complaint")));
    CHECK(db->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE command = 'followup.attempt' AND table_name = 'complaints'"))
              .toInt() == 1);
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
    // Reopened, with why: open again.
    k = complaints.logStep(colleague, k.id, k.version, {A::Reopened, q("客户又来电"), {}, 0, {}});
    CHECK(k.is(ComplaintState::Open));
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
    major = complaints.logStep(manager, major.id, major.version, {A::Replied, q("同意补漆"), {}, 0, {}});
    major = complaints.logStep(manager, major.id, major.version, {A::CalledBack, q("满意"), {}, 0, true});
    CHECK(major.is(ComplaintState::Closed));

    // The open list: by the resolution deadline.
    const QList<Complaint> open = complaints.list(true);
    REQUIRE(open.size() == 1);
    CHECK(open[0].id == k.id);
    CHECK(db->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE command = 'complaint.step' AND table_name = "
                                    "'complaint_actions'")).toInt() == 10);
}
