#include "roles.h"

namespace dd {

QList<Role> Roles::all()
{
    return {Role::ServiceAdvisor, Role::WorkshopController, Role::Cashier, Role::CustomerService, Role::ServiceManager,
            Role::Administrator};
}

QString Roles::code(Role role)
{
    switch (role) {
    case Role::ServiceAdvisor: return QStringLiteral("service_advisor");
    case Role::WorkshopController: return QStringLiteral("workshop_controller");
    case Role::Cashier: return QStringLiteral("cashier");
    case Role::ServiceManager: return QStringLiteral("service_manager");
    case Role::Administrator: return QStringLiteral("administrator");
    case Role::CustomerService: return QStringLiteral("customer_service");
    }
    return {};
}

std::optional<Role> Roles::fromCode(const QString &code)
{
    const QString c = code.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
    for (Role r : all()) {
        if (c == Roles::code(r))
            return r;
    }
    if (c == QLatin1String("advisor")) return Role::ServiceAdvisor;
    if (c == QLatin1String("controller")) return Role::WorkshopController;
    if (c == QLatin1String("manager")) return Role::ServiceManager;
    if (c == QLatin1String("admin")) return Role::Administrator;
    if (c == QLatin1String("clerk")) return Role::CustomerService;
    return std::nullopt;
}

QString Roles::displayName(Role role)
{
    switch (role) {
    case Role::ServiceAdvisor: return tr("Service advisor");
    case Role::WorkshopController: return tr("Workshop controller");
    case Role::Cashier: return tr("Cashier");
    case Role::ServiceManager: return tr("Service manager");
    case Role::Administrator: return tr("Administrator");
    case Role::CustomerService: return tr("Customer-service clerk");
    }
    return {};
}

QString Roles::displayNames(const QList<Role> &roles)
{
    QStringList names;
    for (Role r : all()) {
        if (roles.contains(r))
            names << displayName(r);
    }
    return names.join(tr(", "));
}

QStringList Roles::codes(const QList<Role> &roles)
{
    QStringList out;
    for (Role r : all()) {
        if (roles.contains(r))
            out << code(r);
    }
    return out;
}

bool Roles::grants(const QList<Role> &roles, Permission permission)
{
    for (Role r : roles) {
        switch (permission) {
        case Permission::ManageUsers:
        case Permission::ManageSettings:
        case Permission::LoadDemoData:
            if (r == Role::Administrator)
                return true;
            break;
        case Permission::BackUpDatabase:
        case Permission::ViewAuditTrail:
            if (r == Role::Administrator || r == Role::ServiceManager)
                return true;
            break;
        case Permission::EditCustomers: // the clerk corrects a wrong number found on a call
            if (r == Role::ServiceAdvisor || r == Role::ServiceManager || r == Role::Cashier || r == Role::CustomerService)
                return true;
            break;
        case Permission::ManageAppointments:
        case Permission::ReceiveVehicles:
            if (r == Role::ServiceAdvisor || r == Role::ServiceManager)
                return true;
            break;
        case Permission::ImportData:
            if (r == Role::Administrator || r == Role::ServiceManager)
                return true;
            break;
        case Permission::InspectVehicles:
            if (r == Role::ServiceAdvisor || r == Role::ServiceManager)
                return true;
            break;
        case Permission::EditWorkOrders:
            if (r == Role::ServiceAdvisor || r == Role::ServiceManager)
                return true;
            break;
        case Permission::RunWorkshop:
            if (r == Role::ServiceAdvisor || r == Role::WorkshopController || r == Role::ServiceManager)
                return true;
            break;
        case Permission::QualityCheck:
            if (r == Role::WorkshopController || r == Role::ServiceManager)
                return true;
            break;
        case Permission::SettleWorkOrders:
            if (r == Role::Cashier || r == Role::ServiceManager)
                return true;
            break;
        case Permission::ManageTechnicians:
            if (r == Role::Administrator || r == Role::WorkshopController || r == Role::ServiceManager)
                return true;
            break;
        case Permission::FollowUpCustomers:
            if (r == Role::CustomerService || r == Role::ServiceManager)
                return true;
            break;
        case Permission::TakeEscalations:
            if (r == Role::ServiceManager)
                return true;
            break;
        case Permission::PrintDocuments:
            return true; // every role hands out forms: advisor, workshop, cashier, manager, administrator
        }
    }
    return false;
}

QString Roles::permissionName(Permission permission)
{
    switch (permission) {
    case Permission::ManageUsers: return tr("manage users");
    case Permission::ManageSettings: return tr("change dealership settings");
    case Permission::BackUpDatabase: return tr("back up the database");
    case Permission::ViewAuditTrail: return tr("view the audit trail");
    case Permission::LoadDemoData: return tr("load demo data");
    case Permission::EditCustomers: return tr("edit customers and vehicles");
    case Permission::ManageAppointments: return tr("manage appointments");
    case Permission::ReceiveVehicles: return tr("receive vehicles");
    case Permission::ImportData: return tr("import data");
    case Permission::InspectVehicles: return tr("inspect vehicles");
    case Permission::PrintDocuments: return tr("print documents");
    case Permission::EditWorkOrders: return tr("edit work orders");
    case Permission::RunWorkshop: return tr("run the workshop's part of a work order");
    case Permission::QualityCheck: return tr("pass or fail the quality check");
    case Permission::SettleWorkOrders: return tr("settle work orders");
    case Permission::ManageTechnicians: return tr("keep the list of technicians");
    case Permission::FollowUpCustomers: return tr("call customers after the visit and handle complaints");
    case Permission::TakeEscalations: return tr("reply to and close major or escalated complaints");
    }
    return {};
}

} // namespace dd
