// After the visit (issue 18): a delivery creates its follow-up calls by the dealership's rules, in the delivery's
// own transaction, on both databases; without the customer's consent nobody calls, and the desk sees why.
#include "fixtures.h"
#include "workflow.h"
#include "store/followupstore.h"
#include "store/settlementstore.h"
#include "store/workorderstore.h"

using namespace ddtest;

namespace {
QDate localDay(const QDateTime &utc)
{
    return utc.toLocalTime().date();
}
} // namespace

TEST_CASE("follow-ups: a delivery queues its calls by the rules, consent first, a comeback the next day",
          "[store][followup]")
{
    FOR_EACH_BACKEND(backend);
    TestDb t(backend);
    auto db = t.open();
    Commands advisor(*db, signedIn(*db, QStringLiteral("wangfang"), {Role::ServiceAdvisor}, q("王芳")));
    Commands controller(*db, signedIn(*db, QStringLiteral("zhaoqiang"), {Role::WorkshopController}, q("赵强")));
    Commands cashier(*db, signedIn(*db, QStringLiteral("liuyang"), {Role::Cashier}, q("刘洋")));
    FollowUpStore followUps(*db);
    auto deliver = [&](int car, bool consent, const char *type) {
        WorkOrder o = readyForSettlement(advisor, controller, *db, car);
        db->query(QStringLiteral("UPDATE customers SET followup_consent = ? WHERE id = ?"), {consent ? 1 : 0, o.customerId});
        db->query(QStringLiteral("UPDATE work_orders SET wo_type = ? WHERE id = ?"), {QString::fromLatin1(type), o.id});
        o = settledInCash(cashier, *db, o);
        return delivered(advisor, *db, o);
    };

    // No consent (PIPL): one skipped row that says why, and nothing in the queue.
    const WorkOrder unasked = deliver(0, false, "repair");
    QList<FollowUpCall> calls = followUps.forWorkOrder(unasked.id);
    REQUIRE(calls.size() == 1);
    CHECK(calls[0].is(FollowUpState::Skipped));
    CHECK(calls[0].note == QStringLiteral("no_consent")); // a code, shown in the reader's language
    CHECK(FollowUpRules::skipReason(calls[0].note).contains(QStringLiteral("consent")));
    CHECK(followUps.queue(localDay(unasked.deliveredAt).addDays(30), 0).isEmpty());

    // A small repair (¥738) with consent: the first call on the third day, with the survey.
    const WorkOrder small = deliver(1, true, "repair");
    calls = followUps.forWorkOrder(small.id);
    REQUIRE(calls.size() == 1);
    CHECK(calls[0].kind == QStringLiteral("first"));
    CHECK(calls[0].is(FollowUpState::Due));
    CHECK(calls[0].due == localDay(small.deliveredAt).addDays(3));
    CHECK(calls[0].survey);
    CHECK(calls[0].servingAdvisor == q("王芳"));
    CHECK(calls[0].customerName == q("张三"));
    CHECK_FALSE(calls[0].phone.isEmpty());

    // A comeback (返修): the next day, and a second call a week later that asks no survey again.
    const WorkOrder comeback = deliver(2, true, "comeback");
    calls = followUps.forWorkOrder(comeback.id);
    REQUIRE(calls.size() == 2);
    CHECK(calls[0].kind == QStringLiteral("next_day"));
    CHECK(calls[0].due == localDay(comeback.deliveredAt).addDays(1));
    CHECK(calls[1].kind == QStringLiteral("second"));
    CHECK(calls[1].due == localDay(comeback.deliveredAt).addDays(8));
    CHECK_FALSE(calls[1].survey);

    // The queue: due up to the horizon, overdue first; the skipped visit is not in it.
    const QDate day = localDay(comeback.deliveredAt);
    QList<FollowUpCall> queue = followUps.queue(day.addDays(1), 0);
    REQUIRE(queue.size() == 1);
    CHECK(queue[0].workOrderId == comeback.id);
    queue = followUps.queue(day.addDays(1), 7);
    REQUIRE(queue.size() == 3);
    CHECK(queue[0].due <= queue[1].due);
    CHECK(queue[1].due <= queue[2].due);

    // Written by the delivery's command, with its audit rows.
    CHECK(db->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = 'follow_ups'")).toInt() == 4);

    // The calls are made from the follow-up desk: a clerk's, never the advisor who served the customer.
    Commands clerk(*db, signedIn(*db, QStringLiteral("kefu"), {Role::CustomerService}, q("李娜")));
    Commands servingClerk(*db, signedIn(*db, QStringLiteral("wangfang2"), {Role::CustomerService}, q("王芳")));
    FollowUpCall call = followUps.forWorkOrder(small.id).first();
    FollowUpStore::Attempt noAnswer{CallOutcome::NoAnswer, QStringLiteral("13812345678"), {}, {}};
    CHECK(errorKind([&] { followUps.logAttempt(advisor, call.id, call.version, noAnswer); }) == StoreError::Kind::Forbidden);
    // Given the desk's role too (a small shop), the advisor who served the customer still may not call them;
    // a colleague who only shares the name may.
    db->query(QStringLiteral("INSERT INTO user_roles (user_id, role) SELECT id, 'customer_service' FROM users WHERE login = ?"),
              {QStringLiteral("wangfang")});
    CHECK(errorMessage([&] { followUps.logAttempt(advisor, call.id, call.version, noAnswer); })
              .contains(QStringLiteral("colleague")));
    FollowUpStore::Attempt later{CallOutcome::CallBack, QStringLiteral("13812345678"), q("在开会"), {}};
    CHECK(errorMessage([&] { followUps.logAttempt(servingClerk, call.id, call.version, later); }).contains(QStringLiteral("when")));
    // Asked to call back in two days: the call falls due then.
    later.callBackAt = QDateTime::currentDateTimeUtc().addDays(2);
    call = followUps.logAttempt(servingClerk, call.id, call.version, later);
    CHECK(call.is(FollowUpState::Due));
    CHECK(call.attempts == 1);
    CHECK(call.due == localDay(later.callBackAt));
    // A stale copy from another station is refused.
    CHECK(errorKind([&] { followUps.logAttempt(clerk, call.id, call.version - 1, noAnswer); }) == StoreError::Kind::Conflict);
    call = followUps.logAttempt(clerk, call.id, call.version, noAnswer);
    call = followUps.logAttempt(clerk, call.id, call.version, noAnswer);
    CHECK_FALSE(followUps.needsFallback(call, call.due, {})); // two failures and a call-back: not yet
    call = followUps.logAttempt(clerk, call.id, call.version, noAnswer);
    CHECK(followUps.needsFallback(call, call.due, {})); // three failed: a message instead
    CHECK(followUps.attempts(call.id).size() == 4);

    // Reached: done, and nothing more to call.
    FollowUpCall next = followUps.forWorkOrder(comeback.id).first();
    next = followUps.logAttempt(clerk, next.id, next.version, {CallOutcome::Reached, QStringLiteral("13812345678"), q("满意"), {}});
    CHECK(next.is(FollowUpState::Done));
    CHECK(errorMessage([&] { followUps.logAttempt(clerk, next.id, next.version, noAnswer); }).contains(QStringLiteral("nothing")));
    // Refused: the call ends without credit, and the visit's second call a week later is closed too.
    FollowUpCall second = followUps.forWorkOrder(comeback.id).last();
    REQUIRE(second.is(FollowUpState::Due));
    db->query(QStringLiteral("UPDATE follow_ups SET state = 'due' WHERE id = ?"), {next.id}); // as if not reached yet
    next = followUps.load(next.id);
    next = followUps.logAttempt(clerk, next.id, next.version, {CallOutcome::Refused, QStringLiteral("13812345678"), {}, {}});
    CHECK(next.is(FollowUpState::Refused));
    second = followUps.load(second.id);
    CHECK(second.is(FollowUpState::Closed));
    CHECK(FollowUpRules::skipReason(second.note).contains(QStringLiteral("refused")));

    // Consent withdrawn after the delivery: out of the queue, and a call is refused.
    db->query(QStringLiteral("UPDATE customers SET followup_consent = 0 WHERE id = ?"), {small.customerId});
    for (const FollowUpCall &c : followUps.queue(day.addDays(30), 0))
        CHECK(c.customerId != small.customerId);
    call = followUps.load(call.id);
    CHECK(errorMessage([&] { followUps.logAttempt(clerk, call.id, call.version, noAnswer); }).contains(QStringLiteral("consent")));
    CHECK(db->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE command = 'followup.attempt' AND table_name = "
                                    "'follow_up_attempts'")).toInt() == 6);
}

