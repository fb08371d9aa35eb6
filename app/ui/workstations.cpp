#include "workstations.h"

#include <QAction>

#include "appcontext.h"
#include "appointmentspage.h"
#include "approvalspage.h"
#include "followuppage.h"
#include "auditpage.h"
#include "cashierpage.h"
#include "dispatchboardpage.h"
#include "homepage.h"
#include "inspectionpage.h"
#include "receptionpage.h"
#include "workorderspage.h"

namespace dd {

QList<Workstation *> Workstations::create(AppContext &ctx, QWidget *window, const DeskLinks &links)
{
    auto *home = new HomePage(ctx, window);
    auto *reception = new ReceptionPage(ctx, window);
    auto *inspection = new InspectionPage(ctx, window);
    auto *workOrders = new WorkOrdersPage(ctx, window);
    auto *approvals = new ApprovalsPage(ctx, window);
    auto *cashier = new CashierPage(ctx, window);
    auto *appointments = new AppointmentsPage(ctx, window);
    auto *board = new DispatchBoardPage(ctx, window);
    auto *audit = new AuditPage(ctx, window);
    auto *followUps = new FollowUpPage(ctx, window);

    // Ctrl+F finds a customer or vehicle from anywhere: at reception.
    auto *find = new QAction(window);
    find->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    find->setShortcutContext(Qt::WindowShortcut);
    QObject::connect(find, &QAction::triggered, reception, [=] {
        links.show(reception);
        reception->focusSearch();
    });
    window->addAction(find);

    auto inspect = [=](qint64 workOrderId) {
        links.show(inspection);
        inspection->openWorkOrder(workOrderId);
    };
    QObject::connect(reception, &ReceptionPage::inspectionRequested, inspection, inspect);
    QObject::connect(appointments, &AppointmentsPage::inspectionRequested, inspection, inspect);
    auto openOrder = [=](qint64 id) {
        links.show(workOrders);
        workOrders->openWorkOrder(id);
    };
    QObject::connect(board, &DispatchBoardPage::openWorkOrder, workOrders, openOrder);
    QObject::connect(inspection, &InspectionPage::estimateRequested, workOrders, openOrder);
    QObject::connect(workOrders, &WorkOrdersPage::findingProposed, approvals, &ApprovalsPage::offer);
    QObject::connect(appointments, &AppointmentsPage::newAppointmentRequested, reception, [=] {
        links.show(reception);
        reception->focusSearch();
        reception->showHint(ReceptionPage::tr("Find the vehicle for the new appointment, open it with Enter, then "
                                              "press Alt+B (Book appointment)."));
    });
    QObject::connect(appointments, &AppointmentsPage::checkedIn, reception, [=](qint64 vehicleId) {
        links.show(reception);
        reception->openVehicle(vehicleId);
    });
    QObject::connect(home, &HomePage::openDealershipSettings, window, links.dealershipSettings);
    QObject::connect(home, &HomePage::openUsers, window, links.manageUsers);
    QObject::connect(home, &HomePage::backUp, window, links.backUp);

    return {home, reception, inspection, workOrders, approvals, cashier, appointments, board, audit, followUps};
}

Workstation *Workstations::firstScreen(const QList<Workstation *> &stations, const AppContext &ctx)
{
    if (ctx.can(Permission::ReceiveVehicles) || ctx.can(Permission::EditCustomers))
        for (Workstation *w : stations)
            if (w->id() == QLatin1String("reception"))
                return w;
    return stations.value(0);
}

} // namespace dd
