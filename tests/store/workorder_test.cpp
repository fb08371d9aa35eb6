#include "fixtures.h"
#include "workflow.h"

#include <QSqlQuery>

#include "store/addonstore.h"
#include "store/customerstore.h"
#include "demo/demo.h"
#include "store/dispatchboard.h"
#include "store/dealershipstore.h"
#include "store/history.h"
#include "store/inspectionstore.h"
#include "store/technicianstore.h"
#include "store/reception.h"
#include "store/workorderstore.h"

using namespace dd;
using namespace ddtest;


TEST_CASE("a work order goes from draft to delivered, each step gated, timed and audited", "[store][workorder]")
{
    FOR_EACH_BACKEND(backend);
    TestDb t(backend);
    auto db = t.open();
    Commands advisor(*db, signedIn(*db, QStringLiteral("wangfang"), {Role::ServiceAdvisor}, q("王芳")));
    Commands controller(*db, signedIn(*db, QStringLiteral("zhaoqiang"), {Role::WorkshopController}, q("赵强")));
    Commands cashier(*db, signedIn(*db, QStringLiteral("liuyang"), {Role::Cashier}, q("刘洋")));
    WorkOrderStore store(*db);
    const qint64 id = checkedInCar(advisor, *db);

    WorkOrder o = store.load(id);
    CHECK(o.state == QStringLiteral("draft"));
    REQUIRE(o.concerns.size() == 2);
    CHECK(o.lines.isEmpty());

    // Authorizing an empty draft names everything missing; nothing changes.
    QString refusal = errorMessage([&] { store.transition(advisor, id, o.version, QStringLiteral("authorize")); });
    CHECK(refusal.contains(WorkOrderRules::tr("the work-order type")));
    CHECK(refusal.contains(WorkOrderRules::tr("the repair category")));
    CHECK(refusal.contains(WorkOrderRules::tr("at least one approved line in the estimate")));
    CHECK(refusal.contains(WorkOrderRules::tr("the promised completion time")));
    CHECK(store.load(id).state == QStringLiteral("draft"));

    // The estimate.
    o.type = QStringLiteral("repair");
    o.repairCategory = QStringLiteral("minor");
    o.promisedAt = QDateTime(QDate(2026, 11, 22), QTime(9, 30), Qt::UTC);
    o.lines << labor("更换前刹车片", 80) << part("前刹车片", 45000, "oem") << part("发电机（修复件）", 80000, "reconditioned");
    o.concerns.removeLast(); // the customer withdrew one concern before signing
    o = store.saveEstimate(advisor, o);
    REQUIRE(o.lines.size() == 3);
    CHECK(o.concerns.size() == 1);
    CHECK(o.lines[0].amount() == 28800);
    CHECK(db->scalar(QStringLiteral("SELECT total_fen FROM work_orders WHERE id = ?"), {id}).toLongLong() == 28800 + 45000 + 80000);
    refusal = errorMessage([&] { store.transition(advisor, id, o.version, QStringLiteral("authorize")); });
    CHECK(refusal.contains(q("发电机")));
    o.lines[2].consentRecorded = true;
    o = store.saveEstimate(advisor, o);
    // Another station saved the estimate meanwhile: a stale save is refused, naming who.
    WorkOrder stale = o;
    o = store.saveEstimate(advisor, o);
    stale.lines[0].centiHours = 100;
    CHECK(errorKind([&] { store.saveEstimate(advisor, stale); }) == StoreError::Kind::Conflict);
    CHECK(store.load(id).lines[0].centiHours == 80);

    // The customer signs the printed authorization: authorizing waits for the paper of this very estimate.
    refusal = errorMessage([&] { store.transition(advisor, id, o.version, QStringLiteral("authorize")); });
    CHECK(refusal.endsWith(WorkOrderRules::tr("the repair authorization printed for the customer's signature") +
                           QLatin1Char('.')));
    CHECK_FALSE(refusal.contains(WorkOrderRules::tr("the promised completion time")));
    printAuthorization(advisor, o);
    o.promisedAt = o.promisedAt.addSecs(1800); // changed after printing: the paper no longer shows it
    o = store.saveEstimate(advisor, o);
    CHECK(errorMessage([&] { store.transition(advisor, id, o.version, QStringLiteral("authorize")); })
              .contains(WorkOrderRules::tr("the repair authorization printed again for the customer's signature: the "
                                           "estimate changed since it was printed")));
    printAuthorization(advisor, o);

    // Only the advisor's roles authorize; then the estimate is read-only.
    CHECK(errorKind([&] { store.transition(cashier, id, o.version, QStringLiteral("authorize")); }) == StoreError::Kind::Forbidden);
    o = store.transition(advisor, id, o.version, QStringLiteral("authorize"));
    CHECK(o.state == QStringLiteral("open"));
    CHECK(o.authorizedAt.isValid());
    o.lines[1].unitPriceFen = 1;
    CHECK(errorMessage([&] { store.saveEstimate(advisor, o); }).contains(QStringLiteral("add-on")));
    o = store.load(id);
    CHECK(o.lines[1].unitPriceFen == 45000);

    // Dispatch needs a technician on the labor line and the person receiving the car.
    refusal = errorMessage([&] { store.transition(controller, id, o.version, QStringLiteral("dispatch")); });
    CHECK(refusal.contains(q("更换前刹车片")));
    CHECK(refusal.contains(WorkOrderRules::tr("the workshop person receiving the car")));
    o = store.assignTechnician(controller, id, o.version, o.lines[0].id, 0, q("李师傅"));
    CHECK(o.lines[0].technicianName == q("李师傅"));
    o = store.transition(controller, id, o.version, QStringLiteral("dispatch"), {q("赵强"), {}, {}, {}});
    CHECK(o.state == QStringLiteral("dispatched"));
    CHECK(o.handedOverTo == q("赵强"));
    CHECK(o.handedOverAt.isValid());
    // A step out of order is refused with the state named.
    CHECK(errorMessage([&] { store.transition(controller, id, o.version, QStringLiteral("qc_pass"), {{}, q("孙丽"), {}, {}}); })
              .contains(WorkOrderRules::stateName(QStringLiteral("dispatched")).toLower()));
    o = store.transition(controller, id, o.version, QStringLiteral("start"));

    // Quality check: not before every concern has a correction; a fail counts a rework round.
    CHECK(errorMessage([&] { store.transition(controller, id, o.version, QStringLiteral("submit_qc")); }).contains(q("刹车时有异响")));
    QList<Concern> concerns = o.concerns;
    concerns[0].cause = q("前刹车片磨损到限");
    concerns[0].correction = q("更换前刹车片");
    o = store.saveConcerns(controller, id, o.version, concerns);
    o = store.transition(controller, id, o.version, QStringLiteral("submit_qc"));
    CHECK(errorKind([&] { store.transition(advisor, id, o.version, QStringLiteral("qc_pass"), {{}, q("王芳"), {}, {}}); })
          == StoreError::Kind::Forbidden);
    CHECK(errorMessage([&] { store.transition(controller, id, o.version, QStringLiteral("qc_fail"), {{}, q("孙丽"), {}, {}}); })
              .contains(WorkOrderRules::tr("what the workshop must put right")));
    o = store.transition(controller, id, o.version, QStringLiteral("qc_fail"), {{}, q("孙丽"), q("左前轮仍有轻微异响"), {}});
    CHECK(o.state == QStringLiteral("in_progress"));
    CHECK(o.reworkCount == 1);
    o = store.transition(controller, id, o.version, QStringLiteral("submit_qc"));
    o = store.transition(controller, id, o.version, QStringLiteral("qc_pass"), {{}, q("孙丽"), {}, {}});
    CHECK(o.state == QStringLiteral("ready"));
    CHECK(o.inspectorName == q("孙丽"));
    CHECK(errorMessage([&] { store.transition(advisor, id, o.version, QStringLiteral("cancel"), {{}, {}, {}, q("x")}); })
              .contains(WorkOrderRules::stateName(QStringLiteral("ready")).toLower()));
    CHECK(errorKind([&] { store.saveConcerns(controller, id, o.version, o.concerns); }) == StoreError::Kind::Validation);

    CHECK(errorMessage([&] { store.transition(cashier, id, o.version, QStringLiteral("settle")); }).contains(QStringLiteral("Ctrl+5")));
    o = settledInCash(cashier, *db, o);
    CHECK(errorMessage([&] { store.transition(advisor, id, o.version, QStringLiteral("deliver")); })
              .contains(DeliveryRules::pickupItemName(QStringLiteral("keys")).toLower()));
    o = delivered(advisor, *db, o);
    CHECK(o.state == QStringLiteral("delivered"));

    // The steps, in order, with who took them.
    const QList<TransitionRecord> steps = store.history(id);
    QStringList names;
    for (const TransitionRecord &s : steps)
        names << s.transition;
    CHECK(names == QStringList{QStringLiteral("authorize"), QStringLiteral("dispatch"), QStringLiteral("start"),
                               QStringLiteral("submit_qc"), QStringLiteral("qc_fail"), QStringLiteral("submit_qc"),
                               QStringLiteral("qc_pass"), QStringLiteral("settle"), QStringLiteral("deliver")});
    CHECK(steps[1].by == q("赵强"));
    CHECK(steps[1].note == q("赵强"));
    CHECK(steps[4].note.contains(q("左前轮")));
    CHECK(steps.last().toState == QStringLiteral("delivered"));
    CHECK(db->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = 'work_orders' AND record_id = ?"),
                     {QString::number(id)})
              .toInt() >= 9);
}

