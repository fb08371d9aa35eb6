#include "fixtures.h"
#include <QLocale>

#include <QSqlQuery>

#include "core/identifiers.h"
#include "store/appointmentstore.h"
#include "store/customerstore.h"
#include "store/history.h"
#include "store/reception.h"
#include "store/workorderstore.h"
#include "store/search.h"
#include "store/searchkeys.h"
#include "store/sql.h"

using namespace dd;
using namespace ddtest;

namespace {
QString q(const char *s) { return QString::fromUtf8(s); }

Customer person(const char *name, const char *phone)
{
    Customer c;
    c.name = q(name);
    c.phones << PhoneNumber{q(phone), true, {}};
    return c;
}

Vehicle car(qint64 owner, const char *vin, const char *plate)
{
    Vehicle v;
    v.ownerId = owner;
    v.vin = q(vin);
    v.plate = q(plate);
    v.brand = q("大众");
    v.series = q("朗逸");
    return v;
}

QStringList plates(const QList<SearchHit> &hits)
{
    QStringList out;
    for (const SearchHit &h : hits)
        out << (h.plate.isEmpty() ? h.customerName : h.plate);
    return out;
}
} // namespace

TEST_CASE("pinyin keys come from ICU's Han-Latin transliteration", "[store][search]")
{
    CHECK(SearchKeys::pinyin(q("张三")) == q("zhangsan"));
    CHECK(SearchKeys::initials(q("张三")) == q("zs"));
    CHECK(SearchKeys::initials(q("李 小龙")) == q("lxl"));
    CHECK(SearchKeys::pinyin(q("上海浦江物流有限公司")) == q("shanghaipujiangwuliuyouxiangongsi"));
    CHECK(SearchKeys::initials(q("Tesla 王")) == q("tw"));
    CHECK(SearchKeys::reversed(q("13812345678")) == q("87654321831"));
}

