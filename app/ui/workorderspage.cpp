#include "workorderspage.h"

#include <QAction>
#include <algorithm>
#include <QHeaderView>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

#include "appcontext.h"
#include "core/localformat.h"
#include "store/dispatchboard.h"
#include "store/catalogstore.h"
#include "store/workorderstore.h"
#include "store/deskcounts.h"
#include "ui_workorderspage.h"
#include "core/settlement.h"
#include "deliverydialog.h"
#include "linecolumns.h"
#include "uihelpers.h"
#include "liveupdates.h"
#include "stalebar.h"
#include "cannedjobdialog.h"
#include "findingdialog.h"
#include "inspectionfindingsdialog.h"
#include "printpreviewdialog.h"
#include "workorderlinedialog.h"

namespace dd {

using ui::cell;


WorkOrdersPage::WorkOrdersPage(AppContext &ctx, QWidget *parent)
    : QWidget(parent), ui(std::make_unique<Ui::WorkOrdersPage>()), m_ctx(ctx)
{
    ui->setupUi(this);
    ui->splitter->setStretchFactor(0, 0);
    ui->splitter->setStretchFactor(1, 1);
    ui->splitter->setSizes({380, 860});
    setFocusProxy(ui->ordersTable);
    for (const QString &t : WorkOrderRules::transitions()) {
        auto *b = new QPushButton(ui->stepsBox);
        b->setObjectName(QStringLiteral("step_") + t);
        b->hide();
        ui->stepsLayout->addWidget(b);
        connect(b, &QPushButton::clicked, this, [this, t] { takeStep(t); });
        m_steps.insert(t, b);
    }
    setUpList();
    m_linesModel = new RowsModel<WorkOrderLine>(
        LineColumns::kContext,
        {LineColumns::kind(), LineColumns::code(), LineColumns::description(), LineColumns::quantity(), LineColumns::amount(),
         LineColumns::payer(), LineColumns::technicianOrSource(),
         LineColumns::status([this] { return m_order.id && !m_order.is(WorkOrderState::Draft); })},
        LineColumns::key, this);
    ui::setUpList(ui->linesTable, m_linesModel);
    ui->linesTable->setSelectionMode(QAbstractItemView::ExtendedSelection); // several lines for one technician
    setHeaders();

    for (QComboBox *c : {ui->typeCombo, ui->categoryCombo})
        connect(c, &QComboBox::currentIndexChanged, this, [this] {
            markDirty();
            showTotals();
        });
    connect(ui->promisedEdit, &QDateTimeEdit::dateTimeChanged, this, &WorkOrdersPage::markDirty);
    connect(ui->promisedEdit, &QDateTimeEdit::dateTimeChanged, this, &WorkOrdersPage::showNotifyDue);
    connect(ui->concernsTable, &QTableWidget::itemChanged, this, &WorkOrdersPage::markDirty);
    connect(ui->addConcernButton, &QPushButton::clicked, this, &WorkOrdersPage::addConcern);
    connect(ui->addLineButton, &QPushButton::clicked, this, &WorkOrdersPage::addLine);
    connect(ui->editLineButton, &QPushButton::clicked, this, &WorkOrdersPage::editLine);
    connect(ui->removeLineButton, &QPushButton::clicked, this, &WorkOrdersPage::removeLine);
    connect(ui->assignButton, &QPushButton::clicked, this, &WorkOrdersPage::assignTechnician);
    connect(ui->findingsButton, &QPushButton::clicked, this, &WorkOrdersPage::takeOverFindings);
    connect(ui->jobButton, &QPushButton::clicked, this, &WorkOrdersPage::addCannedJob);
    connect(ui->suggestButton, &QPushButton::clicked, this, &WorkOrdersPage::suggestPromise);
    connect(ui->notifyButton, &QPushButton::clicked, this, &WorkOrdersPage::customerNotifications);
    connect(ui->linesTable, &QTableView::activated, this, &WorkOrdersPage::editLine);
    connect(ui->linesTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, &WorkOrdersPage::updateButtons);
    connect(ui->saveButton, &QPushButton::clicked, this, &WorkOrdersPage::save);
    connect(ui->findingButton, &QPushButton::clicked, this, &WorkOrdersPage::proposeFinding);
    connect(ui->printButton, &QPushButton::clicked, this, &WorkOrdersPage::printAuthorization);
    connect(ui->certificateButton, &QPushButton::clicked, this, [this] {
        PrintPreviewDialog d(m_ctx, QStringLiteral("certificate"), m_order.number, this);
        if (!d.isReady()) {
            ui::showMessage(ui->messageLabel, d.problem());
            return;
        }
        d.exec();
    });

    m_keys.add(QKeySequence(Qt::CTRL | Qt::Key_S), QT_TR_NOOP("Save the work order"), [this] { save(); });
    m_keys.add(QKeySequence(Qt::Key_Insert), QT_TR_NOOP("Add a line"), [this] { addLine(); });
    m_keys.add(QKeySequence(Qt::Key_F5), QT_TR_NOOP("Read the list and the open work order again"), [this] { refresh(); });
    m_keys.add(QKeySequence(Qt::CTRL | Qt::Key_P), QT_TR_NOOP("Print the repair authorization"), [this] { printAuthorization(); });
    m_keys.add(QKeySequence(Qt::CTRL | Qt::Key_T), QT_TR_NOOP("Tell the customer: ready or delayed"), [this] { customerNotifications(); });
    // The next step forward (the first step button other than cancelling), from the keyboard.
    auto next = [this] {
        for (const QString &t : WorkOrderRules::transitions())
            if (t != QLatin1String("cancel") && t != QLatin1String("qc_fail") && stepButton(t)) {
                takeStep(t);
                return;
            }
    };
    m_keys.add(QKeySequence(Qt::CTRL | Qt::Key_Return), QT_TR_NOOP("Take the next step (authorize, hand over, ...)"), next);
    m_keys.add(QKeySequence(Qt::CTRL | Qt::Key_Enter), nullptr, next);
    // Live: what the approvals page, the workshop, the cashier or another station change shows here.
    goLive(ctx);
    connect(ui->staleBar, &StaleBar::reloadRequested, this, &WorkOrdersPage::reloadCurrent);
    showOrder();
}

WorkOrdersPage::~WorkOrdersPage() = default;

QStringList WorkOrdersPage::listensTo() const
{
    return {QStringLiteral("work_orders"),    QStringLiteral("work_order_lines"),       QStringLiteral("work_order_concerns"),
            QStringLiteral("work_order_transitions"), QStringLiteral("addon_findings"), QStringLiteral("line_decisions"),
            QStringLiteral("promises"),       QStringLiteral("settlements"),            QStringLiteral("vehicles"),
            QStringLiteral("customers"),      QStringLiteral("technicians")};
}

Workstation::Count WorkOrdersPage::count()
{
    const int n = DeskCounts(m_ctx.db).overduePromises(QDateTime::currentDateTimeUtc());
    return {n, tr("%n promise(s) overdue", nullptr, n), true};
}

void WorkOrdersPage::setHeaders()
{
    ui->saveButton->setText(tr("Save (Ctrl+S)"));
    m_listModel->retranslate();
    ui->ordersTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    ui->concernsTable->setColumnCount(4);
    ui->concernsTable->setHorizontalHeaderLabels({tr("Customer's words"), tr("Cause"), tr("Correction"), tr("No fault found")});
    for (int c = 0; c < 3; ++c)
        ui->concernsTable->horizontalHeader()->setSectionResizeMode(c, QHeaderView::Stretch);
    ui->concernsTable->horizontalHeader()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_linesModel->retranslate();
    ui->linesTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    ui->historyTable->setColumnCount(5);
    ui->historyTable->setHorizontalHeaderLabels({tr("When"), tr("Step"), tr("By"), tr("Station"), tr("Note")});
    ui->historyTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    ui->historyTable->horizontalHeader()->setStretchLastSection(true);
    {
        const QSignalBlocker b1(ui->typeCombo), b2(ui->categoryCombo);
        const QString type = ui->typeCombo->currentData().toString();
        const QString category = ui->categoryCombo->currentData().toString();
        ui->typeCombo->clear();
        ui->typeCombo->addItem(tr("choose…"), QString());
        for (const QString &t : WorkOrderRules::types())
            ui->typeCombo->addItem(WorkOrderRules::typeName(t), t);
        ui->categoryCombo->clear();
        ui->categoryCombo->addItem(tr("choose…"), QString());
        for (const QString &c : WorkOrderRules::repairCategories())
            ui->categoryCombo->addItem(WorkOrderRules::repairCategoryName(c), c);
        ui->typeCombo->setCurrentIndex(qMax(0, ui->typeCombo->findData(type)));
        ui->categoryCombo->setCurrentIndex(qMax(0, ui->categoryCombo->findData(category)));
    }
    for (auto it = m_steps.begin(); it != m_steps.end(); ++it)
        it.value()->setText(WorkOrderRules::transitionName(it.key()) +
                            (it.key() == QLatin1String("dispatch") || it.key() == QLatin1String("qc_pass") ||
                                     it.key() == QLatin1String("qc_fail") || it.key() == QLatin1String("cancel")
                                 ? QStringLiteral("…")
                                 : QString()));
}

void WorkOrdersPage::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange) {
        const WorkOrder shown = current();
        const bool dirty = m_dirty;
        ui->retranslateUi(this);
        setHeaders();
        m_order = shown;
        showOrder();
        m_dirty = dirty;
        refresh();
    }
    QWidget::changeEvent(e);
}

