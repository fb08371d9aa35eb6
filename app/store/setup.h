#pragma once
#include <QCoreApplication>
#include <QString>

namespace dd {

class Database;
class Users;
class DealershipStore;

// The first start on a database without an administrator: the administrator's account and either the
// dealership's name or the demo dealership, in one command (all of it, or nothing).
class FirstStart
{
    Q_DECLARE_TR_FUNCTIONS(dd::FirstStart)
public:
    struct Input {
        QString login;
        QString fullName;
        QString password;
        QString dealershipName;
        bool demo = false;
    };
    static bool needed(Users &users);
    // Throws StoreError (Validation with the reason) and changes nothing then.
    static void run(Database &db, Users &users, DealershipStore &dealership, const Input &input, const QString &station);
};

} // namespace dd
