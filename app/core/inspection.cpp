#include "inspection.h"

#include "customer.h"

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
        if (InspectionCodes::ratings().is(c.rating, Rating::Yellow) || InspectionCodes::ratings().is(c.rating, Rating::Red))
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

const CodeTable<BodyView, 5> &InspectionCodes::views()
{
    static const CodeTable<BodyView, 5> t("dd::InspectionRules", {{
        {BodyView::Left, "left", QT_TRANSLATE_NOOP("dd::InspectionRules", "Left side")},
        {BodyView::Right, "right", QT_TRANSLATE_NOOP("dd::InspectionRules", "Right side")},
        {BodyView::Top, "top", QT_TRANSLATE_NOOP("dd::InspectionRules", "Top")},
        {BodyView::Front, "front", QT_TRANSLATE_NOOP("dd::InspectionRules", "Front")},
        {BodyView::Rear, "rear", QT_TRANSLATE_NOOP("dd::InspectionRules", "Rear")},
    }});
    return t;
}

const CodeTable<DamageKind, 6> &InspectionCodes::damageKinds()
{
    static const CodeTable<DamageKind, 6> t("dd::InspectionRules", {{
        {DamageKind::Scratch, "scratch", QT_TRANSLATE_NOOP("dd::InspectionRules", "Scratch")},
        {DamageKind::Dent, "dent", QT_TRANSLATE_NOOP("dd::InspectionRules", "Dent")},
        {DamageKind::Crack, "crack", QT_TRANSLATE_NOOP("dd::InspectionRules", "Crack")},
        {DamageKind::Chip, "chip", QT_TRANSLATE_NOOP("dd::InspectionRules", "Paint chip")},
        {DamageKind::Broken, "broken", QT_TRANSLATE_NOOP("dd::InspectionRules", "Broken")},
        {DamageKind::Other, "other", QT_TRANSLATE_NOOP("dd::InspectionRules", "Other damage")},
    }});
    return t;
}

const CodeTable<WarningLamp, 10> &InspectionCodes::warningLamps()
{
    static const CodeTable<WarningLamp, 10> t("dd::InspectionRules", {{
        {WarningLamp::Engine, "engine", QT_TRANSLATE_NOOP("dd::InspectionRules", "Check engine")},
        {WarningLamp::Oil, "oil", QT_TRANSLATE_NOOP("dd::InspectionRules", "Oil pressure")},
        {WarningLamp::Battery, "battery", QT_TRANSLATE_NOOP("dd::InspectionRules", "Charging")},
        {WarningLamp::Brake, "brake", QT_TRANSLATE_NOOP("dd::InspectionRules", "Brake system")},
        {WarningLamp::Abs, "abs", QT_TRANSLATE_NOOP("dd::InspectionRules", "ABS")},
        {WarningLamp::Airbag, "airbag", QT_TRANSLATE_NOOP("dd::InspectionRules", "Airbag")},
        {WarningLamp::Tpms, "tpms", QT_TRANSLATE_NOOP("dd::InspectionRules", "Tyre pressure")},
        {WarningLamp::Coolant, "coolant", QT_TRANSLATE_NOOP("dd::InspectionRules", "Coolant temperature")},
        {WarningLamp::Esp, "esp", QT_TRANSLATE_NOOP("dd::InspectionRules", "Stability control")},
        {WarningLamp::Service, "service", QT_TRANSLATE_NOOP("dd::InspectionRules", "Service due")},
    }});
    return t;
}

const CodeTable<CheckItem, 7> &InspectionCodes::checkItems()
{
    static const CodeTable<CheckItem, 7> t("dd::InspectionRules", {{
        {CheckItem::Tyres, "tyres", QT_TRANSLATE_NOOP("dd::InspectionRules", "Tyres")},
        {CheckItem::Glass, "glass", QT_TRANSLATE_NOOP("dd::InspectionRules", "Glass")},
        {CheckItem::Lamps, "lamps", QT_TRANSLATE_NOOP("dd::InspectionRules", "Lights")},
        {CheckItem::Wipers, "wipers", QT_TRANSLATE_NOOP("dd::InspectionRules", "Wipers")},
        {CheckItem::Battery, "battery", QT_TRANSLATE_NOOP("dd::InspectionRules", "12 V battery")},
        {CheckItem::HvSystem, "hv_system", QT_TRANSLATE_NOOP("dd::InspectionRules", "High-voltage system warning lamp")},
        {CheckItem::Charging, "charging", QT_TRANSLATE_NOOP("dd::InspectionRules", "Charging port and cable")},
    }});
    return t;
}

const CodeTable<Rating, 3> &InspectionCodes::ratings()
{
    static const CodeTable<Rating, 3> t("dd::InspectionRules", {{
        {Rating::Green, "green", QT_TRANSLATE_NOOP("dd::InspectionRules", "Green: OK")},
        {Rating::Yellow, "yellow", QT_TRANSLATE_NOOP("dd::InspectionRules", "Yellow: watch")},
        {Rating::Red, "red", QT_TRANSLATE_NOOP("dd::InspectionRules", "Red: needs work")},
    }});
    return t;
}

