#pragma once
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

#include "dealership.h"
#include "money.h"
#include "validation.h"
#include "workorder.h"

namespace dd
{

// A labor operation with its standard (sold) hours. The same code may have one row per model family; the row
// with an empty family gives the hours for every other car.
struct LaborOperation {
    qint64 id = 0;
    QString code;
    QString modelFamily; // "" for all
    QString description;
    int centiHours = 0;
    QString laborCategory; // a labor rate's code; "" takes the dealership's first rate
    bool active = true;
    int version = 0;
};

// One part of the price list; prices are tax-inclusive fen.
struct CatalogPart {
    qint64 id = 0;
    QString partNumber;
    QString name;
    QString brandSpec; // brand or specification, printed on the settlement statement
    QString unit;
    Fen priceFen = 0;
    QString source = QStringLiteral("oem"); // oem, equivalent, reconditioned
    bool active = true;
    int version = 0;
};

struct CannedJobItem {
    QString kind = QStringLiteral("part"); // labor, part
    QString code;                          // operation code or part number
    qint64 quantityMilli = 0; // parts: the quantity; labor: hours instead of the standard, 0 = standard
    bool is(LineKind k) const { return WorkOrderCodes::lineKinds().is(kind, k); }
};

// A job the shop sells as one ("10,000 km maintenance" for a model family): its operations and parts.
struct CannedJob {
    qint64 id = 0;
    QString code;
    QString modelFamily; // "" for all
    QString name;
    QString woType;      // the work-order type it sets (WorkOrderCodes::types()), "" for none
    bool active = true;
    int version = 0;
    QList<CannedJobItem> items;
};

class CatalogRules
{
    Q_DECLARE_TR_FUNCTIONS(dd::CatalogRules)
public:
    // Codes, part numbers and families compare in one spelling: trimmed, single spaces, upper case (ASCII).
    static QString normalizeCode(const QString &code);
    static QString normalizeFamily(const QString &family);
    // The key part names are searched by from their start: simplified and lower case.
    static QString nameKey(const QString &name);
    // A work-order type as written in a file: its code or its label in any of the app's languages (保养).
    static std::optional<QString> parseWorkOrderType(const QString &text);
    // How well a catalog row for `family` fits a vehicle of this model: -1 not at all, 0 the general row,
    // otherwise the family's length. A family fits the model it names, with or without a trim after a space
    // ("凯美瑞" fits "凯美瑞" and "凯美瑞 2.0G", not "凯美瑞混动").
    static int fit(const QString &family, const QString &vehicleModel);
    // The best-fitting row of those given (same code, several families); none when none fits.
    template <typename T> static std::optional<T> bestFit(const QList<T> &rows, const QString &vehicleModel)
    {
        std::optional<T> best;
        int bestRank = -1;
        for (const T &r : rows) {
            const int rank = fit(r.modelFamily, vehicleModel);
            if (r.active && rank > bestRank) {
                best = r;
                bestRank = rank;
            }
        }
        return best;
    }

    // "1.5" hours → 150; "2" → 200. Empty or invalid → nullopt.
    static std::optional<int> parseHours(const QString &text);
    // "4", "0.5", "1,000" → thousandths. Empty or invalid → nullopt.
    static std::optional<qint64> parseQuantity(const QString &text);
    static QStringList partSources(); // oem, equivalent, reconditioned
    // A part source as the price list writes it: the code, or its name in any of our languages (原厂, OEM
    // ...).
    static std::optional<QString> parseSource(const QString &text);

    static Validation check(const LaborOperation &op, const QList<LaborRate> &rates);
    static Validation check(const CatalogPart &part);
    static Validation check(const CannedJob &job);

    // The work-order lines catalog rows give (pay type customer; the caller changes it).
    static WorkOrderLine line(const LaborOperation &op, const QList<LaborRate> &rates,
                              int centiHoursOverride = 0);
    static WorkOrderLine line(const CatalogPart &part, qint64 quantityMilli = 1000);
};

} // namespace dd