TEST_CASE("a cancelled work order keeps its reason and frees the key tag", "[store][workorder]")
{
    FOR_EACH_BACKEND(backend);
    TestDb t(backend);
    auto db = t.open();
    Commands advisor(*db, signedIn(*db, QStringLiteral("wangfang"), {Role::ServiceAdvisor}, q("王芳")));
    WorkOrderStore store(*db);
    const qint64 id = checkedInCar(advisor, *db);
    InspectionStore inspections(*db);
    Inspection in = inspections.load(id);
    in.keyTag = QStringLiteral("A07");
    inspections.save(advisor, in);
    CHECK(inspections.keyCabinet().size() == 1);

    WorkOrder o = store.load(id);
    CHECK(errorMessage([&] { store.transition(advisor, id, o.version, QStringLiteral("cancel")); })
              .contains(WorkOrderRules::tr("the reason for cancelling")));
    o = store.transition(advisor, id, o.version, QStringLiteral("cancel"), {{}, {}, {}, q("客户改到下周再来")});
    CHECK(o.state == QStringLiteral("cancelled"));
    CHECK(o.cancelReason == q("客户改到下周再来"));
    CHECK(inspections.keyCabinet().isEmpty());
    CHECK(errorKind([&] { store.transition(advisor, id, o.version, QStringLiteral("authorize")); }) == StoreError::Kind::Validation);
}


