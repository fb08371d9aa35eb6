#pragma once
#include <QDialog>
#include <QTimer>
#include <functional>
#include <memory>

#include "store/session.h"

namespace Ui {
class SignInDialog;
}

namespace dd {

// Sign-in at start, and the lock screen of a shared counter PC: the same user continues, or another
// signs in (switch user). After repeated wrong passwords the button waits, with a countdown.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    using Submit = std::function<Session(const QString &login, const QString &password)>;
    using WaitFor = std::function<int(const QString &login)>; // seconds until the next attempt

    SignInDialog(Submit submit, WaitFor waitFor, QWidget *parent = nullptr);
    ~SignInDialog() override;

    void setDealership(const QString &name);
    void setDatabase(const QString &description);
    void setLastLogin(const QString &login);
    // Lock mode: names who is signed in; "Quit" becomes "Quit DealerDesk".
    void setLocked(const QString &signedInName);
    Session session() const { return m_session; }

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void tick();
    void retranslate();
    std::unique_ptr<Ui::SignInDialog> ui;
    Submit m_submit;
    WaitFor m_waitFor;
    Session m_session;
    QString m_lockedName;
    QTimer m_countdown;
    int m_secondsLeft = 0;
};

} // namespace dd
