#include <catch2/catch.hpp>

#include "core/settlement.h"

using namespace dd;

namespace
{
QString q(const char *s)
{
    return QString::fromUtf8(s);
}

WorkOrderLine line(qint64 id, const char *kind, Fen amountFen, const char *payType = "customer",
                   const char *otherKind = "")
{
    WorkOrderLine l;
    l.id = id;
    l.kind = QString::fromLatin1(kind);
    l.otherKind = QString::fromLatin1(otherKind);
    l.description = QStringLiteral("line %1").arg(id);
    l.payType = QString::fromLatin1(payType);
    if (l.kind == QLatin1String("labor")) {
        l.rateFen = amountFen; // one hour
        l.centiHours = 100;
    } else {
        l.unitPriceFen = amountFen;
    }
    return l;
}

// Labor 270.00 and parts 182.00 and a diagnosis 50.00 for the customer; a warranty part 300.00; an internal
// check 20.00; a declined line that never counts.
QList<WorkOrderLine> visit()
{
    WorkOrderLine l1 = line(1, "labor", 18000);
    l1.centiHours = 150; // 1.5 h at 180.00
    WorkOrderLine l2 = line(2, "part", 4550);
    l2.quantityMilli = 4000; // 4 x 45.50
    WorkOrderLine declined = line(6, "part", 99900);
    declined.status = QStringLiteral("declined");
    return {l1,
            l2,
            line(3, "other", 5000, "customer", "diagnosis"),
            line(4, "part", 30000, "warranty"),
            line(5, "labor", 2000, "internal"),
            declined};
}

Discount discount(const char *scope, qint64 lineId, int bp, Fen amount)
{
    Discount d;
    d.scope = QString::fromLatin1(scope);
    d.lineId = lineId;
    d.basisPoints = bp;
    d.requestedFen = amount;
    return d;
}

Payment pay(const char *method, Fen amount, Fen tendered = 0)
{
    return Payment{0, QString::fromLatin1(method), amount, tendered, {}};
}
} // namespace

TEST_CASE(
    "the statement's figures: gross per kind and payer, discounts in order, VAT from the tax-inclusive total",
    "[core][settlement][money]")
{
    struct Row {
        const char *name;
        QList<Discount> discounts;
        Fen lineDiscounts, orderDiscount, roundOff, customerDue, discountBp;
    };
    const QList<Row> rows{
        {"no discount", {}, 0, 0, 0, 50200, 0},
        {"10 % off the labor line", {discount("line", 1, 1000, 0)}, 2700, 0, 0, 47500, 538},
        {"5.00 off the parts line", {discount("line", 2, 0, 500)}, 500, 0, 0, 49700, 100},
        {"5 % off the order, half-up to the fen", {discount("order", 0, 500, 0)}, 0, 2510, 0, 47690, 500},
        {"2.35 off the order, then 抹零 of the 0.65 left",
         {discount("order", 0, 0, 235), discount("round_off", 0, 0, 0)},
         0,
         235,
         65,
         49900,
         47},
        {"line then order: the order's percentage is of what is left",
         {discount("order", 0, 1000, 0), discount("line", 1, 1000, 0)},
         2700,
         4750,
         0,
         42750,
         1485},
        {"抹零 of a whole amount takes nothing", {discount("round_off", 0, 0, 0)}, 0, 0, 0, 50200, 0},
        {"an order discount never goes below zero", {discount("order", 0, 0, 999999)}, 0, 50200, 0, 0, 10000},
    };
    for (const Row &r : rows) {
        INFO(r.name);
        QList<Discount> d = r.discounts;
        const SettlementTotals t = SettlementRules::compute(visit(), d, 1300);
        CHECK(t.labor == 27000 + 2000);
        CHECK(t.parts == 18200 + 30000);
        CHECK(t.diagnosis == 5000);
        CHECK(t.gross == 82200);
        CHECK(t.grossByPayer.value(QStringLiteral("customer")) == 50200);
        CHECK(t.grossByPayer.value(QStringLiteral("warranty")) == 30000);
        CHECK(t.grossByPayer.value(QStringLiteral("internal")) == 2000);
        CHECK(t.lineDiscounts == r.lineDiscounts);
        CHECK(t.orderDiscount == r.orderDiscount);
        CHECK(t.roundOff == r.roundOff);
        CHECK(t.customerDue() == r.customerDue);
        CHECK(t.discountBasisPoints() == r.discountBp);
        CHECK(t.total == t.gross - t.discounts);
        CHECK(t.total == r.customerDue + 30000 + 2000); // warranty and internal are never discounted
        CHECK(t.vat == money::vatIncluded(t.total, 1300));
        Fen sum = 0;
        for (const Discount &x : d)
            sum += x.amountFen;
        CHECK(sum == t.discounts);
    }
}