TEST_CASE("customers and vehicles are validated, saved with history, and never duplicated", "[store][customers]")
{
    FOR_EACH_BACKEND(backend);
    TestDb t(backend);
    auto db = t.open();
    const Session advisor = signedIn(*db, QStringLiteral("wangfang"), {Role::ServiceAdvisor}, q("王芳"));
    Commands commands(*db, advisor);
    CustomerStore customers(*db);
    VehicleStore vehicles(*db);

    Customer zhang = person("张三", "+86 138-1234-5678");
    zhang.followUpConsent = true;
    const qint64 zhangId = customers.save(commands, zhang);
    auto loaded = customers.byId(zhangId);
    REQUIRE(loaded);
    CHECK(loaded->phones.first().number == q("13812345678"));
    CHECK(loaded->followUpConsentAt.isValid());
    CHECK_FALSE(loaded->marketingConsentAt.isValid());
    CHECK(customers.byPhone(q("138 1234 5678")).size() == 1);

    SECTION("a bad phone or an empty name is refused with the reason")
    {
        Customer bad = person("", "1381234567");
        const QString message = errorMessage([&] { customers.save(commands, bad); });
        CHECK(message.contains(q("name")));
        CHECK(message.contains(q("11 digits")));
    }
    SECTION("a company on account needs its tax number")
    {
        Customer co = person("上海浦江物流有限公司", "021-58586688");
        co.kind = Customer::Kind::Company;
        co.onAccount = true;
        co.contacts << ContactPerson{q("刘经理"), q("13900001111"), q("车队主管")};
        CHECK(errorKind([&] { customers.save(commands, co); }) == StoreError::Kind::Validation);
        co.taxNumber = q("91310000MA1FL4T41E");
        const Validation tax = DealershipRules::validateTaxNumber(co.taxNumber);
        if (tax.ok()) {
            const qint64 id = customers.save(commands, co);
            CHECK(customers.byId(id)->contacts.size() == 1);
        }
    }
    SECTION("VIN check digits: refused on Chinese-market VINs, a warning to accept on European ones")
    {
        Vehicle v = car(zhangId, "LGBH52E05KY123456", "沪A12345");
        CHECK(errorMessage([&] { vehicles.save(commands, v); }).contains(q("should be 1")));
        v.vin = q("lgbh52e01ky123456");
        const qint64 id = vehicles.save(commands, v);
        CHECK(vehicles.byId(id)->vin == q("LGBH52E01KY123456"));

        Vehicle euro = car(zhangId, "WVWZZZ1JZXW000001", "沪B67890");
        const QString warning = errorMessage([&] { vehicles.save(commands, euro); });
        CHECK(warning.contains(q("should be 0")));
        euro.vinWarning = warning;
        CHECK(vehicles.save(commands, euro) > 0);
    }
    SECTION("a VIN or plate already on file names the vehicle that holds it")
    {
        vehicles.save(commands, car(zhangId, "LSVAU218XN2183294", "沪A12345"));
        CHECK(vehicles.byPlate(q("沪a·12345")).has_value());
        const QString dupVin = errorMessage([&] { vehicles.save(commands, car(zhangId, "LSVAU218XN2183294", "")); });
        CHECK(dupVin.contains(q("沪A12345")));
        const QString dupPlate = errorMessage([&] { vehicles.save(commands, car(zhangId, "LGBH52E01KY123456", "沪A12345")); });
        CHECK(dupPlate.contains(q("张三")));
    }
    SECTION("a vehicle with no plate needs its VIN; plate and owner changes are kept as history")
    {
        CHECK(errorKind([&] { vehicles.save(commands, car(zhangId, "", "")); }) == StoreError::Kind::Validation);
        const qint64 id = vehicles.save(commands, car(zhangId, "LFV2A21KXA3456789", ""));
        Vehicle v = *vehicles.byId(id);
        v.plate = q("沪AD12345");
        vehicles.save(commands, v);
        const qint64 liId = customers.save(commands, person("李四", "13900002222"));
        v = *vehicles.byId(id);
        v.ownerId = liId;
        vehicles.save(commands, v);
        const auto plates = vehicles.plateHistory(id);
        REQUIRE(plates.size() == 1);
        CHECK(plates.first().plate == q("沪AD12345"));
        const auto owners = vehicles.ownerHistory(id);
        REQUIRE(owners.size() == 2);
        CHECK(owners.at(0).customerName == q("张三"));
        CHECK(owners.at(0).to.isValid());
        CHECK(owners.at(1).customerName == q("李四"));
        CHECK_FALSE(owners.at(1).to.isValid());
    }
    SECTION("a stale edit from another station is refused and names who changed it")
    {
        Customer a = *customers.byId(zhangId);
        Customer b = a;
        a.address = q("浦东新区");
        customers.save(commands, a);
        b.notes = q("prefers mornings");
        CHECK(errorKind([&] { customers.save(commands, b); }) == StoreError::Kind::Conflict);
    }
    SECTION("a cashier may edit customers, a workshop controller may not")
    {
        Commands controller(*db, signedIn(*db, QStringLiteral("zhangwei"), {Role::WorkshopController}));
        CHECK(errorKind([&] { customers.save(controller, person("王五", "13700003333")); })
              == StoreError::Kind::Forbidden);
    }
}

