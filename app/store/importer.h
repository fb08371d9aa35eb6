#pragma once
#include <QCoreApplication>
#include <QList>

#include "commands.h"

namespace dd {

// Import from an old system: `dealerdesk import customers|vehicles FILE.csv [--dry-run]`.
// The same validators as the screens; all accepted rows land in one command, or none do.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(dd::Importer)
public:
    enum class Kind { Customers, Vehicles };
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
        QString encoding;
    };
    static QStringList header(Kind kind);
    // Throws StoreError when the file as a whole cannot be imported (wrong header, database failure): then
    // nothing was imported. With dryRun everything is checked inside a transaction that is rolled back.
    static Report run(Commands &commands, Kind kind, const QByteArray &data, bool dryRun);
};

} // namespace dd
