#include "formbuilders.h"

#include "formparts.h"

#include <QBuffer>
#include <QImage>
#include <QLocale>
#include <QPainter>

#include "core/appointment.h"
#include "core/customer.h"
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
    // The certificate's own number is the barcode's; a certificate from before it had one goes by the work order.
    FormDocument doc = newDocument(id, c.certificateNo.isEmpty() ? p.workOrderNumber : c.certificateNo, c.header, QPageSize::A5);
    // The guarantee runs from the release (the quality check's day until the car has left).
    const QDateTime from = c.deliveredAt.isValid() ? c.deliveredAt : c.completedAt;
    const int startKm = c.odometerOutKm >= 0 ? c.odometerOutKm : p.mileageKm;
    const QString committed = tr("%L1 km or %2 days, whichever comes first (the legal minimum for %3: %L4 km or %5 days)")
                                  .arg(c.guaranteeKm)
                                  .arg(c.guaranteeDays)
                                  .arg(WorkOrderRules::repairCategoryName(c.repairCategory))
                                  .arg(WorkOrderRules::guaranteeKm(c.repairCategory))
                                  .arg(WorkOrderRules::guaranteeDays(c.repairCategory));
    QString until = tr("%L1 km or %2 days from the date of release, whichever comes first").arg(c.guaranteeKm).arg(c.guaranteeDays);
    if (from.isValid() && startKm >= 0)
        until = tr("until %1 or %L2 km on the odometer, whichever comes first")
                    .arg(from.toLocalTime().date().addDays(c.guaranteeDays).toString(QStringLiteral("yyyy-MM-dd")))
                    .arg(startKm + c.guaranteeKm);
    const QString certificateNo = orDash(c.certificateNo);
    const QString plate = plateText(p.plate, p.plateColor);
    const QString category = WorkOrderRules::repairCategoryName(c.repairCategory);
    const QString dateOut = c.deliveredAt.isValid() ? dateOnly(c.deliveredAt) : QString();
    const QString shopPhone = c.header.phone.isEmpty() ? QString() : tr("Phone: %1").arg(c.header.phone);
    for (const bool shopCopy : {false, true}) {
        HtmlTemplate t = HtmlTemplate::fromResource(id.templateName);
        const QString copy = shopCopy ? tr("Counterfoil · kept by the shop") : tr("Original · for the owner");
        t.set(QStringLiteral("title"), doc.title)
            .set(QStringLiteral("copy"), copy)
            .set(QStringLiteral("certificate_no"), certificateNo)
            .set(QStringLiteral("number"), p.workOrderNumber)
            .set(QStringLiteral("customer"), p.customerName)
            .set(QStringLiteral("plate"), plate)
            .set(QStringLiteral("vehicle_type"), orDash(VehicleCodes::vehicleTypes().labelOf(p.vehicleType)))
            .set(QStringLiteral("model"), orDash(p.model))
            .set(QStringLiteral("engine_no"), orDash(p.engineNo))
            .set(QStringLiteral("vin"), orDash(p.vin))
            .set(QStringLiteral("category"), category)
            .set(QStringLiteral("odometer_out"), c.odometerOutKm >= 0 ? kmText(c.odometerOutKm) : QString())
            .set(QStringLiteral("date_in"), dateOnly(p.timeIn))
            .set(QStringLiteral("date_out"), dateOut)
            .set(QStringLiteral("work"), c.work.isEmpty() ? QStringLiteral("—") : c.work.join(tr("; ")))
            .set(QStringLiteral("guarantee"), tr("Quality guarantee: %1.").arg(until))
            .set(QStringLiteral("inspector"), orDash(c.inspectorName))
            .set(QStringLiteral("shop_phone"), shopPhone);
        doc.parts << FormPart{copy, t.fill()};
    }
    // The quality-guarantee card the owner keeps with the certificate.
    HtmlTemplate card = HtmlTemplate::fromResource(QStringLiteral("guarantee"));
    card.set(QStringLiteral("card_title"), tr("Quality Guarantee Card"))
        .set(QStringLiteral("certificate_no"), certificateNo)
        .set(QStringLiteral("number"), p.workOrderNumber)
        .set(QStringLiteral("customer"), p.customerName)
        .set(QStringLiteral("plate"), plate)
        .set(QStringLiteral("vin"), orDash(p.vin))
        .set(QStringLiteral("category"), category)
        .set(QStringLiteral("date_out"), dateOut)
        .set(QStringLiteral("committed"), committed)
        .set(QStringLiteral("until"), until)
        .set(QStringLiteral("inspector"), orDash(c.inspectorName))
        .set(QStringLiteral("shop_phone"), shopPhone);
    const QStringList terms{
        tr("Within the guarantee, a fault caused by this repair is repaired again free of charge, labor and parts included."),
        tr("The guarantee runs from the date of release; whichever of the distance or the days comes first ends it."),
        tr("Parts the customer supplied, and damage from accidents, misuse or later repairs elsewhere, are not covered."),
        tr("Keep this card with the completion certificate and show it when you come back under the guarantee.")};
    QString termsHtml;
    for (int i = 0; i < terms.size(); ++i)
        termsHtml += QStringLiteral("<p class=\"terms\">%1. %2</p>").arg(i + 1).arg(HtmlTemplate::escape(terms[i]));
    card.setHtml(QStringLiteral("terms"), termsHtml);
    doc.parts << FormPart{tr("Quality Guarantee Card"), card.fill()};
    doc.html = doc.parts.first().html;
    return doc;
}

