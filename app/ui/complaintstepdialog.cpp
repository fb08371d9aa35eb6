#include "complaintstepdialog.h"

#include <QShortcut>

#include "appcontext.h"
#include "core/localformat.h"
#include "ui_complaintstepdialog.h"
#include "uihelpers.h"

namespace dd {

ComplaintStepDialog::ComplaintStepDialog(AppContext &ctx, const Complaint &complaint, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::ComplaintStepDialog>()), m_ctx(ctx), m_complaint(complaint)
{
    ui->setupUi(this);
    // A closed complaint takes only a reopening; an open one every step but that.
    for (const QString &a : FollowUpCodes::complaintActions().codes()) {
        const auto action = FollowUpCodes::complaintActions().fromCode(a);
        if (action == ComplaintAction::Received)
            continue;
        if ((action == ComplaintAction::Reopened) != complaint.is(ComplaintState::Closed))
            continue;
        ui->actionCombo->addItem(FollowUpCodes::complaintActions().labelOf(a), a);
    }
    ui->satisfiedCombo->addItem(tr("— ask the customer —"), QString());
    ui->satisfiedCombo->addItem(tr("Yes, satisfied: the complaint closes"), QStringLiteral("yes"));
    ui->satisfiedCombo->addItem(tr("No, not satisfied: it stays open"), QStringLiteral("no"));
    ui->handToCombo->addItem(tr("— choose a colleague —"), 0);
    try {
        for (const auto &[id, name] : ComplaintStore(m_ctx.db).handlers())
            if (id != complaint.responsibleId)
                ui->handToCombo->addItem(name, id);
    } catch (const StoreError &e) {
        ui::showMessage(ui->messageLabel, e.message());
    }
    ui->headerLabel->setText(
        tr("<b>%1</b> &nbsp; %2 · %3 · %4<br/>Responsible: %5. %6")
            .arg(complaint.number.toHtmlEscaped(), complaint.customerName.toHtmlEscaped(),
                 FollowUpCodes::complaintCategories().labelOf(complaint.category).toHtmlEscaped(),
                 FollowUpCodes::severities().labelOf(complaint.severity).toHtmlEscaped(), complaint.responsible.toHtmlEscaped(),
                 complaint.is(ComplaintState::Closed)
                     ? tr("Closed %1.").arg(LocalFormat::when(complaint.closedAt))
                     : tr("Resolve by %1.").arg(LocalFormat::when(complaint.resolveBy))));
    connect(ui->actionCombo, &QComboBox::currentIndexChanged, this, &ComplaintStepDialog::updateFields);
    connect(ui->buttons, &QDialogButtonBox::accepted, this, &ComplaintStepDialog::accept);
    // Enter makes a new line in the notes; Ctrl+Enter logs the step from anywhere in the dialog.
    for (const QKeySequence &k : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        connect(new QShortcut(k, this), &QShortcut::activated, this, &ComplaintStepDialog::accept);
    connect(ui->buttons, &QDialogButtonBox::rejected, this, &ComplaintStepDialog::reject);
    updateFields();
    ui->actionCombo->setFocus();
}

ComplaintStepDialog::~ComplaintStepDialog() = default;

void ComplaintStepDialog::setAction(ComplaintAction action)
{
    ui->actionCombo->setCurrentIndex(ui->actionCombo->findData(FollowUpCodes::complaintActions().code(action)));
}

QString ComplaintStepDialog::message() const
{
    return ui->messageLabel->text();
}

void ComplaintStepDialog::updateFields()
{
    const auto action = FollowUpCodes::complaintActions().fromCode(ui->actionCombo->currentData().toString());
    const bool order = action == ComplaintAction::Comeback || action == ComplaintAction::Goodwill;
    const bool handover = action == ComplaintAction::HandedOver;
    const bool callBack = action == ComplaintAction::CalledBack;
    for (QWidget *w : {static_cast<QWidget *>(ui->workOrderEdit), static_cast<QWidget *>(ui->workOrderEditLabel)})
        w->setEnabled(order);
    for (QWidget *w : {static_cast<QWidget *>(ui->handToCombo), static_cast<QWidget *>(ui->handToComboLabel)})
        w->setEnabled(handover);
    for (QWidget *w : {static_cast<QWidget *>(ui->satisfiedCombo), static_cast<QWidget *>(ui->satisfiedComboLabel)})
        w->setEnabled(callBack);
    QString hint;
    if (action == ComplaintAction::Goodwill)
        hint = tr("Goodwill is a line paid as goodwill on a new work order: open it at reception, then note its number.");
    else if (action == ComplaintAction::Comeback)
        hint = tr("Open the comeback work order at reception (type: comeback), then note its number.");
    else if (callBack)
        hint = m_complaint.is(ComplaintSeverity::Major)
                   ? tr("A major complaint: the service manager makes the closing call-back.")
                   : tr("Ask whether the customer is satisfied with how it was handled; only a satisfied customer closes it.");
    else if (action == ComplaintAction::Replied && m_complaint.is(ComplaintSeverity::Major))
        hint = tr("A major complaint: the service manager gives the reply.");
    ui->hintLabel->setText(hint);
}

void ComplaintStepDialog::accept()
{
    ComplaintStore::Step s;
    s.action = FollowUpCodes::complaintActions().fromCode(ui->actionCombo->currentData().toString()).value_or(ComplaintAction::Called);
    s.notes = ui->notesEdit->toPlainText();
    if (ui->workOrderEdit->isEnabled())
        s.workOrderNumber = ui->workOrderEdit->text().trimmed();
    if (ui->handToCombo->isEnabled())
        s.handTo = ui->handToCombo->currentData().toLongLong();
    if (ui->satisfiedCombo->isEnabled() && !ui->satisfiedCombo->currentData().toString().isEmpty())
        s.satisfied = ui->satisfiedCombo->currentData().toString() == QLatin1String("yes");
    try {
        Commands commands = m_ctx.commands();
        m_complaint = ComplaintStore(m_ctx.db).logStep(commands, m_complaint.id, m_complaint.version, s);
    } catch (const StoreError &e) {
        ui::showMessage(ui->messageLabel, e.message()); // what was typed stays
        if (e.field() == QLatin1String("work_order"))
            ui::focusField(ui->workOrderEdit);
        else if (e.field() == QLatin1String("hand_to"))
            ui->handToCombo->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace dd
