#include "mainwindow.h"
#include "filedialogs.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>

#include "appcontext.h"
#include "appointmentspage.h"
#include "auditpage.h"
#include "catalogdialog.h"
#include "databasedialog.h"
#include "dealershipsettingsdialog.h"
#include "fonts.h"
#include "homepage.h"
#include "inspectionpage.h"
#include "workorderspage.h"
#include "approvalspage.h"
#include "cashierpage.h"
#include "dispatchboardpage.h"
#include "i18n/i18n.h"
#include "passworddialog.h"
#include "receptionpage.h"
#include "shortcutsdialog.h"
#include "store/backup.h"
#include "store/bootstrap.h"
#include "store/migrator.h"
#include "ui_mainwindow.h"
#include "uihelpers.h"
#include "usersdialog.h"

namespace dd {

MainWindow::MainWindow(AppContext &ctx, QWidget *parent)
    : QMainWindow(parent), ui(std::make_unique<Ui::MainWindow>()), m_ctx(ctx)
{
    ui->setupUi(this);
    m_userLabel = new QLabel(this);
    m_rolesLabel = new QLabel(this);
    m_dbLabel = new QLabel(this);
    m_dbLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_userLabel);
    statusBar()->addWidget(m_rolesLabel, 1);
    statusBar()->addPermanentWidget(m_dbLabel);