TEST_CASE("VAT contained in tax-inclusive amounts, and percentages, rounded half-up to the fen",
          "[core][settlement][money]")
{
    struct Row {
        Fen inclusive;
        int bp;
        Fen vat;
    };
    for (const Row &r : QList<Row>{{11300, 1300, 1300},
                                   {100, 1300, 12},
                                   {1, 1300, 0},
                                   {82200, 1300, 9457},
                                   {-82200, 1300, -9457},
                                   {10600, 600, 600},
                                   {0, 1300, 0}}) {
        INFO(r.inclusive << " at " << r.bp);
        CHECK(money::vatIncluded(r.inclusive, r.bp) == r.vat);
    }
    struct Pct {
        Fen amount;
        int bp;
        Fen result;
    };
    for (const Pct &p : QList<Pct>{{333, 1000, 33},
                                   {335, 1000, 34},
                                   {-335, 1000, -34},
                                   {50200, 500, 2510},
                                   {1, 5000, 1},
                                   {1, 4999, 0}}) {
        INFO(p.amount << " x " << p.bp);
        CHECK(money::percentOf(p.amount, p.bp) == p.result);
    }
}

TEST_CASE("discounts that cannot be given are named", "[core][settlement]")
{
    struct Row {
        const char *name;
        QList<Discount> discounts;
        const char *problem;
    };
    const QList<Row> rows{
        {"warranty line", {discount("line", 4, 1000, 0)}, "only what the customer pays"},
        {"declined line", {discount("line", 6, 1000, 0)}, "not on the statement"},
        {"two on one line",
         {discount("line", 1, 1000, 0), discount("line", 1, 0, 100)},
         "more than one discount"},
        {"two on the order",
         {discount("order", 0, 1000, 0), discount("order", 0, 0, 100)},
         "more than one discount"},
        {"over 100 %", {discount("order", 0, 12000, 0)}, "not between 0 and 100"},
        {"nothing", {discount("order", 0, 0, 0)}, "above zero"},
        {"more than the line", {discount("line", 2, 0, 20000)}, "more than the line"},
        {"rounded twice", {discount("round_off", 0, 0, 0), discount("round_off", 0, 0, 0)}, "more than once"},
    };
    for (const Row &r : rows) {
        INFO(r.name);
        const QStringList p = SettlementRules::checkDiscounts(visit(), r.discounts);
        REQUIRE(p.size() == 1);
        CHECK(p.first().contains(QString::fromLatin1(r.problem)));
    }
    CHECK(
        SettlementRules::checkDiscounts(visit(), {discount("line", 1, 1000, 0), discount("order", 0, 0, 100),
                                                  discount("round_off", 0, 0, 0)})
            .isEmpty());
}

