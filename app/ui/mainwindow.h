#pragma once
#include <QKeySequence>
#include <QMainWindow>
#include <QMutex>
#include <memory>

#include "backgroundread.h"
#include "workstation.h"

class QLabel;
class QActionGroup;

namespace Ui {
class MainWindow;
}

namespace dd {

struct AppContext;
// The shell: a navigator of the workstations in the registry's order (workstations.h; Ctrl+0 … Ctrl+9 in the
// same order, icons and live counts), menus for settings, users, backup and help, and a status bar with the
// user, their roles and the database. It names no page: it knows them through the Workstation interface.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(AppContext &ctx, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showPage(Workstation *station);
    // The change watcher's trouble (ChangeWatcher::trouble): shown in the status bar until it clears ("").
    void showLiveTrouble(const QString &problem);
    QString liveTrouble() const;
    QWidget *currentPage() const;
    Workstation *currentStation() const;
    const QList<Workstation *> &stations() const { return m_stations; }
    template <class T> T *page() const
    {
        for (Workstation *w : m_stations)
            if (auto *p = dynamic_cast<T *>(w))
                return p;
        return nullptr;
    }
    // Another user signed in at this PC: menus, pages and status bar follow their roles.
    void sessionChanged();
    // Reads the navigator's counts again (they also follow committed changes by themselves).
    void updateCounts();

signals:
    void lockRequested();
    void switchUserRequested();
    // The dealership settings were saved here.
    void dealershipChanged();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void addStation(Workstation *station, int index);
    void buildLanguageMenu();
    void retranslate();
    void updateStatus();
    void updateNavigator();
    void onNavigatorRow(int row);
    void backUp();
    void dealershipSettings();
    void manageUsers();
    void databaseConnection();
    void changePassword();
    void showShortcuts();
    void about();
    void setLanguage(const QString &code);

    std::unique_ptr<Ui::MainWindow> ui;
    AppContext &m_ctx;
    QList<Workstation *> m_stations;
    QList<QAction *> m_goActions; // Ctrl+digit, per station
    void showCounts(const QList<Workstation::Count> &counts);
    QList<Workstation *> m_countFrom;            // what the next read counts (nullptr: hidden)
    QMutex m_countMutex;                         // guards m_countFrom: written here, read by the worker
    QList<Workstation::Count> m_shownCounts;
    std::unique_ptr<BackgroundRead<QList<Workstation::Count>>> m_counts; // read off the screen's thread
    QLabel *m_userLabel = nullptr;
    QLabel *m_rolesLabel = nullptr;
    QLabel *m_dbLabel = nullptr;
    QLabel *m_liveLabel = nullptr; // why other stations' changes cannot be followed right now
    QActionGroup *m_languages = nullptr;
};

} // namespace dd
