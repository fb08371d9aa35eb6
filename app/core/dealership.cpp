#include "dealership.h"

#include <QRegularExpression>
#include <algorithm>
#include "workorder.h"

namespace dd {

DealershipSettings DealershipRules::defaults()
{
    DealershipSettings s;
    for (DocumentKind k : DocumentNumbers::all())
        s.prefixes.insert(k, DocumentNumbers::defaultPrefix(k));
    s.handoverTerms = defaultHandoverTerms();
    return s;
}

QString DealershipRules::defaultHandoverTerms()
{
    return tr("1. Please take your valuables with you; the shop is not liable for valuables left in the vehicle.\n"
              "2. Replaced parts belong to the customer and are returned on request.\n"
              "3. Additional work is only carried out with the customer's prior consent.\n"
              "4. Customer-supplied parts carry no quality guarantee from the shop.");
}

Validation DealershipRules::validate(const DealershipSettings &s)
{
    Validation v;
    if (s.name.trimmed().isEmpty())
        v.error(tr("The dealership name is empty; it is printed on every form."));
    if (s.name.size() > 120)
        v.error(tr("The dealership name is longer than 120 characters."));
    if (s.vatRateBp < 0 || s.vatRateBp > 10000)
        v.error(tr("The VAT rate must be between 0 % and 100 %."));
    else if (s.vatRateBp != 1300)
        v.warning(tr("The VAT rate is %1 %; repair services and parts are normally taxed at 13 %.")
                      .arg(money::formatBasisPoints(s.vatRateBp)));
    static const QRegularExpression phoneRe(QStringLiteral("^[0-9+()\\- ]{0,30}$"));
    if (!phoneRe.match(s.phone).hasMatch())
        v.error(tr("The phone number \"%1\" may only hold digits, spaces, +, - and brackets.").arg(s.phone));
    if (!s.taxNumber.isEmpty())
        v.merge(validateTaxNumber(s.taxNumber));
    QMap<QString, DocumentKind> seen;
    for (DocumentKind k : DocumentNumbers::all()) {
        const QString p = s.prefix(k);
        const Validation pv = DocumentNumbers::validatePrefix(p);
        for (const QString &e : pv.errors)
            v.error(DocumentNumbers::displayName(k) + QStringLiteral(": ") + e);
        if (pv.ok() && seen.contains(p))
            v.error(tr("%1 and %2 use the same prefix \"%3\"; each kind of document needs its own.")
                        .arg(DocumentNumbers::displayName(seen.value(p)), DocumentNumbers::displayName(k), p));
        seen.insert(p, k);
    }
    if (s.autoLockMinutes < 0 || s.autoLockMinutes > 240)
        v.error(tr("Locking idle PCs takes 1 to 240 minutes, or 0 for never."));
    if (s.greetingLimitSeconds < 30 || s.greetingLimitSeconds > 1800)
        v.error(tr("The time to greet an arriving customer must be between 30 seconds and 30 minutes."));
    if (s.approvalAlertMinutes < 1 || s.approvalAlertMinutes > 240)
        v.error(tr("The time a finding may wait for the customer's decision must be between 1 and 240 minutes."));
    if (s.discountLimitAdvisorBp < 0 || s.discountLimitAdvisorBp > 10000 || s.discountLimitCashierBp < 0 ||
        s.discountLimitCashierBp > 10000)
        v.error(tr("The discount a role may grant alone must be between 0 and 100 %."));
    if (s.maintenanceIntervalKm < 500 || s.maintenanceIntervalKm > 50000)
        v.error(tr("The maintenance interval must be between 500 and 50,000 km."));
    if (s.maintenanceIntervalMonths < 1 || s.maintenanceIntervalMonths > 24)
        v.error(tr("The maintenance interval must be between 1 and 24 months."));
    if (s.logoPng.size() > 512 * 1024)
        v.error(tr("The logo is larger than 512 KB; choose a smaller image."));
    v.merge(validate(s.workshopHours));
    v.merge(FollowUpRules::validate(s.followUp));
    if (s.fallbackTemplate.size() > 500)
        v.error(tr("The message text is longer than 500 characters; an SMS platform splits or refuses it."));
    if (s.noShowGraceMinutes < 5 || s.noShowGraceMinutes > 240)
        v.error(tr("A late booking becomes a no-show after 5 to 240 minutes."));
    for (auto it = s.guarantees.cbegin(); it != s.guarantees.cend(); ++it) {
        const int minKm = WorkOrderRules::guaranteeKm(it.key());
        const int minDays = WorkOrderRules::guaranteeDays(it.key());
        if (it->km < minKm || it->days < minDays)
            v.error(tr("The guarantee for %1 may not be less than the legal %L2 km and %3 days.")
                        .arg(WorkOrderRules::repairCategoryName(it.key()))
                        .arg(minKm)
                        .arg(minDays));
        else if (it->km > 500000 || it->days > 3650)
            v.error(tr("The guarantee for %1 is longer than 500,000 km or 10 years; check the figures.")
                        .arg(WorkOrderRules::repairCategoryName(it.key())));
    }
    return v;
}

Validation DealershipRules::validate(const WorkshopHours &h)
{
    Validation v;
    if (!h.opens.isValid() || !h.closes.isValid() || h.opens >= h.closes)
        v.error(tr("The workshop must open before it closes (for example 08:30 to 18:00)."));
    else if (h.opens.secsTo(h.closes) < 2 * 3600)
        v.error(tr("The workshop is open for less than 2 hours a day; check its opening and closing times."));
    if (h.daysOff.size() >= 7)
        v.error(tr("The workshop cannot be closed on every day of the week."));
    return v;
}

QList<LaborRate> DealershipRules::withDefaultFirst(QList<LaborRate> rates, const QString &defaultCode)
{
    std::stable_sort(rates.begin(), rates.end(), [&defaultCode](const LaborRate &a, const LaborRate &b) {
        return (a.code == defaultCode) > (b.code == defaultCode);
    });
    return rates;
}

bool WorkshopHours::contains(const QDateTime &local) const
{
    return isWorkday(local.date()) && local.time() >= opens && local.time() <= closes;
}

QDateTime WorkshopHours::nextOpen(const QDateTime &local) const
{
    if (contains(local))
        return local;
    QDate day = local.date();
    if (isWorkday(day) && local.time() < opens)
        return QDateTime(day, opens, local.timeSpec());
    for (int i = 0; i < 8; ++i) {
        day = day.addDays(1);
        if (isWorkday(day))
            return QDateTime(day, opens, local.timeSpec());
    }
    return QDateTime(local.date().addDays(1), opens, local.timeSpec()); // closed every day: not valid settings
}

QString WorkshopHours::daysOffText(const QList<int> &days)
{
    QStringList out;
    QList<int> sorted;
    for (int d : days)
        if (d >= 1 && d <= 7 && !sorted.contains(d))
            sorted << d;
    std::sort(sorted.begin(), sorted.end());
    for (int d : sorted)
        out << QString::number(d);
    return out.join(QLatin1Char(','));
}

QList<int> WorkshopHours::parseDaysOff(const QString &text)
{
    QList<int> days;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int d = part.trimmed().toInt(&ok);
        if (ok && d >= 1 && d <= 7 && !days.contains(d))
            days << d;
    }
    std::sort(days.begin(), days.end());
    return days;
}

