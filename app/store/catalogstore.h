#pragma once
#include <QCoreApplication>
#include <optional>

#include "commands.h"
#include "core/catalog.h"

namespace dd
{

// The catalogs the estimate is built from: labor operations with standard hours per model family, the parts
// price list and canned jobs. Filled by CSV import (Importer); read by the work-order screen.
class CatalogStore
{
    Q_DECLARE_TR_FUNCTIONS(dd::CatalogStore)
public:
    explicit CatalogStore(Database &db) : m_db(db) {}

    // The series and model of the work order's vehicle ("凯美瑞 2.0G 豪华版"), which pick the catalog rows of its
    // model family.
    QString vehicleModelOf(qint64 workOrderId);

    // Every operation (each family's row), by code then family.
    QList<LaborOperation> operations(bool includeInactive = false);
    // The operation's row that fits the vehicle model best (its family's, else the general one).
    std::optional<LaborOperation> operationFor(const QString &code, const QString &vehicleModel);

    std::optional<CatalogPart> part(const QString &partNumber);
    // Parts by the start of the part number, the start of the name, or any part of the name (3 or more
    // characters, through the trigram index). Empty text lists the price list from its first number.
    QList<CatalogPart> findParts(const QString &text, int limit = 50);
    int partCount();

    QList<CannedJob> jobs(bool includeInactive = false);
    // The jobs offered for a vehicle: per job code the row of its model family, else the general one.
    QList<CannedJob> jobsFor(const QString &vehicleModel);

    // A canned job as work-order lines for this vehicle, priced from the catalogs as they are now.
    struct Resolved {
        QList<WorkOrderLine> lines;
        QStringList missing; // items no longer in the catalogs, named
    };
    Resolved resolve(const CannedJob &job, const QString &vehicleModel, const QList<LaborRate> &rates);

    // Inside an import command: insert, or update the row with the same key (audited, only what changed).
    static void upsertIn(CommandContext &ctx, const LaborOperation &op);
    static void upsertIn(CommandContext &ctx, const CatalogPart &part);
    static void upsertIn(CommandContext &ctx, const CannedJob &job); // its items replaced by these

private:
    Database &m_db;
};

} // namespace dd
