#pragma once
#include <QCoreApplication>
#include <QList>
#include <optional>

#include "commands.h"
#include "core/csv.h"
#include "core/dealership.h"

namespace dd {

// Import from an old system or a price list: `dealerdesk import customers|vehicles|labor|parts|jobs FILE.csv
// [--dry-run]`. The same validators as the screens; all accepted rows land in one command, or none do.
// Catalog rows (labor operations, parts, canned jobs) with a key already on file replace it.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(dd::Importer)
public:
    enum class Kind { Customers, Vehicles, LaborOperations, Parts, CannedJobs };
    static std::optional<Kind> kindFromName(const QString &name); // customers, vehicles, labor, parts, jobs
    static QStringList kindNames();
    struct Line {
        int line = 0; // data rows counted from 1, after the header
        bool rejected = false;
        QString reason;
    };
    struct Report {
        QList<Line> lines; // only the rows that are not clean
        int imported = 0;
        int warnings = 0;
        int rejected = 0;
        QString encoding;    // the file's: UTF-8, GB18030 or Big5
        QStringList samples; // the first few names as decoded, for the person to see they read right
    };
    static QStringList header(Kind kind);
    static QStringList optionalColumns(Kind kind); // may follow the header, in this order
    // Throws StoreError when the file as a whole cannot be imported (an encoding it is not in, a quote never
    // closed, a wrong header, a database failure): then nothing was imported. With dryRun everything is
    // checked inside a transaction that is rolled back. Two stations importing at once take turns (the
    // import locks what it checks for duplicates), so the second finds the first's rows on file.
    static Report run(Commands &commands, Kind kind, const QByteArray &data, bool dryRun);
    // The rows of a file (header included, already checked) inside the caller's command, e.g. the demo.
    static void runIn(CommandContext &ctx, Kind kind, const QList<Csv::Row> &rows, Report &report);
    // The rows of a decoded file, header first, or why the file as a whole cannot be imported.
    static QList<Csv::Row> rowsOf(Kind kind, const Csv::Decoded &decoded);

private:
    // Inside the import's transaction, before any check: stations importing at once take turns.
    static void lockForImport(CommandContext &ctx, Kind kind);
    // One labor-operation or price-list row written; returns its key. Throws a Validation StoreError.
    static QString catalogRow(CommandContext &ctx, Kind kind, const QStringList &fields, const QList<LaborRate> &rates);
    // Canned jobs span several rows (one per item): each job is written whole or not at all.
    static void importJobs(CommandContext &ctx, const QList<Csv::Row> &rows, Report &report);
};

} // namespace dd
