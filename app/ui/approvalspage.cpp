#include "approvalspage.h"

#include <QHeaderView>
#include <QInputDialog>
#include <QTableWidget>
#include <QTimer>

#include "appcontext.h"
#include "core/identifiers.h"
#include "core/localformat.h"
#include "decisiondialog.h"
#include "printpreviewdialog.h"
#include "store/addonstore.h"
#include "store/customerstore.h"
#include "store/workorderstore.h"
#include "store/deskcounts.h"
#include "ui_approvalspage.h"
#include "uihelpers.h"
#include "liveupdates.h"

namespace dd {

using ui::cell;

ApprovalsPage::ApprovalsPage(AppContext &ctx, QWidget *parent)
    : QWidget(parent), ui(std::make_unique<Ui::ApprovalsPage>()), m_ctx(ctx)
{
    ui->setupUi(this);
    setFocusProxy(ui->pendingTable);
    setHeaders();
    connect(ui->pendingTable, &QTableWidget::itemSelectionChanged, this, &ApprovalsPage::showDetail);
    connect(ui->pendingTable, &QTableWidget::activated, this, &ApprovalsPage::decide);
    connect(ui->relayTable, &QTableWidget::activated, this, &ApprovalsPage::relay);
    connect(ui->decideButton, &QPushButton::clicked, this, &ApprovalsPage::decide);
    connect(ui->relayButton, &QPushButton::clicked, this, &ApprovalsPage::relay);
    connect(ui->printButton, &QPushButton::clicked, this, [this] {
        const int r = selectedRow(ui->pendingTable);
        if (r < 0 || r >= m_pending.size())
            return;
        PrintPreviewDialog d(m_ctx, QStringLiteral("addon"), m_pending[r].workOrderNumber, this);
        if (!d.isReady()) {
            ui::showMessage(ui->messageLabel, d.problem());
            return;
        }
        d.exec();
    });
    // Findings proposed in the workshop and decisions taken elsewhere show within a second.
    m_keys.note(QKeySequence(Qt::Key_Return), QT_TR_NOOP("On the selected row: record the decision, or tell the workshop"));
    goLive(ctx);
}

ApprovalsPage::~ApprovalsPage() = default;

QStringList ApprovalsPage::listensTo() const
{
    return {QStringLiteral("addon_findings"), QStringLiteral("line_decisions"), QStringLiteral("work_orders"),
            QStringLiteral("work_order_lines")};
}

Workstation::Count ApprovalsPage::count()
{
    const int n = DeskCounts(m_ctx.db).approvalsWaiting();
    return {n, tr("%n finding(s) waiting for the customer", nullptr, n), false};
}

void ApprovalsPage::setHeaders()
{
    ui->pendingTable->setColumnCount(7);
    ui->pendingTable->setHorizontalHeaderLabels({tr("Waiting"), tr("Work order"), tr("Vehicle"), tr("Finding"),
                                                 tr("Safety"), tr("Amount"), tr("Extra time")});
    ui->relayTable->setColumnCount(4);
    ui->relayTable->setHorizontalHeaderLabels({tr("Work order"), tr("Vehicle"), tr("Finding"), tr("Approved")});
    for (QTableWidget *t : {ui->pendingTable, ui->relayTable}) {
        t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        t->horizontalHeader()->setStretchLastSection(true);
    }
    ui->pendingTable->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    ui->relayTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
}

void ApprovalsPage::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        setHeaders();
        refresh();
    }
    QWidget::changeEvent(e);
}

int ApprovalsPage::selectedRow(const QWidget *table) const
{
    const auto *t = static_cast<const QTableWidget *>(table);
    const QList<QTableWidgetSelectionRange> ranges = t->selectedRanges();
    return ranges.isEmpty() ? -1 : ranges.first().topRow();
}