Validation DealershipRules::validate(const LaborRate &rate)
{
    Validation v;
    static const QRegularExpression codeRe(QStringLiteral("^[A-Z0-9_-]{1,12}$"));
    if (!codeRe.match(rate.code).hasMatch())
        v.error(tr("Labor rate code \"%1\": use 1 to 12 capital letters, digits, - or _.").arg(rate.code));
    if (rate.name.trimmed().isEmpty())
        v.error(tr("Labor rate %1 has no name.").arg(rate.code));
    if (rate.ratePerHour <= 0)
        v.error(tr("Labor rate %1 must be more than 0.00 per hour.").arg(rate.code));
    return v;
}

Guarantee DealershipSettings::guaranteeFor(const QString &repairCategory) const
{
    const Guarantee legal{WorkOrderRules::guaranteeKm(repairCategory), WorkOrderRules::guaranteeDays(repairCategory)};
    const Guarantee committed = guarantees.value(repairCategory, legal);
    return {qMax(committed.km, legal.km), qMax(committed.days, legal.days)};
}

QString DealershipRules::guaranteesText(const QMap<QString, Guarantee> &guarantees)
{
    QStringList parts;
    for (auto it = guarantees.cbegin(); it != guarantees.cend(); ++it)
        parts << QStringLiteral("%1=%2/%3").arg(it.key()).arg(it->km).arg(it->days);
    return parts.join(QLatin1Char(';'));
}

QMap<QString, Guarantee> DealershipRules::parseGuarantees(const QString &text)
{
    QMap<QString, Guarantee> out;
    static const QRegularExpression re(QStringLiteral("^\\s*([a-z0-9_]+)=(\\d{1,7})/(\\d{1,5})\\s*$"));
    for (const QString &part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QRegularExpressionMatch m = re.match(part);
        if (m.hasMatch() && WorkOrderRules::repairCategories().contains(m.captured(1)))
            out.insert(m.captured(1), Guarantee{m.captured(2).toInt(), m.captured(3).toInt()});
    }
    return out;
}

Validation DealershipRules::validateTaxNumber(const QString &taxNumber)
{
    Validation v;
    static const QString alphabet = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");
    static const int weights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    const QString t = taxNumber.trimmed().toUpper();
    if (t.size() != 18) {
        v.error(tr("The tax number has %1 characters; a unified social credit code has 18.").arg(t.size()));
        return v;
    }
    int sum = 0;
    for (int i = 0; i < 18; ++i) {
        const int value = alphabet.indexOf(t.at(i));
        if (value < 0) {
            v.error(tr("The tax number holds \"%1\" at position %2; only digits and capital letters other than "
                       "I, O, Z, S and V are used.")
                        .arg(t.at(i))
                        .arg(i + 1));
            return v;
        }
        if (i < 17)
            sum += value * weights[i];
    }
    const int check = (31 - sum % 31) % 31;
    if (alphabet.at(check) != t.at(17))
        v.error(tr("The tax number's last character should be %1; check the number for a typing error.")
                    .arg(alphabet.at(check)));
    return v;
}

} // namespace dd
