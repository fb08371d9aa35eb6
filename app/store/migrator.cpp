#include "migrator.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <algorithm>

#include "auditchain.h"
#include "core/sqlscript.h"
#include "database.h"
#include "sql.h"
#include "storeerror.h"

namespace dd {

const QList<Migrator::Migration> &Migrator::migrations()
{
    static const QList<Migration> list = [] {
        QList<Migration> out;
        static const QRegularExpression re(QStringLiteral("^(\\d{4})_([a-z0-9_]+)\\.sql$"));
        const QDir dir(QStringLiteral(":/db/migrations"));
        for (const QString &file : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
            const auto m = re.match(file);
            if (!m.hasMatch())
                qFatal("migration file name %s does not match NNNN_name.sql", qPrintable(file));
            QFile f(dir.filePath(file));
            if (!f.open(QIODevice::ReadOnly))
                qFatal("cannot read migration %s", qPrintable(file));
            out.append({m.captured(1).toInt(), m.captured(2), QString::fromUtf8(f.readAll())});
        }
        std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.version < b.version; });
        for (int i = 0; i < out.size(); ++i) {
            if (out[i].version != i + 1)
                qFatal("migrations must be numbered 1, 2, 3 ... without gaps; found %d at position %d",
                       out[i].version, i + 1);
        }
        return out;
    }();
    return list;
}

void Migrator::run(const Migration &m)
{
    QSqlDatabase db = m_db.connection();
    const auto statements = [&](const QString &part) {
        for (const QString &stmt : SqlScript::statements(part, m_db.dialect()))
            Sql::exec(db, stmt);
    };
    // "-- @step NAME" on a line of its own runs a step the app computes (SQL cannot) at that point; the SQL after
    // it starts again in the "all" dialect section.
    static const QRegularExpression step(QStringLiteral("^-- @step ([a-z_]+)[ \\t]*$"),
                                         QRegularExpression::MultilineOption);
    qsizetype done = 0;
    for (auto it = step.globalMatch(m.script); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        statements(m.script.mid(done, match.capturedStart() - done));
        const QString name = match.captured(1);
        if (name == QLatin1String("seal_audit_chain"))
            AuditChain::sealExisting(db);
        else
            qFatal("migration %d names an unknown step \"%s\"", m.version, qPrintable(name));
        done = match.capturedEnd();
    }
    statements(m.script.mid(done));
}

int Migrator::latestVersion()
{
    return migrations().isEmpty() ? 0 : migrations().last().version;
}

int Migrator::currentVersion()
{
    QSqlDatabase db = m_db.connection();
    if (!db.tables().contains(tableName()))
        return 0;
    return Sql::scalar(db, QStringLiteral("SELECT MAX(version) FROM ") + tableName(), {}, 0).toInt();
}

int Migrator::migrate(int targetVersion)
{
    if (targetVersion < 0)
        targetVersion = latestVersion();
    QSqlDatabase db = m_db.connection();
    const int current = currentVersion();
    if (current > latestVersion())
        throw StoreError(StoreError::Kind::NewerSchema,
                         tr("The database has schema version %1, but this DealerDesk knows versions up to %2. It was "
                            "left untouched.")
                             .arg(current)
                             .arg(latestVersion()));
    if (!m_db.isSqlite() && current < qMin(targetVersion, latestVersion())
        && !Sql::scalar(db, QStringLiteral("SELECT has_schema_privilege(COALESCE(current_schema(), 'public'), 'CREATE')"))
                .toBool())
        throw StoreError(StoreError::Kind::Forbidden,
                         tr("The database %1 has schema version %2 and needs %3, but the login %4 may not change its "
                            "structure (the application's login only works with the data). Upgrade it once with the "
                            "owner's login: dealerdesk --db postgresql://OWNER@%5:%6/%7 migrate")
                             .arg(m_db.target().displayLocation())
                             .arg(current)
                             .arg(qMin(targetVersion, latestVersion()))
                             .arg(Sql::scalar(db, QStringLiteral("SELECT current_user")).toString(), m_db.target().host)
                             .arg(m_db.target().port)
                             .arg(m_db.target().databaseName));
    int applied = 0;
    for (const Migration &m : migrations()) {
        if (m.version <= current || m.version > targetVersion)
            continue;
        const QString begin = m_db.isSqlite() ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
        Sql::exec(db, begin);
        try {
            if (m.version == 1)
                Sql::exec(db, QStringLiteral("CREATE TABLE IF NOT EXISTS ") + tableName()
                                  + QStringLiteral(" (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT "
                                                   "NOT NULL, app_version TEXT NOT NULL)"));
            // Another station may have applied it while we waited for the lock.
            if (Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM ") + tableName()
                                    + QStringLiteral(" WHERE version = ?"),
                            {m.version}, 0)
                    .toInt()
                == 0) {
                run(m);
                Sql::exec(db,
                          QStringLiteral("INSERT INTO ") + tableName()
                              + QStringLiteral(" (version, name, applied_at, app_version) VALUES (?, ?, ?, ?)"),
                          {m.version, m.name, Sql::toDb(m_db.now()), QStringLiteral(DEALERDESK_VERSION)});
                ++applied;
            }
            Sql::exec(db, QStringLiteral("COMMIT"));
        } catch (const StoreError &e) {
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            throw StoreError(e.kind() == StoreError::Kind::Failure ? StoreError::Kind::Failure : e.kind(),
                             tr("Upgrading the database to schema version %1 (%2) failed; it stays at version %3. %4")
                                 .arg(m.version)
                                 .arg(m.name)
                                 .arg(m.version - 1)
                                 .arg(e.message()),
                             e.detail());
        }
    }
    return applied;
}

} // namespace dd
