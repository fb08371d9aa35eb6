#include <catch2/catch.hpp>

#include "core/identifiers.h"
#include "core/customer.h"
#include "core/inspection.h"

using namespace dd;

namespace {
Inspection complete()
{
    Inspection in;
    in.odometerKm = 52000;
    in.previousOdometerKm = 48000;
    in.fuelEighths = 4;
    in.valuablesReminded = true;
    in.oldParts = QStringLiteral("customer_takes");
    in.keyTag = QStringLiteral("A07");
    return in;
}
} // namespace

TEST_CASE("the odometer may not go back without a recorded reason", "[core][inspection]")
{
    struct Row {
        int reading, previous;
        const char *reason;
        bool ok;
    } rows[] = {
        {52000, 48000, "", true},  {48000, 48000, "", true},
        {47000, 48000, "", false}, {47000, 48000, "仪表总成更换", true},
        {47000, 48000, "   ", false}, {100, -1, "", true},
        {-1, 48000, "", false},    {2000001, -1, "", false},
    };
    for (const Row &r : rows) {
        INFO(r.reading << " after " << r.previous << " reason '" << r.reason << "'");
        CHECK(InspectionRules::checkOdometer(r.reading, r.previous, QString::fromUtf8(r.reason)).ok() == r.ok);
    }
    const QString message = InspectionRules::checkOdometer(47000, 48000, {}).errors.join(QString());
    CHECK(message.contains(QStringLiteral("47,000")));
    CHECK(message.contains(QStringLiteral("48,000")));
}

TEST_CASE("completing an inspection names everything still missing", "[core][inspection]")
{
    CHECK(InspectionRules::missingForCompletion(complete()).isEmpty());

    Inspection empty;
    const QStringList missing = InspectionRules::missingForCompletion(empty);
    CHECK(missing.size() == 5);
    CHECK(missing.join(QLatin1Char('|')).contains(QStringLiteral("odometer")));
    CHECK(missing.join(QLatin1Char('|')).contains(QStringLiteral("fuel")));
    CHECK(missing.join(QLatin1Char('|')).contains(QStringLiteral("valuables")));
    CHECK(missing.join(QLatin1Char('|')).contains(QStringLiteral("old parts")));
    CHECK(missing.join(QLatin1Char('|')).contains(QStringLiteral("key tag")));

    Inspection lower = complete();
    lower.odometerKm = 40000;
    CHECK(InspectionRules::missingForCompletion(lower) ==
          QStringList{QStringLiteral("the reason why the odometer reads less than last time")});
    lower.odometerReason = QStringLiteral("instrument cluster replaced");
    CHECK(InspectionRules::missingForCompletion(lower).isEmpty());

    Inspection withOld = complete();
    DamageMark old;
    old.isNew = false;
    old.view = QStringLiteral("left");
    withOld.marks << old << old;
    CHECK(InspectionRules::missingForCompletion(withOld).join(QString()).contains(QStringLiteral("2 earlier damage mark")));
    withOld.marks[0].status = QStringLiteral("present");
    withOld.marks[1].status = QStringLiteral("repaired");
    CHECK(InspectionRules::missingForCompletion(withOld).isEmpty());
}

TEST_CASE("marks are numbered earlier ones first and checked for place and kind", "[core][inspection]")
{
    Inspection in;
    DamageMark fresh;
    fresh.view = QStringLiteral("top");
    DamageMark old;
    old.isNew = false;
    old.view = QStringLiteral("front");
    in.marks << fresh << old << fresh;
    in.renumberMarks();
    REQUIRE(in.marks.size() == 3);
    CHECK_FALSE(in.marks[0].isNew);
    CHECK(in.marks[0].number == 1);
    CHECK(in.marks[2].number == 3);
    CHECK(in.newMarks().size() == 2);
    CHECK(in.earlierMarks().size() == 1);
    CHECK(InspectionRules::checkMarks(in.marks).ok());

    DamageMark bad;
    bad.view = QStringLiteral("underneath");
    bad.kind = QStringLiteral("rust");
    bad.x = 1200;
    bad.number = 4;
    const Validation v = InspectionRules::checkMarks({bad});
    CHECK(v.errors.size() == 3);
}

