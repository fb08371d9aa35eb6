#include "fixtures.h"

#include <QSqlQuery>

#include "store/customerstore.h"
#include "store/inspectionstore.h"
#include "store/reception.h"
#include "store/workorderstore.h"

using namespace dd;
using namespace ddtest;

namespace {
QString q(const char *s) { return QString::fromUtf8(s); }

qint64 checkedInCar(Commands &commands, Database &db)
{
    CustomerStore customers(db);
    Customer c;
    c.name = q("张三");
    c.phones << PhoneNumber{q("13812345678"), true, {}};
    Vehicle v;
    v.ownerId = customers.save(commands, c);
    v.vin = q("LSVAU218XN2183294");
    v.plate = q("沪A12345");
    CheckIn in;
    in.vehicleId = VehicleStore(db).save(commands, v);
    in.mileageKm = 30000;
    in.concerns = QStringList{q("刹车时有异响"), q("空调不凉")};
    return Reception(db).checkIn(commands, in).workOrderId;
}

WorkOrderLine labor(const char *text, int centiHours)
{
    WorkOrderLine l;
    l.kind = QStringLiteral("labor");
    l.code = QStringLiteral("BRK-01");
    l.description = q(text);
    l.centiHours = centiHours;
    l.rateFen = 36000;
    return l;
}

WorkOrderLine part(const char *text, Fen price, const char *source)
{
    WorkOrderLine l;
    l.kind = QStringLiteral("part");
    l.description = q(text);
    l.unitPriceFen = price;
    l.unit = q("套");
    l.partSource = QString::fromLatin1(source);
    return l;
}
} // namespace

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

    o = store.transition(cashier, id, o.version, QStringLiteral("settle"));
    o = store.transition(advisor, id, o.version, QStringLiteral("deliver"));
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
