#pragma once
#include <QKeySequence>
#include <QMainWindow>
#include <functional>
#include <memory>
#include <optional>

#include "core/roles.h"

class QLabel;
class QActionGroup;

namespace Ui {
class MainWindow;
}

namespace dd {

struct AppContext;
class HomePage;
class AuditPage;
class ReceptionPage;
class AppointmentsPage;
class InspectionPage;
class WorkOrdersPage;
class ApprovalsPage;
class CashierPage;
class DispatchBoardPage;

// The shell: a navigator of pages (workstations arrive with their issues at Ctrl+1 ... Ctrl+5), menus for
// settings, users, backup and help, and a status bar with the user, their roles and the database.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // The workstations' fixed places and shortcuts (Ctrl+1 ... Ctrl+5); the appointment book is Ctrl+6.
    enum class Workstation { Reception = 1, Inspection, WorkOrders, Approvals, Settlement };

    explicit MainWindow(AppContext &ctx, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Adds a page to the navigator, shown only to users whose roles grant `needs`.
    void addPage(QWidget *page, std::function<QString()> title, const QKeySequence &shortcut,
                 std::optional<Permission> needs, std::function<void()> onShow = {});
    void showPage(QWidget *page);
    QWidget *currentPage() const;
    // Another user signed in at this PC: menus, pages and status bar follow their roles.
    void sessionChanged();

    HomePage *homePage() const { return m_home; }
    AuditPage *auditPage() const { return m_audit; }
    ReceptionPage *receptionPage() const { return m_reception; }
    AppointmentsPage *appointmentsPage() const { return m_appointments; }
    InspectionPage *inspectionPage() const { return m_inspection; }
    WorkOrdersPage *workOrdersPage() const { return m_workOrders; }
    ApprovalsPage *approvalsPage() const { return m_approvals; }
    CashierPage *cashierPage() const { return m_cashier; }
    DispatchBoardPage *dispatchBoardPage() const { return m_board; }

signals:
    void lockRequested();
    void switchUserRequested();
    // The dealership settings were saved here.
    void dealershipChanged();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    struct Page {
        QWidget *widget;
        std::function<QString()> title;
        QKeySequence shortcut;
        std::optional<Permission> needs;
        std::function<void()> onShow;
        QAction *action;
    };
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
    QList<Page> m_pages;
    HomePage *m_home = nullptr;
    AuditPage *m_audit = nullptr;
    ReceptionPage *m_reception = nullptr;
    AppointmentsPage *m_appointments = nullptr;
    InspectionPage *m_inspection = nullptr;
    WorkOrdersPage *m_workOrders = nullptr;
    CashierPage *m_cashier = nullptr;
    ApprovalsPage *m_approvals = nullptr;
    DispatchBoardPage *m_board = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_rolesLabel = nullptr;
    QLabel *m_dbLabel = nullptr;
    QActionGroup *m_languages = nullptr;
};

} // namespace dd
