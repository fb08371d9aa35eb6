#include "deliverydialog.h"

#include <QHeaderView>
#include <QLocale>
#include <QPushButton>

#include "appcontext.h"
#include "printpreviewdialog.h"
#include "core/settlement.h"
#include "store/documentstore.h"
#include "store/settlementstore.h"
#include "store/workorderstore.h"
#include "ui_deliverydialog.h"
#include "uihelpers.h"

namespace dd
{

using ui::cell;

DeliveryDialog::DeliveryDialog(AppContext &ctx, qint64 workOrderId, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::DeliveryDialog>()), m_ctx(ctx), m_id(workOrderId)
{
    ui->setupUi(this);
    ui->logTable->setColumnCount(5);
    ui->logTable->setHorizontalHeaderLabels(
        {tr("When"), tr("Notification"), tr("How"), tr("By"), tr("Reason / new promise")});
    ui->logTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    ui->logTable->horizontalHeader()->setStretchLastSection(true);
    for (const QString &k : DeliveryRules::notificationKinds())
        ui->kindCombo->addItem(DeliveryRules::notificationKindName(k), k);
    for (const QString &c : DeliveryRules::channels())
        ui->channelCombo->addItem(DeliveryRules::channelName(c), c);
    const QList<QCheckBox *> checks{ui->belongingsCheck, ui->keysCheck, ui->oldPartsCheck,
                                    ui->documentsCheck};
    const QStringList items = DeliveryRules::pickupItems();
    for (int i = 0; i < checks.size(); ++i) {
        checks[i]->setText(DeliveryRules::pickupItemName(items[i]));
        checks[i]->setProperty("item", items[i]);
    }
    ui->newPromiseEdit->setEnabled(false);
    connect(ui->newPromiseCheck, &QCheckBox::toggled, ui->newPromiseEdit, &QWidget::setEnabled);
    connect(ui->kindCombo, &QComboBox::currentIndexChanged, this, [this] {
        const bool delay = ui->kindCombo->currentData().toString() == QLatin1String("delay");
        ui->newPromiseCheck->setEnabled(delay);
        ui->newPromiseCheck->setChecked(delay);
    });
    connect(ui->logButton, &QPushButton::clicked, this, &DeliveryDialog::logNotification);
    connect(ui->deliverButton, &QPushButton::clicked, this, &DeliveryDialog::deliver);
    load();
    const bool delay = DeliveryRules::delayNotificationDue(m_order.state, m_order.promisedAt,
                                                           QDateTime::currentDateTimeUtc());
    ui->kindCombo->setCurrentIndex(delay ? 1 : 0);
    ui->newPromiseCheck->setEnabled(delay);
    ui->newPromiseCheck->setChecked(delay);
    ui->newPromiseEdit->setDateTime(
        (m_order.promisedAt.isValid() ? m_order.promisedAt : QDateTime::currentDateTimeUtc())
            .addSecs(3600)
            .toLocalTime());
    (m_order.is(WorkOrderState::Settled) ? static_cast<QWidget *>(ui->belongingsCheck) : ui->kindCombo)
        ->setFocus();
}

DeliveryDialog::~DeliveryDialog() = default;

void DeliveryDialog::load()
{
    try {
        m_order = WorkOrderStore(m_ctx.db).load(m_id);
        const QList<DeliveryNotification> log = DeliveryStore(m_ctx.db).notifications(m_id);
        ui->logTable->setRowCount(int(log.size()));
        for (int r = 0; r < log.size(); ++r) {
            const DeliveryNotification &n = log[r];
            ui->logTable->setItem(r, 0, cell(QLocale().toString(n.at.toLocalTime(), QLocale::ShortFormat)));
            ui->logTable->setItem(r, 1, cell(DeliveryRules::notificationKindName(n.kind)));
            ui->logTable->setItem(r, 2, cell(DeliveryRules::channelName(n.channel)));
            ui->logTable->setItem(r, 3, cell(n.by));
            QString reason = n.reason;
            if (n.newPromisedAt.isValid())
                reason += (reason.isEmpty() ? QString() : QStringLiteral(" · ")) +
                          tr("new promise %1")
                              .arg(QLocale().toString(n.newPromisedAt.toLocalTime(), QLocale::ShortFormat));
            ui->logTable->setItem(r, 4, cell(reason));
        }
    } catch (const StoreError &e) {
        ui::showMessage(ui->messageLabel, e.message());
        return;
    }
    const QDateTime due = DeliveryRules::notificationDue(m_order.openedAt, m_order.promisedAt);
    QString header =
        tr("<b>%1</b> · %2")
            .arg(m_order.number.toHtmlEscaped(), WorkOrderRules::stateName(m_order.state).toHtmlEscaped());
    if (m_order.promisedAt.isValid())
        header += QStringLiteral(" · ") +
                  tr("promised %1, tell the customer by <b>%2</b>")
                      .arg(QLocale().toString(m_order.promisedAt.toLocalTime(), QLocale::ShortFormat),
                           QLocale().toString(due.toLocalTime(), QLocale::ShortFormat));
    if (m_order.deliveredAt.isValid())
        header += QStringLiteral(" · ") +
                  tr("delivered %1")
                      .arg(QLocale().toString(m_order.deliveredAt.toLocalTime(), QLocale::ShortFormat));
    ui->headerLabel->setText(header);
    const bool open =
        !m_order.is(WorkOrderState::Delivered) && !m_order.is(WorkOrderState::Cancelled);
    ui->notifyBox->setEnabled(open && m_ctx.can(Permission::EditWorkOrders));
    const bool settled = m_order.is(WorkOrderState::Settled);
    ui->pickupBox->setEnabled(settled && m_ctx.can(Permission::EditWorkOrders));
    ui->deliverButton->setEnabled(settled && m_ctx.can(Permission::EditWorkOrders));
    if (!settled && open)
        ui->pickupBox->setTitle(tr("Pickup checklist (after settlement at the cashier desk)"));
}

void DeliveryDialog::logNotification()
{
    DeliveryNotification n;
    n.kind = ui->kindCombo->currentData().toString();
    n.channel = ui->channelCombo->currentData().toString();
    n.reason = ui->reasonEdit->text().trimmed();
    if (n.kind == QLatin1String("delay") && ui->newPromiseCheck->isChecked())
        n.newPromisedAt = ui->newPromiseEdit->dateTime().toUTC();
    try {
        Commands commands = m_ctx.commands();
        DeliveryStore(m_ctx.db).notify(commands, m_id, n);
    } catch (const StoreError &e) {
        ui::showMessage(ui->messageLabel, e.message());
        if (e.kind() == StoreError::Kind::Validation && n.reason.isEmpty())
            ui::focusField(ui->reasonEdit);
        return;
    }
    ui->reasonEdit->clear();
    load();
    ui::showMessage(ui->messageLabel,
                    tr("Logged: %1 by %2.")
                        .arg(DeliveryRules::notificationKindName(n.kind).toLower(),
                             DeliveryRules::channelName(n.channel).toLower()),
                    false);
}

void DeliveryDialog::deliver()
{
    QStringList picked;
    for (QCheckBox *c : {ui->belongingsCheck, ui->keysCheck, ui->oldPartsCheck, ui->documentsCheck})
        if (c->isChecked())
            picked << c->property("item").toString();
    int odometer = -1;
    const QString typed = ui->odometerEdit->text().trimmed().remove(QLatin1Char(',')).remove(QLatin1Char(' '));
    if (!typed.isEmpty()) {
        bool ok = false;
        odometer = typed.toInt(&ok);
        if (!ok || odometer < 0) {
            ui::showMessage(ui->messageLabel, tr("The odometer \"%1\" is not a number of km; type it as on the dashboard, "
                                                 "e.g. 52360, or leave it empty.")
                                                  .arg(ui->odometerEdit->text()));
            ui::focusField(ui->odometerEdit);
            return;
        }
    }
    try {
        Commands commands = m_ctx.commands();
        m_order = DeliveryStore(m_ctx.db).deliver(commands, m_id, m_order.version, picked, ui->remarksEdit->text(), odometer);
    } catch (const StoreError &e) {
        ui::showMessage(ui->messageLabel, e.message());
        if (e.field() == QLatin1String("odometer"))
            ui::focusField(ui->odometerEdit);
        return;
    }
    m_delivered = true;
    load();
    const QString at = QLocale().toString(m_order.deliveredAt.toLocalTime(), QLocale::ShortFormat);
    QString pickup;
    if (m_ctx.can(Permission::PrintDocuments)) {
        // The pickup: the release notice with what was handed back ticked, signed by the customer on screen, or
        // printed from the same preview for the pen and the gate.
        PrintPreviewDialog preview(m_ctx, QStringLiteral("release"), m_order.number, this);
        if (preview.isReady()) {
            const int issuedBefore = preview.historyRows();
            const bool signedBefore = preview.isSigned();
            preview.exec();
            bool signedEarlier = false; // at the till, before the checklist was ticked
            try {
                for (const IssuedDocument &d : DocumentStore(m_ctx.db).history(QStringLiteral("release"), m_order.number))
                    signedEarlier = signedEarlier || !d.signedBy.isEmpty();
            } catch (const StoreError &) {
                // The car is delivered either way; the message then only says what this preview did.
            }
            pickup = preview.isSigned() && !signedBefore      ? tr("the customer signed the pickup on screen")
                     : preview.historyRows() > issuedBefore ? tr("the release notice was printed or saved for the customer's signature")
                     : signedEarlier                        ? tr("the release notice signed earlier stands")
                                                             : tr("the pickup was neither signed nor printed");
        }
    }
    m_outcome = pickup.isEmpty() ? tr("Delivered at %1.").arg(at) : tr("Delivered at %1; %2.").arg(at, pickup);
    ui::showMessage(ui->messageLabel, m_outcome, false);
    if (QPushButton *close = ui->buttonBox->button(QDialogButtonBox::Close))
        close->setFocus(); // Enter closes: the car has gone
}

} // namespace dd
