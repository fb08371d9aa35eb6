#pragma once
#include <QObject>
#include <memory>

namespace dd {

class ChangeWatcher;

class Database;
class PasswordHasher;
class MainWindow;
class SignInDialog;
class IdleLock;
struct AppContext;

// The GUI's flow: open the database (with retry on a server that is down or a file that is locked), the first
// start, sign-in, the shell, and lock / switch user on the shared counter PC.
class AppController : public QObject
{
    Q_OBJECT
public:
    AppController(const QString &commandLineDb, const PasswordHasher &hasher);
    ~AppController() override;
    // Runs the whole GUI; returns the exit code.
    int run();

    // The steps, each false when the user gave up (quit).
    bool openDatabase();
    bool firstStartIfNeeded();
    bool signIn();
    void showMainWindow();
    void lock();

    AppContext *context() const { return m_ctx.get(); }
    MainWindow *mainWindow() const { return m_window.get(); }

private:
    std::unique_ptr<SignInDialog> makeSignInDialog();
    void applyAutoLock();
    QString m_commandLineDb;
    const PasswordHasher &m_hasher;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AppContext> m_ctx;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<IdleLock> m_idle;
    std::unique_ptr<ChangeWatcher> m_watcher; // the other stations' commits, for every screen
};

} // namespace dd
