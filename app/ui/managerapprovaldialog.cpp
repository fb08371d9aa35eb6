#include "managerapprovaldialog.h"

#include <QPushButton>

#include "ui_managerapprovaldialog.h"
#include "uihelpers.h"

namespace dd
{

ManagerApprovalDialog::ManagerApprovalDialog(const QString &what, bool askCredentials, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::ManagerApprovalDialog>()), m_askCredentials(askCredentials)
{
    ui->setupUi(this);
    ui->whatLabel->setText(what);
    for (QWidget *w : {static_cast<QWidget *>(ui->loginLabel), static_cast<QWidget *>(ui->loginEdit),
                       static_cast<QWidget *>(ui->passwordLabel), static_cast<QWidget *>(ui->passwordEdit)})
        w->setVisible(askCredentials);
    (askCredentials ? ui->loginEdit : ui->reasonEdit)->setFocus();
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        ui::FieldChecks checks;
        if (m_askCredentials && ui->loginEdit->text().trimmed().isEmpty())
            checks.error(tr("The service manager enters their sign-in name."), ui->loginEdit);
        if (m_askCredentials && ui->passwordEdit->text().isEmpty())
            checks.error(tr("The service manager enters their password."), ui->passwordEdit);
        if (ui->reasonEdit->text().trimmed().isEmpty())
            checks.error(tr("Give the reason; it is recorded and printed."), ui->reasonEdit);
        if (checks.report(ui->messageLabel))
            accept();
    });
}

ManagerApprovalDialog::~ManagerApprovalDialog() = default;

ManagerApproval ManagerApprovalDialog::approval() const
{
    return {ui->loginEdit->text().trimmed(), ui->passwordEdit->text(), ui->reasonEdit->text().trimmed()};
}

} // namespace dd