TEST_CASE("the discount a role may grant alone", "[core][settlement]")
{
    CHECK(SettlementRules::parseDiscount(QStringLiteral("10%"), QStringLiteral("order"))->basisPoints == 1000);
    CHECK(SettlementRules::parseDiscount(q(" 12.5 ％"), QStringLiteral("order"))->basisPoints == 1250);
    CHECK(SettlementRules::parseDiscount(QStringLiteral("50"), QStringLiteral("line"))->requestedFen == 5000);
    CHECK(SettlementRules::parseDiscount(q("¥20.50"), QStringLiteral("line"))->requestedFen == 2050);
    CHECK_FALSE(SettlementRules::parseDiscount(QStringLiteral("0%"), QStringLiteral("order")));
    CHECK_FALSE(SettlementRules::parseDiscount(QStringLiteral("ten"), QStringLiteral("order")));
    CHECK_FALSE(SettlementRules::parseDiscount(QStringLiteral("-5"), QStringLiteral("order")));
    CHECK(SettlementRules::discountLimit({Role::Cashier}, 500, 300) == 300);
    CHECK(SettlementRules::discountLimit({Role::ServiceAdvisor}, 500, 300) == 500);
    CHECK(SettlementRules::discountLimit({Role::Cashier, Role::ServiceAdvisor}, 500, 300) == 500);
    CHECK(SettlementRules::discountLimit({Role::ServiceManager}, 500, 300) == 10000);
    CHECK(SettlementRules::discountLimit({Role::WorkshopController, Role::Administrator}, 500, 300) == 0);
}

TEST_CASE("split payments sum to what each payer owes, cash gives change, accounts stay within credit",
          "[core][settlement][money]")
{
    QList<Discount> none;
    const SettlementTotals t =
        SettlementRules::compute(visit(), none, 1300); // customer 502.00, warranty 300.00, internal 20.00
    const QList<Payment> others = SettlementRules::payerPayments(t);
    REQUIRE(others.size() == 2);
    CHECK(others[0].method == QStringLiteral("warranty_claim"));
    CHECK(others[0].amountFen == 30000);
    CHECK(others[1].method == QStringLiteral("internal"));
    CHECK(others[1].amountFen == 2000);

    struct Row {
        const char *name;
        QList<Payment> customer;
        bool onAccount;
        Fen creditLeft;
        const char *problem; // empty: fine
        Fen change;
    };
    const QList<Row> rows{
        {"cash with change", {pay("cash", 50200, 60000)}, false, 0, "", 9800},
        {"cash, WeChat and card",
         {pay("cash", 20000, 20000), pay("wechat", 20200), pay("card", 10000)},
         false,
         0,
         "",
         0},
        {"exact cash without tendered amount", {pay("cash", 50200)}, false, 0, "", 0},
        {"alipay and the company account", {pay("alipay", 200), pay("account", 50000)}, true, 50000, "", 0},
        {"short", {pay("wechat", 50000)}, false, 0, "2.00 still to pay", 0},
        {"too much", {pay("card", 50300)}, false, 0, "1.00 more than due", 0},
        {"cash handed over is less", {pay("cash", 50200, 50000)}, false, 0, "less than", 0},
        {"no account", {pay("account", 50200)}, false, 0, "no company account", 0},
        {"above the credit", {pay("account", 50200)}, true, 50000, "credit", 0},
        {"zero amount", {pay("wechat", 0), pay("cash", 50200)}, false, 0, "above zero", 0},
        {"unknown method", {pay("bitcoin", 50200)}, false, 0, "Unknown payment method", 0},
    };
    for (const Row &r : rows) {
        INFO(r.name);
        QList<Payment> all = r.customer;
        all << others;
        const QStringList p = SettlementRules::checkPayments(t, all, r.onAccount, r.creditLeft);
        if (*r.problem == 0) {
            CHECK(p.isEmpty());
            Fen sum = 0;
            for (const Payment &x : all)
                sum += x.amountFen;
            CHECK(sum == t.total); // the payments sum to the amount due
        } else {
            REQUIRE_FALSE(p.isEmpty());
            CHECK(p.join(QLatin1Char(' ')).contains(QString::fromLatin1(r.problem)));
        }
        CHECK(SettlementRules::change(r.customer) == r.change);
    }
    // The other payers' part is not left out.
    CHECK(SettlementRules::checkPayments(t, {pay("cash", 50200)}, false, 0)
              .join(QLatin1Char(' '))
              .contains(SettlementRules::payerName(QStringLiteral("warranty"))));
}

