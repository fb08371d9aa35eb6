#include "followuprulesdialog.h"

#include <QPushButton>
#include <cmath>

#include "appcontext.h"
#include "store/dealershipstore.h"
#include "ui_followuprulesdialog.h"
#include "uihelpers.h"

namespace dd {

FollowUpRulesDialog::FollowUpRulesDialog(AppContext &ctx, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::FollowUpRulesDialog>()), m_ctx(ctx)
{
    ui->setupUi(this);
    connect(ui->buttons, &QDialogButtonBox::accepted, this, &FollowUpRulesDialog::accept);
    connect(ui->buttons, &QDialogButtonBox::rejected, this, &FollowUpRulesDialog::reject);
    connect(ui->buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] {
                show(FollowUpSettings{});
                ui->templateEdit->clear();
            });
    try {
        m_loaded = m_ctx.dealership.load();
    } catch (const StoreError &e) {
        ui::showMessage(ui->messageLabel, e.message());
        ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    }
    show(m_loaded.followUp);
    ui->templateEdit->setPlainText(m_loaded.fallbackTemplate);
    ui->templateEdit->setPlaceholderText(FollowUpRules::defaultFallbackTemplate());
    ui->bigJobYuanSpin->setFocus();
}

FollowUpRulesDialog::~FollowUpRulesDialog() = default;

void FollowUpRulesDialog::show(const FollowUpSettings &s)
{
    ui->bigJobYuanSpin->setValue(int(s.bigJobFen / 100));
    ui->bigJobHoursSpin->setValue(s.bigJobCentiHours / 100.0);
    ui->firstCallSpin->setValue(s.firstCallDay);
    ui->secondCallSpin->setValue(s.secondCallAfterDays);
    ui->independentCheck->setChecked(s.independentCaller);
    ui->attemptsSpin->setValue(s.maxFailedAttempts);
    ui->fallbackDaysSpin->setValue(s.fallbackAfterDays);
    ui->surveyGapSpin->setValue(s.surveyGapDays);
    ui->lowScoreSpin->setValue(s.lowScore);
    ui->replyGeneralSpin->setValue(s.replyHoursGeneral);
    ui->resolveGeneralSpin->setValue(s.resolveHoursGeneral);
    ui->replyMajorSpin->setValue(s.replyHoursMajor);
    ui->resolveMajorSpin->setValue(s.resolveHoursMajor);
}

FollowUpSettings FollowUpRulesDialog::onScreen() const
{
    FollowUpSettings s;
    s.bigJobFen = Fen(ui->bigJobYuanSpin->value()) * 100;
    s.bigJobCentiHours = int(std::lround(ui->bigJobHoursSpin->value() * 100));
    s.firstCallDay = ui->firstCallSpin->value();
    s.secondCallAfterDays = ui->secondCallSpin->value();
    s.independentCaller = ui->independentCheck->isChecked();
    s.maxFailedAttempts = ui->attemptsSpin->value();
    s.fallbackAfterDays = ui->fallbackDaysSpin->value();
    s.surveyGapDays = ui->surveyGapSpin->value();
    s.lowScore = ui->lowScoreSpin->value();
    s.replyHoursGeneral = ui->replyGeneralSpin->value();
    s.resolveHoursGeneral = ui->resolveGeneralSpin->value();
    s.replyHoursMajor = ui->replyMajorSpin->value();
    s.resolveHoursMajor = ui->resolveMajorSpin->value();
    return s;
}

QString FollowUpRulesDialog::message() const
{
    return ui->messageLabel->text();
}

void FollowUpRulesDialog::accept()
{
    DealershipSettings s = m_loaded;
    s.followUp = onScreen();
    s.fallbackTemplate = ui->templateEdit->toPlainText().trimmed();
    const Validation v = FollowUpRules::validate(s.followUp);
    if (!v.ok()) {
        ui::showMessage(ui->messageLabel, v.errors.join(QStringLiteral("\n")));
        return;
    }
    try {
        Commands commands = m_ctx.commands();
        m_ctx.dealership.save(commands, s);
    } catch (const StoreError &e) {
        ui::showMessage(ui->messageLabel, e.message()); // what is on screen stays
        return;
    }
    QDialog::accept();
}

} // namespace dd