void WorkOrdersPage::syncCurrent(const ChangeSet &changes)
{
    if (!m_order.id)
        return;
    WorkOrder fresh;
    try {
        fresh = WorkOrderStore(m_ctx.db).load(m_order.id);
    } catch (const StoreError &e) {
        ui::showMessage(ui->messageLabel, e.message());
        return;
    }
    if (fresh.version == m_order.version) {
        updateButtons(); // the user may have changed (switch user): what they may do here
        return;
    }
    if (!m_dirty) {
        m_order = fresh;
        ui->staleBar->hide();
        m_syncing = true;
        showOrder();
        m_syncing = false;
        return;
    }
    // Typing stays; the bar says who changed the work order, and saving is refused by the version check.
    Change who;
    if (const Change *c = changes.last(QStringLiteral("work_orders"), m_order.id))
        who = *c;
    else
        try {
            who = WorkOrderStore(m_ctx.db).lastChange(m_order.id);
        } catch (const StoreError &) {
        }
    ui->staleBar->showChange(tr("Work order %1").arg(m_order.number), who);
}

void WorkOrdersPage::reloadCurrent()
{
    if (!m_order.id)
        return;
    m_dirty = false;
    const qint64 id = m_order.id;
    m_order = WorkOrder();
    openWorkOrder(id);
}

