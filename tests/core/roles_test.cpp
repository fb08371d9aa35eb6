#include <catch2/catch.hpp>

#include "core/roles.h"

using namespace dd;

TEST_CASE("role codes round-trip and accept short command-line names", "[roles]")
{
    for (Role r : Roles::all())
        CHECK(Roles::fromCode(Roles::code(r)) == r);
    CHECK(Roles::fromCode(QStringLiteral("advisor")) == Role::ServiceAdvisor);
    CHECK(Roles::fromCode(QStringLiteral("Controller")) == Role::WorkshopController);
    CHECK(Roles::fromCode(QStringLiteral("manager")) == Role::ServiceManager);
    CHECK(Roles::fromCode(QStringLiteral("admin")) == Role::Administrator);
    CHECK(Roles::fromCode(QStringLiteral("clerk")) == Role::CustomerService);
    CHECK(Roles::fromCode(QStringLiteral("service-advisor")) == Role::ServiceAdvisor);
    CHECK_FALSE(Roles::fromCode(QStringLiteral("janitor")).has_value());
}

TEST_CASE("each role is granted exactly its permissions", "[roles]")
{
    struct Row { Role role; Permission permission; bool granted; };
    const Row rows[] = {
        {Role::Administrator, Permission::ManageUsers, true},
        {Role::Administrator, Permission::ManageSettings, true},
        {Role::Administrator, Permission::BackUpDatabase, true},
        {Role::Administrator, Permission::ViewAuditTrail, true},
        {Role::Administrator, Permission::LoadDemoData, true},
        {Role::ServiceManager, Permission::ManageUsers, false},
        {Role::ServiceManager, Permission::ManageSettings, false},
        {Role::ServiceManager, Permission::BackUpDatabase, true},
        {Role::ServiceManager, Permission::ViewAuditTrail, true},
        {Role::ServiceAdvisor, Permission::ManageUsers, false},
        {Role::ServiceAdvisor, Permission::EditCustomers, true},
        {Role::ServiceAdvisor, Permission::ReceiveVehicles, true},
        {Role::ServiceAdvisor, Permission::ImportData, false},
        {Role::Cashier, Permission::EditCustomers, true},
        {Role::Cashier, Permission::ManageAppointments, false},
        {Role::WorkshopController, Permission::ReceiveVehicles, false},
        {Role::Administrator, Permission::ReceiveVehicles, false},
        {Role::ServiceManager, Permission::ImportData, true},
        {Role::ServiceAdvisor, Permission::ViewAuditTrail, false},
        {Role::Cashier, Permission::ManageSettings, false},
        {Role::Cashier, Permission::BackUpDatabase, false},
        {Role::WorkshopController, Permission::LoadDemoData, false},
        // 客服专员: the follow-up and complaints desk, nothing of the visit itself; the manager sees everything.
        {Role::CustomerService, Permission::FollowUpCustomers, true},
        {Role::ServiceManager, Permission::FollowUpCustomers, true},
        {Role::ServiceAdvisor, Permission::FollowUpCustomers, false},
        {Role::ServiceManager, Permission::TakeEscalations, true},
        {Role::CustomerService, Permission::TakeEscalations, false},
        {Role::Administrator, Permission::TakeEscalations, false},
        {Role::CustomerService, Permission::EditWorkOrders, false},
        {Role::CustomerService, Permission::EditCustomers, true}, // a wrong number found on a call
        {Role::CustomerService, Permission::SettleWorkOrders, false},
        {Role::CustomerService, Permission::ReceiveVehicles, false},
        {Role::CustomerService, Permission::ManageUsers, false},
    };
    for (const Row &r : rows) {
        INFO(Roles::code(r.role).toStdString() << " / " << Roles::permissionName(r.permission).toStdString());
        CHECK(Roles::grants({r.role}, r.permission) == r.granted);
    }
    CHECK(Roles::grants({Role::Cashier, Role::ServiceManager}, Permission::BackUpDatabase));
    CHECK_FALSE(Roles::grants({}, Permission::ViewAuditTrail));
}

TEST_CASE("role lists are shown in a fixed order", "[roles]")
{
    CHECK(Roles::codes({Role::Administrator, Role::ServiceAdvisor})
          == QStringList{QStringLiteral("service_advisor"), QStringLiteral("administrator")});
    CHECK(Roles::displayNames({Role::Cashier, Role::ServiceAdvisor}) == QStringLiteral("Service advisor, Cashier"));
}