const CodeTable<Belonging, 8> &InspectionCodes::belongings()
{
    static const CodeTable<Belonging, 8> t("dd::InspectionRules", {{
        {Belonging::SpareTyre, "spare_tyre", QT_TRANSLATE_NOOP("dd::InspectionRules", "Spare tyre")},
        {Belonging::Jack, "jack", QT_TRANSLATE_NOOP("dd::InspectionRules", "Jack")},
        {Belonging::ToolKit, "tool_kit", QT_TRANSLATE_NOOP("dd::InspectionRules", "Tool kit")},
        {Belonging::Triangle, "triangle", QT_TRANSLATE_NOOP("dd::InspectionRules", "Warning triangle")},
        {Belonging::Extinguisher, "extinguisher", QT_TRANSLATE_NOOP("dd::InspectionRules", "Fire extinguisher")},
        {Belonging::Licence, "licence", QT_TRANSLATE_NOOP("dd::InspectionRules", "Vehicle licence")},
        {Belonging::Booklet, "booklet", QT_TRANSLATE_NOOP("dd::InspectionRules", "Maintenance booklet")},
        {Belonging::ChargingCable, "charging_cable", QT_TRANSLATE_NOOP("dd::InspectionRules", "Charging cable")},
    }});
    return t;
}

const CodeTable<OldParts, 2> &InspectionCodes::oldParts()
{
    static const CodeTable<OldParts, 2> t("dd::InspectionRules", {{
        {OldParts::CustomerTakes, "customer_takes", QT_TRANSLATE_NOOP("dd::InspectionRules", "Customer takes the old parts")},
        {OldParts::ShopDisposes, "shop_disposes", QT_TRANSLATE_NOOP("dd::InspectionRules", "Shop disposes of the old parts")},
    }});
    return t;
}

const CodeTable<MarkStatus, 2> &InspectionCodes::markStatuses()
{
    static const CodeTable<MarkStatus, 2> t("dd::InspectionRules", {{
        {MarkStatus::Present, "present", QT_TRANSLATE_NOOP("dd::InspectionRules", "Still present")},
        {MarkStatus::Repaired, "repaired", QT_TRANSLATE_NOOP("dd::InspectionRules", "Repaired")},
    }});
    return t;
}

QStringList InspectionRules::views() { return InspectionCodes::views().codes(); }
QString InspectionRules::viewName(const QString &code) { return InspectionCodes::views().labelOf(code); }
QStringList InspectionRules::damageKinds() { return InspectionCodes::damageKinds().codes(); }
QString InspectionRules::damageKindName(const QString &code) { return InspectionCodes::damageKinds().labelOf(code); }
QStringList InspectionRules::warningLamps() { return InspectionCodes::warningLamps().codes(); }
QString InspectionRules::warningLampName(const QString &code) { return InspectionCodes::warningLamps().labelOf(code); }
QStringList InspectionRules::checkItems() { return InspectionCodes::checkItems().codes(); }

QStringList InspectionRules::checkItemsFor(const QString &energyType)
{
    QStringList items;
    for (const QString &item : checkItems()) {
        if (InspectionCodes::checkItems().is(item, CheckItem::HvSystem) && !EnergyRules::highVoltage(energyType))
            continue;
        if (InspectionCodes::checkItems().is(item, CheckItem::Charging) && !EnergyRules::usesCharge(energyType))
            continue;
        items << item;
    }
    return items;
}
QString InspectionRules::checkItemName(const QString &code) { return InspectionCodes::checkItems().labelOf(code); }
QStringList InspectionRules::ratings() { return InspectionCodes::ratings().codes(); }
QStringList InspectionRules::belongings() { return InspectionCodes::belongings().codes(); }
QString InspectionRules::belongingName(const QString &code) { return InspectionCodes::belongings().labelOf(code); }

QString InspectionRules::ratingName(const QString &code)
{
    const auto r = InspectionCodes::ratings().fromCode(code);
    return r ? InspectionCodes::ratings().label(*r) : tr("Not checked");
}

QString InspectionRules::oldPartsName(const QString &code)
{
    const auto o = InspectionCodes::oldParts().fromCode(code);
    return o ? InspectionCodes::oldParts().label(*o) : tr("Not chosen");
}

QString InspectionRules::markStatusName(const QString &code)
{
    const auto m = InspectionCodes::markStatuses().fromCode(code);
    return m ? InspectionCodes::markStatuses().label(*m) : tr("Not confirmed");
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
    if (in.fuelEighths < 0 && EnergyRules::usesFuel(in.energyType))
        missing << tr("the fuel level");
    if (in.socPercent < 0 && EnergyRules::usesCharge(in.energyType))
        missing << tr("the state of charge");
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
        if (!m.isNew && !m.status.isEmpty() && !InspectionCodes::markStatuses().contains(m.status))
            v.error(tr("Damage mark %1 has an unknown status.").arg(m.number));
    }
    return v;
}

} // namespace dd
