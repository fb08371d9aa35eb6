#include "bootstrap.h"

#include <QDir>
#include <QFile>
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

namespace {
const QString kTargetKey = QStringLiteral("database/target");
}

void Bootstrap::secureSettingsFile()
{
    const QString file = QSettings().fileName();
    QDir().mkpath(QFileInfo(file).absolutePath());
    const QFileDevice::Permissions userOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (!QFileInfo::exists(file)) {
        // Created empty and narrowed before anything is written; QSettings keeps a file's permissions when it
        // rewrites it.
        QFile f(file);
        if (f.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            f.close();
    }
    QFile::setPermissions(file, userOnly);
}

DbTargets::Parsed Bootstrap::chooseTarget(const QString &commandLineDb)
{
    secureSettingsFile();
    if (!commandLineDb.isEmpty())
        return DbTargets::parse(commandLineDb, QDir::currentPath());
    const QString saved = QSettings().value(kTargetKey).toString();
    if (!saved.isEmpty()) {
        const DbTargets::Parsed p = DbTargets::parse(saved, QDir::currentPath());
        if (p.ok() && p.target.carriesSecret())
            rememberTarget(p.target); // saved by an earlier version with its password: keep the address only
        return p;
    }
    return DbTargets::parse(defaultSqlitePath(), QDir::currentPath());
}

void Bootstrap::rememberTarget(const DbTarget &target)
{
    secureSettingsFile();
    QSettings settings;
    settings.setValue(kTargetKey, target.toSettingsString());
    settings.sync();
    QFile::setPermissions(settings.fileName(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
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
