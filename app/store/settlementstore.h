#pragma once
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <optional>

#include "commands.h"
#include "core/settlement.h"
#include "passwordhasher.h"

namespace dd
{

// A ready work order waiting at the cashier desk.
struct CashierQueueRow {
    qint64 workOrderId = 0;
    QString number;
    QString plate;
    QString model;
    QString customerName;
    QString advisorName;
    QDateTime promisedAt;     // UTC
    Fen customerGrossFen = 0; // what the customer pays before any discount
};

// A company account (挂账): the limit and what stands open on it.
struct CustomerCredit {
    bool onAccount = false;
    Fen limitFen = 0;
    Fen openFen = 0; // account payments not yet collected (net of reversals)
    Fen leftFen() const { return limitFen - openFen; }
};

// What the cashier sees before settling: the work order, the statement's figures with the discounts asked
// for, the payments the other payers make, and the customer's account.
struct SettlementPreview {
    WorkOrder order;
    QString customerName;
    QString plate;
    SettlementTotals totals;
    QList<Discount> discounts; // with their amounts
    QStringList discountProblems;
    QList<Payment> payerPayments; // insurer, warranty claim, internal
    CustomerCredit credit;
    QString oldParts;           // from the inspection: customer_takes, waived, none
    int discountLimitBp = 0;    // what the signed-in user may grant alone
    bool needsApproval = false; // the discounts are above it
};

// A service manager's approval given at the counter with their own name and password.
struct ManagerApproval {
    QString login;
    QString password;
    QString reason;
};

// The cashier desk: the queue, settlement with discounts and payments in one command that locks the work
// order, reversal (冲红) by a service manager, and the day close.
class SettlementStore
{
    Q_DECLARE_TR_FUNCTIONS(dd::SettlementStore)
public:
    SettlementStore(Database &db, const PasswordHasher &hasher) : m_db(db), m_hasher(&hasher) {}
    // Reading only (reports, forms): approvals need the hasher.
    explicit SettlementStore(Database &db) : m_db(db) {}

    // Work orders ready for settlement, the earliest promise first.
    QList<CashierQueueRow> queue();
    // What was scanned or typed: a work-order number (WO…) or a settlement number (ST…), with or without
    // spaces and in any case. The work order's id, or nothing.
    std::optional<qint64> findWorkOrder(const QString &scanned);
    SettlementPreview preview(qint64 workOrderId, const QList<Discount> &discounts, const QList<Role> &roles);
    CustomerCredit credit(qint64 customerId);

    // Settles a ready work order: statement number, discounts, the customer's payments plus the other
    // payers', and the work order locked as settled, in one command. Discounts above the user's limit need
    // `approval` by a service manager (a manager signed in approves their own). Refused with every problem
    // named.
    Settlement settle(Commands &commands, qint64 workOrderId, int version, const QList<Discount> &discounts,
                      const QList<Payment> &customerPayments, const QString &oldParts,
                      const std::optional<ManagerApproval> &approval = std::nullopt);
    // Reverses a settlement (冲红): a second settlement with every amount negated, the reason and the manager
    // who authorized it; the work order goes back to ready for a new settlement. Not after delivery.
    Settlement reverse(Commands &commands, qint64 settlementId, const QString &reason,
                       const std::optional<ManagerApproval> &approval = std::nullopt);

    // The same inside a caller's command (the demo), with the approving manager already known; return the new id.
    qint64 settleIn(CommandContext &ctx, qint64 workOrderId, int version, const QList<Discount> &discounts,
                    const QList<Payment> &customerPayments, const QString &oldParts, QString approver, const QString &reason);
    qint64 reverseIn(CommandContext &ctx, qint64 settlementId, const QString &reason, const QString &approver);

    Settlement load(qint64 id);
    std::optional<Settlement> byNumber(const QString &number);
    // The work order's settlements and reversals, oldest first.
    QList<Settlement> forWorkOrder(qint64 workOrderId);
    // The settlement in force (not reversed), if any.
    std::optional<Settlement> current(qint64 workOrderId);

    // The day a settlement made now would belong to.
    QDate openBusinessDate(const QDate &localToday);
    DayCloseReport dayReport(const QDate &businessDate);
    // Closes a business day with the cash counted (over or short needs a reason): refused when it is closed
    // already or still to come, and, unless acknowledged, while cars ready for settlement are not settled.
    DayCloseReport closeDay(Commands &commands, const QDate &businessDate, Fen countedFen, const QString &reason,
                            bool unsettledAcknowledged);
    // A cashier hands the desk over to another: the drawer counted, over or short with its reason.
    DayCloseReport handOverShift(Commands &commands, const QDate &businessDate, Fen countedFen, const QString &reason,
                                 const QString &handedTo);
    // The cash the drawer should hold for the day: its cash payments, net of change and refunds.
    Fen cashExpected(const QDate &businessDate);
    QList<QDate> closedDates();
    // The report as CSV (UTF-8 with BOM, for Excel): per cashier and method, then each settlement.
    static QByteArray csv(const DayCloseReport &report);

private:
    void recordCount(CommandContext &ctx, const QDate &businessDate, CashCount count);
    // The approving manager's name: the signed-in user when a manager, else the one whose name and password
    // were entered (checked like a sign-in, before the command, so wrong passwords are counted).
    QString approve(const Session &session, const std::optional<ManagerApproval> &approval,
                    const QString &what);
    static void writePayments(CommandContext &ctx, qint64 settlementId, const QList<Payment> &payments);
    // The settlement row (numbered now, in today's open business day) with its discount lines.
    qint64 insertSettlement(CommandContext &ctx, const Settlement &s, qint64 customerId, qint64 reversesId);

    Database &m_db;
    const PasswordHasher *m_hasher = nullptr;
};

// Delivery: telling the customer, the pickup checklist and the time the car left.
struct DeliveryNotification {
    QString kind;    // ready, delay
    QString channel; // phone, sms, wechat, in_person
    QDateTime at;    // UTC
    QString by;
    QString reason;          // delay: why; also the apology given
    QDateTime newPromisedAt; // delay: the new promise (UTC)
};

class DeliveryStore
{
    Q_DECLARE_TR_FUNCTIONS(dd::DeliveryStore)
public:
    explicit DeliveryStore(Database &db) : m_db(db) {}
    // Logs a notification; a delay with a new promised time moves the work order's promise.
    void notify(Commands &commands, qint64 workOrderId, const DeliveryNotification &n);
    QList<DeliveryNotification> notifications(qint64 workOrderId);
    // Hands the car over: needs the settlement and every pickup item checked; records the delivered time and,
    // when read (>= 0), the odometer as the car leaves (not below the check-in reading).
    WorkOrder deliver(Commands &commands, qint64 workOrderId, int version, const QStringList &pickedUp,
                      const QString &remarks, int odometerOutKm = -1);

private:
    Database &m_db;
};

} // namespace dd
