#include "customer.h"

#include "dealership.h"
#include "identifiers.h"

namespace dd {

QString Vehicle::label() const
{
    return labelOf(plate, vin, brand, series);
}

QString Vehicle::labelOf(const QString &plate, const QString &vin, const QString &brand, const QString &series)
{
    QStringList parts;
    parts << (plate.isEmpty() ? vin : plate);
    if (!brand.isEmpty())
        parts << brand;
    if (!series.isEmpty())
        parts << series;
    return parts.join(QLatin1Char(' '));
}

const CodeTable<ContactMethod, 4> &CustomerCodes::contactMethods()
{
    static const CodeTable<ContactMethod, 4> t("dd::CustomerRules", {{
        {ContactMethod::Phone, "phone", QT_TRANSLATE_NOOP("dd::CustomerRules", "Phone call")},
        {ContactMethod::Sms, "sms", QT_TRANSLATE_NOOP("dd::CustomerRules", "Text message")},
        {ContactMethod::WeChat, "wechat", QT_TRANSLATE_NOOP("dd::CustomerRules", "WeChat")},
        {ContactMethod::Email, "email", QT_TRANSLATE_NOOP("dd::CustomerRules", "E-mail")},
    }});
    return t;
}

const CodeTable<EnergyType, 6> &VehicleCodes::energyTypes()
{
    static const CodeTable<EnergyType, 6> t("dd::EnergyRules", {{
        {EnergyType::Petrol, "petrol", QT_TRANSLATE_NOOP("dd::EnergyRules", "Petrol")},
        {EnergyType::Diesel, "diesel", QT_TRANSLATE_NOOP("dd::EnergyRules", "Diesel")},
        {EnergyType::Hybrid, "hybrid", QT_TRANSLATE_NOOP("dd::EnergyRules", "Hybrid")},
        {EnergyType::PlugInHybrid, "phev", QT_TRANSLATE_NOOP("dd::EnergyRules", "Plug-in hybrid")},
        {EnergyType::BatteryElectric, "bev", QT_TRANSLATE_NOOP("dd::EnergyRules", "Battery electric")},
        {EnergyType::FuelCell, "fcev", QT_TRANSLATE_NOOP("dd::EnergyRules", "Fuel cell")},
    }});
    return t;
}

const CodeTable<VehicleType, 7> &VehicleCodes::vehicleTypes()
{
    static const CodeTable<VehicleType, 7> t("dd::VehicleCodes", {{
        {VehicleType::SmallSedan, "K33", QT_TRANSLATE_NOOP("dd::VehicleCodes", "Small sedan")},
        {VehicleType::SmallPassenger, "K31", QT_TRANSLATE_NOOP("dd::VehicleCodes", "Small passenger car")},
        {VehicleType::SmallOffRoad, "K32", QT_TRANSLATE_NOOP("dd::VehicleCodes", "Small off-road car")},
        {VehicleType::MediumPassenger, "K21", QT_TRANSLATE_NOOP("dd::VehicleCodes", "Medium passenger vehicle")},
        {VehicleType::LargePassenger, "K11", QT_TRANSLATE_NOOP("dd::VehicleCodes", "Large passenger vehicle")},
        {VehicleType::LightTruck, "H31", QT_TRANSLATE_NOOP("dd::VehicleCodes", "Light truck")},
        {VehicleType::MediumTruck, "H21", QT_TRANSLATE_NOOP("dd::VehicleCodes", "Medium truck")},
    }});
    return t;
}

const CodeTable<PlateColor, 6> &VehicleCodes::plateColors()
{
    static const CodeTable<PlateColor, 6> t("dd::VehicleCodes", {{
        {PlateColor::Blue, "blue", QT_TRANSLATE_NOOP("dd::VehicleCodes", "Blue")},
        {PlateColor::Yellow, "yellow", QT_TRANSLATE_NOOP("dd::VehicleCodes", "Yellow")},
        {PlateColor::Green, "green", QT_TRANSLATE_NOOP("dd::VehicleCodes", "Green")},
        {PlateColor::YellowGreen, "yellow_green", QT_TRANSLATE_NOOP("dd::VehicleCodes", "Yellow-green")},
        {PlateColor::White, "white", QT_TRANSLATE_NOOP("dd::VehicleCodes", "White")},
        {PlateColor::Black, "black", QT_TRANSLATE_NOOP("dd::VehicleCodes", "Black")},
    }});
    return t;
}

QString VehicleCodes::plateColorOf(const QString &plate)
{
    const QString p = Plate::normalize(plate);
    if (p.isEmpty())
        return {};
    const CodeTable<PlateColor, 6> &c = plateColors();
    if (p.contains(QChar(u'使')) || p.contains(QChar(u'领')) || p.contains(QChar(u'港')) || p.contains(QChar(u'澳')))
        return c.code(PlateColor::Black);
    if (p.contains(QChar(u'警')))
        return c.code(PlateColor::White);
    if (p.contains(QChar(u'学')) || p.contains(QChar(u'挂')))
        return c.code(PlateColor::Yellow);
    switch (Plate::kind(p)) {
    case Plate::Kind::NewEnergySmall: return c.code(PlateColor::Green);
    case Plate::Kind::NewEnergyLarge: return c.code(PlateColor::YellowGreen);
    default: return c.code(PlateColor::Blue);
    }
}

bool EnergyRules::usesFuel(const QString &type)
{
    return !VehicleCodes::energyTypes().is(type, EnergyType::BatteryElectric);
}

bool EnergyRules::usesCharge(const QString &type)
{
    return VehicleCodes::energyTypes().is(type, EnergyType::BatteryElectric) ||
           VehicleCodes::energyTypes().is(type, EnergyType::PlugInHybrid);
}

bool EnergyRules::highVoltage(const QString &type)
{
    const std::optional<EnergyType> t = VehicleCodes::energyTypes().fromCode(type);
    return t && *t != EnergyType::Petrol && *t != EnergyType::Diesel;
}

QString EnergyRules::suggestFromPlate(const QString &plate)
{
    const QString p = plate.trimmed().toUpper();
    if (p.size() != 8)
        return {};
    // Small cars carry the letter right after the city's; large vehicles at the end.
    const QChar letter = p.at(2).isLetter() ? p.at(2) : p.at(7);
    if (letter == QLatin1Char('D'))
        return VehicleCodes::energyTypes().code(EnergyType::BatteryElectric);
    if (letter == QLatin1Char('F'))
        return VehicleCodes::energyTypes().code(EnergyType::PlugInHybrid);
    return {};
}

QStringList CustomerRules::contactMethods() { return CustomerCodes::contactMethods().codes(); }
QString CustomerRules::contactMethodName(const QString &code) { return CustomerCodes::contactMethods().labelOf(code); }

Validation CustomerRules::validateIdNumber(const QString &input)
{
    Validation v;
    const QString id = toHalfWidth(input).trimmed().toUpper();
    if (id.size() != 18) {
        v.error(tr("A resident ID number has 18 characters; this one has %1.").arg(id.size()));
        return v;
    }
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const QChar c = id.at(i);
        if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
            v.error(tr("The first 17 characters of a resident ID number are digits; character %1 is \"%2\".")
                        .arg(i + 1)
                        .arg(c));
            return v;
        }
        sum += (c.unicode() - '0') * weights[i];
    }
    const QChar expected = QStringLiteral("10X98765432").at(sum % 11);
    if (id.at(17) != expected)
        v.error(tr("The ID number's last character should be %1; please check it against the ID card.").arg(expected));
    return v;
}

