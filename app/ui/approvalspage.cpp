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
#include "store/dealershipstore.h"
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
    setUpModels();
    setHeaders();
    connect(ui->pendingTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ApprovalsPage::showDetail);
    connect(ui->pendingTable, &QTableView::activated, this, &ApprovalsPage::decide);
    connect(ui->relayTable, &QTableView::activated, this, &ApprovalsPage::relay);
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

void ApprovalsPage::setUpModels()
{
    using Col = RowsModel<AddOnFinding>::Column;
    const auto shown = [](std::function<QString(const AddOnFinding &)> f) {
        return [f](const AddOnFinding &a, int role) { return role == Qt::DisplayRole ? QVariant(f(a)) : QVariant(); };
    };
    // Waiting longer than the dealership's limit: the whole row on a red ground.
    const auto waitingTooLong = [this](std::function<QVariant(const AddOnFinding &, int)> f) {
        return [this, f](const AddOnFinding &a, int role) -> QVariant {
            if (role == Qt::BackgroundRole)
                return a.createdAt.secsTo(QDateTime::currentDateTimeUtc()) / 60 >= m_alertMinutes ? QVariant(QColor(0xff, 0xeb, 0xee))
                                                                                                   : QVariant();
            return f(a, role);
        };
    };
    m_pendingModel = new RowsModel<AddOnFinding>(
        "dd::ApprovalsPage",
        {Col{QT_TR_NOOP("Waiting"), waitingTooLong([](const AddOnFinding &a, int role) -> QVariant {
                 if (role == Qt::DisplayRole)
                     return tr("%1 min").arg(a.createdAt.secsTo(QDateTime::currentDateTimeUtc()) / 60);
                 return role == SortRole ? QVariant(-a.createdAt.toSecsSinceEpoch()) : QVariant();
             })},
         Col{QT_TR_NOOP("Work order"), waitingTooLong(shown([](const AddOnFinding &a) { return a.workOrderNumber; }))},
         Col{QT_TR_NOOP("Vehicle"), waitingTooLong(shown([](const AddOnFinding &a) { return a.vehicleLabel; }))},
         Col{QT_TR_NOOP("Customer"), waitingTooLong(shown([](const AddOnFinding &a) { return a.customerName; }))},
         Col{QT_TR_NOOP("Call"), waitingTooLong(shown([](const AddOnFinding &a) { return contactOf(a).name; }))},
         Col{QT_TR_NOOP("Phone"), waitingTooLong(shown([](const AddOnFinding &a) { return Phone::masked(contactOf(a).phone); }))},
         Col{QT_TR_NOOP("Finding"), waitingTooLong(shown([](const AddOnFinding &a) { return a.description; }))},
         Col{QT_TR_NOOP("Safety"), waitingTooLong([](const AddOnFinding &a, int role) -> QVariant {
                 if (role == Qt::DisplayRole)
                     return a.safetyCritical ? tr("Safety-critical") : QString();
                 return role == Qt::ForegroundRole ? QVariant(QColor(0xc6, 0x28, 0x28)) : QVariant();
             })},
         Col{QT_TR_NOOP("Amount"), waitingTooLong([](const AddOnFinding &a, int role) -> QVariant {
                 if (role == Qt::DisplayRole)
                     return money::format(a.amount());
                 if (role == Qt::TextAlignmentRole)
                     return int(Qt::AlignRight | Qt::AlignVCenter);
                 return role == SortRole ? QVariant(a.amount()) : QVariant();
             })},
         Col{QT_TR_NOOP("Extra time"), waitingTooLong([](const AddOnFinding &a, int role) -> QVariant {
                 if (role == Qt::DisplayRole)
                     return a.extraMinutes ? tr("+%1 min").arg(a.extraMinutes) : QString();
                 return role == SortRole ? QVariant(a.extraMinutes) : QVariant();
             })}},
        [](const AddOnFinding &a) { return a.id; }, this);
    ui::setUpList(ui->pendingTable, ui::sortable(m_pendingModel, this));
    ui->pendingTable->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // the store's order: oldest first
    m_relayModel = new RowsModel<AddOnFinding>(
        "dd::ApprovalsPage",
        {Col{QT_TR_NOOP("Work order"), shown([](const AddOnFinding &a) { return a.workOrderNumber; })},
         Col{QT_TR_NOOP("Vehicle"), shown([](const AddOnFinding &a) { return a.vehicleLabel; })},
         Col{QT_TR_NOOP("Finding"), shown([](const AddOnFinding &a) { return a.description; })},
         Col{QT_TR_NOOP("Approved"), shown([](const AddOnFinding &a) {
                 QStringList approved;
                 for (const WorkOrderLine &l : a.lines)
                     if (l.is(LineStatus::Approved))
                         approved << l.description;
                 return approved.isEmpty() ? tr("nothing approved") : approved.join(tr(", "));
             })}},
        [](const AddOnFinding &a) { return a.id; }, this);
    ui::setUpList(ui->relayTable, m_relayModel);
    Database *db = &m_ctx.db;
    m_read = std::make_unique<BackgroundRead<Lists>>(
        this, [db] { return read(*db); },
        [this](Lists lists) {
            // A read that was under way when a finding was offered predates it: it cannot list it yet.
            const bool stale = m_offerStale > 0;
            m_offerStale = std::max(0, m_offerStale - 1);
            showLists(std::move(lists), stale);
        },
        [this](const QString &error) { ui::showMessage(ui->messageLabel, error); });
}

