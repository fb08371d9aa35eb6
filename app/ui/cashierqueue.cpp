// The cashier's lists (CashierPage's, cashierpage.h): the queue of work orders ready for settlement, by promised
// time, and the lines of the open one with their line discounts.
#include <QHeaderView>
#include <QLocale>

#include "appcontext.h"
#include "cashierpage.h"
#include "linecolumns.h"
#include "ui_cashierpage.h"
#include "uihelpers.h"

namespace dd {

void CashierPage::setUpQueue()
{
    using Col = RowsModel<CashierQueueRow>::Column;
    const auto shown = [](std::function<QString(const CashierQueueRow &)> f) {
        return [f](const CashierQueueRow &q, int role) { return role == Qt::DisplayRole ? QVariant(f(q)) : QVariant(); };
    };
    m_queueModel = new RowsModel<CashierQueueRow>(
        "dd::CashierPage",
        {Col{QT_TR_NOOP("Promised"),
             [](const CashierQueueRow &q, int role) -> QVariant {
                 switch (role) {
                 case Qt::DisplayRole:
                     return q.promisedAt.isValid() ? QLocale().toString(q.promisedAt.toLocalTime(), QStringLiteral("MM-dd HH:mm"))
                                                   : QStringLiteral("—");
                 case Qt::ForegroundRole: // the customer may already be waiting
                     return q.promisedAt.isValid() && q.promisedAt < QDateTime::currentDateTimeUtc()
                                ? QVariant(QColor(0xc6, 0x28, 0x28))
                                : QVariant();
                 case SortRole:
                     return q.promisedAt;
                 }
                 return {};
             }},
         Col{QT_TR_NOOP("Work order"), shown([](const CashierQueueRow &q) { return q.number; })},
         Col{QT_TR_NOOP("Plate"),
             [](const CashierQueueRow &q, int role) -> QVariant {
                 if (role == Qt::DisplayRole)
                     return q.plate;
                 return role == Qt::ToolTipRole ? QVariant(q.model) : QVariant();
             }},
         Col{QT_TR_NOOP("Customer"), shown([](const CashierQueueRow &q) { return q.customerName; })},
         Col{QT_TR_NOOP("Customer pays"),
             [](const CashierQueueRow &q, int role) -> QVariant {
                 switch (role) {
                 case Qt::DisplayRole:
                     return money::yuan(q.customerGrossFen);
                 case Qt::TextAlignmentRole:
                     return int(Qt::AlignRight | Qt::AlignVCenter);
                 case SortRole:
                     return q.customerGrossFen;
                 }
                 return {};
             }}},
        [](const CashierQueueRow &q) { return q.workOrderId; }, this);
    ui::setUpList(ui->queueTable, ui::sortable(m_queueModel, this));
    ui->queueTable->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // the store's order: by promise
    connect(ui->queueTable, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const qint64 id = index.siblingAtColumn(0).data(KeyRole).toLongLong())
            openWorkOrder(id);
    });
    Database *db = &m_ctx.db;
    const PasswordHasher *hasher = &m_ctx.hasher;
    m_queueRead = std::make_unique<BackgroundRead<QList<CashierQueueRow>>>(
        this, [db, hasher] { return SettlementStore(*db, *hasher).queue(); },
        [this](QList<CashierQueueRow> queue) { showQueue(std::move(queue)); },
        [this](const QString &error) { ui::showMessage(ui->messageLabel, error); });
}

void CashierPage::setUpLines()
{
    // The line discounts given (or proposed) show beside their lines.
    LineColumns::Column discount{
        QT_TRANSLATE_NOOP("dd::LineColumns", "Discount"), [this](const WorkOrderLine &l, int role) -> QVariant {
            if (role != Qt::DisplayRole)
                return {};
            const QList<Discount> given = m_settlement ? m_settlement->discounts : m_preview.discounts;
            for (const Discount &x : given)
                if (SettlementCodes::discountScopes().is(x.scope, DiscountScope::Line) && x.lineId == l.id)
                    return money::yuan(-x.amountFen) +
                           (x.basisPoints ? QStringLiteral(" (%1 %)").arg(money::formatBasisPoints(x.basisPoints)) : QString());
            return QString();
        }};
    m_linesModel = new RowsModel<WorkOrderLine>(
        LineColumns::kContext,
        {LineColumns::kind(), LineColumns::item(), LineColumns::quantity(), LineColumns::amount(), LineColumns::payer(), discount},
        LineColumns::key, this);
    ui::setUpList(ui->linesTable, m_linesModel);
}

void CashierPage::refresh()
{
    try {
        showQueue(m_store.queue());
    } catch (const StoreError &e) {
        ui::showMessage(ui->messageLabel, e.message());
    }
}

void CashierPage::changed(const ChangeSet &)
{
    m_queueRead->start(); // a slow server never stops the cashier typing an amount
}

void CashierPage::showQueue(QList<CashierQueueRow> queue)
{
    const qint64 selected = ui::selectedKey(ui->queueTable);
    m_queue = std::move(queue);
    m_queueModel->setRows(m_queue);
    if (selected && ui::selectedKey(ui->queueTable) != selected)
        ui::selectKey(ui->queueTable, selected);
    ui->queueTitle->setText(tr("Ready for settlement, by promised time: %n", nullptr, int(m_queue.size())));
}

} // namespace dd
