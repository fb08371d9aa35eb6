#pragma once
#include <QDialog>
#include <memory>

#include "store/users.h"

namespace Ui {
class UsersDialog;
}

namespace dd {

struct AppContext;

// Settings > Users (administrators): add, edit roles, set a password, deactivate or reactivate.
class UsersDialog : public QDialog
{
    Q_OBJECT
public:
    explicit UsersDialog(AppContext &ctx, QWidget *parent = nullptr);
    ~UsersDialog() override;
    void reload();
    int rowCount() const;
    void selectLogin(const QString &login);

    void addUser();
    void editUser();
    void setPassword();
    void toggleActive();

private:
    std::optional<UserRecord> selected() const;
    void updateButtons();
    std::unique_ptr<Ui::UsersDialog> ui;
    AppContext &m_ctx;
    QList<UserRecord> m_users;
};

} // namespace dd
