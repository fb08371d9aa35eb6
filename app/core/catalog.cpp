#include "catalog.h"

#include <QRegularExpression>

#include "csv.h"

namespace dd
{

namespace
{
// A decimal with up to `decimals` places, as thousand-separated or plain digits; scaled to an integer.
std::optional<qint64> parseScaled(QString text, int decimals)
{
    text = text.trimmed().remove(QLatin1Char(',')).remove(QChar(0xFF0C));
    static const QRegularExpression re(QStringLiteral("^(\\d{1,9})(?:\\.(\\d+))?$"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    QString fraction = m.captured(2);
    if (fraction.size() > decimals) {
        // Only zeros may follow the last place we keep: 1.50 hours is fine, 1.505 is not.
        if (!fraction.mid(decimals).contains(QRegularExpression(QStringLiteral("^0+$"))))
            return std::nullopt;
        fraction.truncate(decimals);
    }
    qint64 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    return m.captured(1).toLongLong() * scale +
           fraction.leftJustified(decimals, QLatin1Char('0')).toLongLong();
}
} // namespace

QString CatalogRules::normalizeCode(const QString &code)
{
    QString s = code.simplified();
    for (QChar &c : s)
        if (c.unicode() >= 0xFF01 && c.unicode() <= 0xFF5E) // full-width ASCII from a Chinese keyboard
            c = QChar(c.unicode() - 0xFEE0);
    return s.toUpper();
}

QString CatalogRules::normalizeFamily(const QString &family)
{
    return normalizeCode(family);
}

QString CatalogRules::nameKey(const QString &name)
{
    return name.simplified().toLower();
}

int CatalogRules::fit(const QString &family, const QString &vehicleModel)
{
    const QString f = normalizeFamily(family);
    if (f.isEmpty())
        return 0;
    const QString m = normalizeFamily(vehicleModel);
    if (m == f || m.startsWith(f + QLatin1Char(' ')))
        return int(f.size());
    return -1;
}

std::optional<int> CatalogRules::parseHours(const QString &text)
{
    const std::optional<qint64> v = parseScaled(text, 2);
    if (!v || *v > 100000)
        return std::nullopt;
    return int(*v);
}

std::optional<qint64> CatalogRules::parseQuantity(const QString &text)
{
    return parseScaled(text, 3);
}

QStringList CatalogRules::partSources()
{
    return {QStringLiteral("oem"), QStringLiteral("equivalent"), QStringLiteral("reconditioned")};
}

std::optional<QString> CatalogRules::parseWorkOrderType(const QString &text)
{
    const QString t = text.trimmed().toLower();
    static const struct {
        const char *spelling;
        const char *code;
    } spellings[] = {{"保养", "maintenance"}, {"保養", "maintenance"}, {"维修", "repair"},     {"維修", "repair"},
                     {"钣喷", "body_paint"},  {"鈑噴", "body_paint"},  {"保修", "warranty"},   {"保固", "warranty"},
                     {"保险", "insurance"},   {"保險", "insurance"},   {"内部", "internal"},   {"內部", "internal"},
                     {"返修", "comeback"}};
    for (const auto &s : spellings)
        if (t == QString::fromUtf8(s.spelling))
            return QString::fromLatin1(s.code);
    for (const QString &code : WorkOrderCodes::types().codes())
        if (t == code || t == WorkOrderRules::typeName(code).toLower())
            return code;
    return std::nullopt;
}

std::optional<QString> CatalogRules::parseSource(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty())
        return QStringLiteral("oem");
    static const struct {
        const char *spelling;
        const char *code;
    } spellings[] = {{"oem", "oem"},
                     {"原厂", "oem"},
                     {"原廠", "oem"},
                     {"正厂", "oem"},
                     {"正廠", "oem"},
                     {"equivalent", "equivalent"},
                     {"同质", "equivalent"},
                     {"同質", "equivalent"},
                     {"副厂", "equivalent"},
                     {"副廠", "equivalent"},
                     {"reconditioned", "reconditioned"},
                     {"修复", "reconditioned"},
                     {"修復", "reconditioned"}};
    for (const auto &s : spellings)
        if (t == QString::fromUtf8(s.spelling))
            return QString::fromLatin1(s.code);
    for (const QString &code : partSources())
        if (t == WorkOrderRules::partSourceName(code).toLower())
            return code;
    return std::nullopt;
}

Validation CatalogRules::check(const LaborOperation &op, const QList<LaborRate> &rates)
{
    Validation v;
    if (normalizeCode(op.code).isEmpty())
        v.error(tr("The operation needs its code."));
    else if (op.code.size() > 40)
        v.error(tr("The operation code \"%1\" is longer than 40 characters.").arg(Csv::excerpt(op.code)));
    if (op.description.trimmed().isEmpty())
        v.error(tr("The operation %1 needs a description.").arg(op.code));
    else if (op.description.size() > 200)
        v.error(tr("The description of %1 is longer than 200 characters.").arg(op.code));
    if (op.centiHours <= 0 || op.centiHours > 100000)
        v.error(tr("The operation %1 needs its standard hours (more than 0, e.g. 1.5).").arg(op.code));
    if (!op.laborCategory.isEmpty()) {
        bool known = false;
        QStringList codes;
        for (const LaborRate &r : rates) {
            known = known || r.code == op.laborCategory;
            codes << r.code;
        }
        if (!known)
            v.error(tr("The labor category \"%1\" is not one of the dealership's labor rates (%2).")
                        .arg(op.laborCategory, codes.join(QStringLiteral(", "))));
    }
    return v;
}

Validation CatalogRules::check(const CatalogPart &part)
{
    Validation v;
    if (normalizeCode(part.partNumber).isEmpty())
        v.error(tr("The part needs its part number."));
    else if (part.partNumber.size() > 40)
        v.error(tr("The part number \"%1\" is longer than 40 characters.").arg(Csv::excerpt(part.partNumber)));
    if (part.name.trimmed().isEmpty())
        v.error(tr("The part %1 needs a name.").arg(part.partNumber));
    else if (part.name.size() > 200)
        v.error(tr("The name of the part %1 is longer than 200 characters.").arg(part.partNumber));
    if (part.priceFen < 0)
        v.error(tr("The part %1 needs a price of 0 or more.").arg(part.partNumber));
    if (!partSources().contains(part.source))
        v.error(tr("The part %1 has an unknown source \"%2\".").arg(part.partNumber, part.source));
    if (part.unit.size() > 10)
        v.error(tr("The unit of the part %1 is longer than 10 characters.").arg(part.partNumber));
    return v;
}

Validation CatalogRules::check(const CannedJob &job)
{
    Validation v;
    // The same limits as a labor operation's code and description.
    if (normalizeCode(job.code).isEmpty())
        v.error(tr("The job needs its code."));
    else if (job.code.size() > 40)
        v.error(tr("The job code \"%1\" is longer than 40 characters.").arg(Csv::excerpt(job.code)));
    if (job.name.trimmed().isEmpty())
        v.error(tr("The job %1 needs a name.").arg(job.code));
    else if (job.name.size() > 200)
        v.error(tr("The name of the job %1 is longer than 200 characters.").arg(job.code));
    if (job.items.isEmpty())
        v.error(tr("The job %1 has no operations or parts.").arg(job.code));
    for (const CannedJobItem &i : job.items) {
        if (!i.is(LineKind::Labor) && !i.is(LineKind::Part))
            v.error(
                tr("The job %1 has an item of unknown kind \"%2\" (labor or part).").arg(job.code, i.kind));
        else if (normalizeCode(i.code).isEmpty())
            v.error(tr("An item of the job %1 has no code.").arg(job.code));
        else if (i.is(LineKind::Part) && i.quantityMilli <= 0)
            v.error(tr("The part %1 in the job %2 needs a quantity.").arg(i.code, job.code));
    }
    return v;
}

WorkOrderLine CatalogRules::line(const LaborOperation &op, const QList<LaborRate> &rates,
                                 int centiHoursOverride)
{
    WorkOrderLine l;
    l.kind = QStringLiteral("labor");
    l.code = op.code;
    l.description = op.description;
    l.centiHours = centiHoursOverride > 0 ? centiHoursOverride : op.centiHours;
    for (const LaborRate &r : rates) {
        if (!r.active && r.code != op.laborCategory)
            continue;
        if (r.code == op.laborCategory || l.laborCategory.isEmpty()) {
            l.laborCategory = r.code;
            l.rateFen = r.ratePerHour;
        }
        if (r.code == op.laborCategory)
            break;
    }
    return l;
}

WorkOrderLine CatalogRules::line(const CatalogPart &part, qint64 quantityMilli)
{
    WorkOrderLine l;
    l.kind = QStringLiteral("part");
    l.code = part.partNumber;
    l.description = part.name;
    l.quantityMilli = quantityMilli;
    l.unit = part.unit;
    l.unitPriceFen = part.priceFen;
    l.partSource = part.source;
    l.brandSpec = part.brandSpec;
    return l;
}

} // namespace dd