TEST_CASE("one search box finds plates, VIN ends, phone ends, names, pinyin and work orders", "[store][search]")
{
    FOR_EACH_BACKEND(backend);
    TestDb t(backend);
    auto db = t.open();
    Commands commands(*db, signedIn(*db, QStringLiteral("wangfang"), {Role::ServiceAdvisor}, q("王芳")));
    CustomerStore customers(*db);
    VehicleStore vehicles(*db);
    const qint64 zhang = customers.save(commands, person("张三", "13812345678"));
    const qint64 li = customers.save(commands, person("李四光", "13900002222"));
    Customer co = person("上海浦江物流有限公司", "021-58586688");
    co.kind = Customer::Kind::Company;
    const qint64 company = customers.save(commands, co);
    vehicles.save(commands, car(zhang, "LSVAU218XN2183294", "沪A12345"));
    vehicles.save(commands, car(li, "LGBH52E01KY123456", "沪B23456"));
    Search search(*db);

    CHECK(plates(search.find(q("2345"))).contains(q("沪A12345")));
    CHECK(plates(search.find(q("2345"))).contains(q("沪B23456")));
    CHECK(plates(search.find(q("a123"))) == QStringList{q("沪A12345")});
    CHECK(plates(search.find(q("沪"))).size() == 2);
    CHECK(plates(search.find(q("183294"))) == QStringList{q("沪A12345")});     // VIN end
    CHECK(plates(search.find(q("KY123456"))) == QStringList{q("沪B23456")});
    CHECK(plates(search.find(q("5678"))) == QStringList{q("沪A12345")});        // phone end
    CHECK(plates(search.find(q("+86 139 0000 2222"))) == QStringList{q("沪B23456")});
    CHECK(plates(search.find(q("张"))) == QStringList{q("沪A12345")});
    CHECK(plates(search.find(q("zs"))) == QStringList{q("沪A12345")});
    CHECK(plates(search.find(q("zhangsan"))) == QStringList{q("沪A12345")});
    CHECK(plates(search.find(q("ZhangS"))) == QStringList{q("沪A12345")});
    CHECK(plates(search.find(q("lsg"))) == QStringList{q("沪B23456")});
    CHECK(plates(search.find(q("浦江物流"))) == QStringList{q("上海浦江物流有限公司")}); // inside a company name
    CHECK(plates(search.find(q("6688"))) == QStringList{q("上海浦江物流有限公司")});
    CHECK(search.find(q("wangwu")).isEmpty());
    CHECK(search.find(q("   ")).isEmpty());
    CHECK(search.find(q("%_'\"")).isEmpty());
    (void)company;

    // A checked-in vehicle shows its open work order and is found by its number.
    Reception reception(*db);
    CheckIn in;
    in.vehicleId = vehicles.byPlate(q("沪A12345"))->id;
    in.mileageKm = 12000;
    in.concerns = QStringList{q("刹车异响")};
    const CheckInResult wo = reception.checkIn(commands, in);
    const QList<SearchHit> byNumber = search.find(wo.number);
    REQUIRE(byNumber.size() == 1);
    CHECK(byNumber.first().openWorkOrder == wo.number);
    CHECK(byNumber.first().openWorkOrderState == q("draft"));
    CHECK(byNumber.first().lastVisit.isValid());
    CHECK(search.find(wo.number.mid(2)).size() == 1); // the digits alone
}

