#include "followupcalldialog.h"

#include <QLocale>
#include <QPushButton>

#include "appcontext.h"
#include "core/identifiers.h"
#include "core/localformat.h"
#include "store/dealershipstore.h"
#include "store/workorderstore.h"
#include "ui_followupcalldialog.h"
#include "uihelpers.h"

namespace dd {

FollowUpCallDialog::FollowUpCallDialog(AppContext &ctx, const FollowUpCall &call, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::FollowUpCallDialog>()), m_ctx(ctx), m_call(call)
{
    ui->setupUi(this);
    for (const QString &o : FollowUpCodes::outcomes().codes())
        ui->outcomeCombo->addItem(FollowUpCodes::outcomes().labelOf(o), o);
    // Dialling is the one moment the whole number shows (elsewhere it is masked).
    ui->numberEdit->setText(Phone::display(call.phone));
    ui->callBackEdit->setDateTime(QDateTime::currentDateTime().addSecs(2 * 3600));
    connect(ui->outcomeCombo, &QComboBox::currentIndexChanged, this, &FollowUpCallDialog::updateFields);
    connect(ui->buttons, &QDialogButtonBox::accepted, this, &FollowUpCallDialog::accept);
    connect(ui->buttons, &QDialogButtonBox::rejected, this, &FollowUpCallDialog::reject);
    ui->headerLabel->setText(
        QStringLiteral("<b>%1</b> &nbsp; %2 &nbsp;·&nbsp; %3 &nbsp;·&nbsp; %4")
            .arg(FollowUpCodes::kinds().labelOf(call.kind).toHtmlEscaped(), call.customerName.toHtmlEscaped(),
                 call.vehicleLabel.toHtmlEscaped(), call.workOrderNumber.toHtmlEscaped()));
    try {
        m_surveyRefusal = FollowUpStore(m_ctx.db).surveyRefusal(call, QDate::currentDate());
    } catch (const StoreError &e) {
        m_surveyRefusal = e.message();
    }
    showScript();
    updateFields();
    ui->outcomeCombo->setFocus();
}

FollowUpCallDialog::~FollowUpCallDialog() = default;

void FollowUpCallDialog::showScript()
{
    try {
        const WorkOrder o = WorkOrderStore(m_ctx.db).load(m_call.workOrderId);
        const WorkOrderTotals t = o.totals(DealershipStore(m_ctx.db).load().vatRateBp);
        QStringList done, open;
        for (const WorkOrderLine &l : o.lines) {
            if (l.counts() && !l.is(LineKind::Part))
                done << l.description.toHtmlEscaped();
            else if (l.is(LineStatus::Deferred))
                open << tr("%1 (deferred to %2)").arg(l.description.toHtmlEscaped(), QLocale().toString(l.dueDate, QLocale::ShortFormat));
            else if (l.is(LineStatus::Declined))
                open << tr("%1 (declined)").arg(l.description.toHtmlEscaped());
        }
        QString html = tr("Work done: %1. Amount %2. Served by %3; the car left %4.")
                           .arg(done.isEmpty() ? tr("none recorded") : done.join(tr(", ")), money::yuan(t.total),
                                o.advisorName.toHtmlEscaped(),
                                o.deliveredAt.isValid() ? LocalFormat::when(o.deliveredAt) : QStringLiteral("—"));
        if (!open.isEmpty())
            html += QStringLiteral("<br/>") + tr("Still open: %1.").arg(open.join(tr(", ")));
        html += QStringLiteral("<br/>") + (m_call.survey ? tr("Ask how the visit went, and the satisfaction questions.")
                                                          : tr("Ask whether the repair holds; no survey on this call."));
        ui->scriptLabel->setText(html);
    } catch (const StoreError &e) {
        ui->scriptLabel->setText(e.message().toHtmlEscaped());
    }
}

void FollowUpCallDialog::setOutcome(CallOutcome outcome)
{
    ui->outcomeCombo->setCurrentIndex(ui->outcomeCombo->findData(FollowUpCodes::outcomes().code(outcome)));
}

QString FollowUpCallDialog::message() const
{
    return ui->messageLabel->text();
}

void FollowUpCallDialog::updateFields()
{
    const bool later = ui->outcomeCombo->currentData().toString() == FollowUpCodes::outcomes().code(CallOutcome::CallBack);
    ui->callBackEdit->setEnabled(later);
    ui->callBackEditLabel->setEnabled(later);
    const bool reached = ui->outcomeCombo->currentData().toString() == FollowUpCodes::outcomes().code(CallOutcome::Reached);
    ui->surveyBox->setVisible(reached && m_surveyRefusal.isEmpty());
    ui->surveyNoteLabel->setVisible(reached && !m_surveyRefusal.isEmpty());
    ui->surveyNoteLabel->setText(m_surveyRefusal);
}

bool FollowUpCallDialog::surveyOffered() const
{
    return ui->surveyBox->isVisibleTo(this);
}

void FollowUpCallDialog::accept()
{
    FollowUpStore::Attempt a;
    a.outcome = FollowUpCodes::outcomes().fromCode(ui->outcomeCombo->currentData().toString()).value_or(CallOutcome::NoAnswer);
    a.number = ui->numberEdit->text().trimmed();
    a.notes = ui->notesEdit->text().trimmed();
    if (a.outcome == CallOutcome::CallBack)
        a.callBackAt = ui->callBackEdit->dateTime().toUTC();
    if (a.outcome == CallOutcome::Reached && m_surveyRefusal.isEmpty()) {
        const SurveyScores s{ui->initiationSpin->value(), ui->advisorSpin->value(), ui->facilitySpin->value(),
                             ui->pickupSpin->value(), ui->qualitySpin->value(), ui->recommendSpin->value()};
        const QString comment = ui->commentEdit->text().trimmed();
        bool answered = s.recommend >= 0;
        for (const int f : s.factors())
            answered = answered || f > 0;
        // A customer who would not answer the questions: the call is logged without a questionnaire (and no
        // survey gap starts); what they said goes with the call's notes.
        if (answered) {
            a.survey = s;
            a.comment = comment;
        } else if (!comment.isEmpty()) {
            a.notes = a.notes.isEmpty() ? comment : a.notes + QStringLiteral(" · ") + comment;
        }
    }
    try {
        Commands commands = m_ctx.commands();
        m_call = FollowUpStore(m_ctx.db).logAttempt(commands, m_call.id, m_call.version, a);
    } catch (const StoreError &e) {
        ui::showMessage(ui->messageLabel, e.message()); // what was typed stays
        if (e.field() == QLatin1String("call_back_at"))
            ui::focusField(ui->callBackEdit);
        return;
    }
    QDialog::accept();
}

} // namespace dd
