#include "linecolumns.h"

#include <QColor>
#include <QCoreApplication>

namespace dd::LineColumns {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate(kContext, text);
}

// A cell showing `text`, grey when the line does not count, with its own alignment and sort value.
Column column(const char *title, std::function<QString(const WorkOrderLine &)> text, bool number = false,
              std::function<QVariant(const WorkOrderLine &)> sort = {})
{
    return Column{title, [text, number, sort](const WorkOrderLine &l, int role) -> QVariant {
                      switch (role) {
                      case Qt::DisplayRole:
                          return text(l);
                      case Qt::ForegroundRole:
                          return l.counts() ? QVariant() : QVariant(QColor(0x88, 0x88, 0x88));
                      case Qt::TextAlignmentRole:
                          return number ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
                      case SortRole:
                          return sort ? sort(l) : QVariant();
                      }
                      return {};
                  }};
}
} // namespace

QString quantityText(const WorkOrderLine &l)
{
    if (l.is(LineKind::Labor))
        return tr("%L1 h").arg(l.centiHours / 100.0, 0, 'f', 2);
    QString q = QString::number(l.quantityMilli / 1000.0, 'f', 3);
    while (q.contains(QLatin1Char('.')) && (q.endsWith(QLatin1Char('0')) || q.endsWith(QLatin1Char('.'))))
        q.chop(1);
    return l.unit.isEmpty() ? q : q + QLatin1Char(' ') + l.unit;
}

Column kind()
{
    return column(QT_TRANSLATE_NOOP("dd::LineColumns", "Kind"), [](const WorkOrderLine &l) {
        return l.is(LineKind::Other) ? WorkOrderRules::otherKindName(l.otherKind) : WorkOrderCodes::lineKinds().labelOf(l.kind);
    });
}

Column code()
{
    return column(QT_TRANSLATE_NOOP("dd::LineColumns", "Code"), [](const WorkOrderLine &l) { return l.code; });
}

Column description()
{
    return column(QT_TRANSLATE_NOOP("dd::LineColumns", "Description"), [](const WorkOrderLine &l) { return l.description; });
}

Column item()
{
    return column(QT_TRANSLATE_NOOP("dd::LineColumns", "Item"), [](const WorkOrderLine &l) { return l.description; });
}

Column quantity()
{
    return column(QT_TRANSLATE_NOOP("dd::LineColumns", "Hours / qty"), quantityText, true, [](const WorkOrderLine &l) {
        return QVariant(l.is(LineKind::Labor) ? qint64(l.centiHours) * 10 : l.quantityMilli);
    });
}

Column amount()
{
    return column(QT_TRANSLATE_NOOP("dd::LineColumns", "Amount"), [](const WorkOrderLine &l) { return money::format(l.amount()); },
                  true, [](const WorkOrderLine &l) { return QVariant(l.amount()); });
}

Column payer()
{
    return column(QT_TRANSLATE_NOOP("dd::LineColumns", "Who pays"),
                  [](const WorkOrderLine &l) { return WorkOrderRules::payTypeName(l.payType); });
}

Column technicianOrSource()
{
    return column(QT_TRANSLATE_NOOP("dd::LineColumns", "Technician / source"), [](const WorkOrderLine &l) {
        if (l.is(LineKind::Labor))
            return l.technicianName;
        return l.is(LineKind::Part) ? WorkOrderRules::partSourceName(l.partSource) : QString();
    });
}

Column status(std::function<bool()> authorized)
{
    return column(QT_TRANSLATE_NOOP("dd::LineColumns", "Status"), [authorized](const WorkOrderLine &l) {
        if (l.is(LineStatus::Approved) && !authorized())
            return QCoreApplication::translate("dd::LineColumns", "Proposed");
        return WorkOrderRules::lineStatusName(l.status);
    });
}

} // namespace dd::LineColumns
