#include "mainwindow.h"
#include "filedialogs.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QMutexLocker>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

#include "appcontext.h"
#include "catalogdialog.h"
#include "techniciansdialog.h"
#include "databasedialog.h"
#include "dealershipsettingsdialog.h"
#include "followuprulesdialog.h"
#include "fonts.h"
#include "i18n/i18n.h"
#include "liveupdates.h"
#include "workstations.h"
#include "passworddialog.h"
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
    m_liveLabel = new QLabel(this);
    m_liveLabel->setObjectName(QStringLiteral("liveLabel"));
    m_liveLabel->setStyleSheet(QStringLiteral("color: #8a1c1c; font-weight: 600;"));
    m_liveLabel->hide();
    statusBar()->addPermanentWidget(m_liveLabel);
    statusBar()->addPermanentWidget(m_dbLabel);

    connect(ui->actionLock, &QAction::triggered, this, &MainWindow::lockRequested);
    connect(ui->actionSwitchUser, &QAction::triggered, this, &MainWindow::switchUserRequested);
    connect(ui->actionQuit, &QAction::triggered, this, &MainWindow::close);
    connect(ui->actionBackup, &QAction::triggered, this, &MainWindow::backUp);
    connect(ui->actionDealershipSettings, &QAction::triggered, this, &MainWindow::dealershipSettings);
    connect(ui->actionFollowUpRules, &QAction::triggered, this, [this] {
        FollowUpRulesDialog dialog(m_ctx, this);
        if (dialog.exec() == QDialog::Accepted)
            emit dealershipChanged();
    });
    connect(ui->actionUsers, &QAction::triggered, this, &MainWindow::manageUsers);
    connect(ui->actionCatalogs, &QAction::triggered, this, [this] {
        CatalogDialog dialog(m_ctx, this);
        dialog.exec();
    });
    connect(ui->actionTechnicians, &QAction::triggered, this, [this] {
        TechniciansDialog dialog(m_ctx, this);
        dialog.exec();
    });
    connect(ui->actionDatabase, &QAction::triggered, this, &MainWindow::databaseConnection);
    connect(ui->actionChangePassword, &QAction::triggered, this, &MainWindow::changePassword);
    connect(ui->actionShortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    connect(ui->actionAbout, &QAction::triggered, this, &MainWindow::about);
    connect(ui->navigator, &QListWidget::currentRowChanged, this, &MainWindow::onNavigatorRow);
    buildLanguageMenu();

    DeskLinks links;
    links.show = [this](Workstation *w) { showPage(w); };
    links.dealershipSettings = [this] { dealershipSettings(); };
    links.manageUsers = [this] { manageUsers(); };
    links.backUp = [this] { backUp(); };
    m_stations = Workstations::create(ctx, this, links);
    for (int i = 0; i < m_stations.size(); ++i)
        addStation(m_stations[i], i);
    updateNavigator();
    connect(this, &MainWindow::dealershipChanged, this, [this] {
        if (Workstation *w = currentStation())
            w->refresh(); // e.g. the greeting limit on the reception board
    });
    // The navigator's counts follow committed changes, here and at other stations, like the pages do.
    QStringList countTables;
    for (Workstation *w : m_stations)
        if (w->count().value >= 0)
            countTables += w->countsFrom();
    countTables.removeDuplicates();
    auto *counts = new LiveUpdates(ui->navigator, ctx.db.changes(), countTables, [this](const ChangeSet &) { updateCounts(); });
    Q_UNUSED(counts);
    // Overdue promises become overdue with time alone: once a minute.
    auto *minute = new QTimer(this);
    minute->setInterval(60 * 1000);
    connect(minute, &QTimer::timeout, this, &MainWindow::updateCounts);
    minute->start();

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainwindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("mainwindow/state")).toByteArray());
    if (!ui->splitter->restoreState(settings.value(QStringLiteral("mainwindow/splitter")).toByteArray()))
        ui->splitter->setSizes({190, 1000});
    sessionChanged();
}

MainWindow::~MainWindow() = default;