TEST_CASE("add-on work: each line decided with who, how, which number and when, and the workshop told",
          "[store][workorder][addon]")
{
    FOR_EACH_BACKEND(backend);
    TestDb t(backend);
    auto db = t.open();
    Commands advisor(*db, signedIn(*db, QStringLiteral("wangfang"), {Role::ServiceAdvisor}, q("王芳")));
    Commands controller(*db, signedIn(*db, QStringLiteral("zhaoqiang"), {Role::WorkshopController}, q("赵强")));
    WorkOrderStore orders(*db);
    AddOnStore addons(*db);
    WorkOrder o = inWorkshop(advisor, controller, *db);

    AddOnFinding f;
    f.workOrderId = o.id;
    f.description = q("右前减震器漏油");
    f.reason = q("减震器漏油会影响制动时的稳定性");
    f.safetyCritical = true;
    f.extraMinutes = 90;
    f.warranty = QStringLiteral("not_eligible");
    CHECK(errorMessage([&] { addons.propose(controller, f); }).contains(QStringLiteral("reason")));
    f.warrantyReason = q("已超出厂家保修期（3 年 / 10 万公里）");
    f.lines << labor("更换右前减震器", 100) << part("右前减震器", 68000, "oem");
    const qint64 fid = addons.propose(controller, f);
    REQUIRE(addons.pending().size() == 1);
    AddOnFinding pending = addons.load(fid);
    REQUIRE(pending.lines.size() == 2);
    CHECK(pending.newPromisedAt == o.promisedAt.addSecs(90 * 60));
    o = orders.load(o.id);
    CHECK(o.pendingFindings == 2);
    CHECK(o.totals(1300).total == 28800 + 45000); // proposed lines do not count yet
    o = orders.transition(advisor, o.id, o.version, QStringLiteral("await_approval"));

    // A decision without its provenance, or at a price the customer was not told, is refused whole.
    const QDateTime when = QDateTime::currentDateTimeUtc().addSecs(-60);
    QList<LineDecision> decisions{{pending.lines[0].id, QStringLiteral("approved"), 36000, {}, {}},
                                  {pending.lines[1].id, QStringLiteral("approved"), 60000, {}, {}}};
    const QString refusal = errorMessage([&] {
        addons.decide(advisor, fid, pending.version, decisions, {QString(), QStringLiteral("phone"), QString(), when});
    });
    CHECK(refusal.contains(AddOnRules::tr("Note who decided, by name.")));
    CHECK(refusal.contains(AddOnRules::tr("Note the number the customer was reached on.")));
    CHECK(refusal.contains(QStringLiteral("680.00")));
    CHECK(addons.load(fid).state == QStringLiteral("pending"));

    // The customer approves the labor and defers the part.
    decisions[1] = {pending.lines[1].id, QStringLiteral("deferred"), 68000, q("想先比较价格"), QDate(2026, 12, 15)};
    const Provenance byPhone{q("张三"), QStringLiteral("phone"), QStringLiteral("138 1234 5678"), when};
    AddOnFinding decided = addons.decide(advisor, fid, pending.version, decisions, byPhone);
    CHECK(decided.state == QStringLiteral("decided"));
    CHECK(decided.lines[0].status == QStringLiteral("approved"));
    CHECK(decided.lines[1].status == QStringLiteral("deferred"));
    CHECK(decided.lines[1].reason == q("想先比较价格"));
    const auto record = addons.decisions(decided.lines[0].id);
    REQUIRE(record.size() == 1);
    CHECK(record.first().second.decidedBy == q("张三"));
    CHECK(record.first().second.method == QStringLiteral("phone"));
    CHECK(record.first().second.contactNumber == QStringLiteral("138 1234 5678"));
    CHECK(qAbs(record.first().second.decidedAt.secsTo(when)) <= 1);
    CHECK(record.first().first.amountFen == 36000);
    o = orders.load(o.id);
    CHECK(o.pendingFindings == 0);
    CHECK(o.promisedAt == decided.newPromisedAt); // the customer heard the new time with the price
    CHECK(o.totals(1300).total == 28800 + 45000 + 36000);
    CHECK(errorKind([&] { addons.decide(advisor, fid, decided.version, decisions, byPhone); }) == StoreError::Kind::Validation);

    // The workshop is told, with who received it and when.
    CHECK(errorMessage([&] { addons.relay(advisor, fid, decided.version, QString()); }).contains(QStringLiteral("workshop")));
    decided = addons.relay(advisor, fid, decided.version, q("赵强"));
    CHECK(decided.relayedTo == q("赵强"));
    CHECK(decided.relayedAt.isValid());
    o = orders.transition(advisor, o.id, o.version, QStringLiteral("resume"));

    // A later price change of an approved line needs a new approval.
    const qint64 again = addons.reprice(advisor, decided.lines[0].id, 0, 150);
    CHECK(again == fid);
    o = orders.load(o.id);
    CHECK(o.pendingFindings == 1);
    CHECK(addons.pending().size() == 1);
    pending = addons.load(fid);
    pending = addons.decide(advisor, fid, pending.version, {{pending.lines[0].id, QStringLiteral("approved"), 54000, {}, {}}},
                            {q("张三"), QStringLiteral("in_person"), QString(), QDateTime::currentDateTimeUtc()});
    CHECK(addons.decisions(pending.lines[0].id).size() == 2);
    CHECK(addons.decisions(pending.lines[1].id).size() == 1); // the deferred part keeps its one decision

    // So does a price change of a line the customer signed for: it becomes a finding of its own.
    o = orders.load(o.id);
    const qint64 estimateFinding = addons.reprice(advisor, o.lines[1].id, 48000, 0);
    CHECK(estimateFinding != fid);
    CHECK(addons.load(estimateFinding).description.contains(q("前刹车片")));
    CHECK(orders.load(o.id).lines[1].status == QStringLiteral("proposed"));
    // The same price again is no change.
    o = orders.load(o.id);
    CHECK(o.lines[0].approvedAmountFen == 28800);
    addons.reprice(advisor, o.lines[0].id, 0, 80);
    CHECK(orders.load(o.id).lines[0].status == QStringLiteral("approved"));
}