QString WorkOrdersPage::staleMessage() const
{
    return ui->staleBar->isVisible() ? ui->staleBar->message() : QString();
}

bool WorkOrdersPage::maySwitchAway()
{
    return ui::maySwitchAway(this, m_dirty, tr("Unsaved work order"),
                             tr("Work order %1 has changes that are not saved yet. Save them now?").arg(m_order.number),
                             [this] { return save(); });
}

bool WorkOrdersPage::openWorkOrder(qint64 id)
{
    if (id != m_order.id && !maySwitchAway())
        return false;
    try {
        m_order = WorkOrderStore(m_ctx.db).load(id);
    } catch (const StoreError &e) {
        ui::showError(this, e);
        return false;
    }
    m_dirty = false;
    ui::clearMessage(ui->messageLabel);
    selectInList();
    if (m_listModel->rowOfKey(id) < 0)
        m_listRead->start(); // a work order just made elsewhere: the list catches up off the screen's thread
    showOrder();
    return true;
}

void WorkOrdersPage::showOrder()
{
    m_loading = true;
    const bool open = m_order.id != 0;
    const bool draft = open && m_order.is(WorkOrderState::Draft) && m_ctx.can(Permission::EditWorkOrders);
    const bool concernsOpen = open && WorkOrderCodes::beforeReady().contains(m_order.state) && m_ctx.can(Permission::RunWorkshop);
    ui->tabs->setEnabled(open);
    if (!open) {
        ui->headerLabel->setText(tr("Choose a work order in the list."));
    } else {
        QString vehicle;
        for (const ShopVehicle &v : m_list)
            if (v.workOrderId == m_order.id)
                vehicle = v.vehicleLabel + QStringLiteral(" · ") + v.customerName;
        ui->headerLabel->setText(QStringLiteral("<b>%1</b> &nbsp; %2 &nbsp;—&nbsp; <b>%3</b>%4")
                                     .arg(m_order.number.toHtmlEscaped(), vehicle.toHtmlEscaped(),
                                          WorkOrderRules::stateName(m_order.state).toHtmlEscaped(),
                                          m_order.reworkCount ? QStringLiteral(" &nbsp;") + tr("(rework round %1)").arg(m_order.reworkCount)
                                                              : QString()));
    }
    ui->typeCombo->setCurrentIndex(qMax(0, ui->typeCombo->findData(m_order.type)));
    ui->categoryCombo->setCurrentIndex(qMax(0, ui->categoryCombo->findData(m_order.repairCategory)));
    // No promise yet: the suggestion for this job alone, inside the workshop's hours (never after closing).
    ui->promisedEdit->setDateTime(m_order.promisedAt.isValid()
                                      ? m_order.promisedAt.toLocalTime()
                                      : WorkOrderRules::suggestPromise(QDateTime::currentDateTime(),
                                                                       m_order.totals(m_vatBp).centiHours, 0, 1, m_hours));
    for (QWidget *w : std::initializer_list<QWidget *>{ui->typeCombo, ui->categoryCombo, ui->promisedEdit, ui->suggestButton,
                                                       ui->addConcernButton})
        w->setEnabled(draft);

    ui->concernsTable->setRowCount(int(m_order.concerns.size()));
    for (int r = 0; r < m_order.concerns.size(); ++r) {
        const Concern &c = m_order.concerns[r];
        const QStringList texts{c.text, c.cause, c.correction};
        for (int col = 0; col < 3; ++col) {
            auto *item = cell(texts[col], c.id);
            const bool editable = col == Text ? draft : concernsOpen;
            item->setFlags(editable ? item->flags() | Qt::ItemIsEditable : item->flags() & ~Qt::ItemIsEditable);
            ui->concernsTable->setItem(r, col, item);
        }
        auto *nff = new QTableWidgetItem;
        nff->setFlags(concernsOpen ? Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::ItemIsSelectable);
        nff->setCheckState(c.noFaultFound ? Qt::Checked : Qt::Unchecked);
        ui->concernsTable->setItem(r, NoFault, nff);
    }
    ui->concernsTable->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                       QAbstractItemView::AnyKeyPressed);
    showLines();

    ui->historyTable->setRowCount(0);
    if (open) {
        try {
            const QList<TransitionRecord> steps = WorkOrderStore(m_ctx.db).history(m_order.id);
            ui->historyTable->setRowCount(int(steps.size()));
            for (int r = 0; r < steps.size(); ++r) {
                const TransitionRecord &s = steps[r];
                ui->historyTable->setItem(r, 0, cell(LocalFormat::dateTime(s.at.toLocalTime())));
                ui->historyTable->setItem(r, 1, cell(WorkOrderRules::transitionName(s.transition)));
                ui->historyTable->setItem(r, 2, cell(s.by));
                ui->historyTable->setItem(r, 3, cell(s.station));
                ui->historyTable->setItem(r, 4, cell(s.note));
            }
        } catch (const StoreError &e) {
            ui::showMessage(ui->messageLabel, e.message());
        }
    }
    m_loading = false;
    m_dirty = false;
    updateButtons();
    // A step taken here locks the estimate's fields: the focus they had goes back to the list, where Ctrl+Enter
    // takes the next step, instead of leaving the page without a focus (and the keyboard without a target).
    if (isVisible()) {
        const QWidget *f = window()->focusWidget();
        if (!f || !f->isEnabled() || !f->isVisible())
            ui->ordersTable->setFocus(Qt::OtherFocusReason);
    }
}