void MainWindow::addStation(Workstation *station, int index)
{
    auto *action = new QAction(this);
    if (index <= 9) // Ctrl+0 … Ctrl+9, in the navigator's order
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + index)));
    action->setShortcutContext(Qt::WindowShortcut);
    addAction(action);
    connect(action, &QAction::triggered, this, [this, station] { showPage(station); });
    m_goActions.append(action);
    ui->pages->addWidget(station->widget());
    auto *item = new QListWidgetItem(ui->navigator);
    // The icon as drawn, and white on the highlighted row, where the drawn colour would vanish.
    QIcon icon;
    for (const int size : {16, 24, 32, 48}) {
        const QPixmap drawn = station->icon().pixmap(size, size);
        icon.addPixmap(drawn, QIcon::Normal);
        QPixmap white(drawn.size());
        white.setDevicePixelRatio(drawn.devicePixelRatio());
        white.fill(Qt::transparent);
        QPainter p(&white);
        p.drawPixmap(0, 0, drawn);
        p.setCompositionMode(QPainter::CompositionMode_SourceIn);
        p.fillRect(white.rect(), Qt::white);
        p.end();
        icon.addPixmap(white, QIcon::Selected);
    }
    item->setIcon(icon);
}

void MainWindow::updateNavigator()
{
    for (int i = 0; i < m_stations.size(); ++i) {
        Workstation *w = m_stations[i];
        const bool allowed = !w->permission() || m_ctx.can(*w->permission());
        QListWidgetItem *item = ui->navigator->item(i);
        item->setHidden(!allowed);
        m_goActions[i]->setEnabled(allowed);
    }
    updateCounts();
    QListWidgetItem *current = ui->navigator->currentItem();
    if ((!current || current->isHidden()) && !m_stations.isEmpty())
        showPage(m_stations.first());
}

void MainWindow::updateCounts()
{
    if (!m_counts) {
        m_counts = std::make_unique<BackgroundRead<QList<Workstation::Count>>>(
            this,
            [this] {
                QList<Workstation *> from;
                {
                    const QMutexLocker lock(&m_countMutex); // the screen's thread may be choosing the next pages
                    from = m_countFrom;
                }
                QList<Workstation::Count> counts;
                for (Workstation *w : std::as_const(from))
                    counts << (w ? w->count() : Workstation::Count{});
                return counts;
            },
            [this](const QList<Workstation::Count> &counts) { showCounts(counts); }, std::function<void(const QString &)>());
    }
    // Which pages to count is decided here, on the screen's thread: hidden pages show no number.
    QList<Workstation *> from;
    for (int i = 0; i < m_stations.size(); ++i)
        from << (ui->navigator->item(i)->isHidden() ? nullptr : m_stations[i]);
    {
        const QMutexLocker lock(&m_countMutex);
        m_countFrom = from;
    }
    showCounts(m_shownCounts); // titles follow the language at once; the numbers come from the read
    m_counts->start();
}

void MainWindow::showCounts(const QList<Workstation::Count> &counts)
{
    m_shownCounts = counts;
    for (int i = 0; i < m_stations.size(); ++i) {
        Workstation *w = m_stations[i];
        QListWidgetItem *item = ui->navigator->item(i);
        const Workstation::Count c = item->isHidden() ? Workstation::Count{} : counts.value(i);
        const QString keys = m_goActions[i]->shortcut().toString(QKeySequence::NativeText);
        item->setText(c.value > 0 ? tr("%1 (%2)").arg(w->title()).arg(c.value) : w->title());
        item->setToolTip(c.value > 0 ? tr("%1 · %2").arg(keys, c.toolTip) : keys);
        item->setForeground(c.value > 0 && c.alarm ? QBrush(QColor(0xb0, 0x20, 0x20)) : QBrush());
        QFont f = item->font();
        f.setBold(c.value > 0);
        item->setFont(f);
    }
}

void MainWindow::showPage(Workstation *station)
{
    const int i = m_stations.indexOf(station);
    if (i < 0 || ui->navigator->item(i)->isHidden())
        return;
    ui->navigator->setCurrentRow(i);
}

void MainWindow::onNavigatorRow(int row)
{
    if (row < 0 || row >= m_stations.size())
        return;
    // A page with unsaved input saves it, drops it or keeps it on screen before another page opens.
    Workstation *leaving = currentStation();
    Workstation *coming = m_stations[row];
    if (leaving && leaving != coming && !leaving->maySwitchAway()) {
        const QSignalBlocker block(ui->navigator);
        ui->navigator->setCurrentRow(m_stations.indexOf(leaving));
        return;
    }
    ui->pages->setCurrentWidget(coming->widget());
    coming->shown();
    coming->widget()->setFocus();
}

QWidget *MainWindow::currentPage() const
{
    return ui->pages->currentWidget();
}

