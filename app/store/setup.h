#pragma once
#include <QCoreApplication>
#include <QString>
#include <functional>

namespace dd {

class Database;
class Users;
class DealershipStore;
class CommandContext;
struct UserRecord;

// The first start on a database without an administrator who can sign in. On an empty database: the
// administrator's account and either the dealership's name or the demo dealership, in one command (all of it,
// or nothing). On one that already holds staff (filled by `dealerdesk demo`, say): only the first
// administrator's password, the dealership and its data kept as they are.
class FirstStart
{
    Q_DECLARE_TR_FUNCTIONS(dd::FirstStart)
public:
    struct Input {
        QString login;
        QString fullName;
        QString password;
        QString dealershipName;
        // The demo dealership to load instead of naming one (Demo::loadIn from the demo library, which the store
        // does not link); empty: a new dealership by the name above.
        std::function<void(CommandContext &, Users &, DealershipStore &)> demo;
    };
    static bool needed(Users &users);
    // True when the first start only sets the administrator's password (see Users::firstAdministrator).
    static bool onlyPasswordNeeded(Users &users);
    // Throws StoreError (Validation with the reason) and changes nothing then; refused on a database that
    // already holds staff (its dealership would be replaced).
    static void run(Database &db, Users &users, DealershipStore &dealership, const Input &input, const QString &station);
    // Sets the first administrator's password (Users::setFirstAdministratorPassword) as the first start.
    // Throws StoreError (Validation with the reason) and changes nothing then. Returns the administrator.
    static UserRecord setAdministratorPassword(Database &db, Users &users, const QString &password,
                                               const QString &station);
};

} // namespace dd