    connect(ui->actionLock, &QAction::triggered, this, &MainWindow::lockRequested);
    connect(ui->actionSwitchUser, &QAction::triggered, this, &MainWindow::switchUserRequested);
    connect(ui->actionQuit, &QAction::triggered, this, &MainWindow::close);
    connect(ui->actionBackup, &QAction::triggered, this, &MainWindow::backUp);
    connect(ui->actionDealershipSettings, &QAction::triggered, this, &MainWindow::dealershipSettings);
    connect(ui->actionUsers, &QAction::triggered, this, &MainWindow::manageUsers);
    connect(ui->actionCatalogs, &QAction::triggered, this, [this] {
        CatalogDialog dialog(m_ctx, this);
        dialog.exec();
    });
    connect(ui->actionDatabase, &QAction::triggered, this, &MainWindow::databaseConnection);
    connect(ui->actionChangePassword, &QAction::triggered, this, &MainWindow::changePassword);
    connect(ui->actionShortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    connect(ui->actionAbout, &QAction::triggered, this, &MainWindow::about);
    connect(ui->navigator, &QListWidget::currentRowChanged, this, &MainWindow::onNavigatorRow);
    buildLanguageMenu();

    m_home = new HomePage(ctx, this);
    addPage(m_home, [] { return tr("Overview"); }, QKeySequence(Qt::CTRL | Qt::Key_0), std::nullopt,
            [this] { m_home->refresh(); });
    m_reception = new ReceptionPage(ctx, this);
    addPage(m_reception, [] { return tr("Reception"); }, QKeySequence(Qt::CTRL | Qt::Key_1), std::nullopt,
            [this] { m_reception->refresh(); m_reception->focusSearch(); });
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    find->setShortcutContext(Qt::WindowShortcut);
    connect(find, &QAction::triggered, this, [this] {
        showPage(m_reception);
        m_reception->focusSearch();
    });
    addAction(find);
    m_inspection = new InspectionPage(ctx, this);
    addPage(m_inspection, [] { return tr("Inspection"); }, QKeySequence(Qt::CTRL | Qt::Key_2), Permission::InspectVehicles,
            [this] { m_inspection->refresh(); });
    auto inspect = [this](qint64 workOrderId) {
        showPage(m_inspection);
        m_inspection->openWorkOrder(workOrderId);
    };
    connect(m_reception, &ReceptionPage::inspectionRequested, this, inspect);
    m_workOrders = new WorkOrdersPage(ctx, this);
    addPage(m_workOrders, [] { return tr("Work orders"); }, QKeySequence(Qt::CTRL | Qt::Key_3), std::nullopt,
            [this] { m_workOrders->refresh(); });
    m_approvals = new ApprovalsPage(ctx, this);
    addPage(m_approvals, [] { return tr("Approvals"); }, QKeySequence(Qt::CTRL | Qt::Key_4), Permission::EditWorkOrders,
            [this] { m_approvals->refresh(); });
    m_cashier = new CashierPage(ctx, this);
    addPage(m_cashier, [] { return tr("Cashier"); }, QKeySequence(Qt::CTRL | Qt::Key_5), Permission::SettleWorkOrders,
            [this] { m_cashier->refresh(); });
    m_board = new DispatchBoardPage(ctx, this);
    addPage(m_board, [] { return tr("Dispatch board"); }, QKeySequence(Qt::CTRL | Qt::Key_7), std::nullopt,
            [this] { m_board->refresh(); });
    connect(m_board, &DispatchBoardPage::openWorkOrder, this, [this](qint64 id) {
        showPage(m_workOrders);
        m_workOrders->openWorkOrder(id);
    });
    m_appointments = new AppointmentsPage(ctx, this);
    addPage(m_appointments, [] { return tr("Appointments"); }, QKeySequence(Qt::CTRL | Qt::Key_6), std::nullopt,
            [this] { m_appointments->refresh(); });
    connect(this, &MainWindow::dealershipChanged, m_reception, &ReceptionPage::refresh); // e.g. the greeting limit
    connect(m_appointments, &AppointmentsPage::newAppointmentRequested, this, [this] {
        showPage(m_reception);
        m_reception->focusSearch();
        m_reception->showHint(tr("Find the vehicle for the new appointment, open it with Enter, then press Alt+B "
                                 "(Book appointment)."));
    });
    connect(m_appointments, &AppointmentsPage::checkedIn, this, [this](qint64 vehicleId) {
        showPage(m_reception);
        m_reception->openVehicle(vehicleId);
    });
    connect(m_appointments, &AppointmentsPage::inspectionRequested, this, inspect);
    m_audit = new AuditPage(ctx, this);
    addPage(m_audit, [] { return tr("Audit trail"); }, QKeySequence(Qt::CTRL | Qt::Key_9), Permission::ViewAuditTrail,
            [this] { m_audit->refresh(); });
    connect(m_home, &HomePage::openDealershipSettings, this, &MainWindow::dealershipSettings);
    connect(m_home, &HomePage::openUsers, this, &MainWindow::manageUsers);
    connect(m_home, &HomePage::backUp, this, &MainWindow::backUp);

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainwindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("mainwindow/state")).toByteArray());
    if (!ui->splitter->restoreState(settings.value(QStringLiteral("mainwindow/splitter")).toByteArray()))
        ui->splitter->setSizes({190, 1000});
    sessionChanged();
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(QWidget *page, std::function<QString()> title, const QKeySequence &shortcut,
                         std::optional<Permission> needs, std::function<void()> onShow)
{
    auto *action = new QAction(this);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WindowShortcut);
    addAction(action);
    connect(action, &QAction::triggered, this, [this, page] { showPage(page); });
    ui->pages->addWidget(page);
    m_pages.append({page, std::move(title), shortcut, needs, std::move(onShow), action});
    auto *item = new QListWidgetItem(ui->navigator);
    Q_UNUSED(item);
    updateNavigator();
}

void MainWindow::updateNavigator()
{
    for (int i = 0; i < m_pages.size(); ++i) {
        const Page &p = m_pages[i];
        const bool allowed = !p.needs || m_ctx.can(*p.needs);
        QListWidgetItem *item = ui->navigator->item(i);
        item->setText(p.title());
        item->setToolTip(p.shortcut.toString(QKeySequence::NativeText));
        item->setHidden(!allowed);
        p.action->setEnabled(allowed);
    }
    QListWidgetItem *current = ui->navigator->currentItem();
    if (!current || current->isHidden())
        showPage(m_home);
}

void MainWindow::showPage(QWidget *page)
{
    for (int i = 0; i < m_pages.size(); ++i) {
        if (m_pages[i].widget != page)
            continue;
        if (ui->navigator->item(i)->isHidden())
            return;
        ui->navigator->setCurrentRow(i);
        return;
    }
}

