#pragma once
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include "codes.h"
#include "money.h"
#include "validation.h"

namespace dd {

struct PhoneNumber {
    QString number; // as Phone::parse returns it
    bool mobile = true;
    QString label;  // e.g. "office", "wife"
};

struct ContactPerson {
    QString name;
    QString phone;
    QString title;
};

// A customer: a person or a company (DOMAIN.md, PIPL: consents recorded separately with their dates).
struct Customer {
    enum class Kind { Person, Company };
    qint64 id = 0;
    int version = 0;
    Kind kind = Kind::Person;
    QString name;
    QList<PhoneNumber> phones;
    QString idNumber;
    QString address;
    QString notes;
    QString preferredContact = QStringLiteral("phone"); // phone, sms, wechat, email
    QString preferredTime;
    bool followUpConsent = false;
    QDateTime followUpConsentAt;
    bool marketingConsent = false;
    QDateTime marketingConsentAt;
    // companies
    QList<ContactPerson> contacts;
    QString taxNumber;
    bool onAccount = false;
    Fen creditLimitFen = 0;   // on account: what may stand open (挂账额度); -1 when what was typed is no amount

};

struct Vehicle {
    qint64 id = 0;
    int version = 0;
    QString vin;
    QString vinWarning; // a check-digit warning the advisor accepted
    QString plate;
    QString brand;
    QString series;
    QString model;
    int modelYear = 0;
    QString color;
    QString engineNo;
    QDate firstRegistration;
    QDate purchaseDate;
    int mileageKm = -1; // unknown
    qint64 ownerId = 0;
    int nextServiceKm = -1;
    QDate nextServiceDate;
    QString energyType; // VehicleCodes::energyTypes(), "" when not recorded
    QString vehicleType; // VehicleCodes::vehicleTypes() (GA 802 code), "" when not recorded
    QString plateColor;  // VehicleCodes::plateColors(), "" = as the plate's shape says (plateColorOf)

    QString label() const; // "沪A12345 大众 朗逸" or the VIN when there is no plate yet
    static QString labelOf(const QString &plate, const QString &vin, const QString &brand, const QString &series);
};

// The customer's closed code lists (codes.h).
enum class ContactMethod { Phone, Sms, WeChat, Email };

class CustomerCodes
{
public:
    static const CodeTable<ContactMethod, 4> &contactMethods();
};

// What drives the car: the intake records fuel, charge or both, and the quick check adds the high-voltage items.
enum class EnergyType { Petrol, Diesel, Hybrid, PlugInHybrid, BatteryElectric, FuelCell };
// The vehicle type as the registration certificate names it (GA 802 codes): what the settlement statement and
// the completion certificate print.
enum class VehicleType { SmallSedan, SmallPassenger, SmallOffRoad, MediumPassenger, LargePassenger, LightTruck, MediumTruck };
// The plate's colour: blue (ordinary small), yellow (large), green (new-energy small), yellow-green (new-energy
// large), white (police, military), black (foreign, Hong Kong and Macao).
enum class PlateColor { Blue, Yellow, Green, YellowGreen, White, Black };

class VehicleCodes
{
public:
    static const CodeTable<EnergyType, 6> &energyTypes();
    static const CodeTable<VehicleType, 7> &vehicleTypes();
    static const CodeTable<PlateColor, 6> &plateColors();
    // The colour a plate has by its shape: 8 characters green (small) or yellow-green (large), 使/领/港/澳
    // black, 警 white, 学/挂 yellow, others blue. "" for no plate.
    static QString plateColorOf(const QString &plate);
};

class EnergyRules
{
    Q_DECLARE_TR_FUNCTIONS(dd::EnergyRules)
public:
    static bool usesFuel(const QString &energyType);    // a fuel gauge: all but battery electric (unknown: yes)
    static bool usesCharge(const QString &energyType);  // a state of charge and range: plug-in hybrid, battery electric
    static bool highVoltage(const QString &energyType); // a high-voltage system: hybrids, electric, fuel cell
    // A new-energy plate (8 characters, 沪AD12345) suggests the type: D battery electric, F other new energy
    // (most often a plug-in hybrid); "" for a plate that says nothing. The advisor confirms.
    static QString suggestFromPlate(const QString &plate);
};

class CustomerRules
{
    Q_DECLARE_TR_FUNCTIONS(dd::CustomerRules)
public:
    static QStringList contactMethods(); // phone, sms, wechat, email
    static QString contactMethodName(const QString &code);
    // Normalises phones in place (Phone::parse) and checks everything; errors name the field.
    static Validation validate(Customer &c);
    // Mainland resident ID (18 characters, ISO 7064 check character); only collected where needed.
    static Validation validateIdNumber(const QString &id);
};

class VehicleRules
{
    Q_DECLARE_TR_FUNCTIONS(dd::VehicleRules)
public:
    // Normalises VIN and plate in place. A VIN warning the user has not accepted (v.vinWarning differs) is
    // returned as a warning; an accepted one is kept in v.vinWarning.
    static Validation validate(Vehicle &v, const QDate &today);
};

} // namespace dd