TEST_CASE("follow-ups: a message instead of the call once the rules say so, logged and exported for the SMS platform",
          "[store][followup][messages]")
{
    FOR_EACH_BACKEND(backend);
    TestDb t(backend);
    auto db = t.open();
    Commands advisor(*db, signedIn(*db, QStringLiteral("wangfang"), {Role::ServiceAdvisor}, q("王芳")));
    Commands controller(*db, signedIn(*db, QStringLiteral("zhaoqiang"), {Role::WorkshopController}, q("赵强")));
    Commands cashier(*db, signedIn(*db, QStringLiteral("liuyang"), {Role::Cashier}, q("刘洋")));
    Commands clerk(*db, signedIn(*db, QStringLiteral("kefu"), {Role::CustomerService}, q("李娜")));
    WorkOrder o = readyForSettlement(advisor, controller, *db, 0);
    db->query(QStringLiteral("UPDATE customers SET followup_consent = 1 WHERE id = ?"), {o.customerId});
    o = delivered(advisor, *db, settledInCash(cashier, *db, o));
    FollowUpStore followUps(*db);
    FollowUpCall call = followUps.forWorkOrder(o.id).first();
    // The template's text: the plate and the shop's phone filled in.
    const QString text = followUps.messageText(call);
    CHECK(text.contains(q("沪A12345")));
    CHECK_FALSE(text.contains(QStringLiteral("{plate}")));
    // Not yet: the customer can still be called.
    CHECK(errorMessage([&] { followUps.sendMessage(clerk, call.id, call.version, MessageChannel::Sms, QStringLiteral("13812345678"), text); })
              .contains(QStringLiteral("can still be called")));
    const FollowUpStore::Attempt noAnswer{CallOutcome::NoAnswer, QStringLiteral("13812345678"), {}, {}};
    for (int i = 0; i < 3; ++i)
        call = followUps.logAttempt(clerk, call.id, call.version, noAnswer);
    REQUIRE(followUps.needsFallback(call, QDate::currentDate()));
    CHECK(errorMessage([&] { followUps.sendMessage(clerk, call.id, call.version, MessageChannel::Sms, QStringLiteral(" "), text); })
              .contains(QStringLiteral("number")));
    CHECK(errorKind([&] { followUps.sendMessage(advisor, call.id, call.version, MessageChannel::Sms, QStringLiteral("13812345678"), text); }) ==
          StoreError::Kind::Forbidden);
    call = followUps.sendMessage(clerk, call.id, call.version, MessageChannel::Sms, QStringLiteral("138 1234 5678"), text);
    CHECK(call.is(FollowUpState::Messaged)); // counts as done
    CHECK(FollowUpRules::countsAsDone(followUps.attempts(call.id), call.is(FollowUpState::Messaged)));
    CHECK(followUps.queue(QDate::currentDate().addDays(30), 0).isEmpty());

    // The day's messages, exported once for the SMS platform.
    const QList<FollowUpStore::Message> today = followUps.messagesOn(QDate::currentDate());
    REQUIRE(today.size() == 1);
    CHECK(today[0].recipient == QStringLiteral("138 1234 5678"));
    CHECK(today[0].channel == QStringLiteral("sms"));
    CHECK(today[0].workOrderNumber == o.number);
    CHECK(today[0].byName == q("李娜"));
    const QString csv = QString::fromUtf8(FollowUpStore::messagesCsv(today));
    CHECK(csv.contains(q("沪A12345")));
    CHECK(csv.contains(o.number));
    CHECK(followUps.messagesOn(QDate::currentDate().addDays(-1)).isEmpty());
    CHECK(followUps.markExported(clerk, QDate::currentDate()) == 1);
    CHECK(followUps.markExported(clerk, QDate::currentDate()) == 0);
    CHECK(followUps.messagesOn(QDate::currentDate()).first().exportedAt.isValid());
}
