#include "complaintdialog.h"

#include <QKeyEvent>
#include <QPushButton>

#include <QShortcut>

#include "appcontext.h"
#include "core/identifiers.h"
#include "core/localformat.h"
#include "store/followupstore.h"
#include "store/workorderstore.h"
#include "ui_complaintdialog.h"
#include "uihelpers.h"

namespace dd {

ComplaintDialog::ComplaintDialog(AppContext &ctx, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::ComplaintDialog>()), m_ctx(ctx)
{
    setUp();
    ui->headerLabel->setText(tr("Find the customer who complains, then write down what they said."));
    ui->findEdit->setFocus();
}

ComplaintDialog::ComplaintDialog(AppContext &ctx, const FollowUpCall &call, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::ComplaintDialog>()), m_ctx(ctx)
{
    setUp();
    m_customerId = call.customerId;
    m_followUpId = call.id;
    try {
        m_vehicleId = WorkOrderStore(m_ctx.db).load(call.workOrderId).vehicleId;
    } catch (const StoreError &e) {
        ui::showMessage(ui->messageLabel, e.message());
    }
    ui->findEdit->setText(call.customerName);
    ui->findEdit->setEnabled(false);
    ui->hitsList->hide();
    ui->headerLabel->setText(tr("From the %1 of <b>%2</b> (%3, %4).")
                                 .arg(FollowUpCodes::kinds().labelOf(call.kind).toLower().toHtmlEscaped(),
                                      call.customerName.toHtmlEscaped(), call.vehicleLabel.toHtmlEscaped(),
                                      call.workOrderNumber.toHtmlEscaped()));
    ui->sourceCombo->setCurrentIndex(ui->sourceCombo->findData(FollowUpCodes::complaintSources().code(ComplaintSource::FollowUp)));
    loadWorkOrders(call.workOrderId);
    ui->categoryCombo->setFocus();
}

ComplaintDialog::~ComplaintDialog() = default;

void ComplaintDialog::setUp()
{
    ui->setupUi(this);
    try {
        m_rules = FollowUpStore::rules(m_ctx.db);
    } catch (const StoreError &e) {
        ui::showMessage(ui->messageLabel, e.message());
    }
    for (const QString &c : FollowUpCodes::complaintSources().codes())
        ui->sourceCombo->addItem(FollowUpCodes::complaintSources().labelOf(c), c);
    ui->sourceCombo->setCurrentIndex(ui->sourceCombo->findData(FollowUpCodes::complaintSources().code(ComplaintSource::Counter)));
    for (const QString &c : FollowUpCodes::complaintCategories().codes())
        ui->categoryCombo->addItem(FollowUpCodes::complaintCategories().labelOf(c), c);
    for (const QString &c : FollowUpCodes::severities().codes())
        ui->severityCombo->addItem(FollowUpCodes::severities().labelOf(c), c);
    ui->workOrderCombo->addItem(tr("(not about one visit)"), 0);
    connect(ui->findEdit, &QLineEdit::textEdited, this, &ComplaintDialog::find);
    connect(ui->hitsList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_hits.size())
            choose(m_hits[row]);
    });
    connect(ui->severityCombo, &QComboBox::currentIndexChanged, this, &ComplaintDialog::showDeadlines);
    connect(ui->buttons, &QDialogButtonBox::accepted, this, &ComplaintDialog::accept);
    // Enter makes a new line in the customer's words; Ctrl+Enter registers from anywhere in the dialog.
    for (const QKeySequence &k : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        connect(new QShortcut(k, this), &QShortcut::activated, this, &ComplaintDialog::accept);
    connect(ui->buttons, &QDialogButtonBox::rejected, this, &ComplaintDialog::reject);
    // Down from the search field goes to the results, as at reception.
    ui->findEdit->installEventFilter(this);
    connect(ui->findEdit, &QLineEdit::returnPressed, this, [this] {
        if (!m_hits.isEmpty()) {
            ui->hitsList->setCurrentRow(0);
            ui->workOrderCombo->setFocus();
        }
    });
    showDeadlines();
}

