#include "auditchain.h"

#include <QDeadlineTimer>
#include <QSqlQuery>
#include <QThread>
#include <QtEndian>
#include <deque>
#include <sodium.h>

#include "core/localformat.h"
#include "database.h"
#include "migrator.h"
#include "sql.h"
#include "storeerror.h"

namespace dd {

namespace {
// The advisory lock key of the audit chain ("DDAUDIT" in ASCII); per database, so one per DealerDesk database.
constexpr qint64 kWriterLock = 0x4444415544495400LL;
constexpr int kChunk = 2000;
constexpr int kLookBack = 10000; // recent rows remembered to tell an inserted row from removed ones

const QString kColumns = QStringLiteral("id, at, user_id, user_name, station, command, table_name, record_id, "
                                        "action, old_values, new_values, prev_hash, hash");

struct StoredRow {
    qint64 id = 0;
    AuditRecord record;
    std::optional<QString> prevHash;
    std::optional<QString> hash;
};

std::optional<QString> nullable(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toString();
}

StoredRow readRow(const QSqlQuery &q)
{
    StoredRow r;
    r.id = q.value(0).toLongLong();
    r.record.at = q.value(1).toString();
    if (!q.value(2).isNull())
        r.record.userId = q.value(2).toLongLong();
    r.record.userName = q.value(3).toString();
    r.record.station = q.value(4).toString();
    r.record.command = q.value(5).toString();
    r.record.table = q.value(6).toString();
    r.record.recordId = q.value(7).toString();
    r.record.action = q.value(8).toString();
    r.record.oldValues = nullable(q.value(9));
    r.record.newValues = nullable(q.value(10));
    r.prevHash = nullable(q.value(11));
    r.hash = nullable(q.value(12));
    return r;
}

// The rows after `afterId`, at most one chunk, in id order.
template <typename Exec>
std::vector<StoredRow> chunkAfter(Exec &&exec, qint64 afterId)
{
    QSqlQuery q = exec(QStringLiteral("SELECT %1 FROM audit_log WHERE id > ? ORDER BY id LIMIT %2").arg(kColumns).arg(kChunk),
                       QVariantList{afterId});
    std::vector<StoredRow> rows;
    rows.reserve(kChunk);
    while (q.next())
        rows.push_back(readRow(q));
    return rows;
}
} // namespace

QByteArray AuditChain::canonical(const QString &prevHash, const AuditRecord &r)
{
    QByteArray out;
    out.reserve(256 + r.oldValues.value_or(QString()).size() + r.newValues.value_or(QString()).size());
    const auto text = [&out](const QString &s) {
        const QByteArray utf8 = s.toUtf8();
        char length[4];
        qToBigEndian(quint32(utf8.size()), length);
        out += 'S';
        out.append(length, 4);
        out += utf8;
    };
    const auto optionalText = [&](const std::optional<QString> &s) {
        if (s)
            text(*s);
        else
            out += 'N';
    };
    text(QStringLiteral("dealerdesk-audit-1"));
    text(prevHash);
    text(r.at);
    optionalText(r.userId ? std::optional<QString>(QString::number(*r.userId)) : std::nullopt);
    text(r.userName);
    text(r.station);
    text(r.command);
    text(r.table);
    text(r.recordId);
    text(r.action);
    optionalText(r.oldValues);
    optionalText(r.newValues);
    return out;
}

QString AuditChain::hash(const QString &prevHash, const AuditRecord &record)
{
    if (sodium_init() < 0)
        qFatal("libsodium cannot be initialised");
    const QByteArray message = canonical(prevHash, record);
    unsigned char digest[crypto_generichash_BYTES];
    static_assert(crypto_generichash_BYTES == 32, "BLAKE2b-256");
    crypto_generichash(digest, sizeof digest, reinterpret_cast<const unsigned char *>(message.constData()),
                       quint64(message.size()), nullptr, 0);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), sizeof digest).toHex());
}

bool AuditChain::isChained(Database &db, const QSqlDatabase &conn)
{
    if (db.schemaVersionAtOpen() >= schemaVersion)
        return true;
    // Opened before an upgrade (or a test writing into an older schema): ask the schema itself.
    return Sql::scalar(conn, QStringLiteral("SELECT MAX(version) FROM ") + Migrator::tableName(), {}, 0).toInt()
        >= schemaVersion;
}

