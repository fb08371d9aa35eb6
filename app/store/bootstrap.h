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
        qint64 checkMs = 0; // the start-up check's time
        bool checkComplete = false;
    };
    // Only `migrate`, `demo` and the first start of the window create a database; everything else needs one.
    enum class Create { Allowed, Refused };
    // The start-up check's budget: start-up stays under a second at dealership scale (see make bench).
    static constexpr int startCheckBudgetMs = 400;
    // Opens (refusing foreign, damaged or newer databases untouched), runs the quick start-up check (a damaged file
    // is refused before anything is written) and applies pending migrations. Before upgrading an existing SQLite
    // database, a copy is kept beside it. With Create::Refused, a missing SQLite file or an empty database is
    // refused untouched. Throws StoreError.
    static Result openAndMigrate(Database &db, Create create = Create::Allowed);
    // Throws NotFound, naming the path and `migrate`, when the SQLite file is not there (nothing is created).
    static void refuseMissing(const Database &db);
};

} // namespace dd
