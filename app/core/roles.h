#pragma once
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace dd {

// The people at the front desk (DOMAIN.md "Who uses it"). A user may hold several roles.
enum class Role { ServiceAdvisor, WorkshopController, Cashier, ServiceManager, Administrator, CustomerService };

// What a command may require. Each later workstation adds its own permissions here.
enum class Permission {
    ManageUsers,
    ManageSettings,
    BackUpDatabase,
    ViewAuditTrail,
    LoadDemoData,
    EditCustomers,      // customers and vehicles
    ManageAppointments, // book, confirm, cancel, mark no-shows
    ReceiveVehicles,    // arrivals, reception and check-in
    ImportData,         // bulk import from an old system
    InspectVehicles,    // walk-around inspection, damage marks, key tags
    PrintDocuments,     // print and reprint the shop's forms (each issue is recorded)
    EditWorkOrders,     // the estimate, authorization, add-on decisions, cancelling, delivery
    RunWorkshop,        // handover to the workshop, work started, cause and correction, to quality check
    QualityCheck,       // pass or fail a finished job
    SettleWorkOrders,   // settlement at the cashier desk
    ManageTechnicians,  // the workshop's staff list: names, teams, grades
    FollowUpCustomers,  // after the visit: follow-up calls, satisfaction, complaints (客服)
    TakeEscalations,    // major and escalated complaints: the reply and the closing are the service manager's
};

class Roles
{
    Q_DECLARE_TR_FUNCTIONS(dd::Roles)
public:
    static QList<Role> all();
    // Stable code stored in the database and used on the command line: "service_advisor", ...
    static QString code(Role role);
    // Accepts the stored code and the short command-line names (advisor, controller, cashier, manager, admin,
    // clerk).
    static std::optional<Role> fromCode(const QString &code);
    static QString displayName(Role role);
    static QString displayNames(const QList<Role> &roles);
    static QStringList codes(const QList<Role> &roles);
    static bool grants(const QList<Role> &roles, Permission permission);
    static QString permissionName(Permission permission);
};

} // namespace dd
