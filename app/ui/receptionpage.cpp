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
QString shortDate(const QDateTime &utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime().date(), QLocale::ShortFormat) : QString();
}
QString shortTime(const QDateTime &utc)
{
    return utc.isValid() ? LocalFormat::time(utc.toLocalTime().time()) : QString();
}
QString minutesSeconds(qint64 s)
{
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}
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

void ReceptionPage::setUpModels()
{
    using Hit = RowsModel<SearchHit>::Column;
    const auto text = [](std::function<QString(const SearchHit &)> f) {
        return [f](const SearchHit &h, int role) { return role == Qt::DisplayRole ? QVariant(f(h)) : QVariant(); };
    };
    m_resultsModel = new RowsModel<SearchHit>(
        "dd::ReceptionPage",
        {Hit{QT_TR_NOOP("Plate"),
             [](const SearchHit &h, int role) -> QVariant {
                 if (role == Qt::DisplayRole)
                     return h.plate.isEmpty() ? (h.vin.isEmpty() ? QString() : tr("VIN …%1").arg(h.vin.right(8))) : h.plate;
                 if (role == Qt::ToolTipRole)
                     return tr("Found by %1").arg(Search::matchName(h.match));
                 return {};
             }},
         Hit{QT_TR_NOOP("Vehicle"), text([](const SearchHit &h) {
                 return h.vehicleText.isEmpty() && !h.vehicleId ? tr("(no vehicle on file)") : h.vehicleText;
             })},
         Hit{QT_TR_NOOP("Customer"), text([](const SearchHit &h) { return h.customerName; })},
         Hit{QT_TR_NOOP("Phone"), text([](const SearchHit &h) { return Phone::masked(h.phone); })},
         Hit{QT_TR_NOOP("Last visit"),
             [](const SearchHit &h, int role) -> QVariant {
                 if (role == Qt::DisplayRole)
                     return shortDate(h.lastVisit);
                 return role == SortRole ? QVariant(h.lastVisit) : QVariant();
             }},
         Hit{QT_TR_NOOP("Open work order"), text([](const SearchHit &h) {
                 return h.openWorkOrder.isEmpty() ? QString()
                                                  : tr("%1 (%2)").arg(h.openWorkOrder, WorkOrderRules::stateName(h.openWorkOrderState));
             })}},
        // A customer without a vehicle on file is keyed by the customer (negative: never a vehicle's id).
        [](const SearchHit &h) { return h.vehicleId ? h.vehicleId : -h.customerId; }, this);
    ui::setUpList(ui->resultsTable, m_resultsModel);

    using Arr = RowsModel<Arrival>::Column;
    // A car waiting for a greeting longer than the shop's limit shows red on every cell of its row.
    const auto overdue = [this](const Arrival &a) {
        return !a.receivedAt.isValid() && a.state == QLatin1String("waiting") && a.waitSeconds(m_boardNow) > m_greetingLimit;
    };
    const auto arrival = [overdue](std::function<QVariant(const Arrival &, int)> f) {
        return [f, overdue](const Arrival &a, int role) -> QVariant {
            if (role == Qt::BackgroundRole)
                return overdue(a) ? QVariant(QColor(0xfd, 0xe2, 0xe1)) : QVariant();
            if (role == Qt::ForegroundRole)
                return overdue(a) ? QVariant(QColor(0x8a, 0x1c, 0x1c)) : QVariant();
            return f(a, role);
        };
    };
    const auto shown = [](std::function<QString(const Arrival &)> f) {
        return [f](const Arrival &a, int role) { return role == Qt::DisplayRole ? QVariant(f(a)) : QVariant(); };
    };
    m_boardModel = new RowsModel<Arrival>(
        "dd::ReceptionPage",
        {Arr{QT_TR_NOOP("Arrived"), arrival([](const Arrival &a, int role) -> QVariant {
                 if (role == Qt::DisplayRole)
                     return shortTime(a.arrivedAt);
                 return role == SortRole ? QVariant(a.arrivedAt) : QVariant();
             })},
         Arr{QT_TR_NOOP("Plate"), arrival(shown([](const Arrival &a) { return a.plate.isEmpty() ? tr("(no plate)") : a.plate; }))},
         Arr{QT_TR_NOOP("Vehicle / customer"), arrival(shown([](const Arrival &a) {
                 return QStringList{a.vehicleText, a.customerName}.join(QStringLiteral("  ")).simplified();
             }))},
         Arr{QT_TR_NOOP("Waited"), arrival([this](const Arrival &a, int role) -> QVariant {
                 if (role == Qt::DisplayRole)
                     return minutesSeconds(a.waitSeconds(m_boardNow));
                 return role == SortRole ? QVariant(a.waitSeconds(m_boardNow)) : QVariant();
             })},
         Arr{QT_TR_NOOP("Advisor"), arrival(shown([](const Arrival &a) { return a.advisorName; }))},
         // The booking, and how early or late the customer came against it.
         Arr{QT_TR_NOOP("Appointment"), arrival(shown([](const Arrival &a) {
                 if (a.appointmentNumber.isEmpty())
                     return QString();
                 return tr("%1 · %2 %3")
                     .arg(a.appointmentNumber, LocalFormat::time(a.appointmentAt.toLocalTime().time()),
                          AppointmentRules::punctuality(a.appointmentAt, a.arrivedAt));
             }))},
         Arr{QT_TR_NOOP("State"), arrival(shown([](const Arrival &a) {
                 if (a.state == QLatin1String("waiting"))
                     return tr("Waiting for an advisor");
                 if (a.state == QLatin1String("in_reception"))
                     return tr("In reception");
                 if (a.state == QLatin1String("checked_in"))
                     return tr("Checked in: %1").arg(a.workOrderNumber);
                 return tr("Left");
             }))}},
        [](const Arrival &a) { return a.visitId; }, this);
    ui::setUpList(ui->boardTable, m_boardModel);
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

void ReceptionPage::refreshVehicle()
{
    const bool open = m_vehicleId != 0;
    ui->editButton->setEnabled(open && m_ctx.can(Permission::EditCustomers));
    ui->appointmentButton->setEnabled(open && m_ctx.can(Permission::ManageAppointments));
    ui->checkInButton->setEnabled(open && m_ctx.can(Permission::ReceiveVehicles));
    ui->newButton->setEnabled(m_ctx.can(Permission::EditCustomers));
    ui->arrivedButton->setEnabled(m_ctx.can(Permission::ReceiveVehicles));
    ui->attentionList->clear();
    ui->historyTable->setRowCount(0);
    if (!open) {
        ui->vehicleTitle->setText(tr("No vehicle open"));
        ui->ownerLabel->setText(tr("Search above, or press Ctrl+N for a new customer and vehicle."));
        return;
    }
    VehicleHistory h;
    try {
        h = History(m_ctx.db).load(m_vehicleId, QDate::currentDate());
    } catch (const StoreError &e) {
        ui->ownerLabel->setText(e.message());
        return;
    }
    const Vehicle &v = h.vehicle;
    ui->vehicleTitle->setText(QStringList{v.plate.isEmpty() ? tr("(no plate yet)") : v.plate, v.brand, v.series, v.model}
                                  .join(QLatin1Char(' '))
                                  .simplified());
    QStringList facts;
    facts << tr("Owner: %1, %2").arg(h.ownerName, Phone::display(h.ownerPhone));
    facts << tr("VIN %1").arg(v.vin.isEmpty() ? tr("not recorded") : v.vin);
    if (h.odometerKm >= 0) // the latest reliable reading from any source, and its date
        facts << (h.odometerAt.isValid() ? tr("%L1 km on %2").arg(h.odometerKm).arg(shortDate(h.odometerAt))
                                         : tr("%L1 km").arg(h.odometerKm));
    if (v.modelYear)
        facts << tr("model year %1").arg(v.modelYear);
    if (!v.color.isEmpty())
        facts << v.color;
    ui->ownerLabel->setText(facts.join(QStringLiteral("  ·  ")));
    for (const AttentionItem &a : h.attention) {
        QString text = History::kindName(a.kind) + QStringLiteral(": ") + a.text;
        if (a.amountFen)
            text += QStringLiteral("  ¥") + money::format(a.amountFen);
        if (!a.reason.isEmpty())
            text += QStringLiteral(" — ") + a.reason;
        if (a.due.isValid() && a.kind != AttentionItem::Kind::MaintenanceDue) // its text holds the date already
            text += QStringLiteral("  ") + tr("(due %1)").arg(QLocale().toString(a.due, QLocale::ShortFormat));
        if (!a.origin.isEmpty())
            text += QStringLiteral("  [") + a.origin + QLatin1Char(']');
        auto *item = new QListWidgetItem(text, ui->attentionList);
        item->setForeground(a.kind == AttentionItem::Kind::Damage ? QColor(0x55, 0x55, 0x55)
                            : a.kind == AttentionItem::Kind::Promise || a.kind == AttentionItem::Kind::MaintenanceDue
                                ? QColor(0x1f, 0x5f, 0xa8)
                                : QColor(0xb3, 0x5c, 0x00));
    }
    if (h.attention.isEmpty())
        new QListWidgetItem(tr("Nothing outstanding."), ui->attentionList);
    ui->historyTable->setRowCount(int(h.visits.size()));
    for (int r = 0; r < h.visits.size(); ++r) {
        const PastVisit &p = h.visits.at(r);
        ui->historyTable->setItem(r, 0, cell(shortDate(p.openedAt)));
        ui->historyTable->setItem(r, 1, cell(p.number));
        ui->historyTable->setItem(r, 2, cell(p.mileageKm >= 0 ? tr("%L1 km").arg(p.mileageKm) : QString()));
        auto *amount = cell(money::format(p.amountFen));
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        ui->historyTable->setItem(r, 3, amount);
        ui->historyTable->setItem(r, 4, cell(p.advisor));
        ui->historyTable->setItem(r, 5, cell(p.items.join(QStringLiteral("、"))));
    }
    ui->historyLabel->setText(tr("Past visits: %n", nullptr, int(h.visits.size())));
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
