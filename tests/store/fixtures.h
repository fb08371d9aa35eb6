#pragma once
// Shared set-up for store tests: a fresh database per backend, a fast password hasher, and sessions.
#include <catch2/catch.hpp>

#include "store/commands.h"
#include "store/dealershipstore.h"
#include "store/passwordhasher.h"
#include "store/users.h"
#include "support/testdb.h"

namespace ddtest {

inline const dd::PasswordHasher &fastHasher()
{
    static const dd::PasswordHasher hasher(dd::PasswordHasher::Strength::Minimal);
    return hasher;
}

// Every store test runs on both databases.
#define FOR_EACH_BACKEND(var)                                                                                        \
    const ::ddtest::Backend var = GENERATE(::ddtest::Backend::Sqlite, ::ddtest::Backend::Postgres);                 \
    INFO("backend: " << ::ddtest::name(var))

inline dd::Session adminSession()
{
    return dd::Session::system(QStringLiteral("test admin"), QStringLiteral("test-station"));
}

// Adds a user and signs them in, giving their session.
inline dd::Session signedIn(dd::Database &db, const QString &login, const QList<dd::Role> &roles,
                            const QString &displayName = {})
{
    dd::Users users(db, fastHasher());
    dd::Commands admin(db, adminSession());
    users.add(admin, login, displayName.isEmpty() ? login : displayName, roles, QStringLiteral("Staff-Key-4826"));
    return users.signIn(login, QStringLiteral("Staff-Key-4826"), QStringLiteral("station-") + login);
}

template <typename F>
dd::StoreError::Kind errorKind(F &&f)
{
    try {
        f();
    } catch (const dd::StoreError &e) {
        UNSCOPED_INFO("StoreError: " << e.message().toStdString());
        return e.kind();
    }
    FAIL("expected a StoreError");
    return dd::StoreError::Kind::Failure;
}

template <typename F>
QString errorMessage(F &&f)
{
    try {
        f();
    } catch (const dd::StoreError &e) {
        return e.message();
    }
    FAIL("expected a StoreError");
    return {};
}

// The StoreError f throws, for its message and the field it names.
template <typename F>
dd::StoreError storeError(F &&f)
{
    try {
        f();
    } catch (const dd::StoreError &e) {
        return e;
    }
    FAIL("expected a StoreError");
    return dd::StoreError(dd::StoreError::Kind::Failure, QString());
}

} // namespace ddtest
