#include "formbuilders.h"

#include "core/customer.h"

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


namespace dd {

using namespace formparts;
using money::yuan;

QByteArray FormBuilders::fuelGauge(int eighths)
{
    // 62 x 22 pt, drawn at 6 pixels per point.
    const int k = 6;
    QImage img(62 * k, 22 * k, QImage::Format_RGB32);
    img.fill(Qt::white);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    QFont f = FormRenderer::font(QStringLiteral("en"));
    f.setPixelSize(9 * k);
    f.setBold(true);
    p.setFont(f);
    p.setPen(Qt::black);
    p.drawText(QRectF(0, 0, 9 * k, 22 * k), Qt::AlignCenter, QStringLiteral("E"));
    p.drawText(QRectF(53 * k, 0, 9 * k, 22 * k), Qt::AlignCenter, QStringLiteral("F"));
    const QRectF bar(9.5 * k, 5 * k, 43 * k, 12 * k);
    const qreal seg = bar.width() / 8;
    for (int i = 0; i < 8; ++i) {
        const QRectF s(bar.left() + i * seg + 0.6 * k, bar.top() + 0.6 * k, seg - 1.2 * k, bar.height() - 1.2 * k);
        p.fillRect(s, i < eighths ? QColor(0x33, 0x33, 0x33) : QColor(0xee, 0xee, 0xee));
    }
    p.setPen(QPen(Qt::black, 0.8 * k));
    p.setBrush(Qt::NoBrush);
    p.drawRect(bar);
    p.end();
    return png(img);
}

namespace {
// The intake sheet's parts.
QString damageMarksTable(const QList<DamageMark> &marks)
{
    // Beside the diagram: each mark's number, where and what, and whether it is new this visit.
    QString html;
    if (marks.isEmpty()) {
        html = QStringLiteral("<p>%1</p>").arg(HtmlTemplate::escape(FormBuilders::tr("No damage found on the walk-around.")));
    } else {
        html = QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\"><thead><tr><th width=\"10%\">%1</th>"
                               "<th>%2</th><th width=\"38%\">%3</th></tr></thead>")
                    .arg(HtmlTemplate::escape(FormBuilders::tr("No.")), HtmlTemplate::escape(FormBuilders::tr("Damage")),
                         HtmlTemplate::escape(FormBuilders::tr("This visit")));
        for (const DamageMark &m : marks) {
            QString status;
            if (m.isNew)
                status = QStringLiteral("<span class=\"new\">%1</span>").arg(HtmlTemplate::escape(FormBuilders::tr("New this visit")));
            else
                status = QStringLiteral("<span class=\"earlier\">%1</span>")
                             .arg(HtmlTemplate::escape(FormBuilders::tr("%1 (recorded %2)")
                                                           .arg(InspectionRules::markStatusName(m.status),
                                                                m.foundAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")))));
            QString what = InspectionRules::viewName(m.view) + QLatin1Char(' ') + InspectionRules::damageKindName(m.kind);
            if (!m.note.trimmed().isEmpty())
                what += FormBuilders::tr(", ") + m.note.trimmed();
            html += QStringLiteral("<tr><td class=\"center\">%1</td><td>%2</td><td>%3</td></tr>")
                         .arg(m.number)
                         .arg(HtmlTemplate::escape(what), status);
        }
        html += QStringLiteral("</table>");
    }
    return html;
}

QString belongingBoxes(const Inspection &in)
{
    QStringList belongings;
    for (const QString &code : InspectionRules::belongings())
        belongings << box(in.belongings.contains(code)) + QStringLiteral("&nbsp;") +
                          HtmlTemplate::escape(InspectionRules::belongingName(code)).replace(QLatin1Char(' '), QStringLiteral("&nbsp;"));
    QString belongingsHtml = belongings.join(QStringLiteral("  "));
    if (!in.belongingsOther.trimmed().isEmpty())
        belongingsHtml += QStringLiteral("<br/>") + HtmlTemplate::escape(FormBuilders::tr("Other: %1").arg(in.belongingsOther.trimmed()));
    return belongingsHtml;
}

QString handoverBoxes(const Inspection &in)
{
    const QStringList handover{
        box(in.valuablesReminded) + QStringLiteral("&nbsp;") + HtmlTemplate::escape(FormBuilders::tr("Customer reminded to take valuables")),
        HtmlTemplate::escape(FormBuilders::tr("Old parts: %1").arg(InspectionRules::oldPartsName(in.oldParts))),
        box(in.coversFitted) + QStringLiteral("&nbsp;") + HtmlTemplate::escape(FormBuilders::tr("Seat, wheel and floor covers fitted")),
        box(in.wash) + QStringLiteral("&nbsp;") + HtmlTemplate::escape(FormBuilders::tr("Wash wanted"))};
    return handover.join(QStringLiteral("<br/>"));
}

QString quickChecks(const Inspection &in)
{
    QStringList checks;
    for (const QString &item : InspectionRules::checkItemsFor(in.energyType)) {
        QuickCheck c{item, QString(), QString()};
        for (const QuickCheck &x : in.checks)
            if (x.item == item)
                c = x;
        QString line = InspectionRules::checkItemName(item) + FormBuilders::tr(": ") + InspectionRules::ratingName(c.rating);
        if (!c.note.trimmed().isEmpty())
            line += FormBuilders::tr(" (%1)").arg(c.note.trimmed());
        const QString cls = c.rating == QLatin1String("red") ? QStringLiteral("new") : QString();
        checks << (cls.isEmpty() ? HtmlTemplate::escape(line)
                                 : QStringLiteral("<span class=\"%1\">%2</span>").arg(cls, HtmlTemplate::escape(line)));
    }
    // Two to a line: the sheet fits one page.
    QStringList lines;
    for (int i = 0; i < checks.size(); i += 2)
        lines << (i + 1 < checks.size() ? checks[i] + QStringLiteral(" &nbsp;·&nbsp; ") + checks[i + 1] : checks[i]);
    return lines.join(QStringLiteral("<br/>"));
}

QString plannedItemsTable(const IntakeSheet &s)
{
    QString items;
    if (s.plannedItems.isEmpty()) {
        items = QStringLiteral("<p>%1</p>")
                    .arg(HtmlTemplate::escape(FormBuilders::tr("The work order lists the items and their prices; no work starts before "
                                                 "the customer approves them.")));
    } else {
        items = QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\"><thead><tr><th>%1</th><th width=\"12%\" "
                               "class=\"amount\">%2</th><th width=\"18%\" class=\"amount\">%3</th></tr></thead>")
                    .arg(HtmlTemplate::escape(FormBuilders::tr("Item")), HtmlTemplate::escape(FormBuilders::tr("Qty")),
                         HtmlTemplate::escape(FormBuilders::tr("Amount")));
        for (const PlannedItem &i : s.plannedItems)
            items += QStringLiteral("<tr><td>%1</td><td class=\"amount\">%2</td><td class=\"amount\">%3</td></tr>")
                         .arg(HtmlTemplate::escape(i.description), HtmlTemplate::escape(i.quantity),
                              HtmlTemplate::escape(yuan(i.amountFen)));
        items += QStringLiteral("<tr><td colspan=\"2\" class=\"total\">%1</td><td class=\"amount total\">%2</td></tr></table>")
                     .arg(HtmlTemplate::escape(FormBuilders::tr("Estimate, VAT included")), HtmlTemplate::escape(yuan(s.estimateFen)));
    }
    return items;
}
} // namespace

FormDocument FormBuilders::intake(const IntakeSheet &s, const FormIdentity &id)
{
    const QString &language = id.language;
    const Inspection &in = s.inspection;
    FormDocument doc = newDocument(id, s.workOrderNumber, s.header, QPageSize::A4);

    HtmlTemplate t = HtmlTemplate::fromResource(id.templateName);
    t.set(QStringLiteral("title"), doc.title)
        .set(QStringLiteral("number"), s.workOrderNumber)
        .set(QStringLiteral("time_in"), dateTime(s.timeIn))
        .set(QStringLiteral("advisor"), orDash(s.advisorName))
        .set(QStringLiteral("customer"), s.customerName)
        .set(QStringLiteral("customer_phone"), orDash(Phone::masked(s.customerPhone)))
        .set(QStringLiteral("promised"), s.promisedAt.isValid() ? dateTime(s.promisedAt) : tr("To be confirmed"))
        .set(QStringLiteral("drop_off"), s.dropOffName.trimmed().isEmpty() ? s.customerName : s.dropOffName)
        .set(QStringLiteral("drop_off_phone"),
             orDash(Phone::masked(s.dropOffPhone.trimmed().isEmpty() ? s.customerPhone : s.dropOffPhone)))
        .set(QStringLiteral("waits"), in.customerWaits ? tr("Waits in the lounge") : tr("Leaves the vehicle"))
        .set(QStringLiteral("plate"), orDash(s.plate))
        .set(QStringLiteral("vin"), orDash(s.vin))
        .set(QStringLiteral("model"), orDash(s.model))
        .set(QStringLiteral("color"), orDash(s.color))
        .set(QStringLiteral("odometer"),
             in.odometerKm < 0 ? tr("Not read") : tr("%1 km").arg(QLocale().toString(in.odometerKm)))
        .set(QStringLiteral("fuel_label"), EnergyRules::usesFuel(in.energyType) && EnergyRules::usesCharge(in.energyType)
                                               ? tr("Fuel and charge")
                                           : EnergyRules::usesCharge(in.energyType) ? tr("Charge")
                                                                                    : tr("Fuel"))
        .set(QStringLiteral("key_tag"), orDash(in.keyTag))
        .set(QStringLiteral("terms"), s.handoverTerms.trimmed().isEmpty() ? tr("—") : s.handoverTerms.trimmed());

    QString odometerNote;
    if (in.previousOdometerKm >= 0 && in.odometerKm >= 0 && in.odometerKm < in.previousOdometerKm)
        odometerNote = QStringLiteral("<p class=\"small\">%1</p>")
                           .arg(HtmlTemplate::escape(tr("The odometer reads less than the last recorded %1 km: %2")
                                                         .arg(QLocale().toString(in.previousOdometerKm),
                                                              in.odometerReason)));
    t.setHtml(QStringLiteral("odometer_note"), odometerNote);
    // What applies to this car: the fuel gauge, the state of charge and range, or both (a plug-in hybrid).
    QStringList energy;
    if (EnergyRules::usesFuel(in.energyType))
        energy << QStringLiteral("<img src=\"fuel\" width=\"62\" height=\"22\"/> ") +
                      HtmlTemplate::escape(InspectionRules::fuelText(in.fuelEighths));
    if (EnergyRules::usesCharge(in.energyType))
        energy << HtmlTemplate::escape(in.socPercent < 0 ? tr("charge not read")
                                       : in.rangeKm < 0 ? tr("charge %1 %").arg(in.socPercent)
                                                        : tr("charge %1 %, range %2 km").arg(in.socPercent).arg(in.rangeKm));
    t.setHtml(QStringLiteral("fuel_cell"), energy.join(QStringLiteral(" &nbsp; ")));

    // The diagram, 330 pt wide beside the list of its marks, with marks and view names drawn larger than on screen
    // so that their numbers read at arm's length; drawn at 4 pixels per point.
    VehicleDiagram diagram;
    const QSizeF natural = diagram.naturalSize();
    const int widthPt = 330;
    const int heightPt = qRound(widthPt * natural.height() / natural.width());
    QFont labelFont = FormRenderer::font(language);
    doc.images.insert(QStringLiteral("diagram"),
                      png(diagram.image(QSize(widthPt * 4, heightPt * 4), in.marks, labelFont, true)));
    doc.images.insert(QStringLiteral("fuel"), fuelGauge(in.fuelEighths));
    t.set(QStringLiteral("diagram_width"), QString::number(widthPt))
        .set(QStringLiteral("diagram_height"), QString::number(heightPt));

    t.setHtml(QStringLiteral("marks"), damageMarksTable(in.marks));

    t.setHtml(QStringLiteral("belongings"), belongingBoxes(in));

    QStringList lamps;
    for (const QString &code : in.warningLamps)
        lamps << InspectionRules::warningLampName(code);
    t.set(QStringLiteral("lamps"), lamps.isEmpty() ? tr("None lit") : lamps.join(tr(", ")));

    t.setHtml(QStringLiteral("handover"), handoverBoxes(in));

    t.setHtml(QStringLiteral("checks"), quickChecks(in));

    QStringList concerns;
    for (int i = 0; i < s.concerns.size(); ++i)
        concerns << QStringLiteral("%1. %2").arg(i + 1).arg(HtmlTemplate::escape(s.concerns[i]));
    t.setHtml(QStringLiteral("concerns"), QStringLiteral("<p>%1</p>")
                                              .arg(concerns.isEmpty() ? QStringLiteral("—") : concerns.join(QStringLiteral(" &nbsp; "))));

    t.setHtml(QStringLiteral("items"), plannedItemsTable(s));

    doc.html = t.fill();
    return doc;
}

FormDocument FormBuilders::appointment(const AppointmentSlip &s, const FormIdentity &id)
{
    const QString &language = id.language;
    FormDocument doc = newDocument(id, s.number, s.header, QPageSize::A5);

    const QLocale locale(language);
    const QDateTime local = s.startsAt.toLocalTime();
    QString duration;
    if (s.durationMin >= 60 && s.durationMin % 60 == 0)
        duration = tr("%n hour(s)", nullptr, s.durationMin / 60);
    else if (s.durationMin > 60)
        duration = tr("%1 h %2 min").arg(s.durationMin / 60).arg(s.durationMin % 60);
    else
        duration = tr("%n minute(s)", nullptr, s.durationMin);

    QString deposit;
    if (s.depositFen > 0)
        deposit = (s.depositPaid ? tr("%1 paid") : tr("%1 due before the parts are ordered")).arg(yuan(s.depositFen));
    else if (s.partsPriceFen > 0)
        deposit = tr("None (parts worth %1 are ordered for this visit)").arg(yuan(s.partsPriceFen));
    else
        deposit = tr("None");

    HtmlTemplate t = HtmlTemplate::fromResource(id.templateName);
    t.set(QStringLiteral("title"), doc.title)
        .set(QStringLiteral("number"), s.number)
        .set(QStringLiteral("when"),
             local.toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QLatin1Char(' ') + locale.dayName(local.date().dayOfWeek()))
        .set(QStringLiteral("duration"), duration)
        .set(QStringLiteral("service"), AppointmentRules::serviceTypeName(s.serviceType))
        .set(QStringLiteral("advisor"), orDash(s.advisorName))
        .set(QStringLiteral("customer"), s.customerName)
        .set(QStringLiteral("phone"), orDash(Phone::masked(s.customerPhone)))
        .set(QStringLiteral("vehicle"), orDash(s.vehicle))
        .set(QStringLiteral("vin"), orDash(s.vin))
        .set(QStringLiteral("concerns"), orDash(s.concerns))
        .set(QStringLiteral("deposit"), deposit);

    QString stateNote;
    if (AppointmentCodes::states().is(s.state, AppointmentState::Cancelled) || AppointmentCodes::states().is(s.state, AppointmentState::NoShow))
        stateNote = QStringLiteral("<p class=\"new\">%1</p>")
                        .arg(HtmlTemplate::escape(tr("This appointment is %1.").arg(AppointmentRules::stateName(s.state).toLower())));
    t.setHtml(QStringLiteral("state_note"), stateNote);

    QStringList bring{tr("Vehicle licence"), tr("Maintenance booklet"), tr("This slip")};
    if (s.depositFen > 0 && s.depositPaid)
        bring << tr("The deposit receipt");
    if (s.serviceType == QLatin1String("warranty"))
        bring << tr("Purchase invoice or warranty card");
    QString bringHtml;
    for (const QString &b : bring)
        bringHtml += box(false) + QStringLiteral("&nbsp;") + HtmlTemplate::escape(b) + QStringLiteral(" &nbsp; ");
    t.setHtml(QStringLiteral("bring"), QStringLiteral("<p>%1</p>").arg(bringHtml));
    t.set(QStringLiteral("closing"),
          s.header.phone.trimmed().isEmpty()
              ? tr("Please arrive on time. If you cannot come, tell us in advance so we can give the time to another "
                   "customer.")
              : tr("Please arrive on time. If you cannot come, call us at %1 so we can give the time to another customer.")
                    .arg(s.header.phone.trimmed()));
    doc.html = t.fill();
    return doc;
}

FormDocument FormBuilders::authorization(const AuthorizationForm &f, const FormIdentity &id)
{
    const WorkOrderParty &p = f.party;
    const WorkOrder &o = f.order;
    FormDocument doc = newDocument(id, p.workOrderNumber, f.header, QPageSize::A4);
    doc.sourceVersion = o.version;
    HtmlTemplate t = HtmlTemplate::fromResource(id.templateName);
    QString oldParts = tr("Not chosen yet");
    if (f.oldParts == QLatin1String("customer_takes"))
        oldParts = tr("The customer takes them");
    else if (f.oldParts == QLatin1String("shop_disposes"))
        oldParts = tr("The shop disposes of them");
    t.set(QStringLiteral("title"), doc.title)
        .set(QStringLiteral("number"), p.workOrderNumber)
        .set(QStringLiteral("time_in"), dateTime(p.timeIn))
        .set(QStringLiteral("advisor"), orDash(p.advisorName))
        .set(QStringLiteral("customer"), p.customerName)
        .set(QStringLiteral("customer_phone"), orDash(Phone::masked(p.customerPhone)))
        .set(QStringLiteral("promised"), o.promisedAt.isValid() ? dateTime(o.promisedAt) : tr("to be agreed"))
        .set(QStringLiteral("drop_off"), orDash(p.dropOffName))
        .set(QStringLiteral("drop_off_phone"), orDash(Phone::masked(p.dropOffPhone)))
        .set(QStringLiteral("odometer"), kmText(p.mileageKm))
        .set(QStringLiteral("plate"), orDash(p.plate))
        .set(QStringLiteral("vin"), orDash(p.vin))
        .set(QStringLiteral("model"), orDash(p.model))
        .set(QStringLiteral("type"), orDash(WorkOrderRules::typeName(o.type)))
        .set(QStringLiteral("category"), orDash(WorkOrderRules::repairCategoryName(o.repairCategory)))
        .set(QStringLiteral("old_parts"), oldParts)
        .set(QStringLiteral("terms"), orDash(f.handoverTerms));
    QStringList concerns;
    for (const Concern &c : o.concerns)
        concerns << c.text;
    t.setHtml(QStringLiteral("concerns"), numberedList(concerns));

    // The estimate: what the customer authorizes. Declined and deferred lines are not part of it.
    QList<WorkOrderLine> lines;
    for (const WorkOrderLine &l : o.lines)
        if (l.counts())
            lines << l;
    const WorkOrderTotals totals = o.totals(f.vatRateBp);
    QString linesHtml = lines.isEmpty() ? QStringLiteral("<p>—</p>") : linesTable(lines, false);
    linesHtml += QStringLiteral("<p class=\"total\">%1</p>")
                     .arg(HtmlTemplate::escape(tr("Labor %1 · parts %2 · other %3 · total %4, VAT %5 % included: %6 · the "
                                                  "customer pays %7")
                                                   .arg(yuan(totals.labor), yuan(totals.parts), yuan(totals.other),
                                                        yuan(totals.total), money::formatBasisPoints(f.vatRateBp),
                                                        yuan(totals.vat), yuan(totals.customerPays))));
    t.setHtml(QStringLiteral("lines"), linesHtml);

    QStringList notes;
    for (const WorkOrderLine &l : lines) {
        if (l.is(LineKind::Part) && l.is(PartSource::CustomerSupplied))
            notes << WorkOrderRules::noGuaranteeNote() + QStringLiteral(" (") + l.description + QLatin1Char(')');
        if (l.is(LineKind::Part) && l.is(PartSource::Reconditioned))
            notes << tr("Reconditioned part \"%1\": the customer agrees to its use by signing this work order.").arg(l.description);
    }
    QString notesHtml;
    for (const QString &n : notes)
        notesHtml += QStringLiteral("<p class=\"small\">%1</p>").arg(HtmlTemplate::escape(n));
    t.setHtml(QStringLiteral("notes"), notesHtml);
    t.set(QStringLiteral("guarantee"),
          o.repairCategory.isEmpty()
              ? tr("Set by the repair category.")
              : tr("%L1 km or %2 days from completion, whichever comes first (%3).")
                    .arg(WorkOrderRules::guaranteeKm(o.repairCategory))
                    .arg(WorkOrderRules::guaranteeDays(o.repairCategory))
                    .arg(WorkOrderRules::repairCategoryName(o.repairCategory)));
    doc.html = t.fill();
    return doc;
}

FormDocument FormBuilders::addon(const AddOnForm &f, const FormIdentity &id)
{
    const WorkOrderParty &p = f.party;
    FormDocument doc = newDocument(id, p.workOrderNumber, f.header, QPageSize::A4);
    HtmlTemplate t = HtmlTemplate::fromResource(id.templateName);
    t.set(QStringLiteral("title"), doc.title)
        .set(QStringLiteral("number"), p.workOrderNumber)
        .set(QStringLiteral("plate"), orDash(p.plate))
        .set(QStringLiteral("advisor"), orDash(p.advisorName))
        .set(QStringLiteral("customer"), p.customerName)
        .set(QStringLiteral("customer_phone"), orDash(Phone::masked(p.customerPhone)))
        .set(QStringLiteral("promised"), f.promisedAt.isValid() ? dateTime(f.promisedAt) : QStringLiteral("—"))
        .set(QStringLiteral("model"), orDash(p.model))
        .set(QStringLiteral("odometer"), kmText(p.mileageKm));
    auto e = [](const QString &s) { return HtmlTemplate::escape(s); };
    QString html;
    int n = 0;
    for (const AddOnFinding &a : f.findings) {
        html += QStringLiteral("<p class=\"section\">%1</p>").arg(e(tr("Finding %1: %2").arg(++n).arg(a.description)));
        if (a.safetyCritical)
            html += QStringLiteral("<p class=\"new\">%1</p>").arg(e(tr("Safety-critical: we advise doing this before you drive on.")));
        html += QStringLiteral("<p>%1</p>").arg(e(tr("Why: %1").arg(a.reason)));
        if (AddOnCodes::warranty().is(a.warranty, WarrantyDecision::NotEligible))
            html += QStringLiteral("<p class=\"small\">%1</p>").arg(e(tr("Not covered by warranty: %1").arg(a.warrantyReason)));
        else if (AddOnCodes::warranty().is(a.warranty, WarrantyDecision::Eligible))
            html += QStringLiteral("<p class=\"small\">%1</p>").arg(e(tr("Covered by warranty: no charge to the customer.")));
        html += linesTable(a.lines, true);
        QString time = tr("Total %1 (VAT %2 % included).").arg(yuan(a.amount()), money::formatBasisPoints(f.vatRateBp));
        if (a.extraMinutes > 0)
            time += QLatin1Char(' ') + tr("Extra time %1 min; the car is then ready by %2.")
                                           .arg(a.extraMinutes)
                                           .arg(a.newPromisedAt.isValid() ? dateTime(a.newPromisedAt) : QStringLiteral("—"));
        html += QStringLiteral("<p class=\"total\">%1</p>").arg(e(time));
    }
    t.setHtml(QStringLiteral("findings"), html);
    doc.html = t.fill();
    return doc;
}

} // namespace dd