void MainWindow::onNavigatorRow(int row)
{
    if (row < 0 || row >= m_pages.size())
        return;
    // An inspection with unsaved changes is saved, dropped or kept on screen before another page opens.
    QWidget *leaving = ui->pages->currentWidget();
    const bool stay = leaving != m_pages[row].widget &&
                      ((leaving == m_inspection && !m_inspection->maySwitchAway()) ||
                       (leaving == m_workOrders && !m_workOrders->maySwitchAway()));
    if (stay) {
        const QSignalBlocker block(ui->navigator);
        for (int i = 0; i < m_pages.size(); ++i)
            if (m_pages[i].widget == leaving)
                ui->navigator->setCurrentRow(i);
        return;
    }
    ui->pages->setCurrentWidget(m_pages[row].widget);
    if (m_pages[row].onShow)
        m_pages[row].onShow();
    m_pages[row].widget->setFocus();
}

QWidget *MainWindow::currentPage() const
{
    return ui->pages->currentWidget();
}

void MainWindow::sessionChanged()
{
    ui->actionUsers->setEnabled(m_ctx.can(Permission::ManageUsers));
    ui->actionDealershipSettings->setEnabled(m_ctx.can(Permission::ManageSettings));
    ui->actionBackup->setEnabled(m_ctx.can(Permission::BackUpDatabase));
    ui->actionDatabase->setEnabled(m_ctx.can(Permission::ManageSettings));
    ui->actionCatalogs->setEnabled(m_ctx.can(Permission::EditWorkOrders) || m_ctx.can(Permission::ImportData));
    updateNavigator();
    updateStatus();
    // The counter's first screen: the search box, focused, for whoever receives customers.
    if (m_ctx.can(Permission::ReceiveVehicles) || m_ctx.can(Permission::EditCustomers))
        showPage(m_reception);
    const int row = ui->navigator->currentRow();
    if (row >= 0 && m_pages[row].onShow)
        m_pages[row].onShow();
}

void MainWindow::updateStatus()
{
    m_userLabel->setText(tr("Signed in: %1 (%2)").arg(m_ctx.session.displayName, m_ctx.session.login));
    m_rolesLabel->setText(Roles::displayNames(m_ctx.session.roles));
    m_dbLabel->setText(tr("%1: %2").arg(m_ctx.db.target().kindName(), m_ctx.db.target().displayLocation()));
    m_dbLabel->setToolTip(tr("Database schema version %1").arg(Migrator::latestVersion()));
    const QString dealer = m_ctx.dealership.load().name;
    setWindowTitle(dealer.isEmpty() ? tr("DealerDesk") : tr("%1 - DealerDesk").arg(dealer));
}

void MainWindow::buildLanguageMenu()
{
    m_languages = new QActionGroup(this);
    m_languages->setExclusive(true);
    const QString saved = QSettings().value(QStringLiteral("ui/language")).toString();
    QStringList codes{QString()};
    codes << I18n::languages();
    for (const QString &code : codes) {
        QAction *a = ui->menuLanguage->addAction(code.isEmpty() ? tr("System language") : I18n::nativeName(code));
        a->setCheckable(true);
        a->setData(code);
        a->setChecked(code == saved);
        m_languages->addAction(a);
        connect(a, &QAction::triggered, this, [this, code] { setLanguage(code); });
    }
}

void MainWindow::setLanguage(const QString &code)
{
    QSettings().setValue(QStringLiteral("ui/language"), code);
    const QString lang = I18n::install(I18n::resolve(code));
    Fonts::apply(lang);
}

void MainWindow::retranslate()
{
    ui->retranslateUi(this);
    for (QAction *a : m_languages->actions()) {
        if (a->data().toString().isEmpty())
            a->setText(tr("System language"));
    }
    updateNavigator();
    updateStatus();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_inspection->maySwitchAway() || !m_workOrders->maySwitchAway()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("mainwindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainwindow/state"), saveState());
    settings.setValue(QStringLiteral("mainwindow/splitter"), ui->splitter->saveState());
    event->accept();
}