TEST_CASE("warranty findings need no customer decision, declines and deferrals come back at the next visit",
          "[store][workorder][addon]")
{
    FOR_EACH_BACKEND(backend);
    TestDb t(backend);
    auto db = t.open();
    Commands advisor(*db, signedIn(*db, QStringLiteral("wangfang"), {Role::ServiceAdvisor}, q("王芳")));
    Commands controller(*db, signedIn(*db, QStringLiteral("zhaoqiang"), {Role::WorkshopController}, q("赵强")));
    Commands cashier(*db, signedIn(*db, QStringLiteral("liuyang"), {Role::Cashier}, q("刘洋")));
    WorkOrderStore orders(*db);
    AddOnStore addons(*db);
    WorkOrder o = inWorkshop(advisor, controller, *db);

    AddOnFinding w;
    w.workOrderId = o.id;
    w.description = q("水泵渗漏");
    w.reason = q("冷却液会流失");
    w.warranty = QStringLiteral("eligible");
    w.lines << part("水泵", 120000, "oem");
    const AddOnFinding warranty = addons.load(addons.propose(controller, w));
    CHECK(warranty.state == QStringLiteral("decided"));
    CHECK(warranty.lines[0].payType == QStringLiteral("warranty"));
    CHECK(warranty.lines[0].status == QStringLiteral("approved"));
    CHECK(addons.pending().isEmpty());
    o = orders.load(o.id);
    CHECK(o.totals(1300).customerPays == 28800 + 45000);

    AddOnFinding f;
    f.workOrderId = o.id;
    f.description = q("雨刮片老化");
    f.reason = q("雨天视线不清");
    f.lines << part("雨刮片", 16000, "oem") << part("玻璃水", 2000, "equivalent");
    const AddOnFinding p = addons.load(addons.propose(controller, f));
    addons.decide(advisor, p.id, p.version,
                  {{p.lines[0].id, QStringLiteral("declined"), 16000, q("客户自己去买"), {}},
                   {p.lines[1].id, QStringLiteral("deferred"), 2000, q("下次保养再加"), QDate(2027, 3, 1)}},
                  {q("张三"), QStringLiteral("in_person"), QString(), QDateTime::currentDateTimeUtc()});

    // Finish the visit, then the car comes back: the declined and deferred lines are at the counter again.
    o = orders.load(o.id);
    QList<Concern> concerns = o.concerns;
    for (Concern &c : concerns)
        c.noFaultFound = true;
    o = orders.saveConcerns(controller, o.id, o.version, concerns);
    for (const char *step : {"submit_qc"})
        o = orders.transition(controller, o.id, o.version, QString::fromLatin1(step));
    o = orders.transition(controller, o.id, o.version, QStringLiteral("qc_pass"), {{}, q("孙丽"), {}, {}});
    o = settledInCash(cashier, *db, o);
    o = delivered(advisor, *db, o);
    CheckIn again;
    again.vehicleId = o.vehicleId;
    again.mileageKm = 31000;
    again.concerns = QStringList{q("保养")};
    Reception(*db).checkIn(advisor, again);
    QStringList attention;
    for (const AttentionItem &a : History(*db).load(o.vehicleId, QDate(2026, 11, 22)).attention)
        attention << History::kindName(a.kind) + QLatin1Char(':') + a.text + QLatin1Char(':') + a.reason;
    CHECK(attention.contains(History::kindName(AttentionItem::Kind::Declined) + q(":雨刮片:客户自己去买")));
    CHECK(attention.contains(History::kindName(AttentionItem::Kind::Deferred) + q(":玻璃水:下次保养再加")));
}

