#include "inspection.h"

#include <QLocale>

namespace dd {

QList<DamageMark> Inspection::newMarks() const
{
    QList<DamageMark> out;
    for (const DamageMark &m : marks)
        if (m.isNew)
            out << m;
    return out;
}

QList<DamageMark> Inspection::earlierMarks() const
{
    QList<DamageMark> out;
    for (const DamageMark &m : marks)
        if (!m.isNew)
            out << m;
    return out;
}

QList<QuickCheck> Inspection::findings() const
{
    QList<QuickCheck> out;
    for (const QuickCheck &c : checks)
        if (c.rating == QLatin1String("yellow") || c.rating == QLatin1String("red"))
            out << c;
    return out;
}

void Inspection::renumberMarks()
{
    std::stable_sort(marks.begin(), marks.end(),
                     [](const DamageMark &a, const DamageMark &b) { return !a.isNew && b.isNew; });
    int n = 0;
    for (DamageMark &m : marks)
        m.number = ++n;
}

QStringList InspectionRules::views()
{
    return {QStringLiteral("left"), QStringLiteral("right"), QStringLiteral("top"), QStringLiteral("front"),
            QStringLiteral("rear")};
}

QString InspectionRules::viewName(const QString &code)
{
    if (code == QLatin1String("top"))
        return tr("Top");
    if (code == QLatin1String("front"))
        return tr("Front");
    if (code == QLatin1String("rear"))
        return tr("Rear");
    if (code == QLatin1String("left"))
        return tr("Left side");
    if (code == QLatin1String("right"))
        return tr("Right side");
    return code;
}

QStringList InspectionRules::damageKinds()
{
    return {QStringLiteral("scratch"), QStringLiteral("dent"), QStringLiteral("crack"),
            QStringLiteral("chip"),    QStringLiteral("broken"), QStringLiteral("other")};
}

QString InspectionRules::damageKindName(const QString &code)
{
    if (code == QLatin1String("scratch"))
        return tr("Scratch");
    if (code == QLatin1String("dent"))
        return tr("Dent");
    if (code == QLatin1String("crack"))
        return tr("Crack");
    if (code == QLatin1String("chip"))
        return tr("Paint chip");
    if (code == QLatin1String("broken"))
        return tr("Broken");
    if (code == QLatin1String("other"))
        return tr("Other damage");
    return code;
}

QStringList InspectionRules::warningLamps()
{
    return {QStringLiteral("engine"), QStringLiteral("oil"),      QStringLiteral("battery"), QStringLiteral("brake"),
            QStringLiteral("abs"),    QStringLiteral("airbag"),   QStringLiteral("tpms"),    QStringLiteral("coolant"),
            QStringLiteral("esp"),    QStringLiteral("service")};
}

QString InspectionRules::warningLampName(const QString &code)
{
    if (code == QLatin1String("engine"))
        return tr("Check engine");
    if (code == QLatin1String("oil"))
        return tr("Oil pressure");
    if (code == QLatin1String("battery"))
        return tr("Charging");
    if (code == QLatin1String("brake"))
        return tr("Brake system");
    if (code == QLatin1String("abs"))
        return tr("ABS");
    if (code == QLatin1String("airbag"))
        return tr("Airbag");
    if (code == QLatin1String("tpms"))
        return tr("Tyre pressure");
    if (code == QLatin1String("coolant"))
        return tr("Coolant temperature");
    if (code == QLatin1String("esp"))
        return tr("Stability control");
    if (code == QLatin1String("service"))
        return tr("Service due");
    return code;
}

QStringList InspectionRules::checkItems()
{
    return {QStringLiteral("tyres"), QStringLiteral("glass"), QStringLiteral("lamps"), QStringLiteral("wipers"),
            QStringLiteral("battery")};
}

QString InspectionRules::checkItemName(const QString &code)
{
    if (code == QLatin1String("tyres"))
        return tr("Tyres");
    if (code == QLatin1String("glass"))
        return tr("Glass");
    if (code == QLatin1String("lamps"))
        return tr("Lights");
    if (code == QLatin1String("wipers"))
        return tr("Wipers");
    if (code == QLatin1String("battery"))
        return tr("Battery");
    return code;
}

QStringList InspectionRules::ratings()
{
    return {QStringLiteral("green"), QStringLiteral("yellow"), QStringLiteral("red")};
}

QString InspectionRules::ratingName(const QString &code)
{
    if (code == QLatin1String("green"))
        return tr("Green: OK");
    if (code == QLatin1String("yellow"))
        return tr("Yellow: watch");
    if (code == QLatin1String("red"))
        return tr("Red: needs work");
    return tr("Not checked");
}

QStringList InspectionRules::belongings()
{
    return {QStringLiteral("spare_tyre"),   QStringLiteral("jack"),          QStringLiteral("tool_kit"),
            QStringLiteral("triangle"),     QStringLiteral("extinguisher"),  QStringLiteral("licence"),
            QStringLiteral("booklet"),      QStringLiteral("charging_cable")};
}

QString InspectionRules::belongingName(const QString &code)
{
    if (code == QLatin1String("spare_tyre"))
        return tr("Spare tyre");
    if (code == QLatin1String("jack"))
        return tr("Jack");
    if (code == QLatin1String("tool_kit"))
        return tr("Tool kit");
    if (code == QLatin1String("triangle"))
        return tr("Warning triangle");
    if (code == QLatin1String("extinguisher"))
        return tr("Fire extinguisher");
    if (code == QLatin1String("licence"))
        return tr("Vehicle licence");
    if (code == QLatin1String("booklet"))
        return tr("Maintenance booklet");
    if (code == QLatin1String("charging_cable"))
        return tr("Charging cable");
    return code;
}

QString InspectionRules::oldPartsName(const QString &code)
{
    if (code == QLatin1String("customer_takes"))
        return tr("Customer takes the old parts");
    if (code == QLatin1String("shop_disposes"))
        return tr("Shop disposes of the old parts");
    return tr("Not chosen");
}

QString InspectionRules::markStatusName(const QString &code)
{
    if (code == QLatin1String("present"))
        return tr("Still present");
    if (code == QLatin1String("repaired"))
        return tr("Repaired");
    return tr("Not confirmed");
}

QString InspectionRules::fuelText(int eighths)
{
    if (eighths < 0)
        return tr("Not read");
    if (eighths == 0)
        return tr("Empty");
    if (eighths == 8)
        return tr("Full");
    if (eighths == 4)
        return tr("1/2");
    return QStringLiteral("%1/8").arg(eighths);
}

Validation InspectionRules::checkOdometer(int readingKm, int previousKm, const QString &reason)
{
    Validation v;
    if (readingKm < 0) {
        v.error(tr("Read the odometer and enter the mileage."));
        return v;
    }
    if (readingKm > 2000000) {
        v.error(tr("A mileage of %1 km is not plausible.").arg(QLocale().toString(readingKm)));
        return v;
    }
    if (previousKm >= 0 && readingKm < previousKm && reason.trimmed().isEmpty())
        v.error(tr("The odometer reads %1 km, lower than the last recorded %2 km. Check the reading; if the "
                   "instrument cluster was replaced or the odometer reset, write down why.")
                    .arg(QLocale().toString(readingKm), QLocale().toString(previousKm)));
    return v;
}

QString InspectionRules::normalizeKeyTag(const QString &text)
{
    QString out;
    for (QChar c : text.normalized(QString::NormalizationForm_KC).trimmed())
        if (!c.isSpace())
            out += c.toUpper();
    return out;
}

Validation InspectionRules::checkKeyTag(const QString &tag)
{
    Validation v;
    const QString t = normalizeKeyTag(tag);
    if (t.isEmpty())
        v.error(tr("Hang the key on a numbered tag and enter the tag number."));
    else if (t.size() > 12)
        v.error(tr("The key tag \"%1\" is longer than 12 characters.").arg(t));
    return v;
}

QStringList InspectionRules::missingForCompletion(const Inspection &in)
{
    QStringList missing;
    if (in.odometerKm < 0)
        missing << tr("the odometer reading");
    else if (!checkOdometer(in.odometerKm, in.previousOdometerKm, in.odometerReason).ok())
        missing << tr("the reason why the odometer reads less than last time");
    if (in.fuelEighths < 0)
        missing << tr("the fuel level");
    if (!in.valuablesReminded)
        missing << tr("the valuables reminder");
    if (in.oldParts.isEmpty())
        missing << tr("the customer's choice for the old parts");
    if (normalizeKeyTag(in.keyTag).isEmpty())
        missing << tr("the key tag number");
    int unconfirmed = 0;
    for (const DamageMark &m : in.marks)
        if (!m.isNew && m.status.isEmpty())
            ++unconfirmed;
    if (unconfirmed)
        missing << tr("a check of %n earlier damage mark(s): still present or repaired", nullptr, unconfirmed);
    return missing;
}

Validation InspectionRules::checkMarks(const QList<DamageMark> &marks)
{
    Validation v;
    for (const DamageMark &m : marks) {
        if (!views().contains(m.view))
            v.error(tr("Damage mark %1 is on an unknown view \"%2\".").arg(m.number).arg(m.view));
        if (!damageKinds().contains(m.kind))
            v.error(tr("Damage mark %1 has an unknown kind \"%2\".").arg(m.number).arg(m.kind));
        if (m.x < 0 || m.x > 1000 || m.y < 0 || m.y > 1000)
            v.error(tr("Damage mark %1 lies outside the diagram.").arg(m.number));
        if (m.note.size() > 200)
            v.error(tr("The note of damage mark %1 is longer than 200 characters.").arg(m.number));
        if (!m.isNew && !m.status.isEmpty() && m.status != QLatin1String("present") &&
            m.status != QLatin1String("repaired"))
            v.error(tr("Damage mark %1 has an unknown status.").arg(m.number));
    }
    return v;
}

} // namespace dd
