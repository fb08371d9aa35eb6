#include "setup.h"

#include "dealershipstore.h"
#include "passwordpolicy.h"
#include "users.h"

namespace dd {

bool FirstStart::needed(Users &users)
{
    return !users.hasAdministratorWithPassword();
}

bool FirstStart::onlyPasswordNeeded(Users &users)
{
    return needed(users) && users.hasAnyUser();
}

void FirstStart::run(Database &db, Users &users, DealershipStore &dealership, const Input &in, const QString &station)
{
    Validation v = PasswordPolicy::standard().check(in.password, in.login, in.fullName);
    if (!in.demo && in.dealershipName.trimmed().isEmpty())
        v.error(tr("Enter the dealership's name; it is printed on every form."));
    if (!v.ok())
        throw StoreError(StoreError::Kind::Validation, v.errors.join(QLatin1Char('\n')));
    Commands commands(db, Session::system(tr("First start"), station));
    commands.run(QStringLiteral("setup.first_start"), Permission::ManageUsers, [&](CommandContext &ctx) {
        if (users.hasAdministratorWithPassword())
            throw StoreError(StoreError::Kind::Validation,
                             tr("This database already has an administrator; sign in instead."));
        if (users.hasAnyUser())
            throw StoreError(StoreError::Kind::Validation,
                             tr("This database already holds a dealership's staff; set the administrator's "
                                "password instead of creating a new dealership."));
        users.addIn(ctx, in.login, in.fullName, {Role::Administrator}, in.password);
        if (in.demo) {
            in.demo(ctx, users, dealership);
        } else {
            DealershipSettings s = dealership.load();
            s.name = in.dealershipName.trimmed();
            if (s.handoverTerms.isEmpty())
                s.handoverTerms = DealershipRules::defaultHandoverTerms();
            dealership.saveIn(ctx, s);
        }
    });
}

UserRecord FirstStart::setAdministratorPassword(Database &db, Users &users, const QString &password,
                                                const QString &station)
{
    Commands commands(db, Session::system(tr("First start"), station));
    return users.setFirstAdministratorPassword(commands, password);
}

} // namespace dd
