#pragma once
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <optional>

#include "commands.h"
#include "core/roles.h"
#include "passwordhasher.h"
#include "session.h"

namespace dd {

struct UserRecord {
    qint64 id = 0;
    QString login;
    QString displayName;
    QList<Role> roles;
    bool active = true;
    bool hasPassword = false;
    QDateTime lastSignInAt; // UTC
    QDateTime updatedAt;    // UTC
    QString updatedBy;
    int version = 0;
};

// Staff accounts. Users are never deleted, only deactivated: their names stay on the records they made.
// The shop always keeps at least one active administrator.
class Users
{
    Q_DECLARE_TR_FUNCTIONS(dd::Users)
public:
    Users(Database &db, const PasswordHasher &hasher) : m_db(db), m_hasher(hasher) {}

    QList<UserRecord> list();
    std::optional<UserRecord> find(const QString &login);
    std::optional<UserRecord> byId(qint64 id);
    bool hasAnyUser();
    // True when an active administrator with a password exists, i.e. someone can sign in and manage users;
    // without one the app (and the command line) asks for the first administrator.
    bool hasAdministratorWithPassword();
    // The same (the older name).
    bool hasAdministrator() { return hasAdministratorWithPassword(); }

    // The account whose password the first start sets on a database that already holds staff but no
    // administrator with a password (one filled by `dealerdesk demo`): the first active administrator without
    // a password; else a new account, sign-in name `admin` (admin2, admin3 … when taken), full name
    // "Administrator". Nothing when an administrator with a password exists.
    struct FirstAdministrator {
        qint64 userId = 0; // 0: the account does not exist yet and is created with the password
        QString login;
        QString displayName;
    };
    std::optional<FirstAdministrator> firstAdministrator();
    // Sets that account's password, creating the account when needed: one command ("user.first_admin_password",
    // audited). Refused (Validation) once an administrator with a password exists, or when the password is too
    // weak. Returns the account.
    UserRecord setFirstAdministratorPassword(Commands &commands, const QString &password);
    // Checks a user's current password without signing in (changing one's own password).
    bool checkPassword(qint64 id, const QString &password);

    // An empty password leaves the account without one until an administrator sets it (demo staff).
    qint64 add(Commands &commands, const QString &login, const QString &displayName, const QList<Role> &roles,
               const QString &password);
    // The same inside a command that does more (the demo, the first start).
    qint64 addIn(CommandContext &ctx, const QString &login, const QString &displayName, const QList<Role> &roles,
                 const QString &password);
    void update(Commands &commands, qint64 id, int expectedVersion, const QString &displayName,
                const QList<Role> &roles);
    void setPassword(Commands &commands, qint64 id, int expectedVersion, const QString &password);
    void setActive(Commands &commands, qint64 id, int expectedVersion, bool active);


    // Checks the password and returns the session. Throws StoreError(SignIn) with a message to show:
    // wrong name or password, no password set, deactivated, or throttled (with the seconds to wait).
    Session signIn(const QString &login, const QString &password, const QString &station);

    // Seconds until `login` may try again (0 when it may now).
    int secondsUntilNextAttempt(const QString &login);

private:
    void checkKeepsAnAdministrator(CommandContext &ctx, qint64 id, bool stillAdminAndActive);
    QString label(const UserRecord &user) const;
    UserRecord require(qint64 id);

    Database &m_db;
    const PasswordHasher &m_hasher;
};

} // namespace dd
