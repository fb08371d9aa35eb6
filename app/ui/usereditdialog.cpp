#include "usereditdialog.h"

#include <QPushButton>

#include "appcontext.h"
#include "core/credentials.h"
#include "store/passwordpolicy.h"
#include "ui_usereditdialog.h"
#include "uihelpers.h"

namespace dd {

UserEditDialog::UserEditDialog(AppContext &ctx, std::optional<UserRecord> existing, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::UserEditDialog>()), m_ctx(ctx), m_existing(std::move(existing))
{
    ui->setupUi(this);
    ui::clearMessage(ui->messageLabel);
    if (m_existing) {
        setWindowTitle(tr("Edit user %1").arg(m_existing->login));
        ui->loginEdit->setText(m_existing->login);
        ui->loginEdit->setReadOnly(true);
        ui->nameEdit->setText(m_existing->displayName);
        for (auto [role, box] : roleBoxes())
            box->setChecked(m_existing->roles.contains(role));
        for (QWidget *w : {static_cast<QWidget *>(ui->passwordEdit), static_cast<QWidget *>(ui->repeatEdit),
                           static_cast<QWidget *>(ui->passwordLabel), static_cast<QWidget *>(ui->repeatLabel)})
            w->setVisible(false);
        ui->nameEdit->setFocus();
    } else {
        setWindowTitle(tr("Add user"));
        ui->advisorCheck->setChecked(true);
        ui->loginEdit->setFocus();
    }
}

UserEditDialog::~UserEditDialog() = default;

QList<std::pair<Role, QCheckBox *>> UserEditDialog::roleBoxes() const
{
    return {{Role::ServiceAdvisor, ui->advisorCheck},
            {Role::WorkshopController, ui->controllerCheck},
            {Role::Cashier, ui->cashierCheck},
            {Role::CustomerService, ui->clerkCheck},
            {Role::ServiceManager, ui->managerCheck},
            {Role::Administrator, ui->adminCheck}};
}

QList<Role> UserEditDialog::roles() const
{
    QList<Role> out;
    for (auto [role, box] : roleBoxes())
        if (box->isChecked())
            out << role;
    return out;
}

QString UserEditDialog::message() const
{
    return ui->messageLabel->text();
}

void UserEditDialog::accept()
{
    ui::FieldChecks checks;
    if (!m_existing)
        checks.add(Credentials::validateLogin(ui->loginEdit->text()), ui->loginEdit);
    checks.add(Credentials::validateDisplayName(ui->nameEdit->text()), ui->nameEdit);
    if (!m_existing) {
        checks.add(PasswordPolicy::standard().check(ui->passwordEdit->text(), ui->loginEdit->text(),
                                                    ui->nameEdit->text().trimmed()),
                   ui->passwordEdit);
        if (ui->passwordEdit->text() != ui->repeatEdit->text())
            checks.error(tr("The two passwords differ; type the same password twice."), ui->repeatEdit);
    }
    if (roles().isEmpty())
        checks.error(tr("Tick at least one role."), ui->advisorCheck);
    if (!checks.report(ui->messageLabel))
        return;
    try {
        Commands commands = m_ctx.commands();
        if (m_existing)
            m_ctx.users.update(commands, m_existing->id, m_existing->version, ui->nameEdit->text(), roles());
        else
            m_ctx.users.add(commands, ui->loginEdit->text(), ui->nameEdit->text(), roles(), ui->passwordEdit->text());
    } catch (const StoreError &e) {
        ui::showMessage(ui->messageLabel, e.message());
        return;
    }
    m_savedLogin = Credentials::normalizeLogin(ui->loginEdit->text());
    QDialog::accept();
}

} // namespace dd
