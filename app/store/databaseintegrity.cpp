#include "database.h"

// The damage checks of an SQLite database: the budgeted start-up check and the full one (see database.h).
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSqlError>
#include <algorithm>
#include <sqlite3.h>

#include "sql.h"

namespace dd {

sqlite3 *sqliteHandleOf(const QSqlDatabase &db); // database.cpp

namespace {
struct Deadline {
    QElapsedTimer clock;
    qint64 budgetMs = 0;
};
int pastDeadline(void *p)
{
    const auto *d = static_cast<const Deadline *>(p);
    return d->clock.elapsed() > d->budgetMs ? 1 : 0;
}


QStringList problemsOf(QSqlQuery &q)
{
    QStringList out;
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            out << line;
    }
    return out;
}
} // namespace

Database::CheckResult Database::quickCheck(int budgetMs)
{
    CheckResult r;
    if (!m_target.isSqlite() || !m_open)
        return r;
    r.ran = true;
    QSqlDatabase db = connection();
    sqlite3 *handle = sqliteHandleOf(db);
    Deadline deadline;
    deadline.budgetMs = budgetMs;
    deadline.clock.start();
    try {
        // Reading the schema touches page 1 and the schema's pages; then the tables, fewest rows first (MAX(rowid)
        // costs one descent of its b-tree), each with its indexes, while time is left.
        static const QRegularExpression plain(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
        QList<QPair<qint64, QString>> tables;
        QSqlQuery q = Sql::exec(db, QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'table'"));
        while (q.next()) {
            const QString name = q.value(0).toString();
            if (plain.match(name).hasMatch() && !q.value(1).toString().contains(QLatin1String("WITHOUT ROWID")))
                tables.append({0, name});
        }
        for (auto &t : tables)
            t.first = Sql::scalar(db, QStringLiteral("SELECT MAX(rowid) FROM ") + t.second, {}, 0).toLongLong();
        std::sort(tables.begin(), tables.end());
        r.tablesTotal = int(tables.size());
        if (handle)
            sqlite3_progress_handler(handle, 2000, &pastDeadline, &deadline);
        for (const auto &t : tables) {
            if (deadline.clock.elapsed() > budgetMs)
                break;
            QSqlQuery check(db);
            if (!check.exec(QStringLiteral("PRAGMA quick_check(%1)").arg(t.second))) {
                const int code = check.lastError().nativeErrorCode().toInt() & 0xff;
                if (code == 9) // SQLITE_INTERRUPT: the budget ran out inside this table
                    break;
                r.problems << t.second + QStringLiteral(": ") + check.lastError().text();
                continue;
            }
            r.problems << problemsOf(check);
            ++r.tablesChecked;
        }
    } catch (const StoreError &e) {
        r.problems << e.detail();
    }
    if (handle)
        sqlite3_progress_handler(handle, 0, nullptr, nullptr);
    r.complete = r.tablesChecked == r.tablesTotal;
    r.elapsedMs = deadline.clock.elapsed();
    if (!r.problems.isEmpty())
        markDamaged(r.problems.first());
    return r;
}

namespace {
int cancelled(void *p)
{
    return static_cast<const std::atomic<bool> *>(p)->load() ? 1 : 0;
}
} // namespace

Database::CheckResult Database::integrityCheck(int maxProblems, const std::atomic<bool> *cancel)
{
    CheckResult r;
    if (!m_target.isSqlite() || !m_open)
        return r;
    r.ran = true;
    QElapsedTimer clock;
    clock.start();
    QSqlDatabase db = connection();
    sqlite3 *handle = sqliteHandleOf(db);
    if (handle && cancel)
        sqlite3_progress_handler(handle, 5000, &cancelled, const_cast<std::atomic<bool> *>(cancel));
    {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("PRAGMA integrity_check(%1)").arg(qMax(1, maxProblems)))) {
            r.problems = problemsOf(q);
            r.complete = true;
        } else if ((q.lastError().nativeErrorCode().toInt() & 0xff) != 9) { // 9: interrupted (cancelled)
            r.problems << q.lastError().text();
        }
    }
    if (handle && cancel)
        sqlite3_progress_handler(handle, 0, nullptr, nullptr);
    if (!r.complete && r.problems.isEmpty()) {
        r.elapsedMs = clock.elapsed();
        return r;
    }
    QSqlQuery count(db);
    if (count.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'")) && count.next())
        r.tablesTotal = r.tablesChecked = count.value(0).toInt();
    r.elapsedMs = clock.elapsed();
    if (!r.problems.isEmpty())
        markDamaged(r.problems.first());
    return r;
}

} // namespace dd
