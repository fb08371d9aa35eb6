#include "formbuilders.h"

#include "formparts.h"

#include <QBuffer>
#include <QImage>
#include <QLocale>
#include <QPainter>

#include "core/appointment.h"
#include "core/identifiers.h"
#include "formrenderer.h"
#include "htmltemplate.h"
#include "vehiclediagram.h"


// The forms of the end of the visit: the completion certificate, the settlement statement, the release notice
// and the day close.
namespace dd {

using namespace formparts;
using money::yuan;

FormDocument FormBuilders::certificate(const CompletionCertificate &c, const FormIdentity &id)
{
    const WorkOrderParty &p = c.party;
    FormDocument doc = newDocument(id, p.workOrderNumber, c.header, QPageSize::A5);
    HtmlTemplate t = HtmlTemplate::fromResource(id.templateName);
    const int days = WorkOrderRules::guaranteeDays(c.repairCategory);
    const int km = WorkOrderRules::guaranteeKm(c.repairCategory);
    QString until = tr("%L1 km or %2 days from completion, whichever comes first").arg(km).arg(days);
    if (c.completedAt.isValid() && p.mileageKm >= 0)
        until = tr("until %1 or %L2 km on the odometer, whichever comes first")
                    .arg(c.completedAt.toLocalTime().date().addDays(days).toString(QStringLiteral("yyyy-MM-dd")))
                    .arg(p.mileageKm + km);
    t.set(QStringLiteral("title"), doc.title)
        .set(QStringLiteral("number"), p.workOrderNumber)
        .set(QStringLiteral("customer"), p.customerName)
        .set(QStringLiteral("plate"), orDash(p.plate))
        .set(QStringLiteral("vin"), orDash(p.vin))
        .set(QStringLiteral("model"), orDash(p.model))
        .set(QStringLiteral("odometer"), kmText(p.mileageKm))
        .set(QStringLiteral("category"), WorkOrderRules::repairCategoryName(c.repairCategory))
        .set(QStringLiteral("time_in"), dateTime(p.timeIn))
        .set(QStringLiteral("completed"), c.completedAt.isValid() ? dateTime(c.completedAt) : QStringLiteral("—"))
        .set(QStringLiteral("inspector"), orDash(c.inspectorName))
        .set(QStringLiteral("guarantee"), until);
    t.setHtml(QStringLiteral("work"), numberedList(c.work));
    doc.html = t.fill();
    return doc;
}

namespace {
// The statement's tables of labor, materials and other charges, each line signed as the statement is.
void statementLines(HtmlTemplate &t, const WorkOrder &o, Fen sign)
{
    QStringList labor, materials, other;
    for (const WorkOrderLine &l : o.lines) {
        if (!l.counts())
            continue;
        const QString who = td(WorkOrderRules::payTypeName(l.payType));
        if (l.is(LineKind::Labor)) {
            labor << QStringLiteral("<tr>") + td(QString::number(labor.size() + 1)) + td(orDash(l.code)) + td(l.description) +
                         td(quantityOf(l), " class=\"amount\"") + td(yuan(l.rateFen), " class=\"amount\"") +
                         td(yuan(sign * l.amount()), " class=\"amount\"") + who + QStringLiteral("</tr>");
        } else if (l.is(LineKind::Part)) {
            QString q = QString::number(l.quantityMilli / 1000.0, 'f', 3);
            while (q.contains(QLatin1Char('.')) && (q.endsWith(QLatin1Char('0')) || q.endsWith(QLatin1Char('.'))))
                q.chop(1);
            materials << QStringLiteral("<tr>") + td(QString::number(materials.size() + 1)) + td(orDash(l.code)) +
                             td(l.description) + td(orDash(l.brandSpec)) + td(orDash(l.unit)) + td(q, " class=\"amount\"") +
                             td(yuan(l.unitPriceFen), " class=\"amount\"") + td(yuan(sign * l.amount()), " class=\"amount\"") +
                             td(WorkOrderRules::partSourceName(l.partSource)) + who + QStringLiteral("</tr>");
        } else {
            other << QStringLiteral("<tr>") + td(QString::number(other.size() + 1)) + td(WorkOrderRules::otherKindName(l.otherKind)) +
                         td(l.description) + td(yuan(sign * l.amount()), " class=\"amount\"") + who + QStringLiteral("</tr>");
        }
    }
    t.setHtml(QStringLiteral("labor"),
              grid(th(QStringLiteral("#"), " width=\"4%\"") + th(FormBuilders::tr("Code"), " width=\"12%\"") + th(FormBuilders::tr("Operation")) +
                       th(FormBuilders::tr("Hours"), " width=\"9%\" class=\"amount\"") + th(FormBuilders::tr("Rate"), " width=\"11%\" class=\"amount\"") +
                       th(FormBuilders::tr("Amount"), " width=\"12%\" class=\"amount\"") + th(FormBuilders::tr("Who pays"), " width=\"12%\""),
                   labor));
    t.setHtml(QStringLiteral("materials"),
              grid(th(QStringLiteral("#"), " width=\"4%\"") + th(FormBuilders::tr("Part no."), " width=\"12%\"") + th(FormBuilders::tr("Name")) +
                       th(FormBuilders::tr("Brand / spec"), " width=\"12%\"") + th(FormBuilders::tr("Unit"), " width=\"5%\"") +
                       th(FormBuilders::tr("Qty"), " width=\"6%\" class=\"amount\"") + th(FormBuilders::tr("Unit price"), " width=\"10%\" class=\"amount\"") +
                       th(FormBuilders::tr("Amount"), " width=\"11%\" class=\"amount\"") + th(FormBuilders::tr("Source"), " width=\"8%\"") +
                       th(FormBuilders::tr("Who pays"), " width=\"10%\""),
                   materials));
    t.setHtml(QStringLiteral("other"),
              grid(th(QStringLiteral("#"), " width=\"4%\"") + th(FormBuilders::tr("Kind"), " width=\"14%\"") + th(FormBuilders::tr("Item")) +
                       th(FormBuilders::tr("Amount"), " width=\"12%\" class=\"amount\"") + th(FormBuilders::tr("Who pays"), " width=\"12%\""),
                   other));
    QString notes;
    for (const WorkOrderLine &l : o.lines)
        if (l.counts() && l.is(LineKind::Part) && l.is(PartSource::CustomerSupplied))
            notes += QStringLiteral("<p class=\"small\">%1</p>")
                         .arg(HtmlTemplate::escape(WorkOrderRules::noGuaranteeNote() + QStringLiteral(" (") + l.description +
                                                   QLatin1Char(')')));
    t.setHtml(QStringLiteral("notes"), notes);
}

// The statement's totals: per kind and per payer, the discounts, and the payments with cash handed over.
void statementFigures(HtmlTemplate &t, const Settlement &s, bool reversal)
{
    const SettlementTotals &tot = s.totals;
    t.set(QStringLiteral("labor_total"), yuan(tot.labor))
        .set(QStringLiteral("parts_total"), yuan(tot.parts))
        .set(QStringLiteral("other_total"), yuan(tot.diagnosis + tot.sublet + tot.otherCharges))
        .set(QStringLiteral("total"), yuan(tot.total))
        .set(QStringLiteral("vat"), yuan(tot.vat))
        .set(QStringLiteral("customer_due"), yuan(tot.customerDue()))
        .set(QStringLiteral("capital"), money::capital(tot.total));
    // What each payer covers: the customer, and warranty, insurance or the shop itself.
    QStringList payerCells;
    for (const QString &payer : SettlementRules::payers())
        if (tot.grossByPayer.value(payer) != 0)
            payerCells << QStringLiteral("<td class=\"label\">%1</td><td class=\"amount\">%2</td>")
                              .arg(HtmlTemplate::escape(SettlementRules::payerName(payer)),
                                   HtmlTemplate::escape(yuan(tot.grossByPayer.value(payer))));
    QString payers;
    for (int i = 0; i < payerCells.size(); i += 3) {
        QStringList row = payerCells.mid(i, 3);
        while (row.size() < 3)
            row << QStringLiteral("<td class=\"label\"></td><td></td>");
        payers += QStringLiteral("<tr>") + row.join(QString()) + QStringLiteral("</tr>");
    }
    t.setHtml(QStringLiteral("payers"), payers);
    QString discounts;
    for (const Discount &d : s.discounts)
        discounts += QStringLiteral("<tr><td class=\"label\">%1</td><td colspan=\"4\">%2%3</td><td class=\"amount\">%4</td></tr>")
                         .arg(HtmlTemplate::escape(SettlementRules::discountScopeName(d.scope)), HtmlTemplate::escape(d.description),
                              s.approvedBy.isEmpty() || reversal || d.scope == QLatin1String("round_off")
                                  ? QString()
                                  : HtmlTemplate::escape(FormBuilders::tr(" (approved by %1)").arg(s.approvedBy)),
                              HtmlTemplate::escape(yuan(-d.amountFen)));
    t.setHtml(QStringLiteral("discounts"), discounts);

    QStringList pays;
    for (const Payment &pay : s.payments)
        pays << QStringLiteral("<tr>") + td(SettlementRules::methodName(pay.method)) + td(orDash(pay.reference)) +
                    td(yuan(pay.amountFen), " class=\"amount\"") +
                    td(pay.method == QLatin1String("cash") && pay.tenderedFen > 0 ? yuan(pay.tenderedFen) : QStringLiteral("—"),
                       " class=\"amount\"") +
                    td(pay.changeFen() > 0 ? yuan(pay.changeFen()) : QStringLiteral("—"), " class=\"amount\"") +
                    QStringLiteral("</tr>");
    t.setHtml(QStringLiteral("payments"),
              grid(th(FormBuilders::tr("Method"), " width=\"28%\"") + th(FormBuilders::tr("Reference")) + th(FormBuilders::tr("Amount"), " width=\"15%\" class=\"amount\"") +
                       th(FormBuilders::tr("Handed over"), " width=\"15%\" class=\"amount\"") + th(FormBuilders::tr("Change"), " width=\"12%\" class=\"amount\""),
                   pays));
}
} // namespace

FormDocument FormBuilders::settlement(const SettlementStatement &f, const FormIdentity &id)
{
    const WorkOrderParty &p = f.party;
    const WorkOrder &o = f.order;
    const Settlement &s = f.settlement;
    const bool reversal = s.kind == QLatin1String("reversal");
    const Fen sign = reversal ? -1 : 1; // a reversal prints every line negated, like its totals
    FormDocument doc = newDocument(id, s.number, f.header, QPageSize::A4);
    HtmlTemplate t = HtmlTemplate::fromResource(id.templateName);
    t.set(QStringLiteral("title"), reversal ? tr("%1 (Reversal)").arg(doc.title) : doc.title)
        .set(QStringLiteral("number"), s.number)
        .set(QStringLiteral("work_order"), p.workOrderNumber)
        .set(QStringLiteral("type"), orDash(WorkOrderRules::typeName(o.type)))
        .set(QStringLiteral("customer"), p.customerName)
        .set(QStringLiteral("drop_off"), orDash(p.dropOffName))
        .set(QStringLiteral("odometer"), kmText(p.mileageKm))
        .set(QStringLiteral("plate"), orDash(p.plate))
        .set(QStringLiteral("vin"), orDash(p.vin))
        .set(QStringLiteral("model"), orDash(p.model))
        .set(QStringLiteral("category"), orDash(WorkOrderRules::repairCategoryName(o.repairCategory)))
        .set(QStringLiteral("date_in"), dateTime(p.timeIn))
        .set(QStringLiteral("date_out"), dateTime(o.deliveredAt.isValid() ? o.deliveredAt : s.settledAt))
        .set(QStringLiteral("advisor"), orDash(p.advisorName))
        .set(QStringLiteral("cashier"), s.cashierName)
        .set(QStringLiteral("old_parts"), SettlementRules::oldPartsName(s.oldParts))
        .set(QStringLiteral("tax_note"),
             f.taxNumber.isEmpty() ? tr("All prices include VAT at %1 %.").arg(money::formatBasisPoints(s.vatRateBp))
                                   : tr("All prices include VAT at %1 %. Taxpayer number of the shop: %2.")
                                         .arg(money::formatBasisPoints(s.vatRateBp), f.taxNumber));
    t.setHtml(QStringLiteral("reversal"),
              reversal ? QStringLiteral("<p class=\"new\">%1</p>")
                             .arg(HtmlTemplate::escape(tr("Reverses statement %1. Reason: %2. Authorized by %3.")
                                                           .arg(s.reversesNumber, s.reason, s.approvedBy)))
                       : QString());

    statementLines(t, o, sign);


    statementFigures(t, s, reversal);
    doc.html = t.fill();
    return doc;
}

FormDocument FormBuilders::release(const ReleaseNotice &r, const FormIdentity &id)
{
    const WorkOrderParty &p = r.party;
    FormDocument doc = newDocument(id, p.workOrderNumber, r.header, QPageSize::A5);
    HtmlTemplate t = HtmlTemplate::fromResource(id.templateName);
    const QDate completed = (r.completedAt.isValid() ? r.completedAt : r.settledAt).toLocalTime().date();
    const QString category = r.order.repairCategory;
    const QDate guaranteeEnd = DeliveryRules::guaranteeEndDate(category, completed);
    const int guaranteeKm = DeliveryRules::guaranteeEndKm(category, r.odometerOutKm);
    QString guarantee = QStringLiteral("—");
    if (!category.isEmpty())
        guarantee = guaranteeKm >= 0 ? tr("%1 or %L2 km, whichever comes first").arg(guaranteeEnd.toString(QStringLiteral("yyyy-MM-dd"))).arg(guaranteeKm)
                                     : guaranteeEnd.toString(QStringLiteral("yyyy-MM-dd"));
    const int nextKm = DeliveryRules::nextMaintenanceKm(r.odometerOutKm, r.maintenanceIntervalKm);
    const QString nextDate = DeliveryRules::nextMaintenanceDate(completed, r.maintenanceIntervalMonths).toString(QStringLiteral("yyyy-MM-dd"));
    t.set(QStringLiteral("title"), doc.title)
        .set(QStringLiteral("number"), p.workOrderNumber)
        .set(QStringLiteral("statement"), r.settlementNumber)
        .set(QStringLiteral("plate"), orDash(p.plate))
        .set(QStringLiteral("customer"), p.customerName)
        .set(QStringLiteral("model"), orDash(p.model))
        .set(QStringLiteral("vin"), orDash(p.vin))
        .set(QStringLiteral("completed"), r.completedAt.isValid() ? dateTime(r.completedAt) : QStringLiteral("—"))
        .set(QStringLiteral("settled"), dateTime(r.settledAt))
        .set(QStringLiteral("odometer_out"), kmText(r.odometerOutKm))
        .set(QStringLiteral("category"), orDash(WorkOrderRules::repairCategoryName(category)))
        .set(QStringLiteral("guarantee"), guarantee)
        .set(QStringLiteral("next_service"), nextKm >= 0 ? tr("%1 or %L2 km, whichever comes first").arg(nextDate).arg(nextKm) : nextDate)
        .set(QStringLiteral("old_parts"), SettlementRules::oldPartsName(r.oldParts))
        .set(QStringLiteral("guarantee_note"),
             category.isEmpty() ? QString()
                                : tr("Quality guarantee for %1: %L2 km or %3 days from the completion date. This notice is "
                                     "not a completion certificate.")
                                      .arg(WorkOrderRules::repairCategoryName(category))
                                      .arg(WorkOrderRules::guaranteeKm(category))
                                      .arg(WorkOrderRules::guaranteeDays(category)));
    QStringList work;
    for (const WorkOrderLine &l : r.order.lines)
        if (l.counts() && !l.is(LineKind::Part))
            work << l.description;
    t.setHtml(QStringLiteral("work"), numberedList(work));
    QStringList returned;
    for (const QString &b : r.belongings)
        returned << box(false) + QLatin1Char(' ') + b;
    returned << box(false) + QLatin1Char(' ') +
                    (r.keyTag.isEmpty() ? tr("Keys") : tr("Keys (tag %1)").arg(r.keyTag));
    if (r.oldParts == QLatin1String("customer_takes"))
        returned << box(false) + QLatin1Char(' ') + tr("Old parts");
    returned << box(false) + QLatin1Char(' ') + tr("Documents: licence, service book, statement");
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\">");
    for (int i = 0; i < returned.size(); i += 2)
        html += QStringLiteral("<tr><td width=\"50%\">%1</td><td>%2</td></tr>")
                    .arg(HtmlTemplate::escape(returned[i]), i + 1 < returned.size() ? HtmlTemplate::escape(returned[i + 1]) : QString());
    t.setHtml(QStringLiteral("returned"), html + QStringLiteral("</table>"));
    doc.html = t.fill();
    return doc;
}

