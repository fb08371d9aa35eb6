#include "usersdialog.h"

#include <QLocale>
#include <QMessageBox>

#include "core/localformat.h"
#include "appcontext.h"
#include "passworddialog.h"
#include "ui_usersdialog.h"
#include "uihelpers.h"
#include "usereditdialog.h"

namespace dd {

UsersDialog::UsersDialog(AppContext &ctx, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::UsersDialog>()), m_ctx(ctx)
{
    ui->setupUi(this);
    ui::clearMessage(ui->messageLabel);
    connect(ui->addButton, &QPushButton::clicked, this, &UsersDialog::addUser);
    connect(ui->editButton, &QPushButton::clicked, this, &UsersDialog::editUser);
    connect(ui->passwordButton, &QPushButton::clicked, this, &UsersDialog::setPassword);
    connect(ui->activeButton, &QPushButton::clicked, this, &UsersDialog::toggleActive);
    connect(ui->table, &QTableWidget::itemSelectionChanged, this, &UsersDialog::updateButtons);
    connect(ui->table, &QTableWidget::itemActivated, this, &UsersDialog::editUser);
    reload();
    ui->table->setFocus();
}

UsersDialog::~UsersDialog() = default;

int UsersDialog::rowCount() const
{
    return ui->table->rowCount();
}

void UsersDialog::reload()
{
    const QString keep = selected() ? selected()->login : QString();
    try {
        m_users = m_ctx.users.list();
    } catch (const StoreError &e) {
        ui::showMessage(ui->messageLabel, e.message());
        return;
    }
    const QStringList headers{tr("Sign-in name"), tr("Full name"), tr("Roles"), tr("State"), tr("Password"),
                              tr("Last sign-in")};
    ui->table->clear();
    ui->table->setColumnCount(headers.size());
    ui->table->setHorizontalHeaderLabels(headers);
    ui->table->setRowCount(m_users.size());
    for (int r = 0; r < m_users.size(); ++r) {
        const UserRecord &u = m_users[r];
        const QStringList cells{u.login,
                                u.displayName,
                                Roles::displayNames(u.roles),
                                u.active ? tr("Active") : tr("Deactivated"),
                                u.hasPassword ? tr("Set") : tr("Not set: cannot sign in"),
                                u.lastSignInAt.isValid() ? LocalFormat::dateTime(u.lastSignInAt.toLocalTime())
                                                         : tr("Never")};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (!u.active)
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            ui->table->setItem(r, c, item);
        }
    }
    ui->table->resizeColumnsToContents();
    selectLogin(keep.isEmpty() && !m_users.isEmpty() ? m_users.first().login : keep);
    updateButtons();
}

void UsersDialog::selectLogin(const QString &login)
{
    for (int r = 0; r < m_users.size(); ++r) {
        if (m_users[r].login == login) {
            ui->table->selectRow(r);
            ui->table->setCurrentCell(r, 0);
            return;
        }
    }
}

std::optional<UserRecord> UsersDialog::selected() const
{
    const int r = ui->table->currentRow();
    if (r < 0 || r >= m_users.size())
        return std::nullopt;
    return m_users[r];
}

void UsersDialog::updateButtons()
{
    const auto u = selected();
    ui->editButton->setEnabled(u.has_value());
    ui->passwordButton->setEnabled(u.has_value());
    ui->activeButton->setEnabled(u.has_value());
    ui->activeButton->setText(u && !u->active ? tr("Re&activate") : tr("&Deactivate"));
}

void UsersDialog::addUser()
{
    UserEditDialog dialog(m_ctx, std::nullopt, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        selectLogin(dialog.savedLogin());
    }
}

void UsersDialog::editUser()
{
    const auto u = selected();
    if (!u)
        return;
    UserEditDialog dialog(m_ctx, u, this);
    dialog.exec();
    reload();
}

void UsersDialog::setPassword()
{
    const auto u = selected();
    if (!u)
        return;
    PasswordDialog dialog(m_ctx, u->id, u->id == m_ctx.session.userId, this);
    dialog.exec();
    reload();
}

void UsersDialog::toggleActive()
{
    const auto u = selected();
    if (!u)
        return;
    if (u->active
        && QMessageBox::question(this, tr("Deactivate user"),
                                 tr("Deactivate %1 (%2)? They can no longer sign in; their name stays on the records "
                                    "they made. You can reactivate them later.")
                                     .arg(u->displayName, u->login))
               != QMessageBox::Yes)
        return;
    try {
        Commands commands = m_ctx.commands();
        m_ctx.users.setActive(commands, u->id, u->version, !u->active);
        ui::clearMessage(ui->messageLabel);
    } catch (const StoreError &e) {
        ui::showMessage(ui->messageLabel, e.message());
    }
    reload();
}

} // namespace dd