TEST_CASE("appointments: booking, overbooking warnings, reminder calls, no-shows", "[store][appointments]")
{
    FOR_EACH_BACKEND(backend);
    TestDb t(backend);
    auto db = t.open();
    const QDateTime now = QDateTime(QDate(2026, 11, 22), QTime(9, 0)).toUTC();
    db->setClock([now] { return now; });
    const Session advisor = signedIn(*db, QStringLiteral("wangfang"), {Role::ServiceAdvisor}, q("王芳"));
    Commands commands(*db, advisor);
    CustomerStore customers(*db);
    VehicleStore vehicles(*db);
    AppointmentStore appointments(*db);
    const qint64 zhang = customers.save(commands, person("张三", "13812345678"));
    const qint64 car1 = vehicles.save(commands, car(zhang, "LSVAU218XN2183294", "沪A12345"));
    const qint64 car2 = vehicles.save(commands, car(zhang, "LGBH52E01KY123456", "沪B23456"));
    Sql::exec(db->connection(), QStringLiteral("INSERT INTO bays (code, name, created_at, updated_at, updated_by, "
                                               "updated_station) VALUES ('B1', 'Bay 1', 'x', 'x', 'x', 'x')"));
    const qint64 bay = appointments.bays().first().id;

    Appointment a;
    a.customerId = zhang;
    a.vehicleId = car1;
    a.startsAt = QDateTime(QDate(2026, 11, 23), QTime(10, 0)).toUTC();
    a.durationMin = 90;
    a.advisorId = advisor.userId;
    a.bayId = bay;
    a.concerns = q("10000公里保养");
    a.partsPriceFen = 100000;
    a.depositFen = 40000;
    CHECK(errorMessage([&] { appointments.save(commands, a); }).contains(q("500.00")));
    a.depositFen = 50000;
    const qint64 id = appointments.save(commands, a);
    auto saved = appointments.byId(id);
    REQUIRE(saved);
    CHECK(saved->number.startsWith(q("AP20261122")));
    CHECK(saved->state == q("booked"));

    Appointment b = a;
    b.id = 0;
    b.vehicleId = car2;
    b.startsAt = QDateTime(QDate(2026, 11, 23), QTime(11, 0)).toUTC();
    const QStringList warnings = appointments.overbooking(b);
    CHECK(warnings.size() == 2); // the bay and the advisor
    CHECK(warnings.join(QLatin1Char(' ')).contains(q("沪A12345")));

    Appointment past = a;
    past.startsAt = now.addSecs(-3600);
    CHECK(errorKind([&] { appointments.save(commands, past); }) == StoreError::Kind::Validation);

    const QDate tomorrow(2026, 11, 23);
    CHECK(appointments.toConfirm(tomorrow).size() == 1);
    appointments.logCall(commands, id, q("no_answer"), {});
    CHECK(appointments.toConfirm(tomorrow).size() == 1);
    appointments.logCall(commands, id, q("confirmed"), q("会准时到"));
    CHECK(appointments.toConfirm(tomorrow).isEmpty());
    const auto calls = appointments.calls(id);
    REQUIRE(calls.size() == 2);
    CHECK(calls.at(1).by == q("王芳"));
    CHECK(calls.at(1).result == q("confirmed"));
    CHECK(appointments.byId(id)->state == q("confirmed"));

    // No-show only once the time has passed.
    CHECK(errorKind([&] { appointments.markNoShow(commands, id, appointments.byId(id)->version); })
          == StoreError::Kind::Validation);
    db->setClock([] { return QDateTime(QDate(2026, 11, 23), QTime(18, 0)).toUTC(); });
    appointments.markNoShow(commands, id, appointments.byId(id)->version);
    CHECK(appointments.byId(id)->state == q("no_show"));
    CHECK(errorKind([&] { appointments.cancel(commands, id, appointments.byId(id)->version, q("x")); })
          == StoreError::Kind::Validation);

    // Issue 17 point 1: late within the grace time, then recorded as a no-show, all of the day's at once.
    Appointment c = a;
    c.id = 0;
    c.vehicleId = car2;
    c.startsAt = QDateTime(QDate(2026, 11, 24), QTime(9, 0)).toUTC();
    const qint64 cid = appointments.save(commands, c);
    db->setClock([] { return QDateTime(QDate(2026, 11, 24), QTime(9, 20)).toUTC(); });
    CHECK(AppointmentRules::lateness(*appointments.byId(cid), db->now(), 30).kind == Lateness::Kind::Late);
    CHECK(appointments.recordNoShows(commands, QDate(2026, 11, 24), 30) == 0);
    CHECK(appointments.byId(cid)->state == q("booked"));
    db->setClock([] { return QDateTime(QDate(2026, 11, 24), QTime(9, 45)).toUTC(); });
    CHECK(AppointmentRules::lateness(*appointments.byId(cid), db->now(), 30).kind == Lateness::Kind::NoShowDue);
    CHECK(appointments.recordNoShows(commands, QDate(2026, 11, 24), 30) == 1);
    CHECK(appointments.byId(cid)->state == q("no_show"));
    CHECK(db->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE command = 'appointment.no_show' AND record_id = ?"),
                     {QString::number(cid)})
              .toInt() == 1);
}

