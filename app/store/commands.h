#pragma once
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariantMap>
#include <optional>
#include <utility>

#include "auditchain.h"
#include "changes.h"
#include "core/roles.h"
#include "database.h"
#include "session.h"
#include "storeerror.h"

namespace dd {

// What a command body sees: its connection inside the open transaction, its one timestamp, and the audit.
class CommandContext
{
    Q_DECLARE_TR_FUNCTIONS(dd::CommandContext)
public:
    CommandContext(Database &db, const Session &session, QString command);

    QSqlQuery exec(const QString &sql, const QVariantList &params = {});
    QVariant scalar(const QString &sql, const QVariantList &params = {}, const QVariant &fallback = {});
    const Session &session() const { return m_session; }
    Database &database() { return m_db; }
    const QString &command() const { return m_command; }
    // The command's time, the same for all its rows (UTC).
    QDateTime now() const { return m_now; }
    QString nowDb() const;

    enum class Action { Insert, Update, Event };
    // One audit row: who, when, where, which record, old and new values; chained to the row before it
    // (AuditChain).
    void audit(const QString &table, const QVariant &recordId, Action action, const QJsonObject &oldValues,
               const QJsonObject &newValues);

    // Inserts a business row with its bookkeeping columns and an audit row; returns the new id.
    qint64 insert(const QString &table, const QVariantMap &values, bool audited = true);
    // Updates a business row if its version is still `expectedVersion`; otherwise throws a Conflict naming
    // `recordLabel` and who changed it last. Writes the audit row with the changed values only.
    // With `touch`, the version goes up even when no column changed (a dependent table did).
    void update(const QString &table, qint64 id, int expectedVersion, const QVariantMap &changes,
                const QString &recordLabel, bool touch = false);

    // Called by Commands just before COMMIT: records where the audit chain now ends (audit_chain) and, on
    // PostgreSQL, tells the other stations (NOTIFY, delivered at commit).
    void finish();
    // What this command changed, one entry per audit row; published after COMMIT.
    const ChangeSet &changes() const { return m_changes; }

private:
    Database &m_db;
    QSqlDatabase m_conn;
    Session m_session;
    QString m_command;
    QDateTime m_now;
    // Whether the schema chains audit rows, looked at with this context's first audit row.
    std::optional<bool> m_chained;
    bool m_audited = false;
    ChangeSet m_changes;
};

// The command layer: one command = one transaction = its audit rows, with the role check inside.
class Commands
{
    Q_DECLARE_TR_FUNCTIONS(dd::Commands)
public:
    Commands(Database &db, Session session) : m_db(db), m_session(std::move(session)) {}

    const Session &session() const { return m_session; }
    Database &database() { return m_db; }

    // Runs `body(CommandContext&)` in a write transaction. `needed` is checked against the roles the user
    // holds in the database now (not those remembered at sign-in). Any exception rolls everything back.
    template <typename Body>
    auto run(const QString &commandName, std::optional<Permission> needed, Body &&body)
    {
        begin(commandName, needed);
        CommandContext ctx(m_db, m_session, commandName);
        try {
            if constexpr (std::is_void_v<decltype(body(ctx))>) {
                body(ctx);
                ctx.finish();
                commit(ctx);
            } else {
                auto result = body(ctx);
                ctx.finish();
                commit(ctx);
                return result;
            }
        } catch (const StoreError &e) {
            rollback();
            throw explain(e);
        } catch (...) {
            rollback();
            throw;
        }
    }

    // Throws Forbidden unless the session's current roles grant the permission.
    void require(Permission permission);

private:
    void begin(const QString &commandName, std::optional<Permission> needed);
    // COMMIT, then announces the command's changes (ChangeHub) to this process's screens.
    void commit(const CommandContext &ctx);
    void rollback();
    // The error as the person should read it: a lost connection (also one that only shows as a refusal without a
    // reason), a damaged file (after which nothing more is written), a full disk or a read-only folder.
    StoreError explain(const StoreError &e);

    Database &m_db;
    Session m_session;
};

} // namespace dd