void AuditChain::queueWriter(const QSqlDatabase &conn)
{
    const QString sql = QStringLiteral("SELECT pg_try_advisory_xact_lock(%1)").arg(kWriterLock);
    QDeadlineTimer patience(30 * 1000);
    while (!Sql::scalar(conn, sql).toBool()) {
        if (patience.hasExpired())
            throw StoreError(StoreError::Kind::Locked,
                             tr("Another station has been saving for 30 seconds and the database is still busy. "
                                "Nothing was saved; try again in a moment."));
        QThread::msleep(20);
    }
}

void AuditChain::lockChain(const QSqlDatabase &conn)
{
    Sql::exec(conn, QStringLiteral("SELECT last_id FROM audit_chain WHERE id = 1 FOR UPDATE"));
}

AuditChain::Tail AuditChain::tail(const QSqlDatabase &conn)
{
    QSqlQuery q = Sql::exec(conn, QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"));
    Tail t;
    if (q.next()) {
        t.lastId = q.value(0).toLongLong();
        t.lastHash = Sql::text(q.value(1).toString());
    }
    return t;
}

void AuditChain::recordTail(const QSqlDatabase &conn)
{
    Sql::exec(conn, QStringLiteral("UPDATE audit_chain SET last_id = (SELECT MAX(id) FROM audit_log), "
                                   "last_hash = (SELECT hash FROM audit_log WHERE id = (SELECT MAX(id) FROM audit_log)) "
                                   "WHERE id = 1 AND last_id <> (SELECT MAX(id) FROM audit_log)"));
}

qint64 AuditChain::sealExisting(const QSqlDatabase &conn)
{
    const auto exec = [&conn](const QString &sql, const QVariantList &params) { return Sql::exec(conn, sql, params); };
    Tail tail;
    qint64 sealed = 0;
    for (;;) {
        const std::vector<StoredRow> rows = chunkAfter(exec, tail.lastId);
        if (rows.empty())
            break;
        for (const StoredRow &row : rows) {
            const QString h = hash(tail.lastHash, row.record);
            Sql::exec(conn, QStringLiteral("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?"),
                      {Sql::text(tail.lastHash), h, row.id});
            tail = {row.id, h};
            ++sealed;
        }
    }
    recordTail(conn);
    return sealed;
}

AuditChain::Report AuditChain::verify(Database &db, const std::function<bool(qint64)> &progress)
{
    Report report;
    // The recorded end first: rows committed while we read come after it.
    QSqlQuery head = db.query(QStringLiteral("SELECT last_id, last_hash FROM audit_chain WHERE id = 1"));
    const bool hasTail = head.next();
    const Tail recorded = hasTail ? Tail{head.value(0).toLongLong(), head.value(1).toString()} : Tail{};
    head.finish();
    bool tailSeen = recorded.lastId == 0;

    struct Seen {
        qint64 id;
        QString hash;
    };
    std::deque<Seen> recent;
    QHash<QString, qint64> recentIndex; // hash -> id, for the rows in `recent`
    QString prevHash;
    qint64 prevId = 0;
    const auto breakAt = [&](const StoredRow &row, Problem problem) {
        report.problem = problem;
        report.rowId = row.id;
        report.afterId = prevId;
        report.at = Sql::fromDb(row.record.at);
        report.userName = row.record.userName;
        report.command = row.record.command;
        return report;
    };
    const auto exec = [&db](const QString &sql, const QVariantList &params) { return db.query(sql, params); };
    for (;;) {
        const std::vector<StoredRow> rows = chunkAfter(exec, prevId);
        if (rows.empty())
            break;
        for (const StoredRow &row : rows) {
            if (!row.hash || !row.prevHash)
                return breakAt(row, Problem::MissingHash);
            if (*row.prevHash != prevHash) {
                if (const auto it = recentIndex.constFind(*row.prevHash); it != recentIndex.constEnd()) {
                    // It follows an earlier row: the rows after that one were slipped in. The first of them is the
                    // one that does not match.
                    const qint64 follows = it.value();
                    auto first = recent.begin();
                    while (first != recent.end() && first->id <= follows)
                        ++first;
                    report.rows -= qint64(std::distance(first, recent.end()));
                    report.problem = Problem::RowInserted;
                    report.rowId = first->id;
                    report.afterId = follows;
                    QSqlQuery q = db.query(QStringLiteral("SELECT at, user_name, command FROM audit_log WHERE id = ?"),
                                           {first->id});
                    if (q.next()) {
                        report.at = Sql::fromDb(q.value(0));
                        report.userName = q.value(1).toString();
                        report.command = q.value(2).toString();
                    }
                    return report;
                }
                return breakAt(row, Problem::RowsMissing);
            }
            if (hash(prevHash, row.record) != *row.hash)
                return breakAt(row, Problem::ContentChanged);
            if (row.id == recorded.lastId) {
                tailSeen = true;
                if (*row.hash != recorded.lastHash)
                    return breakAt(row, Problem::TailChanged);
            }
            ++report.rows;
            prevHash = *row.hash;
            prevId = row.id;
            recent.push_back({row.id, prevHash});
            recentIndex.insert(prevHash, row.id);
            if (recent.size() > size_t(kLookBack)) {
                recentIndex.remove(recent.front().hash);
                recent.pop_front();
            }
        }
        if (progress && !progress(report.rows)) {
            report.stopped = true;
            return report;
        }
    }
    if (!hasTail) {
        report.problem = Problem::NoTail;
        report.afterId = prevId;
    } else if (!tailSeen) {
        report.problem = Problem::TailMissing;
        report.rowId = recorded.lastId;
        report.afterId = prevId;
    }
    return report;
}

QString AuditChain::Report::message() const
{
    const QString row = at.isValid() ? tr("row %1 (%2, %3 by %4)")
                                           .arg(rowId)
                                           .arg(LocalFormat::dateTime(at.toLocalTime()), command, userName)
                                     : tr("row %1").arg(rowId);
    switch (problem) {
    case Problem::None:
        return stopped ? tr("The check was stopped after %n audit row(s).", nullptr, int(qMin<qint64>(rows, INT_MAX)))
                       : tr("%n audit row(s), chain intact.", nullptr, int(qMin<qint64>(rows, INT_MAX)));
    case Problem::ContentChanged:
        return tr("The audit trail is broken at %1: its content does not match its hash; it was changed after it was "
                  "written, or written outside DealerDesk.")
            .arg(row);
    case Problem::MissingHash:
        return tr("The audit trail is broken at %1: it has no hash; it was written outside DealerDesk.").arg(row);
    case Problem::RowsMissing:
        return afterId == 0
            ? tr("The audit trail is broken at %1: the rows before it were removed.").arg(row)
            : tr("The audit trail is broken at %1: it does not follow row %2; the rows between them were removed, "
                 "or row %2 was changed and its hash recomputed.")
                  .arg(row)
                  .arg(afterId);
    case Problem::RowInserted:
        return tr("The audit trail is broken at %1: it was slipped in after row %2, outside DealerDesk.")
            .arg(row)
            .arg(afterId);
    case Problem::TailMissing:
        return tr("The audit trail is broken after row %1: row %2, recorded as the chain's last, is missing; rows "
                  "were removed from the end.")
            .arg(afterId)
            .arg(rowId);
    case Problem::TailChanged:
        return tr("The audit trail is broken at %1: it is not the last row the chain recorded; it was changed and "
                  "its hash recomputed.")
            .arg(row);
    case Problem::NoTail:
        return tr("The audit trail's record of its last row (table audit_chain) was removed.");
    }
    return {};
}

bool AuditChain::loginCanRewrite(Database &db)
{
    if (db.isSqlite())
        return true;
    return db.scalar(QStringLiteral("SELECT pg_has_role(current_user, c.relowner, 'MEMBER') OR r.rolsuper "
                                    "FROM pg_class c, pg_roles r "
                                    "WHERE c.oid = 'audit_log'::regclass AND r.rolname = current_user"),
                     {}, true)
        .toBool();
}

} // namespace dd