namespace {
// The part's type and whether the customer brought it, as JT/T 1133 lists them: 原厂 / 同质 / 修复, 自带 yes or no.
QString partType(const WorkOrderLine &l)
{
    if (l.is(PartSource::CustomerSupplied) || l.partSource.isEmpty())
        return QStringLiteral("—");
    return WorkOrderRules::partSourceName(l.partSource);
}

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
                             td(partType(l)) +
                             td(l.is(PartSource::CustomerSupplied) ? FormBuilders::tr("Yes") : FormBuilders::tr("No")) + who +
                             QStringLiteral("</tr>");
        } else {
            other << QStringLiteral("<tr>") + td(QString::number(other.size() + 1)) + td(WorkOrderRules::otherKindName(l.otherKind)) +
                         td(l.description) + td(yuan(sign * l.amount()), " class=\"amount\"") + who + QStringLiteral("</tr>");
        }
    }
    t.setHtml(QStringLiteral("labor"),
              grid(th(QStringLiteral("#"), " width=\"4%\"") + th(FormBuilders::tr("Code"), " width=\"12%\"") + th(FormBuilders::tr("Operation")) +
                       th(FormBuilders::tr("Hours"), " width=\"9%\" class=\"amount\"") + th(FormBuilders::tr("Rate"), " width=\"11%\" class=\"amount\"") +
                       th(FormBuilders::tr("Amount"), " width=\"12%\" class=\"amount\"") + th(FormBuilders::tr("Who pays"), " width=\"13%\""),
                   labor));
    t.setHtml(QStringLiteral("materials"),
              grid(th(QStringLiteral("#"), " width=\"3%\"") + th(FormBuilders::tr("Part no."), " width=\"9%\"") + th(FormBuilders::tr("Name")) +
                       th(FormBuilders::tr("Brand / spec"), " width=\"10%\"") + th(FormBuilders::tr("Unit"), " width=\"5%\"") +
                       th(FormBuilders::tr("Qty"), " width=\"5%\" class=\"amount\"") + th(FormBuilders::tr("Unit price"), " width=\"9%\" class=\"amount\"") +
                       th(FormBuilders::tr("Amount"), " width=\"9%\" class=\"amount\"") + th(FormBuilders::tr("Part type"), " width=\"8%\"") +
                       th(FormBuilders::tr("Own part"), " width=\"8%\"") + th(FormBuilders::tr("Who pays"), " width=\"13%\""),
                   materials));
    t.setHtml(QStringLiteral("other"),
              grid(th(QStringLiteral("#"), " width=\"4%\"") + th(FormBuilders::tr("Kind"), " width=\"14%\"") + th(FormBuilders::tr("Item")) +
                       th(FormBuilders::tr("Amount"), " width=\"12%\" class=\"amount\"") + th(FormBuilders::tr("Who pays"), " width=\"13%\""),
                   other));
}

