#pragma once
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

#include "money.h"
#include "roles.h"
#include "workorder.h"

namespace dd
{

// A discount the cashier grants, each its own line on the statement. Only what the customer pays is
// discounted: warranty, insurance and internal work are billed on their own terms.
struct Discount {
    QString scope = QStringLiteral("order"); // line, order, round_off (抹零)
    qint64 lineId = 0;                       // line discounts: the work-order line
    int basisPoints = 0;                     // a percentage (1000 = 10 %); 0 for an amount
    Fen requestedFen = 0;                    // an amount discount as entered
    Fen amountFen = 0;                       // computed: what it takes off (positive)
    QString description;                     // computed: the line it applies to, or the percentage
};

// One way the amount due was paid. Cash records what was handed over; the change is the difference.
struct Payment {
    qint64 id = 0;
    QString method;      // cash, wechat, alipay, card, account, insurer, warranty_claim, internal
    Fen amountFen = 0;   // what it pays of the amount due (negative on a reversal)
    Fen tenderedFen = 0; // cash: what the customer handed over
    QString reference;   // transaction number, card slip, claim or policy number

    Fen changeFen() const { return tenderedFen > amountFen && amountFen > 0 ? tenderedFen - amountFen : 0; }
};

struct SettlementTotals {
    Fen labor = 0; // gross, every pay type
    Fen parts = 0;
    Fen diagnosis = 0;
    Fen sublet = 0;
    Fen otherCharges = 0;            // materials and anything else
    Fen gross = 0;                   // before discounts
    QMap<QString, Fen> grossByPayer; // customer, warranty, insurance, internal (internal + goodwill)
    Fen lineDiscounts = 0;
    Fen orderDiscount = 0;
    Fen roundOff = 0;
    Fen discounts = 0;             // all three
    Fen total = 0;                 // gross - discounts: the statement's total, tax-inclusive
    Fen vat = 0;                   // contained in total
    QMap<QString, Fen> dueByPayer; // what each payer owes after discounts
    Fen customerDue() const { return dueByPayer.value(QStringLiteral("customer")); }
    // Line and order discounts as a share of what the customer would have paid, in basis points, rounded up.
    int discountBasisPoints() const;
};

// A settlement (结算): the statement's figures, its discounts and its payments. A reversal (冲红) is a second
// settlement with every amount negated, pointing at the one it reverses; nothing is edited or deleted.
struct Settlement {
    qint64 id = 0;
    QString number;
    QString kind = QStringLiteral("settlement"); // settlement, reversal
    qint64 workOrderId = 0;
    QString workOrderNumber;
    QString reversesNumber;   // reversal: the settlement it cancels
    QString reversedByNumber; // settlement: its reversal, if any
    QDateTime settledAt;      // UTC
    QDate businessDate;       // the day close it belongs to
    QString cashierName;
    QString oldParts; // customer_takes, waived, none
    QList<Discount> discounts;
    QList<Payment> payments;
    SettlementTotals totals;
    int vatRateBp = 1300;
    QString approvedBy;   // the manager who approved the discounts or the reversal on the spot
    QDateTime approvedAt; // UTC
    QString reason;       // why the discount was approved, or why it was reversed
};

// Totals of one business day, per cashier and method.
struct DayCloseRow {
    QString cashier;
    QString method;
    int count = 0;
    Fen amountFen = 0;
};
// The cash drawer counted: when a cashier hands the desk over to another (a shift) and at the day close. Every
// count is of the same drawer, so what it should hold is the day's cash payments so far, net of change and
// refunds; over or short needs a reason.
struct CashCount {
    QString kind = QStringLiteral("day"); // shift, day
    QString cashierName;                  // who counted
    QString handedTo;                     // shift: who takes the desk over
    Fen expectedFen = 0;
    Fen countedFen = -1;                  // -1: not counted yet
    QString reason;                       // over or short: why
    QDateTime at;                         // UTC
    Fen overShort() const { return countedFen - expectedFen; } // > 0 over, < 0 short
};
// A discount given on the day, and who approved it: a service manager at the counter, or the cashier within
// their own limit.
struct DiscountGiven {
    QString statement;
    QString workOrder;
    QString cashier;
    QString approvedBy; // "" = within the cashier's own limit
    QString reason;
    Fen amountFen = 0;  // line, order discounts and rounding off together
};
struct DayCloseReport {
    QDate businessDate;
    bool closed = false;
    QDateTime closedAt; // UTC
    QString closedBy;
    int settlements = 0;
    int reversals = 0;
    Fen reversalsFen = 0;                // the reversals' totals (negative)
    Fen totalFen = 0;                    // every statement's total, reversals included
    Fen collectedFen = 0;                // cash, WeChat, Alipay and card, net
    Fen receivableFen = 0;               // new receivables: company accounts, insurers, warranty claims, net
    QList<DayCloseRow> rows;             // per cashier and method
    QList<QPair<QString, Fen>> byMethod; // per method, in the order of SettlementRules::paymentMethods()
    QList<Settlement> list;              // the day's settlements and reversals, in order
    Fen cashExpectedFen = 0;             // the cash the drawer should hold: the day's cash payments, net
    QList<CashCount> counts;             // shift handovers and the day close's count, in order
    QStringList unsettled;               // ready for settlement but not settled: "WO… 沪A12345"
    QList<DiscountGiven> discounts;      // on the day's settlements still standing
    Fen discountsFen = 0;
};

// The settlement's closed code lists, each defined once (codes.h).
enum class PaymentMethod { Cash, WeChat, Alipay, Card, Account, Insurer, WarrantyClaim, Internal };
enum class Payer { Customer, Warranty, Insurance, Internal };
enum class DiscountScope { Line, Order, RoundOff };
enum class CashCountKind { Shift, Day };

class SettlementCodes
{
public:
    static const CodeTable<PaymentMethod, 8> &paymentMethods();
    static const CodeTable<Payer, 4> &payers();
    static const CodeTable<DiscountScope, 3> &discountScopes();
    static const CodeTable<CashCountKind, 2> &cashCountKinds();
};

// The delivery's closed code lists (codes.h).
enum class NotificationKind { Ready, Delay };
enum class NotificationChannel { Phone, Sms, WeChat, InPerson };
enum class PickupItem { Belongings, Keys, OldParts, Documents };

class DeliveryCodes
{
public:
    static const CodeTable<NotificationKind, 2> &notificationKinds();
    static const CodeTable<NotificationChannel, 4> &channels();
    static const CodeTable<PickupItem, 4> &pickupItems();
};

class SettlementRules
{
    Q_DECLARE_TR_FUNCTIONS(dd::SettlementRules)
public:
    static QStringList paymentMethods();
    // A count as it would be recorded: counted, not negative, and over or short only with a reason.
    static Validation checkCashCount(const CashCount &count);
    static QStringList customerMethods(); // what the customer pays with: cash, wechat, alipay, card, account
    static QString methodName(const QString &method);
    // Who a pay type's lines are billed to, and who a method pays for: customer, warranty, insurance,
    // internal.
    static QString payerOf(const QString &payType);
    static QString payerOfMethod(const QString &method);
    static QString payerName(const QString &payer);
    static QStringList payers();
    static QString discountScopeName(const QString &scope);
    static QString oldPartsName(const QString &code); // customer_takes 客户回收, waived 声明放弃, none 无旧件

