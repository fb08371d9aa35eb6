#pragma once
#include "store/auditlog.h"
#include "store/database.h"
#include "store/dealershipstore.h"
#include "store/passwordhasher.h"
#include "store/session.h"
#include "store/users.h"

namespace dd {

// What the screens work with, built once in AppController and handed down by reference.
// The session changes when another user signs in at the same PC.
struct AppContext {
    Database &db;
    const PasswordHasher &hasher;
    Users users;
    DealershipStore dealership;
    AuditLog audit;
    Session session;

    AppContext(Database &database, const PasswordHasher &passwordHasher)
        : db(database), hasher(passwordHasher), users(database, passwordHasher), dealership(database), audit(database)
    {
    }
    Commands commands() { return Commands(db, session); }
    bool can(Permission p) const { return Roles::grants(session.roles, p); }
};

} // namespace dd
