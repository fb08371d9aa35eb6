#pragma once
#include <QDialog>
#include <functional>
#include <memory>

#include "store/setup.h"

namespace Ui {
class FirstRunDialog;
}

namespace dd {

// First start on a database with no administrator who can sign in. On an empty database: the administrator's
// account, and an empty dealership or the demo one. On a database that already holds a dealership and its
// staff (filled by `dealerdesk demo`): only the administrator's password, the dealership's name and the
// administrator's sign-in name shown read-only. What is typed stays when saving fails; the reason is shown in
// the dialog.
class FirstRunDialog : public QDialog
{
    Q_OBJECT
public:
    using Input = FirstStart::Input;
    // Does the work; throws StoreError to keep the dialog open with the message.
    using Submit = std::function<void(const Input &)>;
    using SubmitPassword = std::function<void(const QString &password)>;

    FirstRunDialog(Submit submit, bool demoAvailable, QWidget *parent = nullptr);
    // Only the password of the administrator `login` (`fullName`) of the dealership `dealershipName`.
    FirstRunDialog(SubmitPassword submit, const QString &login, const QString &fullName,
                   const QString &dealershipName, QWidget *parent = nullptr);
    ~FirstRunDialog() override;
    Input input() const;
    bool passwordOnly() const { return bool(m_submitPassword); }

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void setUp();
    void applyMode();
    void updateEnabled();
    std::unique_ptr<Ui::FirstRunDialog> ui;
    Submit m_submit;
    SubmitPassword m_submitPassword;
};

} // namespace dd