void MainWindow::backUp()
{
    if (!m_ctx.db.isSqlite()) {
        QMessageBox::information(this, tr("Back up database"), Backup::postgresInstructions(m_ctx.db.target()));
        return;
    }
    const QString suggested =
        QStringLiteral("dealerdesk-backup-%1.db").arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm")));
    const QString file = ui::FileDialogs::saveFile(this, QStringLiteral("backup"), tr("Back up database"), suggested,
                                                   tr("DealerDesk database (*.db)"), &m_ctx.db);
    if (file.isEmpty())
        return;
    try {
        Commands commands = m_ctx.commands();
        QApplication::setOverrideCursor(Qt::WaitCursor);
        Backup::run(commands, file, true);
        QApplication::restoreOverrideCursor();
        QMessageBox::information(this, tr("Back up database"),
                                 tr("The database was copied to %1 (%2 KB). Keep a copy away from this PC.")
                                     .arg(QDir::toNativeSeparators(file))
                                     .arg((QFileInfo(file).size() + 1023) / 1024));
        m_home->refresh();
    } catch (const StoreError &e) {
        QApplication::restoreOverrideCursor();
        ui::showError(this, e);
    }
}

void MainWindow::dealershipSettings()
{
    DealershipSettingsDialog dialog(m_ctx, this);
    if (dialog.exec() == QDialog::Accepted) {
        updateStatus();
        m_home->refresh();
        emit dealershipChanged();
    }
}

void MainWindow::manageUsers()
{
    UsersDialog dialog(m_ctx, this);
    dialog.exec();
    m_home->refresh();
}

void MainWindow::databaseConnection()
{
    DatabaseDialog dialog(m_ctx.db.target(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Bootstrap::rememberTarget(dialog.saved());
    if (QMessageBox::question(this, tr("Database connection"),
                              tr("From its next start, DealerDesk on this PC uses %1. Restart DealerDesk now?")
                                  .arg(dialog.saved().displayLocation()))
        == QMessageBox::Yes) {
        close();
        QProcess::startDetached(QCoreApplication::applicationFilePath(), {});
        QCoreApplication::quit();
    }
}

void MainWindow::changePassword()
{
    PasswordDialog dialog(m_ctx, m_ctx.session.userId, true, this);
    dialog.exec();
}

void MainWindow::showShortcuts()
{
    QList<QAction *> actions{ui->actionLock,  ui->actionSwitchUser, ui->actionBackup,    ui->actionDealershipSettings,
                             ui->actionUsers, ui->actionShortcuts,  ui->actionQuit};
    actions.removeIf([](QAction *a) { return a->shortcut().isEmpty(); });
    QList<ShortcutsDialog::Row> rows;
    for (const Page &p : m_pages)
        rows.append({tr("Go to %1").arg(p.title()), p.shortcut});
    for (QAction *a : actions)
        rows.append({a->text().remove(QLatin1Char('&')).remove(QStringLiteral("...")), a->shortcut()});
    // The keys of the page on screen.
    for (QAction *a : currentPage()->actions())
        if (!a->text().isEmpty() && !a->shortcut().isEmpty())
            rows.append({a->text(), a->shortcut()});
    rows.append({tr("Move between fields"), QKeySequence(Qt::Key_Tab)});
    rows.append({tr("Confirm a dialog"), QKeySequence(Qt::Key_Return)});
    rows.append({tr("Close a dialog without saving"), QKeySequence(Qt::Key_Escape)});
    ShortcutsDialog dialog(rows, this);
    dialog.exec();
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About DealerDesk"),
                       tr("<h3>DealerDesk %1</h3><p>The after-sales service front desk of a car dealership: "
                          "reception, inspection, work orders, approvals and settlement.</p>"
                          "<p>Database: %2 (%3), schema version %4<br>Qt %5</p>")
                           .arg(QStringLiteral(DEALERDESK_VERSION), m_ctx.db.target().kindName(),
                                m_ctx.db.target().displayLocation().toHtmlEscaped())
                           .arg(Migrator::latestVersion())
                           .arg(QString::fromLatin1(qVersion())));
}

} // namespace dd
