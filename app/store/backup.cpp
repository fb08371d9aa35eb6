#include "backup.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QThread>
#include <sqlite3.h>

namespace dd {

namespace {
sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

QString sqliteMessage(sqlite3 *db)
{
    return QString::fromUtf8(db ? sqlite3_errmsg(db) : "out of memory");
}
} // namespace

QString Backup::postgresInstructions(const DbTarget &t)
{
    return tr("This DealerDesk works on a PostgreSQL server; back it up on the server with pg_dump, e.g. "
              "pg_dump -Fc -h %1 -p %2 -U %3 -f dealerdesk.dump %4 (restore with pg_restore).")
        .arg(t.host)
        .arg(t.port)
        .arg(t.user.isEmpty() ? QStringLiteral("postgres") : t.user, t.databaseName);
}

QString Backup::siblingName(const QString &path, const QString &tag)
{
    const QFileInfo fi(path);
    return fi.absoluteDir().filePath(fi.completeBaseName() + QLatin1Char('.') + tag + QLatin1Char('.')
                                     + (fi.suffix().isEmpty() ? QStringLiteral("db") : fi.suffix()));
}

void Backup::run(Commands &commands, const QString &destination, bool overwrite)
{
    Database &database = commands.database();
    commands.require(Permission::BackUpDatabase);
    if (!database.isSqlite())
        throw StoreError(StoreError::Kind::Validation, postgresInstructions(database.target()));
    const QFileInfo dest(destination);
    const QString destPath = dest.absoluteFilePath();
    if (database.isOwnFile(destPath))
        throw StoreError(StoreError::Kind::Validation,
                         tr("The backup cannot overwrite the database itself; choose another file."));
    if (dest.exists() && !overwrite)
        throw StoreError(StoreError::Kind::Validation,
                         tr("%1 already exists; choose a new file name for the backup.")
                             .arg(QDir::toNativeSeparators(destPath)));
    if (!dest.absoluteDir().exists())
        throw StoreError(StoreError::Kind::Validation,
                         tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(dest.absolutePath())));

    sqlite3 *source = handleOf(database.connection());
    if (!source)
        throw StoreError(StoreError::Kind::Failure, tr("The SQLite connection cannot be used for a backup."));
    const QString partial = destPath + QStringLiteral(".partial");
    QFile::remove(partial);
    sqlite3 *target = nullptr;
    auto cleanup = [&] {
        if (target)
            sqlite3_close(target);
        target = nullptr;
    };
    if (sqlite3_open_v2(QFile::encodeName(partial).constData(), &target,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
        != SQLITE_OK) {
        const QString msg = sqliteMessage(target);
        cleanup();
        QFile::remove(partial);
        throw StoreError(StoreError::Kind::Failure,
                         tr("Cannot create the backup file %1: %2").arg(QDir::toNativeSeparators(partial), msg));
    }
    sqlite3_backup *b = sqlite3_backup_init(target, "main", source, "main");
    if (!b) {
        const QString msg = sqliteMessage(target);
        cleanup();
        QFile::remove(partial);
        throw StoreError(StoreError::Kind::Failure, tr("The backup could not start: %1").arg(msg));
    }
    int rc;
    do {
        rc = sqlite3_backup_step(b, 256);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            QThread::msleep(50);
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(b);
    QString check;
    if (rc == SQLITE_DONE) {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(target, "PRAGMA quick_check", -1, &stmt, nullptr) == SQLITE_OK
            && sqlite3_step(stmt) == SQLITE_ROW)
            check = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
        sqlite3_finalize(stmt);
    }
    const QString msg = sqliteMessage(target);
    cleanup();
    if (rc != SQLITE_DONE || check != QLatin1String("ok")) {
        QFile::remove(partial);
        throw StoreError(StoreError::Kind::Failure,
                         tr("The backup failed and was removed: %1").arg(check.isEmpty() ? msg : check));
    }
    if (dest.exists() && !QFile::remove(destPath)) {
        QFile::remove(partial);
        throw StoreError(StoreError::Kind::Failure,
                         tr("Cannot replace %1; check its permissions.").arg(QDir::toNativeSeparators(destPath)));
    }
    if (!QFile::rename(partial, destPath)) {
        QFile::remove(partial);
        throw StoreError(StoreError::Kind::Failure,
                         tr("Cannot write %1; check the folder's permissions.").arg(QDir::toNativeSeparators(destPath)));
    }
    commands.run(QStringLiteral("database.backup"), Permission::BackUpDatabase, [&](CommandContext &ctx) {
        ctx.audit(QStringLiteral("database"), QStringLiteral("backup"), CommandContext::Action::Event, {},
                  {{QStringLiteral("file"), destPath}, {QStringLiteral("bytes"), QFileInfo(destPath).size()}});
    });
}

} // namespace dd