// The printed notes of JT/T 1133: two copies, effective on the customer's signature, no guarantee on parts the
// customer supplied, the committed guarantee.
QString statementNotes(const SettlementStatement &f)
{
    QStringList notes{FormBuilders::tr("This statement is made out in two copies: one for the customer, one for the shop."),
                      FormBuilders::tr("It takes effect when the customer signs it.")};
    QStringList own;
    for (const WorkOrderLine &l : f.order.lines)
        if (l.counts() && l.is(LineKind::Part) && l.is(PartSource::CustomerSupplied))
            own << l.description;
    notes << (own.isEmpty() ? FormBuilders::tr("Parts supplied by the customer carry no quality guarantee from the shop.")
                            : FormBuilders::tr("Parts supplied by the customer carry no quality guarantee from the shop: %1.")
                                  .arg(own.join(FormBuilders::tr(", "))));
    if (f.guaranteeKm > 0)
        notes << FormBuilders::tr("Quality guarantee of this repair: %L1 km or %2 days from the day the car leaves, whichever "
                                  "comes first.")
                     .arg(f.guaranteeKm)
                     .arg(f.guaranteeDays);
    QString html;
    for (int i = 0; i < notes.size(); ++i)
        html += QStringLiteral("<p class=\"terms\">%1. %2</p>").arg(i + 1).arg(HtmlTemplate::escape(notes[i]));
    return html;
}

