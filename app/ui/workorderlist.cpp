// The work-order page's list of work orders in the shop, by the next promise (WorkOrdersPage's, workorderspage.h):
// read at once when the page is shown, read again off the screen's thread when any station changes it.
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSignalBlocker>

#include "appcontext.h"
#include "core/localformat.h"
#include "store/dealershipstore.h"
#include "store/technicianstore.h"
#include "ui_workorderspage.h"
#include "uihelpers.h"
#include "workorderspage.h"

namespace dd {

void WorkOrdersPage::setUpList()
{
    using Col = RowsModel<ShopVehicle>::Column;
    m_listModel = new RowsModel<ShopVehicle>(
        "dd::WorkOrdersPage",
        {Col{QT_TR_NOOP("Work order"),
             [](const ShopVehicle &v, int role) { return role == Qt::DisplayRole ? QVariant(v.workOrderNumber) : QVariant(); }},
         Col{QT_TR_NOOP("Vehicle"),
             [](const ShopVehicle &v, int role) -> QVariant {
                 if (role == Qt::DisplayRole)
                     return v.vehicleLabel;
                 if (role == Qt::ToolTipRole)
                     return v.vehicleLabel + QLatin1Char('\n') + v.customerName + QLatin1Char('\n') +
                            tr("Advisor: %1").arg(v.advisorName);
                 return {};
             }},
         Col{QT_TR_NOOP("State"),
             [](const ShopVehicle &v, int role) -> QVariant {
                 if (role == Qt::DisplayRole)
                     return WorkOrderRules::stateName(v.workOrderState);
                 // in the order of the visit, not of the words
                 return role == SortRole ? QVariant(WorkOrderCodes::states().codes().indexOf(v.workOrderState)) : QVariant();
             }},
         Col{QT_TR_NOOP("Promised"), [](const ShopVehicle &v, int role) -> QVariant {
                 switch (role) {
                 case Qt::DisplayRole:
                     return LocalFormat::when(v.promisedAt); // with its date when not today
                 case Qt::ForegroundRole: // overdue: past the promise and not ready yet (a settled car only waits)
                     return v.promisedAt.isValid() && v.promisedAt < QDateTime::currentDateTimeUtc() &&
                                    WorkOrderCodes::beforeReady().contains(v.workOrderState)
                                ? QVariant(QColor(0xc6, 0x28, 0x28))
                                : QVariant();
                 case SortRole: // those without a promise last
                     return v.promisedAt.isValid() ? QVariant(v.promisedAt) : QVariant(QDateTime::fromSecsSinceEpoch(1LL << 40));
                 }
                 return {};
             }}},
        [](const ShopVehicle &v) { return v.workOrderId; }, this);
    ui::setUpList(ui->ordersTable, ui::sortable(m_listModel, this));
    ui->ordersTable->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // by the next promise
    // Moving in the list opens the work order; refused (unsaved input kept), the list goes back.
    connect(ui->ordersTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current, const QModelIndex &previous) {
                const qint64 id = current.siblingAtColumn(0).data(KeyRole).toLongLong();
                if (m_loading || !id || id == m_order.id)
                    return;
                if (!openWorkOrder(id)) {
                    const QSignalBlocker block(ui->ordersTable->selectionModel());
                    ui->ordersTable->selectionModel()->setCurrentIndex(
                        previous, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                }
            });
    Database *db = &m_ctx.db;
    m_listRead = std::make_unique<BackgroundRead<ListRead>>(
        this, [db] { return readList(*db); }, [this](ListRead read) { showList(std::move(read)); },
        [this](const QString &error) { ui::showMessage(ui->messageLabel, error); });
}

WorkOrdersPage::ListRead WorkOrdersPage::readList(Database &db)
{
    ListRead r;
    r.list = InspectionStore(db).inShop();
    // The next promise first; those without one at the end.
    std::stable_sort(r.list.begin(), r.list.end(), [](const ShopVehicle &a, const ShopVehicle &b) {
        if (a.promisedAt.isValid() != b.promisedAt.isValid())
            return a.promisedAt.isValid();
        return a.promisedAt < b.promisedAt;
    });
    DealershipStore dealership(db);
    const DealershipSettings settings = dealership.load();
    // A new line starts with the dealership's default rate.
    r.rates = DealershipRules::withDefaultFirst(dealership.laborRates(), settings.defaultLaborRate);
    r.vatBp = settings.vatRateBp;
    r.hours = settings.workshopHours;
    r.technicians = TechnicianStore(db).all();
    return r;
}

void WorkOrdersPage::refresh()
{
    try {
        showList(readList(m_ctx.db));
    } catch (const StoreError &e) {
        ui::showMessage(ui->messageLabel, e.message());
        return;
    }
    if (!m_syncing)
        syncCurrent({});
}

void WorkOrdersPage::changed(const ChangeSet &set)
{
    m_listRead->start(); // the list, rates and VAT off the screen's thread
    syncCurrent(set);    // the open work order: one record, kept or shown stale (stalebar.h)
}

void WorkOrdersPage::showList(ListRead read)
{
    m_list = std::move(read.list);
    m_rates = std::move(read.rates);
    m_vatBp = read.vatBp;
    m_hours = read.hours;
    m_technicians = read.technicians;
    m_listModel->setRows(m_list);
    selectInList();
    ui->ordersTableLabel->setText(tr("&Work orders in the shop (%1):").arg(m_list.size()));
}

void WorkOrdersPage::selectInList()
{
    const bool loading = m_loading;
    m_loading = true;
    if (m_order.id && ui::selectedKey(ui->ordersTable) != m_order.id)
        ui::selectKey(ui->ordersTable, m_order.id);
    m_loading = loading;
}

} // namespace dd
