#include "fixtures.h"

#include <QSqlQuery>

#include "store/customerstore.h"
#include "store/history.h"
#include "store/inspectionstore.h"
#include "store/reception.h"

using namespace dd;
using namespace ddtest;

namespace {
QString q(const char *s) { return QString::fromUtf8(s); }

struct Shop {
    qint64 vehicle = 0;
    qint64 otherVehicle = 0;
};

Shop twoCars(Commands &commands, Database &db)
{
    CustomerStore customers(db);
    VehicleStore vehicles(db);
    Customer c;
    c.name = q("张三");
    c.phones << PhoneNumber{q("13812345678"), true, {}};
    const qint64 owner = customers.save(commands, c);
    Vehicle v;
    v.ownerId = owner;
    v.vin = q("LSVAU218XN2183294");
    v.plate = q("沪A12345");
    Vehicle w = v;
    w.vin = q("LGBH52E01KY123456");
    w.plate = q("沪B23456");
    return {vehicles.save(commands, v), vehicles.save(commands, w)};
}

qint64 checkIn(Commands &commands, Database &db, qint64 vehicle, int km)
{
    CheckIn in;
    in.vehicleId = vehicle;
    in.mileageKm = km;
    in.concerns = QStringList{q("刹车异响")};
    return Reception(db).checkIn(commands, in).workOrderId;
}

DamageMark newMark(const char *view, int x, int y, const char *kind, const char *note = "")
{
    DamageMark m;
    m.view = QString::fromLatin1(view);
    m.x = x;
    m.y = y;
    m.kind = QString::fromLatin1(kind);
    m.note = q(note);
    return m;
}

void fillRequired(Inspection &in, const char *tag)
{
    in.fuelEighths = 5;
    in.valuablesReminded = true;
    in.oldParts = QStringLiteral("shop_disposes");
    in.keyTag = QString::fromLatin1(tag);
}

// The visit is over: the car left with its key (delivery arrives with the settlement work).
void deliver(TestDb &t, qint64 workOrder)
{
    t.rawExec(QStringLiteral("UPDATE work_orders SET state = 'delivered' WHERE id = %1").arg(workOrder));
    t.rawExec(QStringLiteral("UPDATE inspections SET key_released_at = '2026-01-01T00:00:00.000Z' WHERE work_order_id = %1")
                  .arg(workOrder));
}
} // namespace

