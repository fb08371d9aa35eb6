#include "signindialog.h"

#include <QPushButton>

#include "store/storeerror.h"
#include "ui_signindialog.h"
#include "uihelpers.h"

namespace dd {

SignInDialog::SignInDialog(Submit submit, WaitFor waitFor, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::SignInDialog>()), m_submit(std::move(submit)),
      m_waitFor(std::move(waitFor))
{
    ui->setupUi(this);
    ui::clearMessage(ui->messageLabel);
    ui->stateLabel->setVisible(false);
    // Quieter than the fields, readable on light and dark palettes alike.
    QPalette quiet = ui->databaseLabel->palette();
    quiet.setColor(QPalette::WindowText, quiet.color(QPalette::PlaceholderText));
    ui->databaseLabel->setPalette(quiet);
    m_countdown.setInterval(1000);
    m_countdown.setTimerType(Qt::PreciseTimer); // a coarse timer may fire early and enable the button too soon
    connect(&m_countdown, &QTimer::timeout, this, &SignInDialog::tick);
    retranslate();
    ui->loginEdit->setFocus();
}

SignInDialog::~SignInDialog() = default;

void SignInDialog::retranslate()
{
    ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Sign in"));
    ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(m_lockedName.isEmpty() ? tr("&Quit")
                                                                                    : tr("&Quit DealerDesk"));
    if (!m_lockedName.isEmpty())
        ui->stateLabel->setText(tr("Locked. %1 is signed in at this PC: enter the password to continue, or sign in "
                                   "as someone else to switch user.")
                                    .arg(m_lockedName));
}

void SignInDialog::setDealership(const QString &name)
{
    ui->dealershipLabel->setText(name.isEmpty() ? QStringLiteral("DealerDesk") : name);
}

void SignInDialog::setDatabase(const QString &description)
{
    ui->databaseLabel->setText(description);
}

void SignInDialog::setLastLogin(const QString &login)
{
    ui->loginEdit->setText(login);
    if (!login.isEmpty())
        ui->passwordEdit->setFocus();
}

void SignInDialog::setLocked(const QString &signedInName)
{
    m_lockedName = signedInName;
    ui->stateLabel->setVisible(true);
    setWindowTitle(tr("Locked - DealerDesk"));
    retranslate();
}

void SignInDialog::accept()
{
    if (m_secondsLeft > 0)
        return;
    const QString login = ui->loginEdit->text().trimmed();
    if (login.isEmpty()) {
        ui::showMessage(ui->messageLabel, tr("Enter your sign-in name."));
        ui->loginEdit->setFocus();
        return;
    }
    if (ui->passwordEdit->text().isEmpty()) {
        ui::showMessage(ui->messageLabel, tr("Enter your password."));
        ui->passwordEdit->setFocus();
        return;
    }
    try {
        m_session = m_submit(login, ui->passwordEdit->text());
    } catch (const StoreError &e) {
        ui::showMessage(ui->messageLabel, e.message());
        ui->passwordEdit->selectAll();
        ui->passwordEdit->setFocus();
        if (e.kind() == StoreError::Kind::SignIn && m_waitFor) {
            try {
                m_secondsLeft = m_waitFor(login);
            } catch (const StoreError &) {
                m_secondsLeft = 0;
            }
            if (m_secondsLeft > 0) {
                ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(false);
                ++m_secondsLeft; // tick() counts down one at once
                tick();
                m_countdown.start();
            }
        }
        return;
    }
    ui->passwordEdit->clear();
    QDialog::accept();
}

void SignInDialog::tick()
{
    --m_secondsLeft;
    QPushButton *ok = ui->buttonBox->button(QDialogButtonBox::Ok);
    if (m_secondsLeft <= 0) {
        m_countdown.stop();
        m_secondsLeft = 0;
        ok->setEnabled(true);
        ok->setText(tr("&Sign in"));
        ui->passwordEdit->setFocus();
        return;
    }
    ok->setText(tr("Wait %n s", nullptr, m_secondsLeft));
}

void SignInDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

} // namespace dd
