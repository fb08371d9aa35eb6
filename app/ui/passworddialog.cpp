#include "passworddialog.h"

#include "appcontext.h"
#include "store/passwordpolicy.h"
#include "ui_passworddialog.h"
#include "uihelpers.h"

namespace dd {

PasswordDialog::PasswordDialog(AppContext &ctx, qint64 userId, bool own, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::PasswordDialog>()), m_ctx(ctx), m_userId(userId), m_own(own)
{
    ui->setupUi(this);
    ui::clearMessage(ui->messageLabel);
    const auto user = m_ctx.users.byId(userId);
    const QString who = user ? QStringLiteral("%1 (%2)").arg(user->displayName, user->login) : QString();
    setWindowTitle(own ? tr("Change my password") : tr("Set password for %1").arg(who));
    ui->introLabel->setText(own ? tr("Choose a new password for %1.").arg(who)
                                : tr("Set a new password for %1 and tell it to them in person. They can change it "
                                     "afterwards under File > Change my password.")
                                      .arg(who));
    ui->currentEdit->setVisible(own);
    ui->currentLabel->setVisible(own);
    (own ? ui->currentEdit : ui->passwordEdit)->setFocus();
}

PasswordDialog::~PasswordDialog() = default;

QString PasswordDialog::message() const
{
    return ui->messageLabel->text();
}

void PasswordDialog::accept()
{
    const auto user = m_ctx.users.byId(m_userId);
    if (!user) {
        ui::showMessage(ui->messageLabel, tr("That user no longer exists."));
        return;
    }
    ui::FieldChecks checks;
    if (m_own && !m_ctx.users.checkPassword(m_userId, ui->currentEdit->text()))
        checks.error(tr("The current password is not right."), ui->currentEdit);
    checks.add(PasswordPolicy::standard().check(ui->passwordEdit->text(), user->login, user->displayName),
               ui->passwordEdit);
    if (ui->passwordEdit->text() != ui->repeatEdit->text())
        checks.error(tr("The two passwords differ; type the same password twice."), ui->repeatEdit);
    if (!checks.report(ui->messageLabel))
        return;
    try {
        Commands commands = m_ctx.commands();
        m_ctx.users.setPassword(commands, m_userId, user->version, ui->passwordEdit->text());
    } catch (const StoreError &e) {
        ui::showMessage(ui->messageLabel, e.message());
        return;
    }
    QDialog::accept();
}

} // namespace dd