TEST_CASE("the demo's workshop holds together: every state, its gates met, one finding waiting", "[store][workorder][demo]")
{
    FOR_EACH_BACKEND(backend);
    TestDb t(backend);
    auto db = t.open();
    Users users(*db, fastHasher());
    DealershipStore dealership(*db);
    Commands admin(*db, adminSession());
    Demo::load(admin, users, dealership);
    WorkOrderStore orders(*db);
    QStringList seen;
    QSqlQuery q = db->query(QStringLiteral("SELECT id FROM work_orders WHERE state NOT IN ('delivered', 'draft', 'cancelled') ORDER BY id"));
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    for (const qint64 id : ids) {
        const WorkOrder o = orders.load(id);
        INFO(o.number.toStdString() << " " << o.state.toStdString());
        seen << o.state;
        CHECK_FALSE(o.type.isEmpty());
        CHECK_FALSE(o.repairCategory.isEmpty());
        CHECK(o.authorizedAt.isValid());
        CHECK(WorkOrderRules::checkLines(o.lines).ok());
        CHECK(orders.history(id).first().transition == QStringLiteral("authorize"));
        CHECK(orders.history(id).last().toState == o.state);
        if (o.state != QLatin1String("open"))
            CHECK(WorkOrderRules::blockers(o, QStringLiteral("dispatch"), {QStringLiteral("x"), {}, {}, {}}).size() == 1); // only the state
        if (o.state == QLatin1String("awaiting_approval"))
            CHECK(o.pendingFindings > 0);
        if (o.state == QLatin1String("ready") || o.state == QLatin1String("quality_check"))
            for (const Concern &c : o.concerns)
                CHECK(c.isResolved());
    }
    for (const char *s : {"open", "dispatched", "in_progress", "awaiting_approval", "quality_check", "ready", "settled"})
        CHECK(seen.contains(QString::fromLatin1(s)));
    // Every state on the demo (issue 17 point 7): drafts, delivered cars, and one cancelled with its reason.
    QStringList all;
    QSqlQuery states = db->query(QStringLiteral("SELECT DISTINCT state FROM work_orders"));
    while (states.next())
        all << states.value(0).toString();
    for (const QString &s : WorkOrderCodes::states().codes())
        CHECK(all.contains(s));
    const qint64 cancelled = db->scalar(QStringLiteral("SELECT id FROM work_orders WHERE state = 'cancelled'")).toLongLong();
    REQUIRE(cancelled);
    const WorkOrder c = orders.load(cancelled);
    CHECK_FALSE(c.cancelReason.isEmpty());
    CHECK(orders.history(cancelled).last().transition == QStringLiteral("cancel"));
    // Its labor lines point at staff records; the retired technician is on none of today's lines.
    CHECK(db->scalar(QStringLiteral("SELECT COUNT(*) FROM work_order_lines l JOIN technicians t ON t.id = l.staff_id"))
              .toInt() > 0);
    CHECK(db->scalar(QStringLiteral("SELECT COUNT(*) FROM technicians WHERE active = 0")).toInt() == 1);
    CHECK(AddOnStore(*db).pending().size() == 1);
    CHECK(AddOnStore(*db).pending().first().safetyCritical);
}

