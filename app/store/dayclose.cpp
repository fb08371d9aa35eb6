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
    }
    return r;
}

DayCloseReport SettlementStore::closeDay(Commands &commands, const QDate &businessDate)
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
            ctx.insert(QStringLiteral("day_closes"),
                       {{QStringLiteral("business_date"), day},
                        {QStringLiteral("closed_at"), ctx.nowDb()},
                        {QStringLiteral("closed_by"), ctx.session().displayName},
                        {QStringLiteral("settlements"), r.settlements},
                        {QStringLiteral("reversals"), r.reversals},
                        {QStringLiteral("collected_fen"), r.collectedFen},
                        {QStringLiteral("receivable_fen"), r.receivableFen}});
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
