#pragma once
// A work order's way through the shop, for store tests that need one at a later step.
#include "fixtures.h"

#include "store/customerstore.h"
#include "store/reception.h"
#include "store/settlementstore.h"
#include "store/workorderstore.h"

namespace ddtest
{
using namespace dd;

inline QString q(const char *s)
{
    return QString::fromUtf8(s);
}

inline qint64 checkedInCar(Commands &commands, Database &db, int car = 0)
{
    CustomerStore customers(db);
    Customer c;
    c.name = q("张三");
    c.phones << PhoneNumber{q("13812345678"), true, {}};
    Vehicle v;
    v.ownerId = customers.save(commands, c);
    // Each car its own owner, VIN and plate.
    static const char *const vins[] = {"LSVAU218XN2183294", "LSVAU2181N2183295", "LSVAU2183N2183296"};
    static const char *const plates[] = {"沪A12345", "沪A12346", "沪A12347"};
    v.vin = QString::fromLatin1(vins[car % 3]);
    v.plate = q(plates[car % 3]);
    CheckIn in;
    in.vehicleId = VehicleStore(db).save(commands, v);
    in.mileageKm = 30000;
    in.concerns = QStringList{q("刹车时有异响"), q("空调不凉")};
    return Reception(db).checkIn(commands, in).workOrderId;
}

// What printing the repair authorization records (the printing itself is tested with the documents).
inline void printAuthorization(Commands &commands, const WorkOrder &o)
{
    commands.run(QStringLiteral("document.print"), Permission::PrintDocuments, [&](CommandContext &ctx) {
        WorkOrderStore::recordAuthorizationPrinted(ctx, o.number, o.version);
    });
}

inline WorkOrderLine labor(const char *text, int centiHours)
{
    WorkOrderLine l;
    l.kind = QStringLiteral("labor");
    l.code = QStringLiteral("BRK-01");
    l.description = q(text);
    l.centiHours = centiHours;
    l.rateFen = 36000;
    return l;
}

inline WorkOrderLine part(const char *text, Fen price, const char *source)
{
    WorkOrderLine l;
    l.kind = QStringLiteral("part");
    l.description = q(text);
    l.unitPriceFen = price;
    l.unit = q("套");
    l.partSource = QString::fromLatin1(source);
    return l;
}
// A car being worked on: authorized, handed over and started.
inline WorkOrder inWorkshop(Commands &advisor, Commands &controller, Database &db, int car = 0)
{
    WorkOrderStore store(db);
    const qint64 id = checkedInCar(advisor, db, car);
    WorkOrder o = store.load(id);
    o.type = QStringLiteral("repair");
    o.repairCategory = QStringLiteral("minor");
    o.promisedAt = QDateTime(QDate(2026, 11, 22), QTime(9, 30), Qt::UTC);
    o.lines << labor("更换前刹车片", 80) << part("前刹车片", 45000, "oem");
    o = store.saveEstimate(advisor, o);
    printAuthorization(advisor, o);
    o = store.transition(advisor, id, o.version, QStringLiteral("authorize"));
    o = store.assignTechnician(controller, id, o.version, o.lines[0].id, 0, q("李师傅"));
    o = store.transition(controller, id, o.version, QStringLiteral("dispatch"), {q("赵强"), {}, {}, {}});
    return store.transition(controller, id, o.version, QStringLiteral("start"));
}

// The same car with every concern answered and the quality check passed: ready for settlement.
inline WorkOrder readyForSettlement(Commands &advisor, Commands &controller, Database &db, int car = 0)
{
    WorkOrderStore store(db);
    WorkOrder o = inWorkshop(advisor, controller, db, car);
    QList<Concern> concerns = o.concerns;
    for (Concern &c : concerns)
        c.correction = q("已处理");
    o = store.saveConcerns(controller, o.id, o.version, concerns);
    o = store.transition(controller, o.id, o.version, QStringLiteral("submit_qc"));
    return store.transition(controller, o.id, o.version, QStringLiteral("qc_pass"), {{}, q("孙丽"), {}, {}});
}

// Settles a ready work order, the customer's part in cash, and returns it as stored.
inline WorkOrder settledInCash(Commands &cashier, Database &db, const WorkOrder &o)
{
    SettlementStore settlements(db, fastHasher());
    const SettlementPreview p = settlements.preview(o.id, {}, cashier.session().roles);
    QList<Payment> pay;
    if (p.totals.customerDue() > 0)
        pay << Payment{0, QStringLiteral("cash"), p.totals.customerDue(), p.totals.customerDue(), {}};
    settlements.settle(cashier, o.id, o.version, {}, pay, {});
    return WorkOrderStore(db).load(o.id);
}

// Hands the car over with every pickup item checked.
inline WorkOrder delivered(Commands &advisor, Database &db, const WorkOrder &o)
{
    return DeliveryStore(db).deliver(advisor, o.id, o.version, DeliveryRules::pickupItems(), {});
}

} // namespace ddtest
