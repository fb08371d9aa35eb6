#pragma once
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include "codes.h"
#include "validation.h"

namespace dd {

// A damage mark on the vehicle diagram (外观损伤). It belongs to the vehicle: marks found at earlier
// visits come back at every inspection until one finds them repaired.
struct DamageMark {
    qint64 id = 0;          // 0: placed in this inspection and not saved yet
    int version = 0;
    QString view;           // top, front, rear, left, right
    int x = 500;            // thousandths of the view's width
    int y = 500;            // thousandths of the view's height
    QString kind = QStringLiteral("scratch"); // scratch, dent, crack, chip, broken, other
    QString note;           // size or remark
    bool isNew = true;      // found in this inspection
    QString foundIn;        // work-order number of the visit that found it (earlier marks)
    QDateTime foundAt;      // UTC
    QString status;         // earlier marks in this inspection: "" (not yet confirmed), present, repaired
    int photoCount = 0;
    QList<QByteArray> newPhotos; // JPEG data added in this session, saved with the inspection
    int number = 0;         // the number shown on the diagram and the sheet (1, 2, ...)
};

// A quick check: green, yellow or red, with a note.
struct QuickCheck {
    QString item;   // tyres, glass, lamps, wipers, battery
    QString rating; // "", green, yellow, red
    QString note;
};

struct Inspection {
    qint64 id = 0; // 0: not saved yet
    int version = 0;
    qint64 workOrderId = 0;
    qint64 vehicleId = 0;
    QString state = QStringLiteral("open"); // open, completed
    int odometerKm = -1;
    int previousOdometerKm = -1; // the last reading before this visit; -1 when none
    QString odometerReason;      // why the reading is lower than the last one
    int fuelEighths = -1;        // 0 (empty) .. 8 (full); -1 not read
    int socPercent = -1;         // plug-in cars: state of charge shown, 0..100; -1 not read
    int rangeKm = -1;            // plug-in cars: the range the car shows; -1 not read
    QString energyType;          // the vehicle's (VehicleCodes::energyTypes()), read with the inspection
    QStringList warningLamps;    // codes from InspectionRules::warningLamps()
    QList<QuickCheck> checks;
    QStringList belongings;      // codes from InspectionRules::belongings()
    QString belongingsOther;
    bool valuablesReminded = false;
    QString oldParts;            // "", customer_takes, shop_disposes
    bool coversFitted = false;
    bool wash = false;
    bool customerWaits = false;
    QString keyTag;
    QDateTime promisedAt;        // UTC; the promised completion time
    QDateTime completedAt;
    QString completedBy;
    QList<DamageMark> marks;     // earlier marks first, then the new ones
    QList<qint64> removedMarkIds; // new marks saved earlier and removed since

    bool isCompleted() const { return state == QLatin1String("completed"); }
    QList<DamageMark> newMarks() const;
    QList<DamageMark> earlierMarks() const;
    // Yellow and red quick checks: findings for the work order.
    QList<QuickCheck> findings() const;
    // Numbers marks 1..n in display order (earlier marks first).
    void renumberMarks();
};

// The inspection's closed code lists, each defined once (codes.h).
enum class BodyView { Left, Right, Top, Front, Rear };
enum class DamageKind { Scratch, Dent, Crack, Chip, Broken, Other };
enum class WarningLamp { Engine, Oil, Battery, Brake, Abs, Airbag, Tpms, Coolant, Esp, Service };
enum class CheckItem { Tyres, Glass, Lamps, Wipers, Battery, HvSystem, Charging };
enum class Rating { Green, Yellow, Red };
enum class Belonging { SpareTyre, Jack, ToolKit, Triangle, Extinguisher, Licence, Booklet, ChargingCable };
enum class OldParts { CustomerTakes, ShopDisposes };
enum class MarkStatus { Present, Repaired };

class InspectionCodes
{
public:
    static const CodeTable<BodyView, 5> &views();
    static const CodeTable<DamageKind, 6> &damageKinds();
    static const CodeTable<WarningLamp, 10> &warningLamps();
    static const CodeTable<CheckItem, 7> &checkItems();
    static const CodeTable<Rating, 3> &ratings();
    static const CodeTable<Belonging, 8> &belongings();
    static const CodeTable<OldParts, 2> &oldParts();
    static const CodeTable<MarkStatus, 2> &markStatuses();
};

class InspectionRules
{
    Q_DECLARE_TR_FUNCTIONS(dd::InspectionRules)
public:
    static QStringList views();      // top, front, rear, left, right
    static QString viewName(const QString &code);
    static QStringList damageKinds(); // scratch, dent, crack, chip, broken, other
    static QString damageKindName(const QString &code);
    static QStringList warningLamps();
    static QString warningLampName(const QString &code);
    static QStringList checkItems();  // tyres, glass, lamps, wipers, battery (12 V), hv_system, charging
    // The items that apply to a car of this energy type: the high-voltage system (its warning lamp) for
    // hybrids and electric cars, the charging port and cable for those that plug in.
    static QStringList checkItemsFor(const QString &energyType);
    static QString checkItemName(const QString &code);
    static QStringList ratings();     // green, yellow, red
    static QString ratingName(const QString &code);
    static QStringList belongings();
    static QString belongingName(const QString &code);
    static QString oldPartsName(const QString &code);
    static QString markStatusName(const QString &code);
    // "3/8", "Full", "Empty"
    static QString fuelText(int eighths);

    // The odometer may not go back, unless the advisor records why (e.g. instrument cluster replaced).
    static Validation checkOdometer(int readingKm, int previousKm, const QString &reason);
    static QString normalizeKeyTag(const QString &text);
    static Validation checkKeyTag(const QString &tag);
    // Everything that stands between this inspection and "completed", each named; empty when it may complete.
    static QStringList missingForCompletion(const Inspection &inspection);
    // Marks stay inside their view; kinds, views and notes are valid.
    static Validation checkMarks(const QList<DamageMark> &marks);
};

} // namespace dd
