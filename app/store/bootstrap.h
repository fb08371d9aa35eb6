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
    // --db text if given, else the one saved in settings, else the default. A password found in the saved
    // address (written by an earlier version) is used this once and removed from the settings.
    static DbTargets::Parsed chooseTarget(const QString &commandLineDb);
    // Saves the address for the next start, without any password (DbTarget::toSettingsString).
    static void rememberTarget(const DbTarget &target);
    // The settings file is readable by its user only (0600): created so, or narrowed if it was not.
    static void secureSettingsFile();

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