Validation CustomerRules::validate(Customer &c)
{
    Validation v;
    c.name = c.name.simplified();
    if (c.name.isEmpty())
        v.error(tr("The customer's name is empty."));
    else if (c.name.size() > 100)
        v.error(tr("The customer's name is longer than 100 characters."));
    QStringList seen;
    for (PhoneNumber &p : c.phones) {
        const Phone::Parsed parsed = Phone::parse(p.number);
        if (parsed.kind == Phone::Kind::Invalid) {
            for (const QString &e : Phone::validate(p.number).errors)
                v.error(e);
            continue;
        }
        p.number = parsed.number;
        p.mobile = parsed.kind == Phone::Kind::Mobile;
        if (seen.contains(p.number))
            v.error(tr("The phone number %1 is entered twice.").arg(Phone::display(p.number)));
        seen << p.number;
    }
    if (c.phones.isEmpty())
        v.error(tr("Enter at least one phone number so the shop can reach the customer."));
    if (!c.idNumber.trimmed().isEmpty()) {
        c.idNumber = toHalfWidth(c.idNumber).trimmed().toUpper();
        v.merge(validateIdNumber(c.idNumber));
    }
    if (!contactMethods().contains(c.preferredContact))
        v.error(tr("Choose how the customer prefers to be contacted."));
    if (c.kind == Customer::Kind::Company) {
        if (!c.taxNumber.trimmed().isEmpty()) {
            c.taxNumber = toHalfWidth(c.taxNumber).trimmed().toUpper();
            v.merge(DealershipRules::validateTaxNumber(c.taxNumber));
        } else if (c.onAccount) {
            v.error(tr("A company that settles on account needs its tax number for the invoices."));
        }
        if (c.onAccount && c.creditLimitFen < 0)
            v.error(tr("The credit limit is not an amount: enter what may stand open on the account, e.g. 50000."));
        if (!c.onAccount)
            c.creditLimitFen = 0;
        for (const ContactPerson &p : c.contacts) {
            if (p.name.trimmed().isEmpty())
                v.error(tr("A contact person has no name."));
            if (!p.phone.trimmed().isEmpty())
                for (const QString &e : Phone::validate(p.phone).errors)
                    v.error(tr("Contact %1: %2").arg(p.name, e));
        }
    } else {
        c.contacts.clear();
        c.taxNumber.clear();
        c.onAccount = false;
        c.creditLimitFen = 0;
    }
    return v;
}

