#include "bootstrap.h"

#include <QDir>
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

Bootstrap::Result Bootstrap::openAndMigrate(Database &db)
{
    db.open();
    Result r;
    r.fromVersion = db.schemaVersionAtOpen();
    if (db.isSqlite() && r.fromVersion > 0 && r.fromVersion < Migrator::latestVersion()) {
        r.safetyCopy = Backup::siblingName(db.target().path, QStringLiteral("before-schema-%1").arg(Migrator::latestVersion()));
        Commands system(db, Session::system(tr("Upgrade"), Database::stationName()));
        Backup::run(system, r.safetyCopy, true);
    }
    Migrator(db).migrate();
    r.toVersion = Migrator::latestVersion();
    return r;
}

} // namespace dd
