#include "formbuilders.h"

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

namespace {
QString dateTime(const QDateTime &utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

using money::yuan;

QByteArray png(const QImage &image)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return out;
}

QString box(bool checked)
{
    return checked ? QStringLiteral("■") : QStringLiteral("□");
}

QString orDash(const QString &text)
{
    return text.trimmed().isEmpty() ? QStringLiteral("—") : text;
}

// 1. ..., 2. ... as a borderless table, or a dash.
QString numberedList(const QStringList &items)
{
    if (items.isEmpty())
        return QStringLiteral("<p>—</p>");
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\">");
    int n = 0;
    for (const QString &c : items)
        html += QStringLiteral("<tr><td width=\"4%\" valign=\"top\">%1.</td><td>%2</td></tr>").arg(++n).arg(HtmlTemplate::escape(c));
    return html + QStringLiteral("</table>");
}

QString kmText(int km)
{
    return km >= 0 ? FormBuilders::tr("%L1 km").arg(km) : QStringLiteral("—");
}

QString quantityOf(const WorkOrderLine &l)
{
    if (l.kind == QLatin1String("labor"))
        return FormBuilders::tr("%1 h").arg(QString::number(l.centiHours / 100.0, 'f', 2));
    QString q = QString::number(l.quantityMilli / 1000.0, 'f', 3);
    while (q.contains(QLatin1Char('.')) && (q.endsWith(QLatin1Char('0')) || q.endsWith(QLatin1Char('.'))))
        q.chop(1);
    return l.unit.isEmpty() ? q : q + QLatin1Char(' ') + l.unit;
}

QString kindOf(const WorkOrderLine &l)
{
    if (l.kind == QLatin1String("labor"))
        return FormBuilders::tr("Labor");
    if (l.kind == QLatin1String("part"))
        return FormBuilders::tr("Part");
    return WorkOrderRules::otherKindName(l.otherKind);
}

// Work-order lines as a priced table; `decisionColumn` adds boxes to tick for add-on approval.
QString linesTable(const QList<WorkOrderLine> &lines, bool decisionColumn)
{
    auto e = [](const QString &s) { return HtmlTemplate::escape(s); };
    QString html = QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\"><tr><th width=\"4%\">#</th>"
                                  "<th width=\"9%\">%1</th><th>%2</th><th width=\"11%\" class=\"amount\">%3</th>"
                                  "<th width=\"11%\" class=\"amount\">%4</th><th width=\"12%\" class=\"amount\">%5</th>"
                                  "<th width=\"15%\">%6</th>")
                       .arg(e(FormBuilders::tr("Kind")), e(FormBuilders::tr("Item")), e(FormBuilders::tr("Hours / qty")),
                            e(FormBuilders::tr("Rate / price")), e(FormBuilders::tr("Amount")), e(FormBuilders::tr("Who pays")));
    if (decisionColumn)
        html += QStringLiteral("<th width=\"22%\">%1</th>").arg(e(FormBuilders::tr("Customer's decision")));
    html += QStringLiteral("</tr>");
    int n = 0;
    for (const WorkOrderLine &l : lines) {
        QString item = e(l.description);
        if (!l.code.isEmpty())
            item = e(l.code) + QStringLiteral(" ") + item;
        if (l.kind == QLatin1String("part"))
            item += QStringLiteral(" <span class=\"small\">(%1)</span>").arg(e(WorkOrderRules::partSourceName(l.partSource)));
        const Fen price = l.kind == QLatin1String("labor") ? l.rateFen : l.unitPriceFen;
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td class=\"amount\">%4</td><td class=\"amount\">%5</td>"
                               "<td class=\"amount\">%6</td><td>%7</td>")
                    .arg(++n)
                    .arg(e(kindOf(l)), item, e(quantityOf(l)), e(yuan(price)), e(yuan(l.amount())),
                         e(WorkOrderRules::payTypeName(l.payType)));
        if (decisionColumn)
            html += QStringLiteral("<td>%1 %2 &nbsp;%3 %4 &nbsp;%5 %6</td>")
                        .arg(box(l.status == QLatin1String("approved")), e(FormBuilders::tr("yes")),
                             box(l.status == QLatin1String("declined")), e(FormBuilders::tr("no")),
                             box(l.status == QLatin1String("deferred")), e(FormBuilders::tr("later")));
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