TEST_CASE("key tags are normalised and yellow or red checks are findings", "[core][inspection]")
{
    CHECK(InspectionRules::normalizeKeyTag(QStringLiteral(" a 07 ")) == QStringLiteral("A07"));
    CHECK(InspectionRules::normalizeKeyTag(QString::fromUtf8("Ａ０７")) == QStringLiteral("A07"));
    CHECK_FALSE(InspectionRules::checkKeyTag(QString()).ok());
    CHECK_FALSE(InspectionRules::checkKeyTag(QStringLiteral("ABCDEFGHIJKLM")).ok());

    Inspection in;
    in.checks << QuickCheck{QStringLiteral("tyres"), QStringLiteral("yellow"), QStringLiteral("2.5 mm")}
              << QuickCheck{QStringLiteral("glass"), QStringLiteral("green"), {}}
              << QuickCheck{QStringLiteral("wipers"), QStringLiteral("red"), {}};
    const QList<QuickCheck> findings = in.findings();
    REQUIRE(findings.size() == 2);
    CHECK(findings[0].item == QStringLiteral("tyres"));
    CHECK(findings[1].item == QStringLiteral("wipers"));
}

TEST_CASE("ID numbers are masked on paper", "[core][identifiers]")
{
    CHECK(IdNumber::masked(QStringLiteral("110101199003074578")) == QStringLiteral("1101**********4578"));
    CHECK(IdNumber::masked(QStringLiteral("G1234567")) == QStringLiteral("********"));
    CHECK(IdNumber::masked(QString()).isEmpty());
}

TEST_CASE("electric and hybrid cars: the plate suggests the powertrain, the intake records what applies", "[core][inspection][energy]")
{
    // Issue 17 point 4: a Tesla Model 3's intake printed "燃油 2/8".
    CHECK(EnergyRules::suggestFromPlate(QStringLiteral("沪AD12345")) == QStringLiteral("bev"));
    CHECK(EnergyRules::suggestFromPlate(QStringLiteral("沪AF12345")) == QStringLiteral("phev"));
    CHECK(EnergyRules::suggestFromPlate(QStringLiteral("沪A12345D")) == QStringLiteral("bev")); // a large vehicle
    CHECK(EnergyRules::suggestFromPlate(QStringLiteral("沪A12345")).isEmpty());
    CHECK(EnergyRules::suggestFromPlate(QString()).isEmpty());

    CHECK_FALSE(EnergyRules::usesFuel(QStringLiteral("bev")));
    CHECK(EnergyRules::usesFuel(QStringLiteral("phev")));
    CHECK(EnergyRules::usesCharge(QStringLiteral("phev")));
    CHECK_FALSE(EnergyRules::usesCharge(QStringLiteral("hybrid")));
    CHECK(EnergyRules::usesFuel(QString())); // not recorded: as before
    CHECK(InspectionRules::checkItemsFor(QStringLiteral("petrol")) ==
          QStringList{QStringLiteral("tyres"), QStringLiteral("glass"), QStringLiteral("lamps"), QStringLiteral("wipers"),
                      QStringLiteral("battery")});
    CHECK(InspectionRules::checkItemsFor(QStringLiteral("hybrid")).contains(QStringLiteral("hv_system")));
    CHECK_FALSE(InspectionRules::checkItemsFor(QStringLiteral("hybrid")).contains(QStringLiteral("charging")));
    CHECK(InspectionRules::checkItemsFor(QStringLiteral("bev")).contains(QStringLiteral("charging")));

    // Completion asks for the charge of a car that plugs in, and not for fuel it does not have.
    Inspection in;
    in.energyType = QStringLiteral("bev");
    QStringList missing = InspectionRules::missingForCompletion(in);
    CHECK(missing.contains(InspectionRules::tr("the state of charge")));
    CHECK_FALSE(missing.contains(InspectionRules::tr("the fuel level")));
    in.energyType = QStringLiteral("phev");
    missing = InspectionRules::missingForCompletion(in);
    CHECK(missing.contains(InspectionRules::tr("the state of charge")));
    CHECK(missing.contains(InspectionRules::tr("the fuel level")));
}

TEST_CASE("the plate's colour follows its shape: blue, green for new energy, yellow-green for large ones", "[vehicle]")
{
    CHECK(VehicleCodes::plateColorOf(QString::fromUtf8("沪A12345")) == QStringLiteral("blue"));
    CHECK(VehicleCodes::plateColorOf(QString::fromUtf8("沪AD12345")) == QStringLiteral("green"));
    CHECK(VehicleCodes::plateColorOf(QString::fromUtf8("沪A12345D")) == QStringLiteral("yellow_green"));
    CHECK(VehicleCodes::plateColorOf(QString::fromUtf8("粤Z1234港")) == QStringLiteral("black"));
    CHECK(VehicleCodes::plateColorOf(QString::fromUtf8("沪A1234学")) == QStringLiteral("yellow"));
    CHECK(VehicleCodes::plateColorOf(QString()).isEmpty());
    CHECK(VehicleCodes::vehicleTypes().labelOf(QStringLiteral("K33")) == QStringLiteral("Small sedan"));
    CHECK(VehicleCodes::plateColors().codes().size() == 6);
}