TEST_CASE("the dispatch board sees another station's change at its next poll", "[store][workorder][board]")
{
    FOR_EACH_BACKEND(backend);
    TestDb t(backend);
    auto here = t.open();
    auto there = t.open(); // the other PC, its own connection
    Users users(*here, fastHasher());
    DealershipStore dealership(*here);
    Commands admin(*here, adminSession());
    Demo::load(admin, users, dealership);

    DispatchBoard board(*here);
    const QString before = board.version();
    QList<BoardRow> rows = board.rows();
    REQUIRE(rows.size() >= 6);
    auto find = [&rows](const QString &state) {
        for (const BoardRow &r : rows)
            if (r.state == state)
                return r;
        return BoardRow{};
    };
    const BoardRow dispatched = find(QStringLiteral("dispatched"));
    REQUIRE(dispatched.workOrderId);
    CHECK(dispatched.handedOverAt.isValid());
    CHECK_FALSE(dispatched.technicians.isEmpty());
    CHECK(dispatched.soldCentiHours > 0);
    CHECK(find(QStringLiteral("awaiting_approval")).pendingFindings > 0);
    CHECK(board.version() == before); // nothing changed, nothing to re-read

    Commands controller(*there, signedIn(*there, QStringLiteral("zw2"), {Role::WorkshopController}, q("张伟")));
    const WorkOrder o = WorkOrderStore(*there).load(dispatched.workOrderId);
    WorkOrderStore(*there).transition(controller, o.id, o.version, QStringLiteral("start"));
    CHECK(board.version() != before);
    rows = board.rows();
    for (const BoardRow &r : rows)
        if (r.workOrderId == dispatched.workOrderId)
            CHECK(r.state == QStringLiteral("in_progress"));
}