Validation VehicleRules::validate(Vehicle &veh, const QDate &today)
{
    Validation v;
    veh.vin = Vin::normalize(veh.vin);
    veh.plate = Plate::normalize(veh.plate);
    if (veh.vin.isEmpty() && veh.plate.isEmpty())
        v.error(tr("Enter the VIN or the plate; a vehicle with no plate yet needs its VIN."));
    if (!veh.vin.isEmpty()) {
        const Validation vv = Vin::validate(veh.vin);
        v.errors << vv.errors;
        if (vv.ok()) {
            const QString warning = vv.warnings.value(0);
            if (warning.isEmpty())
                veh.vinWarning.clear();
            else if (veh.vinWarning != warning)
                v.warning(warning);
        }
    } else {
        veh.vinWarning.clear();
    }
    if (!veh.plate.isEmpty())
        v.merge(Plate::validate(veh.plate));
    if (veh.modelYear != 0 && (veh.modelYear < 1950 || veh.modelYear > today.year() + 1))
        v.error(tr("The model year %1 is not plausible.").arg(veh.modelYear));
    if (veh.firstRegistration.isValid() && veh.firstRegistration > today)
        v.error(tr("The first registration date is in the future."));
    if (veh.purchaseDate.isValid() && veh.purchaseDate > today)
        v.error(tr("The purchase date is in the future."));
    if (veh.mileageKm > 2000000)
        v.error(tr("A mileage of %1 km is not plausible.").arg(veh.mileageKm));
    if (veh.ownerId <= 0)
        v.error(tr("Choose the vehicle's owner."));
    return v;
}

} // namespace dd