TEST_CASE("a reversal negates every payment: settlement and reversal net to zero",
          "[core][settlement][money]")
{
    const QList<Payment> payments{pay("cash", 20000, 30000), pay("wechat", 30200),
                                  pay("warranty_claim", 30000)};
    const QList<Payment> back = SettlementRules::reversed(payments);
    REQUIRE(back.size() == payments.size());
    Fen net = 0;
    for (int i = 0; i < payments.size(); ++i) {
        CHECK(back[i].method == payments[i].method);
        net += payments[i].amountFen + back[i].amountFen;
    }
    CHECK(net == 0);
    CHECK(SettlementRules::change(back) == 0); // no change is handed back on a reversal
}

TEST_CASE("settlements after the day close go to the next open day", "[core][settlement]")
{
    const QDate d(2026, 11, 22);
    CHECK(SettlementRules::businessDate(d, {}) == d);
    CHECK(SettlementRules::businessDate(d, {QDate(2026, 11, 21)}) == d);
    CHECK(SettlementRules::businessDate(d, {QDate(2026, 11, 21), d}) == d.addDays(1));
    CHECK(SettlementRules::businessDate(d, {d, d.addDays(1)}) == d.addDays(2));
}

TEST_CASE("delivery: when to call, the guarantee period and the next service", "[core][settlement][delivery]")
{
    const QDateTime opened(QDate(2026, 11, 22), QTime(1, 0), Qt::UTC);
    CHECK(DeliveryRules::notificationDue(opened, opened.addSecs(8 * 3600)) == opened.addSecs(7 * 3600));
    CHECK(DeliveryRules::notificationDue(opened, opened.addDays(2)) == opened.addDays(2).addSecs(-3600));
    CHECK(DeliveryRules::notificationDue(opened, opened.addDays(3)) == opened.addDays(3).addSecs(-4 * 3600));
    CHECK_FALSE(DeliveryRules::notificationDue(opened, {}).isValid());
    CHECK(DeliveryRules::delayNotificationDue(QStringLiteral("in_progress"), opened, opened.addSecs(60)));
    CHECK_FALSE(DeliveryRules::delayNotificationDue(QStringLiteral("ready"), opened, opened.addSecs(60)));
    CHECK_FALSE(
        DeliveryRules::delayNotificationDue(QStringLiteral("in_progress"), opened, opened.addSecs(-60)));

    struct Row {
        const char *category;
        QDate end;
        int endKm;
    };
    const QDate done(2026, 11, 22);
    for (const Row &r : QList<Row>{{"major", QDate(2027, 3, 2), 50000},
                                   {"level2", QDate(2026, 12, 22), 35000},
                                   {"minor", QDate(2026, 12, 2), 32000}}) {
        INFO(r.category);
        CHECK(DeliveryRules::guaranteeEndDate(QString::fromLatin1(r.category), done) == r.end);
        CHECK(DeliveryRules::guaranteeEndKm(QString::fromLatin1(r.category), 30000) == r.endKm);
    }
    CHECK(DeliveryRules::guaranteeEndKm(QStringLiteral("minor"), -1) == -1);
    CHECK(DeliveryRules::nextMaintenanceDate(done, 6) == QDate(2027, 5, 22));
    CHECK(DeliveryRules::nextMaintenanceKm(30000, 5000) == 35000);
    CHECK(SettlementRules::oldPartsName(QStringLiteral("customer_takes")) !=
          SettlementRules::oldPartsName(QStringLiteral("none")));
    (void)q;
}
