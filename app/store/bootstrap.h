#pragma once
#include <QCoreApplication>
#include <QString>

#include "core/dbtarget.h"

namespace dd {

class Database;

// Where the data lives and bringing it up to date; shared by the app and the command line.
class Bootstrap
{
    Q_DECLARE_TR_FUNCTIONS(dd::Bootstrap)
public:
    // The embedded default: dealerdesk.db under QStandardPaths::AppDataLocation (the folder is created).
    static QString defaultSqlitePath();
    // --db text if given, else the one saved in settings, else the default.
    static DbTargets::Parsed chooseTarget(const QString &commandLineDb);
    static void rememberTarget(const DbTarget &target);

    struct Result {
        int fromVersion = 0;
        int toVersion = 0;
        QString safetyCopy; // SQLite: the copy kept before an upgrade
    };
    // Opens (refusing foreign, damaged or newer databases untouched) and applies pending migrations. Before
    // upgrading an existing SQLite database, a copy is kept beside it. Throws StoreError.
    static Result openAndMigrate(Database &db);
};

} // namespace dd
