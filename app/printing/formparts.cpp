#include "formparts.h"

#include <QBuffer>
#include <QImage>

#include "formbuilders.h"
#include "htmltemplate.h"

namespace dd::formparts {

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
    if (l.is(LineKind::Labor))
        return FormBuilders::tr("%1 h").arg(QString::number(l.centiHours / 100.0, 'f', 2));
    QString q = QString::number(l.quantityMilli / 1000.0, 'f', 3);
    while (q.contains(QLatin1Char('.')) && (q.endsWith(QLatin1Char('0')) || q.endsWith(QLatin1Char('.'))))
        q.chop(1);
    return l.unit.isEmpty() ? q : q + QLatin1Char(' ') + l.unit;
}

QString kindOf(const WorkOrderLine &l)
{
    if (l.is(LineKind::Labor))
        return FormBuilders::tr("Labor");
    if (l.is(LineKind::Part))
        return FormBuilders::tr("Part");
    return WorkOrderRules::otherKindName(l.otherKind);
}

// Work-order lines as a priced table; `decisionColumn` adds boxes to tick for add-on approval.
QString linesTable(const QList<WorkOrderLine> &lines, bool decisionColumn)
{
    auto e = [](const QString &s) { return HtmlTemplate::escape(s); };
    QString html = QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\"><thead><tr><th width=\"4%\">#</th>"
                                  "<th width=\"9%\">%1</th><th>%2</th><th width=\"11%\" class=\"amount\">%3</th>"
                                  "<th width=\"11%\" class=\"amount\">%4</th><th width=\"12%\" class=\"amount\">%5</th>"
                                  "<th width=\"15%\">%6</th>")
                       .arg(e(FormBuilders::tr("Kind")), e(FormBuilders::tr("Item")), e(FormBuilders::tr("Hours / qty")),
                            e(FormBuilders::tr("Rate / price")), e(FormBuilders::tr("Amount")), e(FormBuilders::tr("Who pays")));
    if (decisionColumn)
        html += QStringLiteral("<th width=\"22%\">%1</th>").arg(e(FormBuilders::tr("Customer's decision")));
    html += QStringLiteral("</tr></thead>");
    int n = 0;
    for (const WorkOrderLine &l : lines) {
        QString item = e(l.description);
        if (!l.code.isEmpty())
            item = e(l.code) + QStringLiteral(" ") + item;
        if (l.is(LineKind::Part))
            item += QStringLiteral(" <span class=\"small\">(%1)</span>").arg(e(WorkOrderRules::partSourceName(l.partSource)));
        const Fen price = l.is(LineKind::Labor) ? l.rateFen : l.unitPriceFen;
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td class=\"amount\">%4</td><td class=\"amount\">%5</td>"
                               "<td class=\"amount\">%6</td><td>%7</td>")
                    .arg(++n)
                    .arg(e(kindOf(l)), item, e(quantityOf(l)), e(yuan(price)), e(yuan(l.amount())),
                         e(WorkOrderRules::payTypeName(l.payType)));
        if (decisionColumn)
            html += QStringLiteral("<td>%1 %2 &nbsp;%3 %4 &nbsp;%5 %6</td>")
                        .arg(box(l.is(LineStatus::Approved)), e(FormBuilders::tr("yes")),
                             box(l.is(LineStatus::Declined)), e(FormBuilders::tr("no")),
                             box(l.is(LineStatus::Deferred)), e(FormBuilders::tr("later")));
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

FormDocument newDocument(const FormIdentity &id, const QString &number, const FormHeader &header, QPageSize::PageSizeId pageSize)
{
    FormDocument doc;
    doc.form = id.form;
    doc.number = number;
    doc.language = id.language;
    doc.title = id.title;
    doc.header = header;
    doc.pageSize = pageSize;
    return doc;
}

QString th(const QString &text, const char *attrs)
{
    return QStringLiteral("<th%1>%2</th>").arg(QString::fromLatin1(attrs), HtmlTemplate::escape(text));
}

QString td(const QString &text, const char *attrs)
{
    return QStringLiteral("<td%1>%2</td>").arg(QString::fromLatin1(attrs), HtmlTemplate::escape(text));
}

QString grid(const QString &head, const QStringList &rows)
{
    if (rows.isEmpty())
        return QStringLiteral("<p>—</p>");
    // The header row in <thead>: repeated at the top of the next page when the table runs over.
    return QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\"><thead><tr>") + head +
           QStringLiteral("</tr></thead>") + rows.join(QString()) + QStringLiteral("</table>");
}

QString dateOnly(const QDateTime &utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")) : QStringLiteral("—");
}

} // namespace dd::formparts