TEST_CASE("arrival, greeting and check-in open a draft work order with the concerns", "[store][reception]")
{
    FOR_EACH_BACKEND(backend);
    TestDb t(backend);
    auto db = t.open();
    QDateTime now = QDateTime(QDate(2026, 11, 22), QTime(9, 0)).toUTC();
    db->setClock([&now] { return now; });
    const Session advisor = signedIn(*db, QStringLiteral("wangfang"), {Role::ServiceAdvisor}, q("王芳"));
    Commands commands(*db, advisor);
    CustomerStore customers(*db);
    VehicleStore vehicles(*db);
    AppointmentStore appointments(*db);
    Reception reception(*db);
    const qint64 zhang = customers.save(commands, person("张三", "13812345678"));
    Vehicle v = car(zhang, "LSVAU218XN2183294", "沪A12345");
    v.mileageKm = 10000;
    const qint64 carId = vehicles.save(commands, v);
    Appointment a;
    a.customerId = zhang;
    a.vehicleId = carId;
    a.startsAt = now.addSecs(3600);
    a.concerns = q("保养");
    const qint64 appointmentId = appointments.save(commands, a);

    CHECK(errorKind([&] { reception.arrive(commands, q("申A12345")); }) == StoreError::Kind::Validation);
    const qint64 visitId = reception.arrive(commands, q("沪a 12345"));
    auto arrival = reception.visit(visitId);
    REQUIRE(arrival);
    CHECK(arrival->vehicleId == carId);
    CHECK(arrival->appointmentId == appointmentId);
    CHECK(arrival->state == q("waiting"));

    now = now.addSecs(150);
    reception.startReception(commands, visitId, arrival->version);
    arrival = reception.visit(visitId);
    CHECK(arrival->advisorName == q("王芳"));
    CHECK(arrival->waitSeconds(now) == 150);
    CHECK(Reception::averageGreetingSeconds(reception.board(QDate(2026, 11, 22))) == 150);
    CHECK(errorKind([&] { reception.startReception(commands, visitId, arrival->version); })
          == StoreError::Kind::Conflict);

    CheckIn in;
    in.visitId = visitId;
    in.vehicleId = carId;
    in.appointmentId = appointmentId;
    in.dropOffName = q("张小明");
    in.dropOffPhone = q("13700001111");
    in.mileageKm = 9000;
    in.concerns = QStringList{q("冷车启动时有异响"), q(""), q("空调不凉")};
    const QString lower = errorMessage([&] { reception.checkIn(commands, in); });
    CHECK(lower.contains(QLocale().toString(10000))); // the last reading, as the user's locale writes it
    in.mileageKm = 15000;
    const CheckInResult wo = reception.checkIn(commands, in);
    CHECK(wo.number == q("WO202611220001"));
    const auto drafts = reception.workOrders(q("draft"));
    REQUIRE(drafts.size() == 1);
    CHECK(drafts.first().plate == q("沪A12345"));
    CHECK(drafts.first().customerName == q("张三"));
    const auto concerns = WorkOrderStore(*db).load(wo.workOrderId).concerns;
    REQUIRE(concerns.size() == 2);
    CHECK(concerns.at(0).text == q("冷车启动时有异响"));
    CHECK(appointments.byId(appointmentId)->state == q("arrived"));
    CHECK(vehicles.byId(carId)->mileageKm == 15000);
    CHECK(reception.visit(visitId)->state == q("checked_in"));
    CHECK(Sql::scalar(db->connection(), QStringLiteral("SELECT booked FROM work_orders")).toInt() == 1);
    CHECK(Sql::scalar(db->connection(), QStringLiteral("SELECT drop_off_name FROM work_orders")).toString() == q("张小明"));

    // A second check-in of the same car points at the open work order.
    in.visitId = 0;
    in.appointmentId = 0;
    CHECK(errorMessage([&] { reception.checkIn(commands, in); }).contains(wo.number));

    // The history panel shows the visit and what must resurface.
    Sql::exec(db->connection(), QStringLiteral("INSERT INTO work_order_lines (work_order_id, position, kind, description, "
                                               "amount_fen, status, reason, due_date) VALUES (?, 1, 'part', ?, 68000, "
                                               "'deferred', ?, '2027-01-31')"),
              {wo.workOrderId, q("更换前刹车片"), q("下次保养时再换")});
    Sql::exec(db->connection(), QStringLiteral("INSERT INTO work_order_lines (work_order_id, position, kind, description, "
                                               "amount_fen, status) VALUES (?, 2, 'labor', ?, 20000, 'approved')"),
              {wo.workOrderId, q("检查冷启动异响")});
    History history(*db);
    const VehicleHistory h = history.load(carId, QDate(2026, 11, 22));
    CHECK(h.ownerName == q("张三"));
    REQUIRE(h.visits.size() == 1);
    CHECK(h.visits.first().items == QStringList{q("检查冷启动异响")});
    CHECK(h.visits.first().advisor == q("王芳"));
    CHECK(h.visits.first().mileageKm == 15000);
    REQUIRE(h.attention.size() == 1);
    CHECK(h.attention.first().kind == AttentionItem::Kind::Deferred);
    CHECK(h.attention.first().reason == q("下次保养时再换"));
    CHECK(h.attention.first().origin == wo.number);
}

