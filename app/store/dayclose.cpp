#include "settlementstore.h"
#include "settlementrows.h"

#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

#include "core/csv.h"
#include "dealershipstore.h"
#include "sequences.h"
#include "sql.h"
#include "users.h"
#include "workorderstore.h"

// The business day at the cashier desk: which days are closed, the day's report, closing it, and its CSV.
namespace dd {

using namespace settlementrows;

QList<QDate> SettlementStore::closedDates()
{
    QList<QDate> dates;
    QSqlQuery q = m_db.query(QStringLiteral("SELECT business_date FROM day_closes ORDER BY business_date"));
    while (q.next())
        dates << QDate::fromString(q.value(0).toString(), Qt::ISODate);
    return dates;
}

QDate SettlementStore::openBusinessDate(const QDate &localToday)
{
    return SettlementRules::businessDate(localToday, closedDates());
}

DayCloseReport SettlementStore::dayReport(const QDate &businessDate)
{
    DayCloseReport r;
    r.businessDate = businessDate;
    const QString day = businessDate.toString(Qt::ISODate);
    QSqlQuery c = m_db.query(
        QStringLiteral("SELECT closed_at, closed_by FROM day_closes WHERE business_date = ?"), {day});
    if (c.next()) {
        r.closed = true;
        r.closedAt = Sql::fromDb(c.value(0));
        r.closedBy = c.value(1).toString();
    }
    QSqlQuery q = m_db.query(
        QStringLiteral("SELECT %1 FROM settlements s JOIN work_orders w ON w.id = s.work_order_id WHERE "
                       "s.business_date = ? ORDER BY s.settled_at, s.id")
            .arg(kSettlementColumns),
        {day});
    while (q.next())
        r.list << settlementFrom(q);
    QMap<QString, Fen> byMethod;
    QSqlQuery p = m_db.query(
        QStringLiteral("SELECT s.cashier_name, p.method, COUNT(*), SUM(p.amount_fen) FROM payments p JOIN "
                       "settlements s ON s.id = p.settlement_id WHERE s.business_date = ? GROUP BY "
                       "s.cashier_name, p.method ORDER BY s.cashier_name, p.method"),
        {day});
    while (p.next()) {
        DayCloseRow row{p.value(0).toString(), p.value(1).toString(), p.value(2).toInt(),
                        p.value(3).toLongLong()};
        r.rows << row;
        byMethod[row.method] += row.amountFen;
        if (QStringList{QStringLiteral("account"), QStringLiteral("insurer"),
                        QStringLiteral("warranty_claim")}
                .contains(row.method))
            r.receivableFen += row.amountFen;
        else if (row.method != QLatin1String("internal"))
            r.collectedFen += row.amountFen;
    }
    for (const QString &m : SettlementRules::paymentMethods())
        if (byMethod.contains(m))
            r.byMethod << qMakePair(m, byMethod.value(m));
    for (const Settlement &s : r.list) {
        r.totalFen += s.totals.total;
        if (s.kind == QLatin1String("reversal")) {
            ++r.reversals;
            r.reversalsFen += s.totals.total;
        } else {
            ++r.settlements;
        }
        // The discounts still standing (a reversed settlement's are not), and who approved them.
        if (s.kind != QLatin1String("reversal") && s.reversedByNumber.isEmpty() && s.totals.discounts > 0) {
            r.discounts << DiscountGiven{s.number, s.workOrderNumber, s.cashierName, s.approvedBy,
                                         s.approvedBy.isEmpty() ? QString() : s.reason, s.totals.discounts};
            r.discountsFen += s.totals.discounts;
        }
    }
    r.cashExpectedFen = cashExpected(businessDate);
    QSqlQuery counts = m_db.query(
        QStringLiteral("SELECT kind, cashier_name, handed_to, expected_fen, counted_fen, reason, counted_at FROM cash_counts "
                       "WHERE business_date = ? ORDER BY counted_at, id"),
        {day});
    while (counts.next()) {
        CashCount cc;
        cc.kind = counts.value(0).toString();
        cc.cashierName = counts.value(1).toString();
        cc.handedTo = counts.value(2).toString();
        cc.expectedFen = counts.value(3).toLongLong();
        cc.countedFen = counts.value(4).toLongLong();
        cc.reason = counts.value(5).toString();
        cc.at = Sql::fromDb(counts.value(6));
        r.counts << cc;
    }
    // Cars ready for settlement and not settled: only the open day can still settle them.
    if (!r.closed) {
        QSqlQuery ready = m_db.query(QStringLiteral("SELECT w.number, v.plate FROM work_orders w JOIN vehicles v ON v.id = "
                                                    "w.vehicle_id WHERE w.state = ? ORDER BY w.number"),
                                     {WorkOrderCodes::code(WorkOrderState::Ready)});
        while (ready.next())
            r.unsettled << QStringLiteral("%1 %2").arg(ready.value(0).toString(), ready.value(1).toString()).trimmed();
    }
    return r;
}

Fen SettlementStore::cashExpected(const QDate &businessDate)
{
    return m_db
        .scalar(QStringLiteral("SELECT COALESCE(SUM(p.amount_fen), 0) FROM payments p JOIN settlements s ON s.id = "
                               "p.settlement_id WHERE s.business_date = ? AND p.method = ?"),
                {businessDate.toString(Qt::ISODate), SettlementCodes::paymentMethods().code(PaymentMethod::Cash)}, 0)
        .toLongLong();
}

void SettlementStore::recordCount(CommandContext &ctx, const QDate &businessDate, CashCount count)
{
    count.cashierName = ctx.session().displayName;
    count.expectedFen = cashExpected(businessDate);
    const Validation v = SettlementRules::checkCashCount(count);
    if (!v.ok())
        throwIf(v.errors);
    ctx.insert(QStringLiteral("cash_counts"), {{QStringLiteral("business_date"), businessDate.toString(Qt::ISODate)},
                                               {QStringLiteral("kind"), count.kind},
                                               {QStringLiteral("cashier_name"), count.cashierName},
                                               {QStringLiteral("handed_to"), Sql::text(count.handedTo.trimmed())},
                                               {QStringLiteral("expected_fen"), count.expectedFen},
                                               {QStringLiteral("counted_fen"), count.countedFen},
                                               {QStringLiteral("over_short_fen"), count.overShort()},
                                               {QStringLiteral("reason"), Sql::text(count.reason.trimmed())},
                                               {QStringLiteral("counted_at"), ctx.nowDb()}});
}

DayCloseReport SettlementStore::handOverShift(Commands &commands, const QDate &businessDate, Fen countedFen,
                                              const QString &reason, const QString &handedTo)
{
    commands.run(QStringLiteral("settlement.hand_over"), Permission::SettleWorkOrders, [&](CommandContext &ctx) {
        if (ctx.scalar(QStringLiteral("SELECT COUNT(*) FROM day_closes WHERE business_date = ?"),
                       {businessDate.toString(Qt::ISODate)}, 0)
                .toInt() > 0)
            throwIf({tr("%1 is closed; the next shift starts a new day.").arg(QLocale().toString(businessDate, QLocale::ShortFormat))});
        CashCount c;
        c.kind = SettlementCodes::cashCountKinds().code(CashCountKind::Shift);
        c.countedFen = countedFen;
        c.reason = reason;
        c.handedTo = handedTo;
        recordCount(ctx, businessDate, c);
    });
    return dayReport(businessDate);
}

DayCloseReport SettlementStore::closeDay(Commands &commands, const QDate &businessDate, Fen countedFen, const QString &reason,
                                         bool unsettledAcknowledged)
{
    commands.run(
        QStringLiteral("settlement.close_day"), Permission::SettleWorkOrders, [&](CommandContext &ctx) {
            const QString day = businessDate.toString(Qt::ISODate);
            if (ctx.scalar(QStringLiteral("SELECT COUNT(*) FROM day_closes WHERE business_date = ?"), {day},
                           0)
                    .toInt() > 0)
                throwIf({tr("%1 is closed already; a day is closed once. Settlements made now belong to %2.")
                             .arg(QLocale().toString(businessDate, QLocale::ShortFormat),
                                  QLocale().toString(openBusinessDate(ctx.now().toLocalTime().date()),
                                                     QLocale::ShortFormat))});
            if (businessDate > ctx.now().toLocalTime().date())
                throwIf({tr("%1 has not come yet; close it at the end of that day.")
                             .arg(QLocale().toString(businessDate, QLocale::ShortFormat))});
            const DayCloseReport r = dayReport(businessDate);
            // Cars still waiting to be settled: the cashier is told which, and closes only knowing it.
            if (!r.unsettled.isEmpty() && !unsettledAcknowledged)
                throwIf({tr("Ready for settlement and not settled: %1. Settle them first, or close the day knowing "
                            "they go to the next day's settlements.")
                             .arg(r.unsettled.join(tr(", ")))});
            CashCount c;
            c.countedFen = countedFen;
            c.reason = reason;
            recordCount(ctx, businessDate, c);
            ctx.insert(QStringLiteral("day_closes"),
                       {{QStringLiteral("business_date"), day},
                        {QStringLiteral("closed_at"), ctx.nowDb()},
                        {QStringLiteral("closed_by"), ctx.session().displayName},
                        {QStringLiteral("settlements"), r.settlements},
                        {QStringLiteral("reversals"), r.reversals},
                        {QStringLiteral("collected_fen"), r.collectedFen},
                        {QStringLiteral("receivable_fen"), r.receivableFen},
                        {QStringLiteral("unsettled_count"), int(r.unsettled.size())}});
        });
    return dayReport(businessDate);
}

QByteArray SettlementStore::csv(const DayCloseReport &r)
{
    auto line = [](const QStringList &fields) { return Csv::line(fields); }; // quoting and the formula guard
    auto amount = [](Fen f) { return money::format(f, false); };
    QString text = line({tr("Day close"), r.businessDate.toString(Qt::ISODate),
                         r.closed ? tr("closed by %1").arg(r.closedBy) : tr("not closed")});
    text += line({tr("Cashier"), tr("Payment method"), tr("Payments"), tr("Amount")});
    for (const DayCloseRow &row : r.rows)
        text += line({row.cashier, SettlementRules::methodName(row.method), QString::number(row.count),
                      amount(row.amountFen)});
    text += line({tr("Collected"), QString(), QString(), amount(r.collectedFen)});
    text += line({tr("New receivables"), QString(), QString(), amount(r.receivableFen)});
    text += line({tr("Reversals"), QString(), QString::number(r.reversals), amount(r.reversalsFen)});
    text += line({tr("Cash expected"), QString(), QString(), amount(r.cashExpectedFen)});
    for (const CashCount &c : r.counts)
        text += line({SettlementCodes::cashCountKinds().labelOf(c.kind), c.cashierName, c.handedTo, amount(c.countedFen),
                      tr("over/short %1").arg(amount(c.overShort())), c.reason,
                      c.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))});
    text += QStringLiteral("\r\n");
    text += line({tr("Discount on"), tr("Work order"), tr("Cashier"), tr("Approved by"), tr("Reason"), tr("Discount")});
    for (const DiscountGiven &d : r.discounts)
        text += line({d.statement, d.workOrder, d.cashier, d.approvedBy.isEmpty() ? tr("within the cashier's limit") : d.approvedBy,
                      d.reason, amount(d.amountFen)});
    text += QStringLiteral("\r\n");
    text += line({tr("Statement"), tr("Kind"), tr("Work order"), tr("Time"), tr("Cashier"), tr("Total"),
                  tr("Customer pays"), tr("Reverses")});
    for (const Settlement &s : r.list)
        text +=
            line({s.number, s.kind == QLatin1String("reversal") ? tr("Reversal") : tr("Settlement"),
                  s.workOrderNumber, s.settledAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                  s.cashierName, amount(s.totals.total), amount(s.totals.customerDue()), s.reversesNumber});
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace dd