void ApprovalsPage::refresh()
{
    const int pendingRow = selectedRow(ui->pendingTable);
    const qint64 selected = pendingRow >= 0 && pendingRow < m_pending.size() ? m_pending[pendingRow].id : 0;
    try {
        AddOnStore store(m_ctx.db);
        m_pending = store.pending();
        m_relay = store.toRelay();
        m_alertMinutes = m_ctx.dealership.load().approvalAlertMinutes;
    } catch (const StoreError &e) {
        ui::showMessage(ui->messageLabel, e.message());
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int late = 0;
    ui->pendingTable->setRowCount(int(m_pending.size()));
    for (int r = 0; r < m_pending.size(); ++r) {
        const AddOnFinding &f = m_pending[r];
        const qint64 minutes = f.createdAt.secsTo(now) / 60;
        const QStringList texts{tr("%1 min").arg(minutes), f.workOrderNumber, f.vehicleLabel, f.description,
                                f.safetyCritical ? tr("Safety-critical") : QString(), money::format(f.amount()),
                                f.extraMinutes ? tr("+%1 min").arg(f.extraMinutes) : QString()};
        const bool overdue = minutes >= m_alertMinutes;
        late += overdue ? 1 : 0;
        for (int c = 0; c < texts.size(); ++c) {
            auto *item = cell(texts[c], f.id);
            if (overdue)
                item->setBackground(QColor(0xff, 0xeb, 0xee));
            if (c == 4)
                item->setForeground(QColor(0xc6, 0x28, 0x28));
            if (c == 5)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            ui->pendingTable->setItem(r, c, item);
        }
    }
    ui->relayTable->setRowCount(int(m_relay.size()));
    for (int r = 0; r < m_relay.size(); ++r) {
        const AddOnFinding &f = m_relay[r];
        QStringList approved;
        for (const WorkOrderLine &l : f.lines)
            if (l.is(LineStatus::Approved))
                approved << l.description;
        const QStringList texts{f.workOrderNumber, f.vehicleLabel, f.description,
                                approved.isEmpty() ? tr("nothing approved") : approved.join(tr(", "))};
        for (int c = 0; c < texts.size(); ++c)
            ui->relayTable->setItem(r, c, cell(texts[c], f.id));
    }
    ui->pendingTableLabel->setText(
        m_pending.isEmpty() ? tr("&Waiting for the customer: nothing")
        : late             ? tr("&Waiting for the customer (%1, %2 longer than %3 min):").arg(m_pending.size()).arg(late).arg(m_alertMinutes)
                           : tr("&Waiting for the customer (%1):").arg(m_pending.size()));
    if (!selectPending(selected) && !m_pending.isEmpty())
        ui->pendingTable->selectRow(0);
    showDetail();
}

bool ApprovalsPage::selectPending(qint64 findingId)
{
    for (int r = 0; r < m_pending.size(); ++r)
        if (m_pending[r].id == findingId) {
            ui->pendingTable->selectRow(r);
            return true;
        }
    return false;
}

void ApprovalsPage::showDetail()
{
    const int r = selectedRow(ui->pendingTable);
    ui->decideButton->setEnabled(r >= 0 && m_ctx.can(Permission::EditWorkOrders));
    ui->printButton->setEnabled(r >= 0 && m_ctx.can(Permission::PrintDocuments));
    ui->relayButton->setEnabled(!m_relay.isEmpty() && m_ctx.can(Permission::EditWorkOrders));
    if (r < 0 || r >= m_pending.size()) {
        ui->detailLabel->clear();
        return;
    }
    const AddOnFinding &f = m_pending[r];
    QStringList lines;
    for (const WorkOrderLine &l : f.lines)
        lines << QStringLiteral("%1 ¥%2").arg(l.description.toHtmlEscaped(), money::format(l.amount()));
    QString text = tr("Found by %1: %2").arg(f.foundBy, f.reason).toHtmlEscaped();
    if (AddOnCodes::warranty().is(f.warranty, WarrantyDecision::NotEligible))
        text += QStringLiteral("<br>") + tr("Not covered by warranty: %1").arg(f.warrantyReason).toHtmlEscaped();
    text += QStringLiteral("<br>") + lines.join(QStringLiteral(" · "));
    ui->detailLabel->setText(text);
}

void ApprovalsPage::decide()
{
    const int r = selectedRow(ui->pendingTable);
    if (r < 0 || r >= m_pending.size() || !ui->decideButton->isEnabled())
        return;
    const AddOnFinding f = m_pending[r];
    // The customer's name and mobile, to call them and to note who decided.
    QString name, phone;
    try {
        if (const auto c = CustomerStore(m_ctx.db).byId(WorkOrderStore(m_ctx.db).load(f.workOrderId).customerId)) {
            name = c->name;
            if (!c->phones.isEmpty())
                phone = Phone::display(c->phones.first().number);
        }
    } catch (const StoreError &) {
        // the dialog still works; the advisor types them
    }
    DecisionDialog d(m_ctx, f, name, phone, this);
    if (d.exec() == QDialog::Accepted) {
        ui::showMessage(ui->messageLabel, tr("Decision recorded for %1. Tell the workshop next.").arg(f.workOrderNumber), false);
        refresh();
    }
}

void ApprovalsPage::relay()
{
    int r = selectedRow(ui->relayTable);
    if (r < 0 && !m_relay.isEmpty())
        r = 0;
    if (r < 0 || r >= m_relay.size() || !ui->relayButton->isEnabled())
        return;
    const AddOnFinding f = m_relay[r];
    bool ok = false;
    const QString who = QInputDialog::getText(this, tr("Tell the workshop"),
                                              tr("%1, %2: who in the workshop received the decision?").arg(f.workOrderNumber, f.description),
                                              QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    try {
        Commands commands = m_ctx.commands();
        AddOnStore(m_ctx.db).relay(commands, f.id, f.version, who);
    } catch (const StoreError &e) {
        ui::showMessage(ui->messageLabel, e.message());
        return;
    }
    ui::showMessage(ui->messageLabel, tr("The workshop knows: %1 received it at %2.").arg(who.trimmed(), LocalFormat::time(QTime::currentTime())), false);
    refresh();
}

} // namespace dd