void ComplaintDialog::find(const QString &text)
{
    m_hits.clear();
    ui->hitsList->clear();
    m_customerId = 0;
    m_vehicleId = 0;
    loadWorkOrders();
    if (text.trimmed().size() < 2)
        return;
    try {
        m_hits = Search(m_ctx.db).find(text.trimmed(), 8);
    } catch (const StoreError &e) {
        ui::showMessage(ui->messageLabel, e.message());
        return;
    }
    for (const SearchHit &h : std::as_const(m_hits))
        ui->hitsList->addItem(QStringLiteral("%1 · %2 · %3")
                                  .arg(h.customerName, h.plate.isEmpty() ? tr("no vehicle") : h.plate + QLatin1Char(' ') + h.vehicleText,
                                       Phone::masked(h.phone)));
}

void ComplaintDialog::choose(const SearchHit &hit)
{
    m_customerId = hit.customerId;
    m_vehicleId = hit.vehicleId;
    loadWorkOrders();
}

void ComplaintDialog::loadWorkOrders(qint64 selectWorkOrderId)
{
    ui->workOrderCombo->clear();
    ui->workOrderCombo->addItem(tr("(not about one visit)"), 0);
    if (m_vehicleId <= 0)
        return;
    try {
        for (const ComplaintStore::Visit &v : ComplaintStore(m_ctx.db).visitsOf(m_vehicleId, m_customerId))
            ui->workOrderCombo->addItem(QStringLiteral("%1 · %2").arg(v.number, LocalFormat::when(v.openedAt)), v.workOrderId);
    } catch (const StoreError &e) {
        ui::showMessage(ui->messageLabel, e.message());
    }
    const int at = ui->workOrderCombo->findData(selectWorkOrderId);
    ui->workOrderCombo->setCurrentIndex(selectWorkOrderId > 0 && at >= 0 ? at : (ui->workOrderCombo->count() > 1 ? 1 : 0));
}

void ComplaintDialog::showDeadlines()
{
    const ComplaintSeverity s = FollowUpCodes::severities().fromCode(ui->severityCombo->currentData().toString())
                                    .value_or(ComplaintSeverity::General);
    const ComplaintDeadlines d = FollowUpRules::deadlines(s, QDateTime::currentDateTime(), m_rules);
    ui->deadlineLabel->setText(
        (s == ComplaintSeverity::Major ? tr("A major complaint goes to the service manager at once. ") : QString()) +
        tr("First reply by %1, resolved by %2.").arg(LocalFormat::dateTime(d.replyBy), LocalFormat::dateTime(d.resolveBy)));
}

bool ComplaintDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == ui->findEdit && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down && !m_hits.isEmpty()) {
        ui->hitsList->setFocus();
        ui->hitsList->setCurrentRow(0);
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

QString ComplaintDialog::message() const
{
    return ui->messageLabel->text();
}

void ComplaintDialog::accept()
{
    ComplaintStore::NewComplaint n;
    n.customerId = m_customerId;
    n.vehicleId = m_vehicleId;
    n.workOrderId = ui->workOrderCombo->currentData().toLongLong();
    n.followUpId = m_followUpId;
    n.source = FollowUpCodes::complaintSources().fromCode(ui->sourceCombo->currentData().toString()).value_or(ComplaintSource::Counter);
    n.category = FollowUpCodes::complaintCategories().fromCode(ui->categoryCombo->currentData().toString()).value_or(ComplaintCategory::Other);
    n.severity = FollowUpCodes::severities().fromCode(ui->severityCombo->currentData().toString()).value_or(ComplaintSeverity::General);
    n.words = ui->wordsEdit->toPlainText();
    try {
        Commands commands = m_ctx.commands();
        m_registered = ComplaintStore(m_ctx.db).registerComplaint(commands, n);
    } catch (const StoreError &e) {
        ui::showMessage(ui->messageLabel, e.message()); // what was typed stays
        if (e.field() == QLatin1String("words"))
            ui->wordsEdit->setFocus();
        else if (e.field() == QLatin1String("customer"))
            ui::focusField(ui->findEdit);
        return;
    }
    QDialog::accept();
}

} // namespace dd