    // "10%", "10 %", "12.5%" as a percentage, "50", "50.00", "¥50" as an amount; nothing for anything else.
    static std::optional<Discount> parseDiscount(const QString &text, const QString &scope);
    // The statement: gross per kind and payer, the discounts applied in order (lines, then the order, then
    // 抹零 of what is left below one yuan), the total and its VAT. Fills each discount's amount and
    // description.
    static SettlementTotals compute(const QList<WorkOrderLine> &lines, QList<Discount> &discounts,
                                    int vatRateBp);
    // Every problem with the discounts, each named: unknown or not customer-paid lines, percentages outside
    // 0-100 %, amounts above what they apply to, more than one per line, order or round-off.
    static QStringList checkDiscounts(const QList<WorkOrderLine> &lines, const QList<Discount> &discounts);
    // The highest discount the roles may grant alone, in basis points (a service manager: any).
    static int discountLimit(const QList<Role> &roles, int advisorLimitBp, int cashierLimitBp);
    // The payments a settlement needs besides the customer's: the insurer's, the warranty claim and the
    // internal booking, each for what its payer owes.
    static QList<Payment> payerPayments(const SettlementTotals &totals);
    // Every problem with the payments: unknown methods, amounts not positive, cash short of its amount,
    // an account payment for a customer not on account or above the credit left, and the sum per payer not
    // equal to what the payer owes ("still to pay" / "more than due").
    static QStringList checkPayments(const SettlementTotals &totals, const QList<Payment> &payments,
                                     bool onAccount, Fen creditLeftFen);
    // Cash handed over minus what is due in cash.
    static Fen change(const QList<Payment> &payments);
    // A reversal: the same figures, negated.
    static SettlementTotals negated(const SettlementTotals &totals);
    // A reversal: the same payments, negated.
    static QList<Payment> reversed(const QList<Payment> &payments);

    // The day close a settlement made on `localDate` belongs to: that day, or the first later day not closed.
    static QDate businessDate(const QDate &localDate, const QList<QDate> &closedDates);
};

// Delivery: when to call the customer, and what the release notice promises.
class DeliveryRules
{
    Q_DECLARE_TR_FUNCTIONS(dd::DeliveryRules)
public:
    // The customer is told the car is ready 1 hour before the promised time for jobs of up to two days, and
    // 4 hours before for longer ones (counted from the opening of the work order).
    static QDateTime notificationDue(const QDateTime &openedAt, const QDateTime &promisedAt);
    // A delay notification is due once the promise cannot hold: the promised time has come and the car is
    // not ready (or the workshop said so).
    static bool delayNotificationDue(const QString &state, const QDateTime &promisedAt, const QDateTime &now);
    static QStringList notificationKinds(); // ready, delay
    static QString notificationKindName(const QString &kind);
    static QStringList channels(); // phone, sms, wechat, in_person
    static QString channelName(const QString &channel);
    static QStringList pickupItems(); // belongings, keys, old_parts, documents
    static QString pickupItemName(const QString &item);

    // The quality-guarantee period from the completion date (the day itself not counted), whichever of
    // distance or time comes first: the end date and the end mileage.
    static QDate guaranteeEndDate(const QString &repairCategory, const QDate &completed);
    static int guaranteeEndKm(const QString &repairCategory, int odometerOutKm);
    // The next maintenance: the interval added to today's date and odometer.
    static QDate nextMaintenanceDate(const QDate &completed, int intervalMonths);
    static int nextMaintenanceKm(int odometerOutKm, int intervalKm);
};

} // namespace dd
