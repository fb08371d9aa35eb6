#include "firstrundialog.h"

#include <QPushButton>

#include "core/credentials.h"
#include "store/storeerror.h"
#include "ui_firstrundialog.h"
#include "uihelpers.h"

namespace dd {

FirstRunDialog::FirstRunDialog(Submit submit, bool demoAvailable, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::FirstRunDialog>()), m_submit(std::move(submit))
{
    ui->setupUi(this);
    ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("&Quit"));
    ui->demoRadio->setEnabled(demoAvailable);
    if (!demoAvailable)
        ui->demoRadio->setToolTip(tr("This database already holds a dealership's data."));
    ui::clearMessage(ui->messageLabel);
    connect(ui->emptyRadio, &QRadioButton::toggled, this, &FirstRunDialog::updateEnabled);
    updateEnabled();
    ui->loginEdit->setFocus();
}

FirstRunDialog::~FirstRunDialog() = default;

void FirstRunDialog::updateEnabled()
{
    ui->dealershipEdit->setEnabled(ui->emptyRadio->isChecked());
    ui->dealershipLabel->setEnabled(ui->emptyRadio->isChecked());
}

FirstRunDialog::Input FirstRunDialog::input() const
{
    return {ui->loginEdit->text().trimmed(), ui->nameEdit->text().trimmed(), ui->passwordEdit->text(),
            ui->dealershipEdit->text().trimmed(), ui->demoRadio->isChecked()};
}

void FirstRunDialog::accept()
{
    const Input in = input();
    ui::FieldChecks checks;
    checks.add(Credentials::validateLogin(in.login), ui->loginEdit);
    checks.add(Credentials::validateDisplayName(in.fullName), ui->nameEdit);
    checks.add(Credentials::validatePassword(in.password, in.login), ui->passwordEdit);
    if (in.password != ui->repeatEdit->text())
        checks.error(tr("The two passwords differ; type the same password twice."), ui->repeatEdit);
    if (!in.demo && in.dealershipName.isEmpty())
        checks.error(tr("Enter the dealership's name; it is printed on every form."), ui->dealershipEdit);
    if (!checks.report(ui->messageLabel))
        return;
    try {
        m_submit(in);
    } catch (const StoreError &e) {
        ui::showMessage(ui->messageLabel, e.message());
        return;
    }
    QDialog::accept();
}

void FirstRunDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        ui->retranslateUi(this);
    QDialog::changeEvent(event);
}

} // namespace dd
