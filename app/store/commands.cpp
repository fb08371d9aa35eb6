#include "commands.h"

#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

#include "core/localformat.h"
#include "sql.h"

namespace dd {

namespace {
// Table and column names come from code, never from user text; this keeps it so.
const QString &checkedIdentifier(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    if (!re.match(name).hasMatch())
        qFatal("invalid SQL identifier %s", qPrintable(name));
    return name;
}

QJsonValue toJson(const QString &column, const QVariant &v)
{
    if (column.contains(QLatin1String("password")))
        return v.isNull() ? QJsonValue() : QJsonValue(QStringLiteral("(hidden)"));
    if (v.isNull() || !v.isValid())
        return QJsonValue();
    switch (v.metaType().id()) {
    case QMetaType::Bool: return v.toBool();
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong: return QJsonValue(v.toLongLong());
    case QMetaType::QByteArray: return QStringLiteral("(%1 bytes)").arg(v.toByteArray().size());
    default: return v.toString();
    }
}

bool sameValue(const QVariant &a, const QVariant &b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    if (a.metaType().id() == QMetaType::QByteArray || b.metaType().id() == QMetaType::QByteArray)
        return a.toByteArray() == b.toByteArray();
    return a.toString() == b.toString();
}

const QString &actionName(CommandContext::Action action)
{
    static const QString names[] = {QStringLiteral("insert"), QStringLiteral("update"), QStringLiteral("event")};
    return names[int(action)];
}
} // namespace

CommandContext::CommandContext(Database &db, const Session &session, QString command)
    : m_db(db), m_conn(db.connection()), m_session(session), m_command(std::move(command)), m_now(db.now())
{
}

QSqlQuery CommandContext::exec(const QString &sql, const QVariantList &params)
{
    return Sql::exec(m_conn, sql, params);
}

QVariant CommandContext::scalar(const QString &sql, const QVariantList &params, const QVariant &fallback)
{
    return Sql::scalar(m_conn, sql, params, fallback);
}

QString CommandContext::nowDb() const
{
    return Sql::toDb(m_now);
}

void CommandContext::audit(const QString &table, const QVariant &recordId, Action action,
                           const QJsonObject &oldValues, const QJsonObject &newValues)
{
    AuditRecord r;
    r.at = nowDb();
    if (!m_session.isSystem())
        r.userId = m_session.userId;
    r.userName = Sql::text(m_session.displayName);
    r.station = Sql::text(m_session.station);
    r.command = Sql::text(m_command);
    r.table = Sql::text(table);
    r.recordId = Sql::text(recordId.toString());
    r.action = actionName(action);
    const auto json = [](const QJsonObject &o) {
        return o.isEmpty() ? std::nullopt
                           : std::optional<QString>(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    };
    r.oldValues = json(oldValues);
    r.newValues = json(newValues);
    const auto bind = [](const std::optional<QString> &s) { return s ? QVariant(*s) : QVariant(); };
    QVariantList params{r.at,      r.userId ? QVariant(*r.userId) : QVariant(), r.userName, r.station, r.command,
                        r.table,   r.recordId, r.action, bind(r.oldValues), bind(r.newValues)};

    if (!m_chained) {
        m_chained = AuditChain::isChained(m_db, m_conn);
        if (*m_chained && !m_db.isSqlite())
            AuditChain::lockChain(m_conn);
    }
    static const QString columns = QStringLiteral("at, user_id, user_name, station, command, table_name, record_id, "
                                                  "action, old_values, new_values");
    Change change;
    change.table = table;
    change.recordId = recordId.toString();
    change.kind = action == Action::Insert ? Change::Kind::Insert
                  : action == Action::Update ? Change::Kind::Update
                                             : Change::Kind::Event;
    change.command = m_command;
    change.userName = m_session.displayName;
    change.station = m_session.station;
    change.at = m_now;
    if (!*m_chained) { // a database still at an older schema (only while it is being upgraded)
        exec(QStringLiteral("INSERT INTO audit_log (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(columns), params);
        m_changes.changes << change;
        return;
    }
    const AuditChain::Tail tail = AuditChain::tail(m_conn);
    params << tail.lastHash << AuditChain::hash(tail.lastHash, r);
    // The audit row's id is the change's sequence number: writers take turns (BEGIN IMMEDIATE on SQLite, the
    // chain's lock on PostgreSQL), so ids grow in commit order and a station reads "id > last seen".
    QSqlQuery q = exec(QStringLiteral("INSERT INTO audit_log (%1, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                      "?, ?, ?)%2")
                           .arg(columns, m_db.isSqlite() ? QString() : QStringLiteral(" RETURNING id")),
                       params);
    change.auditId = m_db.isSqlite() ? q.lastInsertId().toLongLong() : (q.next() ? q.value(0).toLongLong() : 0);
    m_changes.changes << change;
    m_audited = true;
}

void CommandContext::finish()
{
    if (m_audited && m_chained.value_or(false))
        AuditChain::recordTail(m_conn);
    m_audited = false;
    // Other stations listen on PostgreSQL; the notice only says "look", the audit log says what.
    if (!m_db.isSqlite() && !m_changes.isEmpty())
        exec(QStringLiteral("SELECT pg_notify(?, ?)"),
             {ChangeHub::channel(), QString::number(m_changes.changes.constLast().auditId)});
}

qint64 CommandContext::insert(const QString &table, const QVariantMap &values, bool audited)
{
    QVariantMap row = values;
    row.insert(QStringLiteral("created_at"), nowDb());
    row.insert(QStringLiteral("updated_at"), nowDb());
    row.insert(QStringLiteral("updated_by"), m_session.displayName);
    row.insert(QStringLiteral("updated_station"), m_session.station);
    row.insert(QStringLiteral("version"), 1);
    QStringList columns, marks;
    QVariantList params;
    QJsonObject newValues;
    for (auto it = row.cbegin(); it != row.cend(); ++it) {
        columns << checkedIdentifier(it.key());
        marks << QStringLiteral("?");
        params << it.value();
        if (values.contains(it.key()))
            newValues.insert(it.key(), toJson(it.key(), it.value()));
    }
    QSqlQuery q = exec(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) RETURNING id")
                           .arg(checkedIdentifier(table), columns.join(QStringLiteral(", ")),
                                marks.join(QStringLiteral(", "))),
                       params);
    if (!q.next())
        throw StoreError(StoreError::Kind::Failure, tr("The database did not return the new record's number."));
    const qint64 id = q.value(0).toLongLong();
    if (audited)
        audit(table, id, Action::Insert, {}, newValues);
    return id;
}

void CommandContext::update(const QString &table, qint64 id, int expectedVersion, const QVariantMap &changes,
                            const QString &recordLabel, bool touch)
{
    checkedIdentifier(table);
    QStringList columns;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it)
        columns << checkedIdentifier(it.key());
    QSqlQuery current = exec(QStringLiteral("SELECT version, updated_by, updated_at, updated_station%1%2 FROM %3 "
                                            "WHERE id = ?")
                                 .arg(columns.isEmpty() ? QString() : QStringLiteral(", "),
                                      columns.join(QStringLiteral(", ")), table),
                             {id});
    if (!current.next())
        throw StoreError(StoreError::Kind::NotFound,
                         tr("%1 no longer exists; it may have been removed at another station.").arg(recordLabel));
    auto conflict = [&](const QString &by, const QDateTime &at, const QString &station) {
        return StoreError(StoreError::Kind::Conflict,
                          tr("%1 was changed by %2 at %3 on %4 after you opened it. Your changes were not saved "
                             "and are still on screen; reload to see the other change, then apply yours again.")
                              .arg(recordLabel, by,
                                   LocalFormat::dateTime(at.toLocalTime()), station));
    };
    if (current.value(0).toInt() != expectedVersion)
        throw conflict(current.value(1).toString(), Sql::fromDb(current.value(2)), current.value(3).toString());

    QJsonObject oldValues, newValues;
    QStringList sets;
    QVariantList params;
    for (int i = 0; i < columns.size(); ++i) {
        const QVariant before = current.value(4 + i);
        const QVariant after = changes.value(columns[i]);
        if (sameValue(before, after))
            continue;
        sets << columns[i] + QStringLiteral(" = ?");
        params << after;
        oldValues.insert(columns[i], toJson(columns[i], before));
        newValues.insert(columns[i], toJson(columns[i], after));
    }
    if (sets.isEmpty() && !touch)
        return; // nothing changed: no new version, no audit row
    sets << QStringLiteral("version = version + 1") << QStringLiteral("updated_at = ?")
         << QStringLiteral("updated_by = ?") << QStringLiteral("updated_station = ?");
    params << nowDb() << m_session.displayName << m_session.station << id << expectedVersion;
    QSqlQuery q = exec(QStringLiteral("UPDATE %1 SET %2 WHERE id = ? AND version = ?")
                           .arg(table, sets.join(QStringLiteral(", "))),
                       params);
    if (q.numRowsAffected() != 1) {
        QSqlQuery again = exec(QStringLiteral("SELECT updated_by, updated_at, updated_station FROM %1 WHERE id = ?")
                                   .arg(table),
                               {id});
        if (again.next())
            throw conflict(again.value(0).toString(), Sql::fromDb(again.value(1)), again.value(2).toString());
        throw StoreError(StoreError::Kind::NotFound, tr("%1 no longer exists.").arg(recordLabel));
    }
    oldValues.insert(QStringLiteral("version"), expectedVersion);
    newValues.insert(QStringLiteral("version"), expectedVersion + 1);
    audit(table, id, Action::Update, oldValues, newValues);
}

void Commands::begin(const QString &commandName, std::optional<Permission> needed)
{
    Q_UNUSED(commandName);
    if (m_db.isDamaged())
        throw m_db.damagedError();
    QSqlDatabase db = m_db.connection();
    const QString sql = m_db.isSqlite() ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
    try {
        try {
            Sql::exec(db, sql);
        } catch (const StoreError &e) {
            if (e.kind() != StoreError::Kind::Connection || !m_db.reconnect())
                throw;
            Sql::exec(m_db.connection(), sql); // the connection came back: go on
        }
    } catch (const StoreError &e) {
        throw m_db.explain(e);
    }
    m_db.setInTransaction(true);
    if (!m_db.isSqlite()) {
        try {
            AuditChain::queueWriter(m_db.connection()); // one writer at a time, as BEGIN IMMEDIATE on SQLite
        } catch (...) {
            rollback();
            throw;
        }
    }
    if (needed) {
        try {
            require(*needed);
        } catch (...) {
            rollback();
            throw;
        }
    }
}

void Commands::require(Permission permission)
{
    QList<Role> roles = m_session.roles;
    if (!m_session.isSystem()) {
        const QVariant active = m_db.scalar(QStringLiteral("SELECT active FROM users WHERE id = ?"), {m_session.userId});
        if (!active.isValid() || active.toInt() != 1)
            throw StoreError(StoreError::Kind::Forbidden,
                             tr("The account %1 is deactivated; nothing was saved. Ask an administrator.")
                                 .arg(m_session.displayName));
        roles.clear();
        QSqlQuery q = m_db.query(QStringLiteral("SELECT role FROM user_roles WHERE user_id = ?"), {m_session.userId});
        while (q.next()) {
            if (const auto r = Roles::fromCode(q.value(0).toString()))
                roles << *r;
        }
    }
    if (!Roles::grants(roles, permission))
        throw StoreError(StoreError::Kind::Forbidden,
                         tr("%1 may not %2 (roles: %3). Nothing was saved; ask a user with the right role.")
                             .arg(m_session.displayName, Roles::permissionName(permission),
                                  roles.isEmpty() ? tr("none") : Roles::displayNames(roles)));
}

void Commands::commit(const CommandContext &ctx)
{
    Sql::exec(m_db.connection(), QStringLiteral("COMMIT"));
    m_db.setInTransaction(false);
    m_db.changes().publish(ctx.changes());
}

void Commands::rollback()
{
    m_db.setInTransaction(false);
    QSqlQuery q(m_db.connection());
    q.exec(QStringLiteral("ROLLBACK"));
}

StoreError Commands::explain(const StoreError &e)
{
    if (m_db.isSqlite())
        return m_db.explain(e);
    StoreError error = e;
    // A server stopped in the middle of a command may answer with a plain refusal and no reason: ask the
    // connection whether it is still there.
    if (error.kind() == StoreError::Kind::Failure) {
        QSqlQuery probe(m_db.connection());
        if (!probe.exec(QStringLiteral("SELECT 1")))
            error = StoreError(StoreError::Kind::Connection, QString(), e.detail(), e.nativeCode());
    }
    if (error.kind() != StoreError::Kind::Connection)
        return error;
    if (m_db.reconnect())
        return StoreError(StoreError::Kind::Connection,
                          tr("The connection to the database was lost during this change and has been restored. "
                             "Nothing of this change was saved; please do it again."),
                          e.detail(), e.nativeCode());
    return StoreError(StoreError::Kind::Connection,
                      tr("The connection to the database was lost during this change. Nothing of it was saved. Check "
                         "the network and that the database server is running, then do it again."),
                      e.detail(), e.nativeCode());
}

} // namespace dd