TEST_CASE("an inspection keeps its marks, readings and handover, and completes only when complete", "[store][inspection]")
{
    FOR_EACH_BACKEND(backend);
    TestDb t(backend);
    auto db = t.open();
    Commands commands(*db, signedIn(*db, QStringLiteral("wangfang"), {Role::ServiceAdvisor}, q("王芳")));
    const Shop shop = twoCars(commands, *db);
    const qint64 wo = checkIn(commands, *db, shop.vehicle, 30000);
    InspectionStore store(*db);

    Inspection in = store.load(wo);
    CHECK(in.id == 0);
    CHECK(in.odometerKm == 30000); // the check-in's reading
    CHECK(in.previousOdometerKm == 30000); // the one to beat: the latest reading from any source, the check-in's
    CHECK(in.marks.isEmpty());

    in.marks << newMark("left", 300, 500, "scratch", "10 cm") << newMark("top", 600, 400, "dent");
    in.checks << QuickCheck{QStringLiteral("tyres"), QStringLiteral("yellow"), q("左前 2.5 mm")};
    in.belongings = QStringList{QStringLiteral("spare_tyre"), QStringLiteral("jack")};
    in.warningLamps = QStringList{QStringLiteral("engine")};
    in.promisedAt = QDateTime(QDate(2026, 11, 22), QTime(9, 30), Qt::UTC);
    in = store.save(commands, in);
    REQUIRE(in.id != 0);
    REQUIRE(in.marks.size() == 2);
    CHECK(in.marks[0].isNew);
    CHECK(in.marks[0].number == 1);
    CHECK(in.marks[0].note == QStringLiteral("10 cm"));
    CHECK(in.checks.size() == 1);
    CHECK(in.findings().size() == 1);
    CHECK(in.belongings == QStringList{QStringLiteral("spare_tyre"), QStringLiteral("jack")});
    CHECK(in.promisedAt == QDateTime(QDate(2026, 11, 22), QTime(9, 30), Qt::UTC));

    // Move one mark, remove the other.
    in.marks[0].x = 320;
    in.removedMarkIds << in.marks[1].id;
    in.marks.removeAt(1);
    in = store.save(commands, in);
    REQUIRE(in.marks.size() == 1);
    CHECK(in.marks[0].x == 320);
    CHECK(db->scalar(QStringLiteral("SELECT COUNT(*) FROM damage_marks")).toInt() == 1);

    // Completing names what is missing, and changes nothing.
    const QString refused = errorMessage([&] { store.save(commands, in, true); });
    CHECK(refused.contains(QStringLiteral("fuel level")));
    CHECK(refused.contains(QStringLiteral("key tag")));
    CHECK(refused.contains(QStringLiteral("valuables")));
    CHECK(store.load(wo).state == QStringLiteral("open"));

    fillRequired(in, "a 07");
    in.odometerKm = 30010;
    in = store.save(commands, in, true);
    CHECK(in.isCompleted());
    CHECK(in.keyTag == QStringLiteral("A07"));
    CHECK(in.completedBy == q("王芳"));
    CHECK(db->scalar(QStringLiteral("SELECT mileage_km FROM work_orders WHERE id = ?"), {wo}).toInt() == 30010);
    CHECK(db->scalar(QStringLiteral("SELECT mileage_km FROM vehicles WHERE id = ?"), {shop.vehicle}).toInt() == 30010);
    CHECK(db->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE command = 'inspection.complete'")).toInt() > 0);

    // Completed means read-only.
    in.marks[0].x = 900;
    CHECK(errorKind([&] { store.save(commands, in); }) == StoreError::Kind::Validation);

    // The cabinet shows the key; the queue lists the car.
    const QList<ShopVehicle> cabinet = store.keyCabinet();
    REQUIRE(cabinet.size() == 1);
    CHECK(cabinet[0].keyTag == QStringLiteral("A07"));
    CHECK(cabinet[0].vehicleLabel.startsWith(q("沪A12345")));
}

TEST_CASE("damage stays with the vehicle until an inspection finds it repaired", "[store][inspection]")
{
    FOR_EACH_BACKEND(backend);
    TestDb t(backend);
    auto db = t.open();
    Commands commands(*db, signedIn(*db, QStringLiteral("wangfang"), {Role::ServiceAdvisor}, q("王芳")));
    const Shop shop = twoCars(commands, *db);
    InspectionStore store(*db);

    const qint64 first = checkIn(commands, *db, shop.vehicle, 30000);
    Inspection in = store.load(first);
    in.marks << newMark("left", 300, 500, "scratch") << newMark("rear", 500, 700, "dent");
    fillRequired(in, "A01");
    store.save(commands, in, true);
    deliver(t, first);

    // Next visit: both marks come back as earlier ones, and must each be confirmed.
    const qint64 second = checkIn(commands, *db, shop.vehicle, 35000);
    in = store.load(second);
    CHECK(in.previousOdometerKm == 35000); // this visit's check-in, above the last visit's 30,000
    REQUIRE(in.marks.size() == 2);
    CHECK_FALSE(in.marks[0].isNew);
    CHECK(in.marks[0].status.isEmpty());
    CHECK(in.marks[0].foundAt.isValid());
    in.marks << newMark("front", 400, 600, "crack", "前挡风玻璃");
    fillRequired(in, "A01"); // the tag is free again: the first visit's key left with the car
    CHECK(errorMessage([&] { store.save(commands, in, true); }).contains(QStringLiteral("2 earlier damage mark")));
    CHECK(store.load(second).id == 0); // refused: nothing was saved, the screen still holds it all
    REQUIRE(in.marks.size() == 3);
    CHECK(in.newMarks().size() == 1);
    in.marks[0].status = QStringLiteral("present");
    in.marks[1].status = QStringLiteral("repaired");
    fillRequired(in, "A01");
    // An earlier mark cannot be removed.
    Inspection removing = in;
    removing.removedMarkIds << in.marks[0].id;
    CHECK(errorKind([&] { store.save(commands, removing); }) == StoreError::Kind::Validation);
    in = store.save(commands, in, true);
    CHECK(in.marks[1].status == QStringLiteral("repaired"));
    deliver(t, second);

    // Third visit: the repaired mark is gone, the other two remain.
    const qint64 third = checkIn(commands, *db, shop.vehicle, 40000);
    in = store.load(third);
    CHECK(in.marks.size() == 2);
    for (const DamageMark &m : in.marks)
        CHECK_FALSE(m.isNew);
    // The counter's vehicle panel lists the same two, with the visit that found each.
    QStringList damage;
    for (const AttentionItem &a : History(*db).load(shop.vehicle, QDate(2026, 11, 22)).attention)
        if (a.kind == AttentionItem::Kind::Damage)
            damage << a.text + QLatin1Char('|') + a.reason;
    CHECK(damage.size() == 2);
    CHECK(damage.contains(InspectionRules::viewName(QStringLiteral("left")) + QStringLiteral(" · ") +
                          InspectionRules::damageKindName(QStringLiteral("scratch")) + QLatin1Char('|')));
    CHECK(damage.contains(InspectionRules::viewName(QStringLiteral("front")) + QStringLiteral(" · ") +
                          InspectionRules::damageKindName(QStringLiteral("crack")) + q("|前挡风玻璃")));

    // The second inspection, looked at again, still shows what it found.
    const Inspection back = store.load(second);
    CHECK(back.marks.size() == 3);
    CHECK(back.newMarks().size() == 1);
}

TEST_CASE("a key tag is on one car in the shop, and the odometer needs a reason to go back", "[store][inspection]")
{
    FOR_EACH_BACKEND(backend);
    TestDb t(backend);
    auto db = t.open();
    Commands commands(*db, signedIn(*db, QStringLiteral("wangfang"), {Role::ServiceAdvisor}, q("王芳")));
    const Shop shop = twoCars(commands, *db);
    InspectionStore store(*db);

    const qint64 a = checkIn(commands, *db, shop.vehicle, 30000);
    Inspection first = store.load(a);
    first.keyTag = QStringLiteral("B12");
    store.save(commands, first);

    const qint64 b = checkIn(commands, *db, shop.otherVehicle, 1000);
    Inspection second = store.load(b);
    second.keyTag = QStringLiteral("b12");
    const QString taken = errorMessage([&] { store.save(commands, second); });
    CHECK(taken.contains(QStringLiteral("B12")));
    CHECK(taken.contains(q("沪A12345")));
    second.keyTag = QStringLiteral("B13");
    second = store.save(commands, second);
    CHECK(store.keyCabinet().size() == 2);

    // A reading lower than the last visit's is refused without a reason, kept with one.
    deliver(t, a);
    const qint64 c = checkIn(commands, *db, shop.vehicle, 30500);
    Inspection third = store.load(c);
    CHECK(third.previousOdometerKm == 30500); // this visit's check-in reading is the one to beat
    third.odometerKm = 1200;
    const QString lower = errorMessage([&] { store.save(commands, third); });
    CHECK(lower.contains(QStringLiteral("30,500")));
    third.odometerReason = q("仪表总成更换");
    fillRequired(third, "B12");
    third = store.save(commands, third, true);
    CHECK(third.odometerKm == 1200);
    CHECK(db->scalar(QStringLiteral("SELECT mileage_km FROM vehicles WHERE id = ?"), {shop.vehicle}).toInt() == 1200);

    // The cluster replaced before the car came in: check-in refuses the lower reading unless the advisor
    // confirms it; the vehicle keeps its reading and the inspection asks why.
    deliver(t, c);
    CheckIn in;
    in.vehicleId = shop.vehicle;
    in.mileageKm = 800;
    in.concerns = QStringList{q("仪表更换后复查")};
    CHECK(errorMessage([&] { Reception(*db).checkIn(commands, in); }).contains(QStringLiteral("1,200")));
    in.lowerMileageConfirmed = true;
    const qint64 d = Reception(*db).checkIn(commands, in).workOrderId;
    CHECK(db->scalar(QStringLiteral("SELECT mileage_km FROM vehicles WHERE id = ?"), {shop.vehicle}).toInt() == 1200);
    Inspection fourth = store.load(d);
    CHECK(fourth.odometerKm == 800);
    CHECK(fourth.previousOdometerKm == 1200);
    fillRequired(fourth, "B14");
    CHECK(InspectionRules::missingForCompletion(fourth).contains(InspectionRules::tr("the reason why the odometer reads less than last time")));
    fourth.odometerReason = q("仪表总成再次更换");
    fourth = store.save(commands, fourth, true);
    CHECK(db->scalar(QStringLiteral("SELECT mileage_km FROM vehicles WHERE id = ?"), {shop.vehicle}).toInt() == 800);
}

TEST_CASE("only advisors and managers inspect, and two stations cannot both start one", "[store][inspection]")
{
    FOR_EACH_BACKEND(backend);
    TestDb t(backend);
    auto db = t.open();
    Commands advisor(*db, signedIn(*db, QStringLiteral("wangfang"), {Role::ServiceAdvisor}, q("王芳")));
    Commands cashier(*db, signedIn(*db, QStringLiteral("liuyang"), {Role::Cashier}, q("刘洋")));
    const Shop shop = twoCars(advisor, *db);
    const qint64 wo = checkIn(advisor, *db, shop.vehicle, 30000);
    InspectionStore store(*db);

    Inspection mine = store.load(wo);
    CHECK(errorKind([&] { store.save(cashier, mine); }) == StoreError::Kind::Forbidden);

    Inspection theirs = store.load(wo); // loaded at another station before either saved
    mine.marks << newMark("left", 100, 100, "scratch");
    store.save(advisor, mine);
    theirs.marks << newMark("right", 100, 100, "dent");
    CHECK(errorKind([&] { store.save(advisor, theirs); }) == StoreError::Kind::Conflict);

    // A stale edit of a saved inspection is a conflict too; the newer data stays.
    Inspection a = store.load(wo);
    Inspection b = store.load(wo);
    a.fuelEighths = 2;
    store.save(advisor, a);
    b.fuelEighths = 7;
    CHECK(errorKind([&] { store.save(advisor, b); }) == StoreError::Kind::Conflict);
    CHECK(store.load(wo).fuelEighths == 2);
    CHECK(store.load(wo).marks.size() == 1);
}

TEST_CASE("one odometer truth: the inspection compares with the check-in and every earlier reading", "[store][inspection]")
{
    FOR_EACH_BACKEND(backend);
    TestDb t(backend);
    auto db = t.open();
    Commands commands(*db, signedIn(*db, QStringLiteral("wangfang"), {Role::ServiceAdvisor}, q("王芳")));
    const Shop shop = twoCars(commands, *db);
    InspectionStore store(*db);
    // An earlier visit at 33,838 km, then the vehicle record at 81,870 km (an import, say).
    const qint64 earlier = checkIn(commands, *db, shop.vehicle, 33838);
    deliver(t, earlier);
    t.rawExec(QStringLiteral("UPDATE vehicles SET mileage_km = 81870, mileage_at = '2026-06-01T00:00:00.000Z' WHERE id = %1")
                  .arg(shop.vehicle));
    CHECK(VehicleStore::latestReading(*db, shop.vehicle).km == 81870);

    // Check-in at 82,350: the inspection's reading of 50,000 is not taken silently.
    const qint64 wo = checkIn(commands, *db, shop.vehicle, 82350);
    const VehicleStore::Reading reading = VehicleStore::latestReading(*db, shop.vehicle);
    CHECK(reading.km == 82350);
    CHECK(reading.at.isValid());
    Inspection in = store.load(wo);
    CHECK(in.previousOdometerKm == 82350);
    in.odometerKm = 50000;
    fillRequired(in, "C01");
    CHECK(errorMessage([&] { store.save(commands, in, true); }).contains(QStringLiteral("82,350")));
    CHECK(db->scalar(QStringLiteral("SELECT mileage_km FROM vehicles WHERE id = ?"), {shop.vehicle}).toInt() == 82350);
    // The right reading goes through, and it is what the counter shows next (History, the reception header).
    in.odometerKm = 82353;
    store.save(commands, in, true);
    CHECK(VehicleStore::latestReading(*db, shop.vehicle).km == 82353);
    CHECK(History(*db).load(shop.vehicle, QDate::currentDate()).odometerKm == 82353);
}
