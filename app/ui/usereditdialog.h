#pragma once
#include <QDialog>
#include <memory>
#include <optional>

#include "store/users.h"

class QCheckBox;

namespace Ui {
class UserEditDialog;
}

namespace dd {

struct AppContext;

// Adds a user (name, full name, password, roles) or edits one (full name and roles; the sign-in name stays).
class UserEditDialog : public QDialog
{
    Q_OBJECT
public:
    UserEditDialog(AppContext &ctx, std::optional<UserRecord> existing, QWidget *parent = nullptr);
    ~UserEditDialog() override;
    QString savedLogin() const { return m_savedLogin; }
    QString message() const;

public slots:
    void accept() override;

private:
    QList<Role> roles() const;
    QList<std::pair<Role, QCheckBox *>> roleBoxes() const;
    std::unique_ptr<Ui::UserEditDialog> ui;
    AppContext &m_ctx;
    std::optional<UserRecord> m_existing;
    QString m_savedLogin;
};

} // namespace dd
