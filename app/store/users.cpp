#include "users.h"

#include <QJsonArray>
#include <algorithm>
#include <QSqlQuery>

#include "core/credentials.h"
#include "core/signinthrottle.h"
#include "passwordpolicy.h"
#include "sql.h"

namespace dd {

namespace {
QList<Role> rolesOf(Database &db, qint64 userId)
{
    QList<Role> roles;
    QSqlQuery q = db.query(QStringLiteral("SELECT role FROM user_roles WHERE user_id = ?"), {userId});
    while (q.next()) {
        if (const auto r = Roles::fromCode(q.value(0).toString()))
            roles << *r;
    }
    std::sort(roles.begin(), roles.end());
    return roles;
}

QJsonArray rolesJson(const QList<Role> &roles)
{
    return QJsonArray::fromStringList(Roles::codes(roles));
}

void throwIfInvalid(const Validation &v)
{
    if (!v.ok())
        throw StoreError(StoreError::Kind::Validation, v.errors.join(QLatin1Char('\n')));
}

const QString countAdminsWithPassword = QStringLiteral(
    "SELECT COUNT(*) FROM users u JOIN user_roles r ON r.user_id = u.id WHERE r.role = ? AND u.active = 1 "
    "AND u.password_hash IS NOT NULL");

// The first start's administrator, read through `query` (the connection, or a command's transaction).
template <typename Query>
std::optional<Users::FirstAdministrator> findFirstAdministrator(Query &&query)
{
    const QVariant admin = Roles::code(Role::Administrator);
    QSqlQuery has = query(countAdminsWithPassword, {admin});
    if (has.next() && has.value(0).toInt() > 0)
        return std::nullopt;
    QSqlQuery q = query(QStringLiteral("SELECT u.id, u.login, u.display_name FROM users u JOIN user_roles r ON "
                                       "r.user_id = u.id WHERE r.role = ? AND u.active = 1 AND u.password_hash IS "
                                       "NULL ORDER BY u.id"),
                        {admin});
    if (q.next())
        return Users::FirstAdministrator{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
    Users::FirstAdministrator created{0, {}, Users::tr("Administrator")};
    for (int n = 1;; ++n) {
        created.login = n == 1 ? QStringLiteral("admin") : QStringLiteral("admin%1").arg(n);
        QSqlQuery taken = query(QStringLiteral("SELECT COUNT(*) FROM users WHERE login = ?"), {created.login});
        if (taken.next() && taken.value(0).toInt() == 0)
            return created;
    }
}

const QString selectUser = QStringLiteral(
    "SELECT u.id, u.login, u.display_name, u.active, u.password_hash IS NOT NULL, s.last_sign_in_at, u.updated_at, "
    "u.updated_by, u.version FROM users u LEFT JOIN sign_in_state s ON s.user_id = u.id ");

UserRecord readUser(Database &db, const QSqlQuery &q)
{
    UserRecord u;
    u.id = q.value(0).toLongLong();
    u.login = q.value(1).toString();
    u.displayName = q.value(2).toString();
    u.active = q.value(3).toInt() == 1;
    u.hasPassword = q.value(4).toBool();
    u.lastSignInAt = Sql::fromDb(q.value(5));
    u.updatedAt = Sql::fromDb(q.value(6));
    u.updatedBy = q.value(7).toString();
    u.version = q.value(8).toInt();
    u.roles = rolesOf(db, u.id);
    return u;
}
} // namespace

QList<UserRecord> Users::list()
{
    QSqlQuery q = m_db.query(selectUser + QStringLiteral("ORDER BY u.active DESC, u.login"));
    QList<UserRecord> out;
    while (q.next())
        out << readUser(m_db, q);
    return out;
}

std::optional<UserRecord> Users::find(const QString &login)
{
    QSqlQuery q = m_db.query(selectUser + QStringLiteral("WHERE u.login = ?"), {Credentials::normalizeLogin(login)});
    if (!q.next())
        return std::nullopt;
    return readUser(m_db, q);
}

std::optional<UserRecord> Users::byId(qint64 id)
{
    QSqlQuery q = m_db.query(selectUser + QStringLiteral("WHERE u.id = ?"), {id});
    if (!q.next())
        return std::nullopt;
    return readUser(m_db, q);
}

bool Users::hasAnyUser()
{
    return m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM users"), {}, 0).toInt() > 0;
}

bool Users::hasAdministratorWithPassword()
{
    return m_db.scalar(countAdminsWithPassword, {Roles::code(Role::Administrator)}, 0).toInt() > 0;
}

std::optional<Users::FirstAdministrator> Users::firstAdministrator()
{
    return findFirstAdministrator([&](const QString &sql, const QVariantList &params) { return m_db.query(sql, params); });
}

UserRecord Users::setFirstAdministratorPassword(Commands &commands, const QString &password)
{
    const qint64 id = commands.run(
        QStringLiteral("user.first_admin_password"), Permission::ManageUsers, [&](CommandContext &ctx) -> qint64 {
            const auto admin = findFirstAdministrator(
                [&](const QString &sql, const QVariantList &params) { return ctx.exec(sql, params); });
            if (!admin)
                throw StoreError(StoreError::Kind::Validation,
                                 tr("This database already has an administrator; sign in instead."));
            throwIfInvalid(PasswordPolicy::standard().check(password, admin->login, admin->displayName));
            if (admin->userId == 0)
                return addIn(ctx, admin->login, admin->displayName, {Role::Administrator}, password);
            const UserRecord before = require(admin->userId);
            ctx.update(QStringLiteral("users"), before.id, before.version,
                       {{QStringLiteral("password_hash"), m_hasher.hash(password)}}, label(before));
            ctx.exec(QStringLiteral("DELETE FROM sign_in_state WHERE user_id = ?"), {before.id});
            return before.id;
        });
    return require(id);
}

bool Users::checkPassword(qint64 id, const QString &password)
{
    const QVariant hash = m_db.scalar(QStringLiteral("SELECT password_hash FROM users WHERE id = ?"), {id});
    return !hash.isNull() && m_hasher.verify(hash.toString(), password);
}

QString Users::label(const UserRecord &user) const
{
    return tr("User %1 (%2)").arg(user.displayName, user.login);
}

UserRecord Users::require(qint64 id)
{
    const auto u = byId(id);
    if (!u)
        throw StoreError(StoreError::Kind::NotFound, tr("That user no longer exists."));
    return *u;
}

qint64 Users::addIn(CommandContext &ctx, const QString &login, const QString &displayName,
                    const QList<Role> &roles, const QString &password)
{
    Validation v = Credentials::validateLogin(login);
    v.merge(Credentials::validateDisplayName(displayName));
    if (!password.isEmpty())
        v.merge(PasswordPolicy::standard().check(password, login, displayName));
    if (roles.isEmpty())
        v.error(tr("Give the user at least one role."));
    throwIfInvalid(v);
    const QString normalized = Credentials::normalizeLogin(login);
    const auto taken = [&] {
        return StoreError(StoreError::Kind::Validation,
                          tr("The sign-in name \"%1\" is already taken; choose another.").arg(normalized));
    };
    if (ctx.scalar(QStringLiteral("SELECT COUNT(*) FROM users WHERE login = ?"), {normalized}, 0).toInt() > 0)
        throw taken();
    qint64 id = 0;
    try {
        id = ctx.insert(QStringLiteral("users"),
                        {{QStringLiteral("login"), normalized},
                         {QStringLiteral("display_name"), displayName.trimmed()},
                         {QStringLiteral("password_hash"), password.isEmpty() ? QVariant() : QVariant(m_hasher.hash(password))},
                         {QStringLiteral("active"), 1}});
    } catch (const StoreError &e) {
        if (e.kind() == StoreError::Kind::Duplicate) // another station took it a moment ago
            throw taken();
        throw;
    }
    for (Role r : roles)
        ctx.exec(QStringLiteral("INSERT INTO user_roles (user_id, role) VALUES (?, ?)"), {id, Roles::code(r)});
    ctx.audit(QStringLiteral("user_roles"), id, CommandContext::Action::Insert, {},
              {{QStringLiteral("roles"), rolesJson(roles)}});
    return id;
}

qint64 Users::add(Commands &commands, const QString &login, const QString &displayName, const QList<Role> &roles,
                  const QString &password)
{
    return commands.run(QStringLiteral("user.add"), Permission::ManageUsers, [&](CommandContext &ctx) {
        return addIn(ctx, login, displayName, roles, password);
    });
}

void Users::checkKeepsAnAdministrator(CommandContext &ctx, qint64 id, bool stillAdminAndActive)
{
    if (stillAdminAndActive)
        return;
    const int others = ctx.scalar(QStringLiteral("SELECT COUNT(*) FROM users u JOIN user_roles r ON r.user_id = "
                                                 "u.id WHERE r.role = ? AND u.active = 1 AND u.id <> ?"),
                                  {Roles::code(Role::Administrator), id}, 0)
                           .toInt();
    if (others == 0)
        throw StoreError(StoreError::Kind::Validation,
                         tr("This is the last active administrator; the shop would be locked out of its own "
                            "settings. Make another user administrator first."));
}

void Users::update(Commands &commands, qint64 id, int expectedVersion, const QString &displayName,
                   const QList<Role> &roles)
{
    commands.run(QStringLiteral("user.update"), Permission::ManageUsers, [&](CommandContext &ctx) {
        const UserRecord before = require(id);
        Validation v = Credentials::validateDisplayName(displayName);
        if (roles.isEmpty())
            v.error(tr("Give the user at least one role."));
        throwIfInvalid(v);
        checkKeepsAnAdministrator(ctx, id, before.active && roles.contains(Role::Administrator));
        const bool rolesChanged = Roles::codes(before.roles) != Roles::codes(roles);
        ctx.update(QStringLiteral("users"), id, expectedVersion,
                   {{QStringLiteral("display_name"), displayName.trimmed()}}, label(before), rolesChanged);
        if (rolesChanged) {
            ctx.exec(QStringLiteral("DELETE FROM user_roles WHERE user_id = ?"), {id});
            for (Role r : roles)
                ctx.exec(QStringLiteral("INSERT INTO user_roles (user_id, role) VALUES (?, ?)"), {id, Roles::code(r)});
            ctx.audit(QStringLiteral("user_roles"), id, CommandContext::Action::Update,
                      {{QStringLiteral("roles"), rolesJson(before.roles)}}, {{QStringLiteral("roles"), rolesJson(roles)}});
        }
    });
}

void Users::setPassword(Commands &commands, qint64 id, int expectedVersion, const QString &password)
{
    // Users may change their own password; anyone else's needs an administrator.
    const bool own = commands.session().userId == id;
    commands.run(QStringLiteral("user.set_password"), own ? std::nullopt : std::optional(Permission::ManageUsers),
                 [&](CommandContext &ctx) {
                     const UserRecord before = require(id);
                     throwIfInvalid(PasswordPolicy::standard().check(password, before.login, before.displayName));
                     ctx.update(QStringLiteral("users"), id, expectedVersion,
                                {{QStringLiteral("password_hash"), m_hasher.hash(password)}}, label(before));
                     ctx.exec(QStringLiteral("DELETE FROM sign_in_state WHERE user_id = ?"), {id});
                 });
}

void Users::setActive(Commands &commands, qint64 id, int expectedVersion, bool active)
{
    commands.run(active ? QStringLiteral("user.activate") : QStringLiteral("user.deactivate"), Permission::ManageUsers,
                 [&](CommandContext &ctx) {
                     const UserRecord before = require(id);
                     if (!active && id == commands.session().userId)
                         throw StoreError(StoreError::Kind::Validation,
                                          tr("You cannot deactivate your own account while signed in with it."));
                     checkKeepsAnAdministrator(ctx, id, active && before.roles.contains(Role::Administrator));
                     ctx.update(QStringLiteral("users"), id, expectedVersion,
                                {{QStringLiteral("active"), active ? 1 : 0}}, label(before));
                 });
}

int Users::secondsUntilNextAttempt(const QString &login)
{
    QSqlQuery q = m_db.query(QStringLiteral("SELECT s.failed_count, s.last_failed_at FROM sign_in_state s JOIN users u "
                                           "ON u.id = s.user_id WHERE u.login = ?"),
                            {Credentials::normalizeLogin(login)});
    if (!q.next())
        return 0;
    const QDateTime next = SignInThrottle::nextAttemptAt(q.value(0).toInt(), Sql::fromDb(q.value(1)));
    if (!next.isValid())
        return 0;
    const qint64 ms = m_db.now().msecsTo(next);
    return ms <= 0 ? 0 : int((ms + 999) / 1000);
}

Session Users::signIn(const QString &login, const QString &password, const QString &station)
{
    const QString normalized = Credentials::normalizeLogin(login);
    const int wait = secondsUntilNextAttempt(normalized);
    if (wait > 0)
        throw StoreError(StoreError::Kind::SignIn,
                         tr("Too many wrong passwords for %1. Wait %n second(s), then try again.", nullptr, wait)
                             .arg(normalized));
    const auto user = find(normalized);
    const bool passwordOk = user && checkPassword(user->id, password);
    if (!user)
        throw StoreError(StoreError::Kind::SignIn, tr("Wrong sign-in name or password."));

    Session session;
    session.userId = user->id;
    session.login = user->login;
    session.displayName = user->displayName;
    session.roles = user->roles;
    session.station = station;
    Commands commands(m_db, session);
    const bool ok = passwordOk && user->active;
    commands.run(ok ? QStringLiteral("session.sign_in") : QStringLiteral("session.sign_in_failed"), std::nullopt,
                 [&](CommandContext &ctx) {
                     const bool known = ctx.scalar(QStringLiteral("SELECT COUNT(*) FROM sign_in_state WHERE user_id = ?"),
                                                   {user->id}, 0)
                                            .toInt()
                         > 0;
                     if (!known)
                         ctx.exec(QStringLiteral("INSERT INTO sign_in_state (user_id, failed_count) VALUES (?, 0)"),
                                  {user->id});
                     if (ok)
                         ctx.exec(QStringLiteral("UPDATE sign_in_state SET failed_count = 0, last_failed_at = NULL, "
                                                 "last_sign_in_at = ? WHERE user_id = ?"),
                                  {ctx.nowDb(), user->id});
                     else if (!passwordOk)
                         ctx.exec(QStringLiteral("UPDATE sign_in_state SET failed_count = failed_count + 1, "
                                                 "last_failed_at = ? WHERE user_id = ?"),
                                  {ctx.nowDb(), user->id});
                     ctx.audit(QStringLiteral("users"), user->id, CommandContext::Action::Event, {},
                               {{QStringLiteral("result"), ok ? QStringLiteral("signed in")
                                                          : passwordOk ? QStringLiteral("deactivated")
                                                                       : QStringLiteral("wrong password")}});
                 });
    if (!passwordOk) {
        if (!user->hasPassword)
            throw StoreError(StoreError::Kind::SignIn,
                             tr("No password has been set for %1 yet; ask an administrator to set one.")
                                 .arg(user->login));
        throw StoreError(StoreError::Kind::SignIn, tr("Wrong sign-in name or password."));
    }
    if (!user->active)
        throw StoreError(StoreError::Kind::SignIn,
                         tr("The account %1 is deactivated; ask an administrator.").arg(user->login));
    return session;
}

} // namespace dd