FormDocument newDocument(const QString &form, const QString &number, const QString &language, const FormHeader &header,
                         QPageSize::PageSizeId pageSize)
{
    FormDocument doc;
    doc.form = form;
    doc.number = number;
    doc.language = language;
    doc.title = Forms::title(form);
    doc.header = header;
    doc.pageSize = pageSize;
    return doc;
}
} // namespace

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

FormDocument FormBuilders::intake(const IntakeSheet &s, const QString &language)
{
    const Inspection &in = s.inspection;
    FormDocument doc = newDocument(QStringLiteral("intake"), s.workOrderNumber, language, s.header, QPageSize::A4);

    HtmlTemplate t = HtmlTemplate::fromResource(QStringLiteral("intake"));
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
        .set(QStringLiteral("fuel"), InspectionRules::fuelText(in.fuelEighths))
        .set(QStringLiteral("key_tag"), orDash(in.keyTag))
        .set(QStringLiteral("terms"), s.handoverTerms.trimmed().isEmpty() ? tr("—") : s.handoverTerms.trimmed());

    QString odometerNote;
    if (in.previousOdometerKm >= 0 && in.odometerKm >= 0 && in.odometerKm < in.previousOdometerKm)
        odometerNote = QStringLiteral("<p class=\"small\">%1</p>")
                           .arg(HtmlTemplate::escape(tr("The odometer reads less than the last recorded %1 km: %2")
                                                         .arg(QLocale().toString(in.previousOdometerKm),
                                                              in.odometerReason)));
    t.setHtml(QStringLiteral("odometer_note"), odometerNote);

    // The diagram, 400 pt wide, drawn at 4 pixels per point.
    VehicleDiagram diagram;
    const QSizeF natural = diagram.naturalSize();
    const int widthPt = 330;
    const int heightPt = qRound(widthPt * natural.height() / natural.width());
    QFont labelFont = FormRenderer::font(language);
    doc.images.insert(QStringLiteral("diagram"),
                      png(diagram.image(QSize(widthPt * 4, heightPt * 4), in.marks, labelFont)));
    doc.images.insert(QStringLiteral("fuel"), fuelGauge(in.fuelEighths));
    t.set(QStringLiteral("diagram_width"), QString::number(widthPt))
        .set(QStringLiteral("diagram_height"), QString::number(heightPt));

    QString marks;
    if (in.marks.isEmpty()) {
        marks = QStringLiteral("<p>%1</p>").arg(HtmlTemplate::escape(tr("No damage found on the walk-around.")));
    } else {
        marks = QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\"><tr><th width=\"6%\">%1</th>"
                               "<th width=\"11%\">%2</th><th width=\"11%\">%3</th><th>%4</th><th width=\"40%\">%5</th></tr>")
                    .arg(HtmlTemplate::escape(tr("No.")), HtmlTemplate::escape(tr("Where")),
                         HtmlTemplate::escape(tr("Damage")), HtmlTemplate::escape(tr("Size, note")),
                         HtmlTemplate::escape(tr("This visit")));
        for (const DamageMark &m : in.marks) {
            QString status;
            if (m.isNew)
                status = QStringLiteral("<span class=\"new\">%1</span>").arg(HtmlTemplate::escape(tr("New this visit")));
            else
                status = QStringLiteral("<span class=\"earlier\">%1</span>")
                             .arg(HtmlTemplate::escape(tr("%1 (recorded %2)")
                                                           .arg(InspectionRules::markStatusName(m.status),
                                                                m.foundAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")))));
            marks += QStringLiteral("<tr><td class=\"center\">%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                         .arg(m.number)
                         .arg(HtmlTemplate::escape(InspectionRules::viewName(m.view)),
                              HtmlTemplate::escape(InspectionRules::damageKindName(m.kind)),
                              HtmlTemplate::escape(orDash(m.note)), status);
        }
        marks += QStringLiteral("</table>");
    }
    t.setHtml(QStringLiteral("marks"), marks);

    QStringList belongings;
    for (const QString &code : InspectionRules::belongings())
        belongings << box(in.belongings.contains(code)) + QStringLiteral("&nbsp;") +
                          HtmlTemplate::escape(InspectionRules::belongingName(code)).replace(QLatin1Char(' '), QStringLiteral("&nbsp;"));
    QString belongingsHtml = belongings.join(QStringLiteral("  "));
    if (!in.belongingsOther.trimmed().isEmpty())
        belongingsHtml += QStringLiteral("<br/>") + HtmlTemplate::escape(tr("Other: %1").arg(in.belongingsOther.trimmed()));
    t.setHtml(QStringLiteral("belongings"), belongingsHtml);

    QStringList lamps;
    for (const QString &code : in.warningLamps)
        lamps << InspectionRules::warningLampName(code);
    t.set(QStringLiteral("lamps"), lamps.isEmpty() ? tr("None lit") : lamps.join(tr(", ")));

    const QStringList handover{
        box(in.valuablesReminded) + QStringLiteral("&nbsp;") + HtmlTemplate::escape(tr("Customer reminded to take valuables")),
        HtmlTemplate::escape(tr("Old parts: %1").arg(InspectionRules::oldPartsName(in.oldParts))),
        box(in.coversFitted) + QStringLiteral("&nbsp;") + HtmlTemplate::escape(tr("Seat, wheel and floor covers fitted")),
        box(in.wash) + QStringLiteral("&nbsp;") + HtmlTemplate::escape(tr("Wash wanted"))};
    t.setHtml(QStringLiteral("handover"), handover.join(QStringLiteral("<br/>")));

    QStringList checks;
    for (const QString &item : InspectionRules::checkItems()) {
        QuickCheck c{item, QString(), QString()};
        for (const QuickCheck &x : in.checks)
            if (x.item == item)
                c = x;
        QString line = InspectionRules::checkItemName(item) + tr(": ") + InspectionRules::ratingName(c.rating);
        if (!c.note.trimmed().isEmpty())
            line += tr(" (%1)").arg(c.note.trimmed());
        const QString cls = c.rating == QLatin1String("red") ? QStringLiteral("new") : QString();
        checks << (cls.isEmpty() ? HtmlTemplate::escape(line)
                                 : QStringLiteral("<span class=\"%1\">%2</span>").arg(cls, HtmlTemplate::escape(line)));
    }
    t.setHtml(QStringLiteral("checks"), checks.join(QStringLiteral("<br/>")));

    t.setHtml(QStringLiteral("concerns"), numberedList(s.concerns));

    QString items;
    if (s.plannedItems.isEmpty()) {
        items = QStringLiteral("<p>%1</p>")
                    .arg(HtmlTemplate::escape(tr("The work order lists the items and their prices; no work starts before "
                                                 "the customer approves them.")));
    } else {
        items = QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\"><tr><th>%1</th><th width=\"12%\" "
                               "class=\"amount\">%2</th><th width=\"18%\" class=\"amount\">%3</th></tr>")
                    .arg(HtmlTemplate::escape(tr("Item")), HtmlTemplate::escape(tr("Qty")),
                         HtmlTemplate::escape(tr("Amount")));
        for (const PlannedItem &i : s.plannedItems)
            items += QStringLiteral("<tr><td>%1</td><td class=\"amount\">%2</td><td class=\"amount\">%3</td></tr>")
                         .arg(HtmlTemplate::escape(i.description), HtmlTemplate::escape(i.quantity),
                              HtmlTemplate::escape(yuan(i.amountFen)));
        items += QStringLiteral("<tr><td colspan=\"2\" class=\"total\">%1</td><td class=\"amount total\">%2</td></tr></table>")
                     .arg(HtmlTemplate::escape(tr("Estimate, VAT included")), HtmlTemplate::escape(yuan(s.estimateFen)));
    }
    t.setHtml(QStringLiteral("items"), items);

    doc.html = t.fill();
    return doc;
}

FormDocument FormBuilders::appointment(const AppointmentSlip &s, const QString &language)
{
    FormDocument doc = newDocument(QStringLiteral("appointment"), s.number, language, s.header, QPageSize::A5);

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

    HtmlTemplate t = HtmlTemplate::fromResource(QStringLiteral("appointment"));
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
    if (s.state == QLatin1String("cancelled") || s.state == QLatin1String("no_show"))
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

FormDocument FormBuilders::authorization(const AuthorizationForm &f, const QString &language)
{
    const WorkOrderParty &p = f.party;
    const WorkOrder &o = f.order;
    FormDocument doc = newDocument(QStringLiteral("authorization"), p.workOrderNumber, language, f.header, QPageSize::A4);
    doc.sourceVersion = o.version;
    HtmlTemplate t = HtmlTemplate::fromResource(QStringLiteral("authorization"));
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
        if (l.kind == QLatin1String("part") && l.partSource == QLatin1String("customer_supplied"))
            notes << WorkOrderRules::noGuaranteeNote() + QStringLiteral(" (") + l.description + QLatin1Char(')');
        if (l.kind == QLatin1String("part") && l.partSource == QLatin1String("reconditioned"))
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

FormDocument FormBuilders::addon(const AddOnForm &f, const QString &language)
{
    const WorkOrderParty &p = f.party;
    FormDocument doc = newDocument(QStringLiteral("addon"), p.workOrderNumber, language, f.header, QPageSize::A4);
    HtmlTemplate t = HtmlTemplate::fromResource(QStringLiteral("addon"));
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
        if (a.warranty == QLatin1String("not_eligible"))
            html += QStringLiteral("<p class=\"small\">%1</p>").arg(e(tr("Not covered by warranty: %1").arg(a.warrantyReason)));
        else if (a.warranty == QLatin1String("eligible"))
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

FormDocument FormBuilders::certificate(const CompletionCertificate &c, const QString &language)
{
    const WorkOrderParty &p = c.party;
    FormDocument doc = newDocument(QStringLiteral("certificate"), p.workOrderNumber, language, c.header, QPageSize::A5);
    HtmlTemplate t = HtmlTemplate::fromResource(QStringLiteral("certificate"));
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
QString th(const QString &text, const char *attrs = "")
{
    return QStringLiteral("<th%1>%2</th>").arg(QString::fromLatin1(attrs), HtmlTemplate::escape(text));
}

QString td(const QString &text, const char *attrs = "")
{
    return QStringLiteral("<td%1>%2</td>").arg(QString::fromLatin1(attrs), HtmlTemplate::escape(text));
}

QString grid(const QString &head, const QStringList &rows)
{
    if (rows.isEmpty())
        return QStringLiteral("<p>—</p>");
    return QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\"><tr>") + head + QStringLiteral("</tr>") +
           rows.join(QString()) + QStringLiteral("</table>");
}

QString dateOnly(const QDateTime &utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")) : QStringLiteral("—");
}
} // namespace

FormDocument FormBuilders::settlement(const SettlementStatement &f, const QString &language)
{
    const WorkOrderParty &p = f.party;
    const WorkOrder &o = f.order;
    const Settlement &s = f.settlement;
    const bool reversal = s.kind == QLatin1String("reversal");
    const Fen sign = reversal ? -1 : 1; // a reversal prints every line negated, like its totals
    FormDocument doc = newDocument(QStringLiteral("settlement"), s.number, language, f.header, QPageSize::A4);
    HtmlTemplate t = HtmlTemplate::fromResource(QStringLiteral("settlement"));
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

    QStringList labor, materials, other;
    for (const WorkOrderLine &l : o.lines) {
        if (!l.counts())
            continue;
        const QString who = td(WorkOrderRules::payTypeName(l.payType));
        if (l.kind == QLatin1String("labor")) {
            labor << QStringLiteral("<tr>") + td(QString::number(labor.size() + 1)) + td(orDash(l.code)) + td(l.description) +
                         td(quantityOf(l), " class=\"amount\"") + td(yuan(l.rateFen), " class=\"amount\"") +
                         td(yuan(sign * l.amount()), " class=\"amount\"") + who + QStringLiteral("</tr>");
        } else if (l.kind == QLatin1String("part")) {
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
              grid(th(QStringLiteral("#"), " width=\"4%\"") + th(tr("Code"), " width=\"12%\"") + th(tr("Operation")) +
                       th(tr("Hours"), " width=\"9%\" class=\"amount\"") + th(tr("Rate"), " width=\"11%\" class=\"amount\"") +
                       th(tr("Amount"), " width=\"12%\" class=\"amount\"") + th(tr("Who pays"), " width=\"12%\""),
                   labor));
    t.setHtml(QStringLiteral("materials"),
              grid(th(QStringLiteral("#"), " width=\"4%\"") + th(tr("Part no."), " width=\"12%\"") + th(tr("Name")) +
                       th(tr("Brand / spec"), " width=\"12%\"") + th(tr("Unit"), " width=\"5%\"") +
                       th(tr("Qty"), " width=\"6%\" class=\"amount\"") + th(tr("Unit price"), " width=\"10%\" class=\"amount\"") +
                       th(tr("Amount"), " width=\"11%\" class=\"amount\"") + th(tr("Source"), " width=\"8%\"") +
                       th(tr("Who pays"), " width=\"10%\""),
                   materials));
    t.setHtml(QStringLiteral("other"),
              grid(th(QStringLiteral("#"), " width=\"4%\"") + th(tr("Kind"), " width=\"14%\"") + th(tr("Item")) +
                       th(tr("Amount"), " width=\"12%\" class=\"amount\"") + th(tr("Who pays"), " width=\"12%\""),
                   other));
    QString notes;
    for (const WorkOrderLine &l : o.lines)
        if (l.counts() && l.kind == QLatin1String("part") && l.partSource == QLatin1String("customer_supplied"))
            notes += QStringLiteral("<p class=\"small\">%1</p>")
                         .arg(HtmlTemplate::escape(WorkOrderRules::noGuaranteeNote() + QStringLiteral(" (") + l.description +
                                                   QLatin1Char(')')));
    t.setHtml(QStringLiteral("notes"), notes);

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
                                  : HtmlTemplate::escape(tr(" (approved by %1)").arg(s.approvedBy)),
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
              grid(th(tr("Method"), " width=\"28%\"") + th(tr("Reference")) + th(tr("Amount"), " width=\"15%\" class=\"amount\"") +
                       th(tr("Handed over"), " width=\"15%\" class=\"amount\"") + th(tr("Change"), " width=\"12%\" class=\"amount\""),
                   pays));
    doc.html = t.fill();
    return doc;
}

FormDocument FormBuilders::release(const ReleaseNotice &r, const QString &language)
{
    const WorkOrderParty &p = r.party;
    FormDocument doc = newDocument(QStringLiteral("release"), p.workOrderNumber, language, r.header, QPageSize::A5);
    HtmlTemplate t = HtmlTemplate::fromResource(QStringLiteral("release"));
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
        if (l.counts() && l.kind != QLatin1String("part"))
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

FormDocument FormBuilders::dayClose(const DayCloseSheet &sheet, const QString &language)
{
    const DayCloseReport &d = sheet.report;
    FormDocument doc = newDocument(QStringLiteral("dayclose"), d.businessDate.toString(Qt::ISODate), language, sheet.header,
                                   QPageSize::A4);
    HtmlTemplate t = HtmlTemplate::fromResource(QStringLiteral("dayclose"));
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
    doc.html = t.fill();
    return doc;
}

} // namespace dd