TEST_CASE("checking in a car already on the arrivals board takes its open arrival, never a second one", "[store][reception]")
{
    FOR_EACH_BACKEND(backend);
    TestDb t(backend);
    auto db = t.open();
    QDateTime now = QDateTime(QDate(2026, 11, 22), QTime(9, 0)).toUTC();
    db->setClock([&now] { return now; });
    const Session advisor = signedIn(*db, QStringLiteral("wangfang"), {Role::ServiceAdvisor}, q("王芳"));
    Commands commands(*db, advisor);
    Reception reception(*db);
    const qint64 zhang = CustomerStore(*db).save(commands, person("张三", "13812345678"));
    const qint64 carId = VehicleStore(*db).save(commands, car(zhang, "LSVAU218XN2183294", "沪A12345"));
    const qint64 other = CustomerStore(*db).save(commands, person("李四", "13912345678"));
    const qint64 walkIn = VehicleStore(*db).save(commands, car(other, "LGBH52E01KY123456", "沪B55555"));

    const qint64 visitId = reception.arrive(commands, q("沪A12345"));
    now = now.addSecs(120);
    reception.startReception(commands, visitId, reception.visit(visitId)->version);

    // Checked in from the opened vehicle (no arrival named): the arrival on the board is the one checked in.
    CheckIn in;
    in.vehicleId = carId;
    in.mileageKm = 12000;
    in.concerns = {q("保养")};
    const CheckInResult wo = reception.checkIn(commands, in);
    const QList<Arrival> board = reception.board(QDate(2026, 11, 22));
    REQUIRE(board.size() == 1);
    CHECK(board.first().visitId == visitId);
    CHECK(board.first().state == q("checked_in"));
    CHECK(board.first().workOrderId == wo.workOrderId);

    // A walk-in checked in straight at the counter gets its arrival, but no 0:00 greeting in the average.
    in.vehicleId = walkIn;
    reception.checkIn(commands, in);
    REQUIRE(reception.board(QDate(2026, 11, 22)).size() == 2);
    CHECK(Reception::averageGreetingSeconds(reception.board(QDate(2026, 11, 22))) == 120);
}