void WorkOrdersPage::showLines()
{
    const int selected = selectedLine();
    m_linesModel->setRows(m_order.lines);
    if (selected >= 0 && selected < m_linesModel->rowCount() && selectedLine() != selected)
        ui->linesTable->selectRow(selected);
    showTotals();
}

void WorkOrdersPage::showTotals()
{
    const WorkOrder o = current();
    const WorkOrderTotals t = o.totals(m_vatBp);
    ui->totalsLabel->setText(tr("Labor ¥%1 (%2 h) · parts ¥%3 · other ¥%4 · <b>total ¥%5</b>, of which VAT %6 % ¥%7 · "
                                "the customer pays ¥%8")
                                 .arg(money::format(t.labor), QString::number(t.centiHours / 100.0, 'f', 2),
                                      money::format(t.parts), money::format(t.other), money::format(t.total),
                                      money::formatBasisPoints(m_vatBp), money::format(t.vat), money::format(t.customerPays)));
    const QString category = ui->categoryCombo->currentData().toString();
    ui->guaranteeLabel->setText(
        category.isEmpty() ? QString()
                           : tr("Quality guarantee: %L1 km or %2 days from completion, whichever comes first. %3")
                                 .arg(WorkOrderRules::guaranteeKm(category))
                                 .arg(WorkOrderRules::guaranteeDays(category))
                                 .arg(WorkOrderRules::needsCertificate(category)
                                          ? tr("A completion certificate is issued after the quality check.")
                                          : tr("No completion certificate: the release notice goes with the car.")));
}

