#include "bootstrap.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

#include "backup.h"
#include "commands.h"
#include "database.h"
#include "migrator.h"

namespace dd {

QString Bootstrap::defaultSqlitePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(QStringLiteral("dealerdesk.db"));
}

DbTargets::Parsed Bootstrap::chooseTarget(const QString &commandLineDb)
{
    if (!commandLineDb.isEmpty())
        return DbTargets::parse(commandLineDb, QDir::currentPath());
    const QString saved = QSettings().value(QStringLiteral("database/target")).toString();
    if (!saved.isEmpty())
        return DbTargets::parse(saved, QDir::currentPath());
    return DbTargets::parse(defaultSqlitePath(), QDir::currentPath());
}

void Bootstrap::rememberTarget(const DbTarget &target)
{
    QSettings().setValue(QStringLiteral("database/target"), target.toSettingsString());
}

void Bootstrap::refuseMissing(const Database &db)
{
    if (db.isSqlite() && !QFileInfo::exists(db.target().path))
        throw StoreError(StoreError::Kind::NotFound,
                         tr("There is no database at %1 (nothing was created). Check the --db path, or create a new "
                            "database with \"dealerdesk --db %1 migrate\".")
                             .arg(db.target().displayLocation()));
}

Bootstrap::Result Bootstrap::openAndMigrate(Database &db, Create create)
{
    if (create == Create::Refused)
        refuseMissing(db);
    db.open();
    try {
        Result r;
        r.fromVersion = db.schemaVersionAtOpen();
        if (create == Create::Refused && r.fromVersion == 0)
            throw StoreError(StoreError::Kind::NotFound,
                             tr("%1 holds no DealerDesk data yet (nothing was created). Set it up first with "
                                "\"dealerdesk --db %1 migrate\".")
                                 .arg(db.target().displayLocation()));
        if (r.fromVersion > 0) {
            const Database::CheckResult check = db.quickCheck(startCheckBudgetMs);
            r.checkMs = check.elapsedMs;
            r.checkComplete = check.complete;
            if (!check.ok())
                throw db.damagedError(check.problems.mid(0, 3).join(QStringLiteral("; ")));
        }
        if (db.isSqlite() && r.fromVersion > 0 && r.fromVersion < Migrator::latestVersion()) {
            r.safetyCopy = Backup::siblingName(db.target().path, QStringLiteral("before-schema-%1").arg(Migrator::latestVersion()));
            Commands system(db, Session::system(tr("Upgrade"), Database::stationName()));
            Backup::run(system, r.safetyCopy, true);
        }
        Migrator(db).migrate();
        r.toVersion = Migrator::latestVersion();
        return r;
    } catch (const StoreError &e) {
        throw db.explain(e);
    }
}

} // namespace dd