TEST_CASE("authorizing asks about every walk-around finding no line answers: nothing falls through", "[store][workorder]")
{
    FOR_EACH_BACKEND(backend);
    TestDb t(backend);
    auto db = t.open();
    Commands advisor(*db, signedIn(*db, QStringLiteral("wangfang"), {Role::ServiceAdvisor}, q("王芳")));
    WorkOrderStore store(*db);
    const qint64 id = checkedInCar(advisor, *db);
    // The walk-around: glass yellow, battery red, tyres green.
    InspectionStore inspections(*db);
    Inspection in = inspections.load(id);
    in.checks = {QuickCheck{QStringLiteral("glass"), QStringLiteral("yellow"), q("前挡风玻璃裂纹")},
                 QuickCheck{QStringLiteral("battery"), QStringLiteral("red"), QString()},
                 QuickCheck{QStringLiteral("tyres"), QStringLiteral("green"), QString()}};
    inspections.save(advisor, in);

    WorkOrder o = store.load(id);
    REQUIRE(o.walkAroundFindings.size() == 2);
    o.type = QStringLiteral("maintenance");
    o.repairCategory = QStringLiteral("minor");
    o.promisedAt = QDateTime::currentDateTimeUtc().addSecs(3 * 3600);
    o.lines << labor("保养工时", 100);
    o = store.saveEstimate(advisor, o);
    printAuthorization(advisor, o);
    o = store.load(id);
    QString refusal = errorMessage([&] { store.transition(advisor, id, o.version, QStringLiteral("authorize")); });
    CHECK(refusal.contains(InspectionRules::checkItemName(QStringLiteral("glass"))));
    CHECK(refusal.contains(InspectionRules::checkItemName(QStringLiteral("battery"))));
    CHECK_FALSE(refusal.contains(InspectionRules::checkItemName(QStringLiteral("tyres"))));

    // The battery into the estimate, the glass declined by the customer with the reason: nothing is left.
    WorkOrderLine battery = labor("更换蓄电池", 50);
    battery.inspectionItem = QStringLiteral("battery");
    WorkOrderLine glass = labor("前挡风玻璃裂纹", 50);
    glass.inspectionItem = QStringLiteral("glass");
    glass.status = QStringLiteral("declined");
    glass.reason = q("客户暂不更换");
    o.lines << battery << glass;
    o = store.saveEstimate(advisor, o);
    CHECK(store.load(id).lines.last().inspectionItem == QStringLiteral("glass"));
    CHECK(WorkOrderRules::undecidedFindings(store.load(id)).isEmpty());
    printAuthorization(advisor, o);
    o = store.load(id);
    o = store.transition(advisor, id, o.version, QStringLiteral("authorize"));
    CHECK(o.state == QStringLiteral("open"));
}

