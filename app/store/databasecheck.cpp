#include "databasecheck.h"

#include <QCryptographicHash>
#include <QSettings>

#include "core/localformat.h"
#include "database.h"

namespace dd {

namespace {
QString key(const Database &db, const char *field)
{
    const QByteArray id = QCryptographicHash::hash(db.target().displayLocation().toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return QStringLiteral("databaseCheck/%1/%2").arg(QString::fromLatin1(id), QLatin1String(field));
}
} // namespace

std::optional<DatabaseCheck::Record> DatabaseCheck::last(const Database &db)
{
    QSettings s;
    const QDateTime at = QDateTime::fromString(s.value(key(db, "at")).toString(), Qt::ISODateWithMs);
    if (!at.isValid())
        return std::nullopt;
    Record r;
    r.at = at.toUTC();
    r.ok = s.value(key(db, "ok")).toBool();
    r.firstProblem = s.value(key(db, "problem")).toString();
    r.elapsedMs = s.value(key(db, "ms")).toLongLong();
    return r;
}

bool DatabaseCheck::due(const Database &db, const QDateTime &nowUtc)
{
    if (!db.isSqlite())
        return false;
    const auto r = last(db);
    return !r || r->at.secsTo(nowUtc) >= intervalHours * 3600 || r->at > nowUtc;
}

std::optional<DatabaseCheck::Record> DatabaseCheck::run(Database &db, const std::atomic<bool> *cancel)
{
    Record r;
    const Database::CheckResult check = db.integrityCheck(10, cancel);
    if (!check.complete && check.problems.isEmpty())
        return std::nullopt;
    r.at = QDateTime::currentDateTimeUtc();
    r.ok = check.ok();
    r.firstProblem = check.problems.value(0).left(300);
    r.elapsedMs = check.elapsedMs;
    QSettings s;
    s.setValue(key(db, "at"), r.at.toString(Qt::ISODateWithMs));
    s.setValue(key(db, "ok"), r.ok);
    s.setValue(key(db, "problem"), r.firstProblem);
    s.setValue(key(db, "ms"), r.elapsedMs);
    s.sync();
    return r;
}

QString DatabaseCheck::describe(const Database &db, const std::optional<Record> &record, bool running)
{
    if (!db.isSqlite())
        return tr("Database check: the PostgreSQL server keeps the pages; check it there (pg_amcheck).");
    if (running)
        return tr("Database check: running in the background…");
    if (!record)
        return tr("Database check: not run yet; it runs once a day in the background.");
    const QString when = LocalFormat::dateTime(record->at.toLocalTime());
    if (!record->ok)
        return tr("Database check on %1: the database file is DAMAGED (%2). Restore the latest backup.")
            .arg(when, record->firstProblem);
    return tr("Database check on %1: no damage found (every page and index, %2 s).")
        .arg(when)
        .arg(double(record->elapsedMs) / 1000.0, 0, 'f', 1);
}

} // namespace dd