int WorkOrdersPage::selectedLine() const
{
    // The current row when it is selected (several may be), else the first selected.
    const QModelIndex current = ui->linesTable->currentIndex();
    if (current.isValid() && ui->linesTable->selectionModel()->isRowSelected(current.row(), {}))
        return current.row();
    const QModelIndexList rows = ui->linesTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

QList<int> WorkOrdersPage::selectedLines() const
{
    QList<int> out;
    for (const QModelIndex &i : ui->linesTable->selectionModel()->selectedRows())
        out << i.row();
    std::sort(out.begin(), out.end());
    return out;
}

void WorkOrdersPage::updateButtons()
{
    const bool open = m_order.id != 0;
    const bool draft = open && m_order.is(WorkOrderState::Draft) && m_ctx.can(Permission::EditWorkOrders);
    const int s = selectedLine();
    ui->addLineButton->setEnabled(draft);
    ui->editLineButton->setEnabled(s >= 0);
    ui->removeLineButton->setEnabled(draft && s >= 0);
    ui->assignButton->setEnabled(draft || (open && WorkOrderCodes::inWorkshop().contains(m_order.state) &&
                                           m_ctx.can(Permission::RunWorkshop)));
    ui->findingsButton->setEnabled(draft);
    ui->jobButton->setEnabled(draft);
    ui->saveButton->setEnabled(open && (draft || m_ctx.can(Permission::RunWorkshop)));
    const QStringList working = WorkOrderCodes::inWorkshop();
    ui->printButton->setEnabled(open && m_ctx.can(Permission::PrintDocuments));
    // Only level-2 maintenance and major repairs get a certificate, once the quality check is passed.
    static const QStringList passed{QStringLiteral("ready"), QStringLiteral("settled"), QStringLiteral("delivered")};
    ui->certificateButton->setVisible(open && passed.contains(m_order.state) &&
                                      WorkOrderRules::needsCertificate(m_order.repairCategory) &&
                                      m_ctx.can(Permission::PrintDocuments));
    ui->findingButton->setVisible(open && working.contains(m_order.state) && m_ctx.can(Permission::RunWorkshop));
    // When the customer is to be told the car is ready; in red once a delay must be reported instead.
    const bool waiting = open && !m_order.is(WorkOrderState::Delivered) && !m_order.is(WorkOrderState::Cancelled);
    ui->notifyButton->setEnabled(waiting && m_ctx.can(Permission::EditWorkOrders));
    showNotifyDue();
    for (auto it = m_steps.begin(); it != m_steps.end(); ++it) {
        // Settling is the cashier's screen; waiting for approval only when a finding waits.
        const bool possible = open && WorkOrderRules::fromStates(it.key()).contains(m_order.state) &&
                              m_ctx.can(WorkOrderRules::permissionFor(it.key())) && it.key() != QLatin1String("settle") &&
                              (it.key() != QLatin1String("await_approval") || m_order.pendingFindings > 0);
        it.value()->setVisible(possible);
    }
    // Ctrl+Enter takes the first step forward; its button says so.
    bool first = true;
    for (const QString &t : WorkOrderRules::transitions()) {
        QPushButton *step = m_steps[t];
        const bool forward = first && !step->isHidden() && t != QLatin1String("cancel") && t != QLatin1String("qc_fail");
        step->setToolTip(forward ? QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText) : QString());
        first = first && !forward;
    }
}

