#pragma once
#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <optional>

namespace dd {

class Database;

// The hashed content of one audit row, exactly as stored.
struct AuditRecord {
    QString at; // the stored text, yyyy-MM-ddTHH:mm:ss.zzzZ (UTC)
    std::optional<qint64> userId;
    QString userName;
    QString station;
    QString command;
    QString table;
    QString recordId;
    QString action;
    std::optional<QString> oldValues; // JSON text, or NULL
    std::optional<QString> newValues;
};

// The audit trail's hash chain (schema 13, db/migrations/0013_audit_chain.sql).
//
// Each audit row stores prev_hash, the hash of the row before it in id order ('' for the first row), and
//   hash = hex(BLAKE2b-256(canonical(prev_hash, row)))        (libsodium crypto_generichash, 32 bytes, no key)
// canonical() is a sequence of fields, each either 'N' (SQL NULL) or 'S' + the field's UTF-8 length as 4 bytes
// big-endian + its UTF-8 bytes, in this order:
//   "dealerdesk-audit-1", prev_hash, at, user_id (decimal), user_name, station, command, table_name, record_id,
//   action, old_values, new_values
// Every field is hashed as the text the database holds (times are TEXT on SQLite and PostgreSQL alike), so both
// databases give the same hashes and anyone can recompute them, e.g. with Python's hashlib.blake2b(digest_size=32).
// The row id is not hashed: the order is, through prev_hash.
//
// What it is for: a row changed, removed or slipped in behind the app's back (by someone who lifted the
// append-only triggers) no longer matches. What it cannot stop: someone with the owner's rights who recomputes
// every hash after the change, or who appends rows hashed the same way (the hash has no secret key).
class AuditChain
{
    Q_DECLARE_TR_FUNCTIONS(dd::AuditChain)
public:
    static constexpr int schemaVersion = 13; // the first schema whose audit rows are chained

    static QByteArray canonical(const QString &prevHash, const AuditRecord &record);
    static QString hash(const QString &prevHash, const AuditRecord &record); // 64 lowercase hex digits

    // --- Writing, inside a command's transaction (CommandContext::audit) ---
    // Whether the database's audit rows are chained (schema 13 or later).
    static bool isChained(Database &db, const QSqlDatabase &conn);
    struct Tail {
        qint64 lastId = 0;
        QString lastHash = QStringLiteral(""); // '' before the first row (not NULL)
    };
    // PostgreSQL: locks the chain's row in audit_chain (FOR UPDATE) until the transaction ends, so that two
    // stations never chain onto the same row, whatever the isolation level.
    static void lockChain(const QSqlDatabase &conn);
    // The row the next audit row follows: the last one written, read again for every row (several command
    // contexts may write audit rows in one transaction, as the demo's people do).
    static Tail tail(const QSqlDatabase &conn);
    // Records the chain's last row in audit_chain if it moved.
    static void recordTail(const QSqlDatabase &conn);
    // PostgreSQL: every command first takes this transaction-scoped advisory lock, so writers queue one at a
    // time as SQLite's BEGIN IMMEDIATE makes them (and never deadlock over the chain). Waits up to 30 s.
    static void queueWriter(const QSqlDatabase &conn);

    // --- Upgrading: the migration step "seal_audit_chain" hashes the rows written before schema 13 ---
    static qint64 sealExisting(const QSqlDatabase &conn);

    // --- Verifying ---
    enum class Problem {
        None,
        ContentChanged, // the row's content does not match its hash
        MissingHash,    // a row without hash (written outside DealerDesk)
        RowsMissing,    // the row does not follow the one before it: rows removed, or that one rewritten
        RowInserted,    // a row sits between two rows that were written one after the other
        TailMissing,    // the chain ends before the last row recorded in audit_chain
        TailChanged,    // the recorded last row has another hash: rewritten with recomputed hashes
        NoTail,         // audit_chain's row is gone
    };
    struct Report {
        qint64 rows = 0; // rows checked and found intact (before the break, if any)
        Problem problem = Problem::None;
        qint64 rowId = 0;   // the first row that does not match (for TailMissing: the missing last row)
        qint64 afterId = 0; // the last row before it that still matches (0: none)
        QDateTime at;       // the row's time (UTC) and who wrote it, when the row is there
        QString userName;
        QString command;
        bool stopped = false; // progress() said stop: `rows` were checked, the rest not
        bool intact() const { return problem == Problem::None && !stopped; }
        // One sentence for people: "N rows, chain intact." or where and how it is broken.
        QString message() const;
    };
    // Reads the whole trail in id order, in chunks; `progress(rowsSoFar)` is called after each chunk and may
    // return false to stop (the report then counts what was read). Throws StoreError.
    static Report verify(Database &db, const std::function<bool(qint64)> &progress = {});

    // Whether this connection's login could rewrite the trail quietly: on PostgreSQL the owner of audit_log or
    // a superuser (who may lift the triggers); on SQLite always (whoever may write the file may do anything).
    static bool loginCanRewrite(Database &db);
};

} // namespace dd
