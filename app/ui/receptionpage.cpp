#include "receptionpage.h"

#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLocale>
#include <QMessageBox>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include "core/localformat.h"
#include "appcontext.h"
#include "appointmentdialog.h"
#include "checkindialog.h"
#include "core/identifiers.h"
#include "core/workorder.h"
#include "store/customerstore.h"
#include "store/history.h"
#include "store/deskcounts.h"
#include "ui_receptionpage.h"
#include "uihelpers.h"
#include "liveupdates.h"
#include "vehicledialog.h"

namespace dd {

using ui::cell;

namespace {
// "45 s", "2 min", "1 min 02 s"
QString duration(qint64 s)
{
    if (s < 60)
        return ReceptionPage::tr("%1 s").arg(s);
    if (s % 60 == 0)
        return ReceptionPage::tr("%1 min").arg(s / 60);
    return ReceptionPage::tr("%1 min %2 s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}
} // namespace

ReceptionPage::ReceptionPage(AppContext &ctx, QWidget *parent)
    : QWidget(parent), ui(std::make_unique<Ui::ReceptionPage>()), m_ctx(ctx)
{
    ui->setupUi(this);
    setUpModels();
    setHeaders();
    ui->splitter->setStretchFactor(0, 3);
    ui->splitter->setStretchFactor(1, 2);
    // Room for at least four arrivals on a 1366x768 counter screen.
    ui->boardGroup->setMinimumHeight(230);
    ui->topSplitter->setStretchFactor(0, 1);
    ui->topSplitter->setStretchFactor(1, 1);
    ui->searchEdit->installEventFilter(this);
    setFocusProxy(ui->searchEdit); // opening the page puts the keyboard in the search box
    ui->resultsTable->installEventFilter(this);
    connect(ui->searchEdit, &QLineEdit::textChanged, this, &ReceptionPage::startSearch);
    connect(&m_watcher, &QFutureWatcher<QList<SearchHit>>::finished, this, [this] {
        m_running = false;
        QList<SearchHit> hits;
        bool failed = false;
        try {
            hits = m_watcher.result();
        } catch (...) {
            failed = true;
        }
        if (m_pendingText != m_searchedText) {
            startSearch(); // the user typed on while this ran: search the newest text
            return;
        }
        if (failed)
            ui->resultsLabel->setText(tr("The search could not reach the database; keep typing to try again."));
        else
            showResults(hits);
    });
    connect(ui->resultsTable, &QTableView::activated, this, &ReceptionPage::openSelectedResult);
    connect(ui->newButton, &QPushButton::clicked, this, &ReceptionPage::newCustomerAndVehicle);
    connect(ui->arrivedButton, &QPushButton::clicked, this, &ReceptionPage::vehicleArrived);
    connect(ui->editButton, &QPushButton::clicked, this, &ReceptionPage::editVehicle);
    connect(ui->appointmentButton, &QPushButton::clicked, this, &ReceptionPage::bookAppointment);
    connect(ui->checkInButton, &QPushButton::clicked, this, [this] { checkIn(0); });
    connect(ui->receiveButton, &QPushButton::clicked, this, &ReceptionPage::startReception);
    connect(ui->checkInArrivalButton, &QPushButton::clicked, this, [this] {
        if (auto a = selectedArrival())
            checkIn(a->visitId);
    });
    connect(ui->leftButton, &QPushButton::clicked, this, [this] {
        auto a = selectedArrival();
        if (!a)
            return;
        try {
            Commands commands = m_ctx.commands();
            Reception(m_ctx.db).markLeft(commands, a->visitId, a->version);
        } catch (const StoreError &e) {
            ui::showError(this, e);
        }
        refreshBoard();
    });
    connect(ui->boardTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        auto a = selectedArrival();
        ui->receiveButton->setEnabled(a && !a->receivedAt.isValid());
        ui->checkInArrivalButton->setEnabled(a && a->state != QLatin1String("checked_in") && a->state != QLatin1String("left"));
        ui->leftButton->setEnabled(a && a->state != QLatin1String("checked_in") && a->state != QLatin1String("left"));
    });
    m_keys.add(QKeySequence(Qt::Key_F2), QT_TR_NOOP("A vehicle arrived: put it on the board"), [this] { vehicleArrived(); });
    m_keys.add(QKeySequence(Qt::Key_F3), QT_TR_NOOP("Start receiving the selected arrival"), [this] { startReception(); });
    m_keys.add(QKeySequence(Qt::Key_F4), QT_TR_NOOP("Check in the open vehicle"), [this] { checkIn(0); });
    m_keys.add(QKeySequence(Qt::CTRL | Qt::Key_N), QT_TR_NOOP("New customer and vehicle"), [this] { newCustomerAndVehicle(); });
    m_keys.note(QKeySequence(Qt::Key_Down), QT_TR_NOOP("From the search box to the results"));
    m_keys.note(QKeySequence(Qt::Key_Return), QT_TR_NOOP("Open the selected result"));
    // The board follows other stations (within a second); its waiting clock moves every five seconds.
    Database *db = &ctx.db;
    m_boardRead = std::make_unique<BackgroundRead<QList<Arrival>>>(
        this, [db] { return Reception(*db).board(QDate::currentDate()); },
        [this](const QList<Arrival> &arrivals) {
            m_arrivals = arrivals;
            showBoard();
        },
        [this](const QString &error) { ui->boardSummary->setText(error); });
    goLive(ctx);
    m_boardTimer = new QTimer(this);
    m_boardTimer->setInterval(5000);
    connect(m_boardTimer, &QTimer::timeout, this, [this] {
        if (isVisible())
            showBoard(); // the waiting clock only: nothing is read from the database
    });
    m_boardTimer->start();
    refreshVehicle();
}

QStringList ReceptionPage::listensTo() const
{
    return {QStringLiteral("visits"),   QStringLiteral("work_orders"), QStringLiteral("appointments"),
            QStringLiteral("vehicles"), QStringLiteral("customers"),   QStringLiteral("inspections")};
}

void ReceptionPage::changed(const ChangeSet &)
{
    m_boardRead->start(); // off the screen's thread: typing in the search box never waits for the server
}

Workstation::Count ReceptionPage::count()
{
    const int n = DeskCounts(m_ctx.db).arrivalsWaiting(QDateTime::currentDateTimeUtc());
    return {n, tr("%n arrival(s) waiting to be received", nullptr, n), false};
}

void ReceptionPage::shown()
{
    refresh();
    focusSearch();
}

ReceptionPage::~ReceptionPage()
{
    m_watcher.waitForFinished();
}

void ReceptionPage::setHeaders()
{
    m_resultsModel->retranslate();
    m_boardModel->retranslate();
    ui->historyTable->setColumnCount(6);
    ui->historyTable->setHorizontalHeaderLabels(
        {tr("Date"), tr("Work order"), tr("Mileage"), tr("Amount"), tr("Advisor"), tr("Items")});
    ui->historyTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

void ReceptionPage::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        setHeaders();
        refreshVehicle();
        refreshBoard();
    }
    QWidget::changeEvent(e);
}

void ReceptionPage::refresh()
{
    // The greeting limit is a setting: read when the page is shown, not at every tick of the board's clock.
    try {
        m_greetingLimit = m_ctx.dealership.load().greetingLimitSeconds;
    } catch (const StoreError &) {
        // keep the last known limit; the board reports the database problem
    }
    refreshBoard();
    refreshVehicle();
}

void ReceptionPage::focusSearch()
{
    ui->searchEdit->setFocus();
    ui->searchEdit->selectAll();
}

void ReceptionPage::showHint(const QString &text)
{
    ui->resultsLabel->setText(text);
}

bool ReceptionPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (watched == ui->searchEdit) {
            if ((key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown) && m_resultsModel->rowCount() > 0) {
                ui->resultsTable->setFocus();
                ui->resultsTable->selectRow(0);
                return true;
            }
            if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && m_resultsModel->rowCount() > 0) {
                if (ui::sourceRow(ui->resultsTable) < 0)
                    ui->resultsTable->selectRow(0);
                openSelectedResult();
                return true;
            }
        } else if (watched == ui->resultsTable) {
            if (key->key() == Qt::Key_Up && ui::sourceRow(ui->resultsTable) <= 0) {
                focusSearch();
                return true;
            }
            if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
                openSelectedResult();
                return true;
            }
            if (!key->text().isEmpty() && key->text().at(0).isPrint()) {
                // Typing in the list goes on in the search box.
                ui->searchEdit->setFocus();
                ui->searchEdit->insert(key->text());
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ReceptionPage::startSearch()
{
    m_pendingText = ui->searchEdit->text();
    if (m_running)
        return; // the newest text is searched when the running query ends
    if (m_pendingText.trimmed().isEmpty()) {
        m_searchedText = m_pendingText;
        showResults({});
        return;
    }
    m_running = true;
    m_searchedText = m_pendingText;
    Database *db = &m_ctx.db;
    const QString text = m_searchedText;
    // A pool thread with its own connection: typing never waits for the database.
    m_watcher.setFuture(QtConcurrent::run([db, text] { return Search(*db).find(text, 30); }));
}

void ReceptionPage::showResults(const QList<SearchHit> &hits)
{
    m_hits = hits;
    m_resultsModel->setRows(hits);
    if (ui->searchEdit->text().trimmed().isEmpty())
        ui->resultsLabel->setText(tr("Type to search; arrows and Enter open a result."));
    else if (hits.isEmpty())
        ui->resultsLabel->setText(tr("Nothing found for \"%1\". Ctrl+N enters a new customer and vehicle.")
                                      .arg(ui->searchEdit->text().trimmed()));
    else
        ui->resultsLabel->setText(tr("%n result(s); ↓ and Enter open one.", nullptr, int(hits.size())));
}

void ReceptionPage::openSelectedResult()
{
    const int row = ui::sourceRow(ui->resultsTable);
    if (row < 0 || row >= m_hits.size())
        return;
    const SearchHit &h = m_hits.at(row);
    if (h.vehicleId) {
        openVehicle(h.vehicleId);
        ui->checkInButton->setFocus();
    } else if (h.customerId && m_ctx.can(Permission::EditCustomers)) {
        // A customer without a vehicle on file: enter their vehicle.
        VehicleDialog d(m_ctx, 0, this);
        d.setOwner(h.customerId);
        if (d.exec() == QDialog::Accepted)
            openVehicle(d.vehicleId());
    }
}

void ReceptionPage::openVehicle(qint64 vehicleId)
{
    m_vehicleId = vehicleId;
    refreshVehicle();
}

void ReceptionPage::refreshBoard()
{
    try {
        m_arrivals = Reception(m_ctx.db).board(QDate::currentDate());
    } catch (const StoreError &e) {
        ui->boardSummary->setText(e.message());
        return;
    }
    showBoard();
}

void ReceptionPage::showBoard()
{
    const qint64 selected = selectedArrival() ? selectedArrival()->visitId : 0;
    m_boardNow = m_ctx.db.now();
    const int limit = m_greetingLimit;
    int late = 0, waiting = 0;
    for (const Arrival &a : std::as_const(m_arrivals)) {
        const bool isWaiting = a.state == QLatin1String("waiting");
        waiting += isWaiting;
        late += !a.receivedAt.isValid() && isWaiting && a.waitSeconds(m_boardNow) > limit;
    }
    m_boardModel->setRows(m_arrivals); // the same arrivals: the cells repaint and the selection stays
    if (selected && ui::selectedKey(ui->boardTable) != selected)
        ui::selectKey(ui->boardTable, selected);
    const qint64 avg = Reception::averageGreetingSeconds(m_arrivals);
    QStringList summary;
    summary << tr("%n arrival(s) today", nullptr, int(m_arrivals.size()));
    summary << (avg < 0 ? tr("no greeting yet today") : tr("average greeting %1").arg(duration(avg)));
    if (waiting)
        summary << tr("%n waiting", nullptr, waiting);
    if (late)
        summary << tr("%n waiting longer than %1 — greet them now", nullptr, late).arg(duration(limit));
    ui->boardSummary->setText(summary.join(QStringLiteral("  ·  ")));
    ui->boardSummary->setStyleSheet(late ? QStringLiteral("color: #8a1c1c; font-weight: 600;") : QString());
    emit ui->boardTable->selectionModel()->selectionChanged({}, {});
}

std::optional<Arrival> ReceptionPage::selectedArrival() const
{
    const int row = m_boardModel->rowOfKey(ui::selectedKey(ui->boardTable));
    if (row < 0 || row >= m_arrivals.size())
        return std::nullopt;
    return m_arrivals.at(row);
}

void ReceptionPage::vehicleArrived()
{
    if (!m_ctx.can(Permission::ReceiveVehicles))
        return;
    bool ok = false;
    QString plate = QInputDialog::getText(this, tr("Vehicle arrived"),
                                          tr("Plate of the arriving vehicle (leave empty if it has none yet):"),
                                          QLineEdit::Normal, QString(), &ok);
    while (ok) {
        try {
            Commands commands = m_ctx.commands();
            Reception(m_ctx.db).arrive(commands, plate);
            break;
        } catch (const StoreError &e) {
            // Keep what was typed and say what is wrong.
            plate = QInputDialog::getText(this, tr("Vehicle arrived"), e.message() + QStringLiteral("\n\n") + tr("Plate:"),
                                          QLineEdit::Normal, plate, &ok);
        }
    }
    refreshBoard();
    if (ok) {
        ui->boardTable->setFocus();
        ui->boardTable->selectRow(m_boardModel->rowCount() - 1);
    }
}

void ReceptionPage::startReception()
{
    auto a = selectedArrival();
    if (!a) {
        // Without a selection, the longest-waiting arrival is received.
        for (int r = 0; r < m_arrivals.size(); ++r) {
            if (m_arrivals.at(r).state == QLatin1String("waiting")) {
                ui->boardTable->selectRow(r);
                a = m_arrivals.at(r);
                break;
            }
        }
    }
    if (!a)
        return;
    try {
        Commands commands = m_ctx.commands();
        Reception(m_ctx.db).startReception(commands, a->visitId, a->version);
    } catch (const StoreError &e) {
        ui::showError(this, e);
    }
    refreshBoard();
    if (a->vehicleId)
        openVehicle(a->vehicleId);
}

void ReceptionPage::checkIn(qint64 visitId)
{
    // F4 and "Check in…" take the arrival selected on the board when it is still open and is this car (or no car
    // is open): never a second arrival for a car already on the board (the store reuses its open one too).
    if (!visitId) {
        if (const auto a = selectedArrival(); a && (a->state == QLatin1String("waiting") || a->state == QLatin1String("in_reception"))
                                              && (!m_vehicleId || !a->vehicleId || a->vehicleId == m_vehicleId))
            visitId = a->visitId;
    }
    qint64 vehicleId = m_vehicleId;
    if (visitId) {
        const auto a = Reception(m_ctx.db).visit(visitId);
        if (a && a->vehicleId)
            vehicleId = a->vehicleId;
        else if (a && !a->plate.isEmpty() && vehicleId == 0) {
            // Not on file yet: enter the customer and vehicle first.
            VehicleDialog d(m_ctx, 0, this);
            if (d.exec() != QDialog::Accepted)
                return;
            vehicleId = d.vehicleId();
        }
    }
    if (!vehicleId) {
        QMessageBox::information(this, tr("Check in"), tr("Open the vehicle first: search for it, or enter it with Ctrl+N."));
        focusSearch();
        return;
    }
    CheckInDialog d(m_ctx, vehicleId, visitId, this);
    if (d.exec() == QDialog::Accepted) {
        const bool inspect = d.offerInspection(this);
        openVehicle(vehicleId);
        refreshBoard();
        if (inspect)
            emit inspectionRequested(d.workOrderId());
    }
}

void ReceptionPage::newCustomerAndVehicle()
{
    if (!m_ctx.can(Permission::EditCustomers))
        return;
    VehicleDialog d(m_ctx, 0, this);
    if (d.exec() == QDialog::Accepted)
        openVehicle(d.vehicleId());
}

void ReceptionPage::editVehicle()
{
    if (!m_vehicleId)
        return;
    VehicleDialog d(m_ctx, m_vehicleId, this);
    if (d.exec() == QDialog::Accepted)
        openVehicle(d.vehicleId());
}

void ReceptionPage::bookAppointment()
{
    if (!m_vehicleId)
        return;
    Appointment a;
    a.vehicleId = m_vehicleId;
    if (auto v = VehicleStore(m_ctx.db).byId(m_vehicleId))
        a.customerId = v->ownerId;
    AppointmentDialog d(m_ctx, a, this);
    d.exec();
}

} // namespace dd