FormDocument FormBuilders::dayClose(const DayCloseSheet &sheet, const FormIdentity &id)
{
    const DayCloseReport &d = sheet.report;
    FormDocument doc = newDocument(id, d.businessDate.toString(Qt::ISODate), sheet.header,
                                   QPageSize::A4);
    HtmlTemplate t = HtmlTemplate::fromResource(id.templateName);
    t.set(QStringLiteral("title"), doc.title)
        .set(QStringLiteral("day"), d.businessDate.toString(Qt::ISODate))
        .set(QStringLiteral("closed"), d.closed ? tr("%1 by %2").arg(dateTime(d.closedAt), d.closedBy) : tr("Not closed yet"))
        .set(QStringLiteral("settlements"), QString::number(d.settlements))
        .set(QStringLiteral("reversals"), d.reversals ? tr("%1, %2").arg(d.reversals).arg(yuan(d.reversalsFen)) : QStringLiteral("0"))
        .set(QStringLiteral("collected"), yuan(d.collectedFen))
        .set(QStringLiteral("receivable"), yuan(d.receivableFen));
    QStringList rows;
    QMap<QString, Fen> methods;
    for (const DayCloseRow &r : d.rows) {
        rows << QStringLiteral("<tr>") + td(r.cashier) + td(SettlementRules::methodName(r.method)) +
                    td(QString::number(r.count), " class=\"amount\"") + td(yuan(r.amountFen), " class=\"amount\"") +
                    QStringLiteral("</tr>");
        methods[r.method] += r.amountFen;
    }
    t.setHtml(QStringLiteral("rows"), grid(th(tr("Cashier"), " width=\"30%\"") + th(tr("Method")) +
                                               th(tr("Payments"), " width=\"14%\" class=\"amount\"") +
                                               th(tr("Amount"), " width=\"18%\" class=\"amount\""),
                                           rows));
    QStringList byMethod;
    for (const QString &m : SettlementRules::paymentMethods())
        if (methods.contains(m))
            byMethod << QStringLiteral("<tr>") + td(SettlementRules::methodName(m)) + td(yuan(methods.value(m)), " class=\"amount\"") +
                            QStringLiteral("</tr>");
    t.setHtml(QStringLiteral("methods"), grid(th(tr("Method")) + th(tr("Amount"), " width=\"18%\" class=\"amount\""), byMethod));
    QStringList list;
    for (const Settlement &s : d.list)
        list << QStringLiteral("<tr>") + td(s.number) + td(s.kind == QLatin1String("reversal") ? tr("Reversal of %1").arg(s.reversesNumber) : s.workOrderNumber) +
                    td(s.settledAt.toLocalTime().toString(QStringLiteral("HH:mm"))) + td(s.cashierName) +
                    td(yuan(s.totals.total), " class=\"amount\"") + td(yuan(s.totals.customerDue()), " class=\"amount\"") +
                    QStringLiteral("</tr>");
    t.setHtml(QStringLiteral("list"), grid(th(tr("Statement"), " width=\"20%\"") + th(tr("Work order")) + th(tr("Time"), " width=\"8%\"") +
                                               th(tr("Cashier"), " width=\"14%\"") + th(tr("Total"), " width=\"14%\" class=\"amount\"") +
                                               th(tr("Customer pays"), " width=\"14%\" class=\"amount\""),
                                           list));
    QStringList counts;
    for (const CashCount &c : d.counts)
        counts << QStringLiteral("<tr>") + td(SettlementCodes::cashCountKinds().labelOf(c.kind)) +
                      td(c.at.toLocalTime().toString(QStringLiteral("HH:mm"))) +
                      td(c.handedTo.isEmpty() ? c.cashierName : tr("%1 to %2").arg(c.cashierName, c.handedTo)) +
                      td(yuan(c.expectedFen), " class=\"amount\"") + td(yuan(c.countedFen), " class=\"amount\"") +
                      td(yuan(c.overShort()), " class=\"amount\"") + td(c.reason) + QStringLiteral("</tr>");
    if (counts.isEmpty())
        counts << QStringLiteral("<tr>") + td(tr("Not counted yet (cash expected %1)").arg(yuan(d.cashExpectedFen)), " colspan=\"7\"") +
                      QStringLiteral("</tr>");
    t.setHtml(QStringLiteral("counts"), grid(th(tr("Count"), " width=\"12%\"") + th(tr("Time"), " width=\"8%\"") +
                                                 th(tr("Cashier"), " width=\"18%\"") + th(tr("Expected"), " width=\"12%\" class=\"amount\"") +
                                                 th(tr("Counted"), " width=\"12%\" class=\"amount\"") +
                                                 th(tr("Over / short"), " width=\"12%\" class=\"amount\"") + th(tr("Reason")),
                                             counts));
    QStringList discounts;
    for (const DiscountGiven &g : d.discounts)
        discounts << QStringLiteral("<tr>") + td(g.statement) + td(g.workOrder) + td(g.cashier) +
                         td(g.approvedBy.isEmpty() ? tr("within the cashier's limit") : g.approvedBy) + td(g.reason) +
                         td(yuan(g.amountFen), " class=\"amount\"") + QStringLiteral("</tr>");
    if (discounts.isEmpty())
        discounts << QStringLiteral("<tr>") + td(tr("None"), " colspan=\"6\"") + QStringLiteral("</tr>");
    t.setHtml(QStringLiteral("discounts"), grid(th(tr("Statement"), " width=\"18%\"") + th(tr("Work order"), " width=\"18%\"") +
                                                    th(tr("Cashier"), " width=\"10%\"") + th(tr("Approved by"), " width=\"14%\"") +
                                                    th(tr("Reason")) + th(tr("Discount"), " width=\"12%\" class=\"amount\""),
                                                discounts));
    t.setHtml(QStringLiteral("unsettled"),
              d.unsettled.isEmpty() ? QString()
                                    : QStringLiteral("<p class=\"note\">%1</p>")
                                          .arg(tr("Ready for settlement and not settled: %1").arg(d.unsettled.join(tr(", "))).toHtmlEscaped()));
    doc.html = t.fill();
    return doc;
}

} // namespace dd