Workstation *MainWindow::currentStation() const
{
    for (Workstation *w : m_stations)
        if (w->widget() == ui->pages->currentWidget())
            return w;
    return nullptr;
}

void MainWindow::sessionChanged()
{
    ui->actionUsers->setEnabled(m_ctx.can(Permission::ManageUsers));
    ui->actionDealershipSettings->setEnabled(m_ctx.can(Permission::ManageSettings));
    ui->actionFollowUpRules->setEnabled(m_ctx.can(Permission::ManageSettings));
    ui->actionBackup->setEnabled(m_ctx.can(Permission::BackUpDatabase));
    ui->actionDatabase->setEnabled(m_ctx.can(Permission::ManageSettings));
    ui->actionCatalogs->setEnabled(m_ctx.can(Permission::EditWorkOrders) || m_ctx.can(Permission::ImportData));
    ui->actionTechnicians->setEnabled(m_ctx.can(Permission::ManageTechnicians) || m_ctx.can(Permission::RunWorkshop));
    updateNavigator();
    updateStatus();
    // The counter's first screen: the search box, focused, for whoever receives customers.
    if (Workstation *first = Workstations::firstScreen(m_stations, m_ctx); first && first != currentStation())
        showPage(first);
    if (Workstation *w = currentStation())
        w->shown();
}

void MainWindow::showLiveTrouble(const QString &problem)
{
    m_liveLabel->setText(problem.isEmpty() ? QString()
                                           : tr("Not following the other stations: %1 Retrying; what you type is kept.")
                                                 .arg(problem));
    m_liveLabel->setToolTip(tr("Changes made at other stations show here again as soon as the database answers."));
    m_liveLabel->setVisible(!problem.isEmpty());
}

QString MainWindow::liveTrouble() const
{
    return m_liveLabel->isVisible() ? m_liveLabel->text() : QString();
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
    // The tick is on the language in use: started with --lang, that one, even when the setting follows the system.
    const QString saved = QSettings().value(QStringLiteral("ui/language")).toString();
    const QString active = I18n::current();
    const bool followsSystem = saved.isEmpty() && I18n::resolve(QString()) == active;
    QStringList codes{QString()};
    codes << I18n::languages();
    for (const QString &code : codes) {
        QAction *a = ui->menuLanguage->addAction(code.isEmpty() ? tr("System language") : I18n::nativeName(code));
        a->setCheckable(true);
        a->setData(code);
        a->setChecked(code.isEmpty() ? followsSystem : !followsSystem && code == active);
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
    for (Workstation *w : m_stations)
        if (!w->maySwitchAway()) {
            showPage(w);
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
        if (Workstation *w = currentStation())
            w->refresh(); // the overview's "last backup"
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
        emit dealershipChanged();
    }
}

void MainWindow::manageUsers()
{
    UsersDialog dialog(m_ctx, this);
    dialog.exec();
    if (Workstation *w = currentStation())
        w->refresh();
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
    rows.append({tr("Anywhere"), {}});
    for (int i = 0; i < m_stations.size(); ++i)
        if (!ui->navigator->item(i)->isHidden() && !m_goActions[i]->shortcut().isEmpty())
            rows.append({tr("Go to %1").arg(m_stations[i]->title()), m_goActions[i]->shortcut()});
    rows.append({tr("Find a customer or vehicle"), QKeySequence(Qt::CTRL | Qt::Key_F)});
    for (QAction *a : actions)
        rows.append({a->text().remove(QRegularExpression(QStringLiteral("\\(&\\w\\)"))).remove(QLatin1Char('&')).remove(QStringLiteral("...")), a->shortcut()});
    // Every page's keys, the page on screen first.
    QList<Workstation *> order = m_stations;
    if (Workstation *w = currentStation())
        order.move(order.indexOf(w), 0);
    for (Workstation *w : order) {
        const int i = m_stations.indexOf(w);
        const QList<KeyRow> keys = w->keys();
        if (ui->navigator->item(i)->isHidden() || keys.isEmpty())
            continue;
        rows.append({w->title(), {}});
        for (const KeyRow &k : keys)
            rows.append({k.what, k.keys});
    }
    rows.append({tr("In every dialog"), {}});
    rows.append({tr("Move between fields"), QKeySequence(Qt::Key_Tab)});
    rows.append({tr("Confirm a dialog"), QKeySequence(Qt::Key_Return)});
    rows.append({tr("Confirm it from a text of several lines"), QKeySequence(Qt::CTRL | Qt::Key_Return)});
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
