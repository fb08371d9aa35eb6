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

QString yuan(Fen fen)
{
    return QStringLiteral("¥") + money::format(fen);
}

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

    QString concerns;
    if (s.concerns.isEmpty()) {
        concerns = QStringLiteral("<p>—</p>");
    } else {
        concerns = QStringLiteral("<table width=\"100%\" cellspacing=\"0\">");
        int n = 0;
        for (const QString &c : s.concerns)
            concerns += QStringLiteral("<tr><td width=\"4%\" valign=\"top\">%1.</td><td>%2</td></tr>")
                            .arg(++n)
                            .arg(HtmlTemplate::escape(c));
        concerns += QStringLiteral("</table>");
    }
    t.setHtml(QStringLiteral("concerns"), concerns);

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

} // namespace dd
