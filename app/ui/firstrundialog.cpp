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
    Validation v = Credentials::validateLogin(in.login);
    v.merge(Credentials::validateDisplayName(in.fullName));
    v.merge(Credentials::validatePassword(in.password, in.login));
    if (in.password != ui->repeatEdit->text())
        v.error(tr("The two passwords differ; type the same password twice."));
    if (!in.demo && in.dealershipName.isEmpty())
        v.error(tr("Enter the dealership's name; it is printed on every form."));
    if (!v.ok()) {
        ui::showMessage(ui->messageLabel, v.errors.join(QLatin1Char('\n')));
        return;
    }
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