void WorkOrdersPage::showNotifyDue()
{
    // The promise as shown: while the estimate is edited, the one in the field (Suggest, typing), not the saved one.
    const bool open = m_order.id != 0;
    const bool waiting = open && !m_order.is(WorkOrderState::Delivered) && !m_order.is(WorkOrderState::Cancelled);
    const QDateTime promised = open && m_order.is(WorkOrderState::Draft) ? ui->promisedEdit->dateTime().toUTC() : m_order.promisedAt;
    const QDateTime due = DeliveryRules::notificationDue(m_order.openedAt, promised);
    const bool late = DeliveryRules::delayNotificationDue(m_order.state, promised, QDateTime::currentDateTimeUtc());
    QString text = !waiting || !due.isValid() ? QString()
                   : late ? tr("<span style=\"color:#c62828\">Promise not kept: tell the customer of the delay</span>")
                          : tr("Tell the customer by %1").arg(LocalFormat::when(due).toHtmlEscaped());
    if (waiting && promised.isValid() && m_order.is(WorkOrderState::Draft) && !m_hours.contains(promised.toLocalTime()))
        text += QStringLiteral(" &nbsp;<span style=\"color:#c62828\">%1</span>")
                    .arg(tr("The promise is outside the workshop's hours (%1–%2).")
                             .arg(LocalFormat::time(m_hours.opens), LocalFormat::time(m_hours.closes))
                             .toHtmlEscaped());
    ui->notifyLabel->setText(text);
}

void WorkOrdersPage::markDirty()
{
    if (m_loading)
        return;
    m_dirty = true;
}

QPushButton *WorkOrdersPage::stepButton(const QString &transition) const
{
    QPushButton *b = m_steps.value(transition);
    return b && b->isVisibleTo(const_cast<WorkOrdersPage *>(this)) ? b : nullptr;
}

WorkOrder WorkOrdersPage::current() const
{
    WorkOrder o = m_order;
    if (!o.id)
        return o;
    if (o.is(WorkOrderState::Draft)) {
        o.type = ui->typeCombo->currentData().toString();
        o.repairCategory = ui->categoryCombo->currentData().toString();
        o.promisedAt = ui->promisedEdit->dateTime().toUTC();
    }
    for (int r = 0; r < o.concerns.size() && r < ui->concernsTable->rowCount(); ++r) {
        Concern &c = o.concerns[r];
        c.text = ui->concernsTable->item(r, Text)->text();
        c.cause = ui->concernsTable->item(r, Cause)->text();
        c.correction = ui->concernsTable->item(r, Correction)->text();
        c.noFaultFound = ui->concernsTable->item(r, NoFault)->checkState() == Qt::Checked;
    }
    return o;
}

bool WorkOrdersPage::save()
{
    if (!m_order.id || !ui->saveButton->isEnabled())
        return false;
    const WorkOrder o = current();
    try {
        Commands commands = m_ctx.commands();
        WorkOrderStore store(m_ctx.db);
        if (o.is(WorkOrderState::Draft))
            m_order = store.saveEstimate(commands, o);
        else
            m_order = store.saveConcerns(commands, o.id, o.version, o.concerns);
    } catch (const StoreError &e) {
        // What was typed stays on the screen.
        ui::showMessage(ui->messageLabel, e.kind() == StoreError::Kind::Conflict
                                              ? e.message() + QLatin1Char(' ') +
                                                    tr("Note your changes, then open the work order again to see theirs.")
                                              : e.message());
        if (e.kind() == StoreError::Kind::Conflict)
            syncCurrent({}); // the bar: who changed it, with Reload
        return false;
    }
    m_dirty = false;
    refresh();
    showOrder();
    ui::showMessage(ui->messageLabel, tr("Saved at %1.").arg(LocalFormat::time(QTime::currentTime())), false);
    return true;
}

} // namespace dd
