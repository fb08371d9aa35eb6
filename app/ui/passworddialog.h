#pragma once
#include <QDialog>
#include <memory>

namespace Ui {
class PasswordDialog;
}

namespace dd {

struct AppContext;

// Sets a password: one's own (the current password is asked first) or, for an administrator, anyone's.
class PasswordDialog : public QDialog
{
    Q_OBJECT
public:
    PasswordDialog(AppContext &ctx, qint64 userId, bool own, QWidget *parent = nullptr);
    ~PasswordDialog() override;
    QString message() const;

public slots:
    void accept() override;

private:
    std::unique_ptr<Ui::PasswordDialog> ui;
    AppContext &m_ctx;
    qint64 m_userId;
    bool m_own;
};

} // namespace dd