// The statement's totals: per kind, what warranty, insurance or the shop itself covers, the discounts, one
// amount the customer pays, and the payments with cash handed over. Who approved a discount is for the shop's
// copy only.
void statementFigures(HtmlTemplate &t, const Settlement &s, bool reversal, bool shopCopy)
{
    const SettlementTotals &tot = s.totals;
    t.set(QStringLiteral("labor_total"), yuan(tot.labor))
        .set(QStringLiteral("parts_total"), yuan(tot.parts))
        .set(QStringLiteral("other_total"), yuan(tot.diagnosis + tot.sublet + tot.otherCharges))
        .set(QStringLiteral("total"), yuan(tot.total))
        .set(QStringLiteral("vat"), yuan(tot.vat))
        .set(QStringLiteral("customer_due"), yuan(tot.customerDue()))
        .set(QStringLiteral("capital"), money::capital(tot.total));
    QStringList payerCells;
    for (const QString &payer : SettlementRules::payers())
        if (payer != QLatin1String("customer") && tot.grossByPayer.value(payer) != 0)
            payerCells << QStringLiteral("<td class=\"label\">%1</td><td class=\"amount\">%2</td>")
                              .arg(HtmlTemplate::escape(FormBuilders::tr("Covered: %1").arg(SettlementRules::payerName(payer))),
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
                              !shopCopy || s.approvedBy.isEmpty() || reversal || d.scope == QLatin1String("round_off")
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

// The old parts in the standard's words.
QString oldPartsOutcome(const QString &code)
{
    if (code == QLatin1String("customer_takes"))
        return FormBuilders::tr("Taken back by the customer");
    if (code == QLatin1String("waived") || code == QLatin1String("shop_disposes"))
        return FormBuilders::tr("Taken back by the repairer");
    return FormBuilders::tr("No old parts");
}
} // namespace

QString FormBuilders::plateText(const QString &plate, const QString &plateColor)
{
    if (plate.trimmed().isEmpty())
        return QStringLiteral("—");
    if (plateColor.isEmpty())
        return plate;
    return tr("%1 (%2 plate)").arg(plate, VehicleCodes::plateColors().labelOf(plateColor));
}

FormDocument FormBuilders::settlement(const SettlementStatement &f, const FormIdentity &id)
{
    const WorkOrderParty &p = f.party;
    const WorkOrder &o = f.order;
    const Settlement &s = f.settlement;
    const bool reversal = s.kind == QLatin1String("reversal");
    const Fen sign = reversal ? -1 : 1; // a reversal prints every line negated, like its totals
    FormDocument doc = newDocument(id, s.number, f.header, QPageSize::A4);
    QStringList faults;
    for (const Concern &c : o.concerns)
        faults << c.text;
    for (const bool shopCopy : {false, true}) {
        HtmlTemplate t = HtmlTemplate::fromResource(id.templateName);
        const QString copy = shopCopy ? tr("Copy 2 · for the shop") : tr("Copy 1 · for the customer");
        t.set(QStringLiteral("title"), reversal ? tr("%1 (Reversal)").arg(doc.title) : doc.title)
            .set(QStringLiteral("copy"), copy)
            .set(QStringLiteral("number"), s.number)
            .set(QStringLiteral("work_order"), p.workOrderNumber)
            .set(QStringLiteral("type"), orDash(WorkOrderRules::typeName(o.type)))
            .set(QStringLiteral("customer"), p.customerName)
            .set(QStringLiteral("drop_off"), orDash(p.dropOffName))
            .set(QStringLiteral("phone"), orDash(Phone::masked(p.dropOffPhone.isEmpty() ? p.customerPhone : p.dropOffPhone)))
            .set(QStringLiteral("plate"), plateText(p.plate, p.plateColor))
            .set(QStringLiteral("vin"), orDash(p.vin))
            .set(QStringLiteral("model"), orDash(p.model))
            .set(QStringLiteral("vehicle_type"), orDash(VehicleCodes::vehicleTypes().labelOf(p.vehicleType)))
            .set(QStringLiteral("engine_no"), orDash(p.engineNo))
            .set(QStringLiteral("category"), orDash(WorkOrderRules::repairCategoryName(o.repairCategory)))
            .set(QStringLiteral("date_in"), dateTime(p.timeIn))
            // The date out is when the car leaves: until then the pen fills it in.
            .set(QStringLiteral("date_out"), o.deliveredAt.isValid() ? dateTime(o.deliveredAt) : QString())
            .set(QStringLiteral("shop_line"),
                 f.taxNumber.isEmpty() ? tr("Unified social credit code of the shop: not set")
                                       : tr("Unified social credit code of the shop: %1").arg(f.taxNumber))
            .set(QStringLiteral("mileage_in"), kmText(p.mileageKm))
            .set(QStringLiteral("mileage_out"), o.odometerOutKm >= 0 ? kmText(o.odometerOutKm) : QString())
            .set(QStringLiteral("advisor"), orDash(p.advisorName))
            .set(QStringLiteral("settled"), dateTime(s.settledAt))
            .set(QStringLiteral("cashier"), s.cashierName)
            .set(QStringLiteral("old_parts"), oldPartsOutcome(s.oldParts));
        QStringList numbered;
        for (int i = 0; i < faults.size(); ++i)
            numbered << QStringLiteral("%1. %2").arg(i + 1).arg(faults[i]);
        t.set(QStringLiteral("faults"), numbered.isEmpty() ? QStringLiteral("—") : numbered.join(QStringLiteral("  ")));
        t.setHtml(QStringLiteral("reversal"),
                  reversal ? QStringLiteral("<p class=\"new\">%1</p>")
                                 .arg(HtmlTemplate::escape(shopCopy ? tr("Reverses statement %1. Reason: %2. Authorized by %3.")
                                                                          .arg(s.reversesNumber, s.reason, s.approvedBy)
                                                                    : tr("Reverses statement %1. Reason: %2.")
                                                                          .arg(s.reversesNumber, s.reason)))
                           : QString());
        QString notes = statementNotes(f);
        notes += QStringLiteral("<p class=\"terms\">%1</p>")
                     .arg(HtmlTemplate::escape(tr("All prices include VAT at %1 %.").arg(money::formatBasisPoints(s.vatRateBp))));
        t.setHtml(QStringLiteral("notes"), notes);
        statementLines(t, o, sign);
        statementFigures(t, s, reversal, shopCopy);
        doc.parts << FormPart{copy, t.fill()};
    }
    doc.html = doc.parts.first().html;
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
    // Empty boxes for the pen; once the car is delivered, ticked as confirmed at the handover.
    auto ticked = [&r](const char *item) { return box(r.pickedUp.contains(QLatin1String(item))) + QLatin1Char(' '); };
    QStringList returned;
    for (const QString &b : r.belongings)
        returned << ticked("belongings") + b;
    returned << ticked("keys") + (r.keyTag.isEmpty() ? tr("Keys") : tr("Keys (tag %1)").arg(r.keyTag));
    if (r.oldParts == QLatin1String("customer_takes"))
        returned << ticked("old_parts") + tr("Old parts");
    returned << ticked("documents") + tr("Documents: licence, service book, statement");
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
