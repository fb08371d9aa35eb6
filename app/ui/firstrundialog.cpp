#include "firstrundialog.h"

#include "demo/demo.h"

#include <QPushButton>

#include "core/credentials.h"
#include "store/passwordpolicy.h"
#include "store/storeerror.h"
#include "ui_firstrundialog.h"
#include "uihelpers.h"

namespace dd {

FirstRunDialog::FirstRunDialog(Submit submit, bool demoAvailable, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::FirstRunDialog>()), m_submit(std::move(submit))
{
    setUp();
    ui->demoRadio->setEnabled(demoAvailable);
    if (!demoAvailable)
        ui->demoRadio->setToolTip(tr("This database already holds a dealership's data."));
    ui->loginEdit->setFocus();
}

FirstRunDialog::FirstRunDialog(SubmitPassword submit, const QString &login, const QString &fullName,
                               const QString &dealershipName, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::FirstRunDialog>()), m_submitPassword(std::move(submit))
{
    setUp();
    ui->loginEdit->setText(login);
    ui->nameEdit->setText(fullName);
    ui->keptDealershipEdit->setText(dealershipName);
    for (QLineEdit *e : {ui->loginEdit, ui->nameEdit}) {
        e->setReadOnly(true);
        e->setFocusPolicy(Qt::NoFocus);
    }
    ui->dealershipEdit->setText(dealershipName);
    ui->passwordEdit->setFocus();
    adjustSize(); // fewer fields than the full first start
}

FirstRunDialog::~FirstRunDialog() = default;

void FirstRunDialog::setUp()
{
    ui->setupUi(this);
    ui::clearMessage(ui->messageLabel);
    connect(ui->emptyRadio, &QRadioButton::toggled, this, &FirstRunDialog::updateEnabled);
    applyMode();
    updateEnabled();
}

void FirstRunDialog::applyMode()
{
    const bool only = passwordOnly();
    ui->buttonBox->button(QDialogButtonBox::Ok)->setText(only ? tr("&Set password") : tr("&Create"));
    ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("&Quit"));
    ui->startGroup->setVisible(!only);
    ui->keptGroup->setVisible(only);
    if (!only)
        return;
    ui->titleLabel->setText(tr("Set the administrator's password"));
    ui->introLabel->setText(tr("This database already holds a dealership and its staff, but no administrator can "
                               "sign in yet. Choose the administrator's password; DealerDesk has no default "
                               "password. Then the administrator sets the staff's passwords under Settings > Users."));
}

void FirstRunDialog::updateEnabled()
{
    ui->dealershipEdit->setEnabled(ui->emptyRadio->isChecked());
    ui->dealershipLabel->setEnabled(ui->emptyRadio->isChecked());
}

FirstRunDialog::Input FirstRunDialog::input() const
{
    Input in{ui->loginEdit->text().trimmed(), ui->nameEdit->text().trimmed(), ui->passwordEdit->text(),
             ui->dealershipEdit->text().trimmed(), {}};
    if (!passwordOnly() && ui->demoRadio->isChecked())
        in.demo = &Demo::loadIn;
    return in;
}

void FirstRunDialog::accept()
{
    const Input in = input();
    ui::FieldChecks checks;
    if (!passwordOnly()) {
        checks.add(Credentials::validateLogin(in.login), ui->loginEdit);
        checks.add(Credentials::validateDisplayName(in.fullName), ui->nameEdit);
    }
    checks.add(PasswordPolicy::standard().check(in.password, in.login, in.fullName), ui->passwordEdit);
    if (in.password != ui->repeatEdit->text())
        checks.error(tr("The two passwords differ; type the same password twice."), ui->repeatEdit);
    if (!passwordOnly() && !in.demo && in.dealershipName.isEmpty())
        checks.error(tr("Enter the dealership's name; it is printed on every form."), ui->dealershipEdit);
    if (!checks.report(ui->messageLabel))
        return;
    try {
        if (passwordOnly())
            m_submitPassword(in.password);
        else
            m_submit(in);
    } catch (const StoreError &e) {
        ui::showMessage(ui->messageLabel, e.message());
        return;
    }
    QDialog::accept();
}

void FirstRunDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        applyMode();
    }
    QDialog::changeEvent(event);
}

} // namespace dd