void ApprovalsPage::setHeaders()
{
    m_pendingModel->retranslate();
    m_relayModel->retranslate();
    for (QTableView *t : {ui->pendingTable, ui->relayTable})
        t->horizontalHeader()->setStretchLastSection(true);
    ui->pendingTable->horizontalHeader()->setSectionResizeMode(6, QHeaderView::Stretch);
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

ApprovalsPage::Contact ApprovalsPage::contactOf(const AddOnFinding &f)
{
    Contact c;
    c.name = f.dropOffName.trimmed().isEmpty() ? f.customerName : f.dropOffName.trimmed();
    c.phone = f.dropOffPhone.trimmed().isEmpty() ? f.customerPhone : f.dropOffPhone.trimmed();
    return c;
}

int ApprovalsPage::selectedRow(const QTableView *table) const
{
    const qint64 key = ui::selectedKey(table);
    return table == ui->relayTable ? m_relayModel->rowOfKey(key) : m_pendingModel->rowOfKey(key);
}

ApprovalsPage::Lists ApprovalsPage::read(Database &db)
{
    AddOnStore store(db);
    Lists l;
    l.pending = store.pending();
    l.relay = store.toRelay();
    l.alertMinutes = DealershipStore(db).load().approvalAlertMinutes;
    return l;
}

void ApprovalsPage::refresh()
{
    try {
        showLists(read(m_ctx.db));
    } catch (const StoreError &e) {
        ui::showMessage(ui->messageLabel, e.message());
    }
}

void ApprovalsPage::changed(const ChangeSet &)
{
    m_read->start();
}

void ApprovalsPage::showLists(Lists lists, bool predatesOffer)
{
    const qint64 selected = m_offered ? m_offered : ui::selectedKey(ui->pendingTable);
    m_pending = std::move(lists.pending);
    m_relay = std::move(lists.relay);
    m_alertMinutes = lists.alertMinutes;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int late = 0;
    for (const AddOnFinding &f : std::as_const(m_pending))
        late += f.createdAt.secsTo(now) / 60 >= m_alertMinutes ? 1 : 0;
    m_pendingModel->setRows(m_pending);
    m_relayModel->setRows(m_relay);
    ui->pendingTableLabel->setText(
        m_pending.isEmpty() ? tr("&Waiting for the customer: nothing")
        : late             ? tr("&Waiting for the customer (%1, %2 longer than %3 min):").arg(m_pending.size()).arg(late).arg(m_alertMinutes)
                           : tr("&Waiting for the customer (%1):").arg(m_pending.size()));
    // The finding offered is looked for in the first read made after it: found or gone (decided elsewhere
    // meanwhile), the selection is the user's again.
    const bool found = selectPending(selected);
    if (found || !predatesOffer)
        m_offered = 0;
    if (!found && !m_pending.isEmpty())
        ui->pendingTable->selectRow(0);
    showDetail();
}

void ApprovalsPage::offer(qint64 findingId)
{
    m_offered = findingId;
    m_offerStale = m_read->isRunning() ? 1 : 0;
    if (selectPending(findingId))
        m_offered = 0;
}

bool ApprovalsPage::selectPending(qint64 findingId)
{
    return ui::selectKey(ui->pendingTable, findingId);
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
    // Whom to call, and who is noted as deciding: the person who brought the car in, with that
    // person's number; the owner (often a company) only when nobody else was named.
    const Contact c = contactOf(f);
    const QString name = c.name, phone = c.phone.isEmpty() ? QString() : Phone::display(c.phone);
    DecisionDialog d(m_ctx, f, name, phone, this);
    if (d.exec() != QDialog::Accepted)
        return;
    refresh();
    QString signedHow;
    if (d.method() == QLatin1String("in_person") && m_ctx.can(Permission::PrintDocuments)) {
        // Decided at the counter: the customer signs the consent with the decisions ticked, on screen or on
        // the paper printed from the same preview. The signature then carries the decisions it consents to.
        PrintPreviewDialog preview(m_ctx, QStringLiteral("addon"), f.workOrderNumber, this);
        if (preview.isReady()) {
            const bool signedBefore = preview.isSigned();
            const int issuedBefore = preview.historyRows();
            preview.exec();
            signedHow = preview.isSigned() && !signedBefore     ? tr("signed by the customer on screen")
                        : preview.historyRows() > issuedBefore ? tr("the consent was printed or saved for the customer's signature")
                                                                : tr("the consent was neither signed nor printed");
        }
    }
    ui::showMessage(ui->messageLabel,
                    signedHow.isEmpty()
                        ? tr("Decision recorded for %1. Tell the workshop next.").arg(f.workOrderNumber)
                        : tr("Decision recorded for %1, %2. Tell the workshop next.").arg(f.workOrderNumber, signedHow),
                    false);
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
