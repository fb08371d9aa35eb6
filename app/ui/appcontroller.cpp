#include "appcontroller.h"

#include "store/changewatcher.h"
#include "filedialogs.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>

#include "appcontext.h"
#include "firstrundialog.h"
#include "idlelock.h"
#include "mainwindow.h"
#include "signindialog.h"
#include "store/bootstrap.h"
#include "store/setup.h"
#include "uihelpers.h"

namespace dd {

AppController::AppController(const QString &commandLineDb, const PasswordHasher &hasher)
    : m_commandLineDb(commandLineDb), m_hasher(hasher)
{
}

AppController::~AppController() = default;

int AppController::run()
{
    if (!openDatabase())
        return 1;
    if (!firstStartIfNeeded() || !signIn())
        return 0;
    showMainWindow();
    return QApplication::exec();
}

bool AppController::openDatabase()
{
    const DbTargets::Parsed target = Bootstrap::chooseTarget(m_commandLineDb);
    if (!target.ok()) {
        QMessageBox::critical(nullptr, tr("DealerDesk"), target.error);
        return false;
    }
    for (;;) {
        m_db = std::make_unique<Database>(target.target);
        try {
            const Bootstrap::Result r = Bootstrap::openAndMigrate(*m_db);
            if (!r.safetyCopy.isEmpty())
                QMessageBox::information(nullptr, tr("DealerDesk"),
                                         tr("The database was upgraded to schema version %1. A copy from before the "
                                            "upgrade is kept at %2.")
                                             .arg(r.toVersion)
                                             .arg(QDir::toNativeSeparators(r.safetyCopy)));
            break;
        } catch (const StoreError &e) {
            m_db.reset();
            const bool retry = e.kind() == StoreError::Kind::Connection || e.kind() == StoreError::Kind::Locked;
            QMessageBox box(retry ? QMessageBox::Warning : QMessageBox::Critical, tr("DealerDesk cannot open its database"),
                            e.message(), retry ? QMessageBox::Retry | QMessageBox::Close : QMessageBox::Close);
            box.setDetailedText(e.detail());
            box.setInformativeText(tr("Database: %1 (%2)").arg(target.target.displayLocation(), target.target.kindName()));
            if (box.exec() != QMessageBox::Retry)
                return false;
        }
    }
    if (!m_commandLineDb.isEmpty())
        Bootstrap::rememberTarget(target.target);
    // File dialogs refuse the database's own files and never start in its folder; and any dialog Qt opens by itself
    // falls back to the working folder, so that is moved away from the database too (issue 15: a dialog that reads
    // the database file to pick an icon drops SQLite's locks).
    ui::FileDialogs::setDatabase(m_db.get());
    if (m_db->isSqlite()
        && QDir::cleanPath(QDir::currentPath()) == QDir::cleanPath(QFileInfo(m_db->target().path).absolutePath()))
        QDir::setCurrent(ui::FileDialogs::startFolder(QStringLiteral("work"), m_db.get()));
    m_ctx = std::make_unique<AppContext>(*m_db, m_hasher);
    return true;
}

bool AppController::firstStartIfNeeded()
{
    std::optional<Users::FirstAdministrator> admin;
    QString dealershipName;
    try {
        if (!FirstStart::needed(m_ctx->users))
            return true;
        if (FirstStart::onlyPasswordNeeded(m_ctx->users)) {
            admin = m_ctx->users.firstAdministrator();
            dealershipName = m_ctx->dealership.load().name;
        }
    } catch (const StoreError &e) {
        ui::showError(nullptr, e);
        return false;
    }
    if (admin) {
        // A database filled by `dealerdesk demo` (or one with staff but no administrator who can sign in): keep
        // the dealership, only the administrator's password.
        FirstRunDialog dialog(
            [this](const QString &password) {
                const UserRecord u = FirstStart::setAdministratorPassword(*m_db, m_ctx->users, password,
                                                                          Database::stationName());
                QSettings().setValue(QStringLiteral("signin/last"), u.login);
            },
            admin->login, admin->displayName, dealershipName);
        return dialog.exec() == QDialog::Accepted;
    }
    FirstRunDialog dialog(
        [this](const FirstRunDialog::Input &in) {
            FirstStart::run(*m_db, m_ctx->users, m_ctx->dealership, in, Database::stationName());
            QSettings().setValue(QStringLiteral("signin/last"), in.login.trimmed().toLower());
        },
        true); // an empty database: the demo is on offer
    return dialog.exec() == QDialog::Accepted;
}

std::unique_ptr<SignInDialog> AppController::makeSignInDialog()
{
    auto dialog = std::make_unique<SignInDialog>(
        [this](const QString &login, const QString &password) {
            return m_ctx->users.signIn(login, password, Database::stationName());
        },
        [this](const QString &login) { return m_ctx->users.secondsUntilNextAttempt(login); });
    try {
        dialog->setDealership(m_ctx->dealership.load().name);
    } catch (const StoreError &) {
    }
    dialog->setDatabase(tr("%1: %2").arg(m_db->target().kindName(), m_db->target().displayLocation()));
    return dialog;
}

bool AppController::signIn()
{
    auto dialog = makeSignInDialog();
    dialog->setLastLogin(QSettings().value(QStringLiteral("signin/last")).toString());
    if (dialog->exec() != QDialog::Accepted)
        return false;
    m_ctx->session = dialog->session();
    QSettings().setValue(QStringLiteral("signin/last"), m_ctx->session.login);
    return true;
}

void AppController::showMainWindow()
{
    m_watcher = std::make_unique<ChangeWatcher>(*m_db);
    m_watcher->start();
    m_window = std::make_unique<MainWindow>(*m_ctx);
    connect(m_watcher.get(), &ChangeWatcher::trouble, m_window.get(), &MainWindow::showLiveTrouble);
    connect(m_window.get(), &MainWindow::lockRequested, this, &AppController::lock);
    connect(m_window.get(), &MainWindow::switchUserRequested, this, &AppController::lock);
    connect(m_window.get(), &MainWindow::dealershipChanged, this, &AppController::applyAutoLock);
    m_idle = std::make_unique<IdleLock>();
    connect(m_idle.get(), &IdleLock::idle, this, &AppController::lock);
    applyAutoLock();
    if (QSettings().contains(QStringLiteral("mainwindow/geometry")))
        m_window->show();
    else
        m_window->showMaximized(); // the first time at a counter PC: use the whole screen
    m_window->raise();
    m_window->activateWindow();
}

void AppController::applyAutoLock()
{
    try {
        m_idle->setMinutes(m_ctx->dealership.load().autoLockMinutes);
    } catch (const StoreError &) {
        // keep the last known setting; the database error shows where the user works
    }
}

void AppController::lock()
{
    // The window and what it shows disappear until a password is entered; nothing typed in it is lost.
    m_window->hide();
    auto dialog = makeSignInDialog();
    dialog->setLocked(m_ctx->session.displayName);
    dialog->setLastLogin(m_ctx->session.login);
    if (dialog->exec() != QDialog::Accepted) {
        QApplication::quit();
        return;
    }
    const bool switched = dialog->session().userId != m_ctx->session.userId;
    m_ctx->session = dialog->session();
    QSettings().setValue(QStringLiteral("signin/last"), m_ctx->session.login);
    if (switched)
        m_window->sessionChanged();
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
    applyAutoLock();
}

} // namespace dd