TEST_CASE("technicians are staff records: saved whole, names unique, a stale list refused, only the workshop's roles",
          "[store][technicians]")
{
    FOR_EACH_BACKEND(backend);
    TestDb t(backend);
    auto here = t.open();
    auto there = t.open();
    TechnicianStore store(*here);
    Commands controller(*here, signedIn(*here, QStringLiteral("zhangwei"), {Role::WorkshopController}, QStringLiteral("张伟")));
    store.saveAll(controller, {Technician{0, QStringLiteral("李强"), QStringLiteral("机修一组"), QStringLiteral("senior")},
                               Technician{0, QStringLiteral("周明"), QStringLiteral("机修二组"), QString()}});
    QList<Technician> list = store.all();
    REQUIRE(list.size() == 2);
    CHECK(list[0].name == QStringLiteral("李强")); // by team
    CHECK(list[0].label() == QStringLiteral("李强 · 机修一组 · Senior (level 3)"));
    CHECK(TechnicianRules::teams(list) == QStringList{QStringLiteral("机修一组"), QStringLiteral("机修二组")});

    // Twice the same name, in the list or against a stored (retired) one: refused, nothing written.
    QList<Technician> twice = list;
    twice << Technician{0, QStringLiteral("李强"), QString(), QString()};
    CHECK(errorKind([&] { store.saveAll(controller, twice); }) == StoreError::Kind::Validation);
    list[0].active = false;
    store.saveAll(controller, list);
    CHECK(store.all().size() == 1);
    CHECK(store.all(true).size() == 2);
    CHECK(errorKind([&] { store.saveAll(controller, {Technician{0, QStringLiteral("李强"), QString(), QString()}}); }) ==
          StoreError::Kind::Validation);

    // The other station saved first: its list is refused whole.
    TechnicianStore other(*there);
    QList<Technician> stale = other.all(true);
    QList<Technician> fresh = store.all(true);
    fresh[1].team = QStringLiteral("钣喷组");
    store.saveAll(controller, fresh);
    stale[1].grade = QStringLiteral("junior");
    Commands otherController(*there, signedIn(*there, QStringLiteral("zhaoqiang"), {Role::WorkshopController}));
    CHECK(errorKind([&] { other.saveAll(otherController, stale); }) == StoreError::Kind::Conflict);

    // An advisor or a cashier does not keep the staff list.
    Commands cashier(*here, signedIn(*here, QStringLiteral("liuyang"), {Role::Cashier}));
    CHECK(errorKind([&] { store.saveAll(cashier, store.all(true)); }) == StoreError::Kind::Forbidden);
}
