#include "appointmentspage.h"

#include <QAction>
#include <QHeaderView>
#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>
#include <QTimer>

#include "appcontext.h"
#include "appointmentdialog.h"
#include "calldialog.h"
#include "checkindialog.h"
#include "daytimeline.h"
#include "core/identifiers.h"
#include "core/money.h"
#include "store/appointmentstore.h"
#include "store/reception.h"
#include "printpreviewdialog.h"
#include "ui_appointmentspage.h"
#include "uihelpers.h"
#include "liveupdates.h"

namespace dd {

using ui::cell;

namespace {
QString timeRange(const Appointment &a)
{
    const QLocale l;
    return l.toString(a.startsAt.toLocalTime().time(), QStringLiteral("HH:mm")) + QStringLiteral("–")
        + l.toString(a.endsAt().toLocalTime().time(), QStringLiteral("HH:mm"));
}
} // namespace

AppointmentsPage::AppointmentsPage(AppContext &ctx, QWidget *parent)
    : QWidget(parent), ui(std::make_unique<Ui::AppointmentsPage>()), m_ctx(ctx)
{
    ui->setupUi(this);
    ui->dayEdit->setDate(QDate::currentDate());
    ui->topSplitter->setStretchFactor(0, 3);
    ui->topSplitter->setStretchFactor(1, 1);
    // The list and the load, then the timeline, then tomorrow's calls: the timeline gets the most room.
    ui->splitter->setStretchFactor(0, 3);
    ui->splitter->setStretchFactor(1, 4);
    ui->splitter->setStretchFactor(2, 2);
    ui->splitter->setSizes({300, 400, 200});
    // The whole date, and the load table's four columns, never clipped.
    ui->dayEdit->setMinimumWidth(ui->dayEdit->fontMetrics().horizontalAdvance(QStringLiteral("2026/12/31")) + 48);
    ui->loadPane->setMinimumWidth(ui->loadPane->fontMetrics().horizontalAdvance(QStringLiteral("0")) * 44);
    ui->loadTable->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setUpModels();
    setHeaders();
    setFocusProxy(ui->dayTable); // opening the page puts the keyboard in the day's list
    connect(ui->dayEdit, &QDateEdit::dateChanged, this, &AppointmentsPage::refresh);
    connect(ui->previousButton, &QPushButton::clicked, this, [this] { setDay(day().addDays(-1)); });
    connect(ui->nextButton, &QPushButton::clicked, this, [this] { setDay(day().addDays(1)); });
    connect(ui->todayButton, &QPushButton::clicked, this, [this] { setDay(QDate::currentDate()); });
    connect(ui->newButton, &QPushButton::clicked, this, &AppointmentsPage::newAppointmentRequested);
    connect(ui->editButton, &QPushButton::clicked, this, &AppointmentsPage::editAppointment);
    connect(ui->cancelButton, &QPushButton::clicked, this, &AppointmentsPage::cancelAppointment);
    connect(ui->noShowButton, &QPushButton::clicked, this, &AppointmentsPage::markNoShow);
    connect(ui->noShowsButton, &QPushButton::clicked, this, &AppointmentsPage::recordNoShows);
    connect(ui->checkInButton, &QPushButton::clicked, this, &AppointmentsPage::checkIn);
    connect(ui->callButton, &QPushButton::clicked, this, &AppointmentsPage::logCall);
    connect(ui->printButton, &QPushButton::clicked, this, &AppointmentsPage::printSlip);
    // Enter (or a double click) on a row does the row's usual thing.
    connect(ui->dayTable, &QTableView::activated, this, &AppointmentsPage::editAppointment);
    connect(ui->confirmTable, &QTableView::activated, this, &AppointmentsPage::logCall);
    ui->dayTable->installEventFilter(this);
    ui->confirmTable->installEventFilter(this);
    connect(ui->dayTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AppointmentsPage::updateButtons);
    // The timeline and the list show the same booking as current: choosing it in one chooses it in the other.
    connect(ui->dayTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { ui->timeline->setCurrent(ui::selectedKey(ui->dayTable)); });
    connect(ui->timeline, &DayTimeline::currentChanged, this, [this](qint64 id) { selectAppointment(id); });
    connect(ui->timeline, &DayTimeline::activated, this, [this](qint64 id) {
        if (selectAppointment(id))
            editAppointment();
    });
    connect(ui->confirmTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AppointmentsPage::updateButtons);
    m_keys.add(QKeySequence(Qt::Key_F4), QT_TR_NOOP("Check in the selected appointment"), [this] { checkIn(); });
    m_keys.add(QKeySequence(Qt::CTRL | Qt::Key_P), QT_TR_NOOP("Print the appointment slip"), [this] { printSlip(); });
    m_keys.note(QKeySequence(Qt::Key_Return), QT_TR_NOOP("On a call to make: log the call"));
    // Other stations book and call too: their changes show within a second.
    goLive(ctx);
}

AppointmentsPage::~AppointmentsPage() = default;

QStringList AppointmentsPage::listensTo() const
{
    return {QStringLiteral("appointments"), QStringLiteral("appointment_calls"), QStringLiteral("bays"),
            QStringLiteral("vehicles"),     QStringLiteral("customers"),         QStringLiteral("work_orders")};
}

void AppointmentsPage::setHeaders()
{
    for (auto *m : {m_dayModel, m_confirmModel})
        m->retranslate();
    m_loadModel->retranslate();
}

void AppointmentsPage::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        setHeaders();
        refresh();
    }
    QWidget::changeEvent(e);
}

bool AppointmentsPage::eventFilter(QObject *watched, QEvent *event)
{
    // A list reached by the keyboard has a row selected at once, so F4 or Enter act on something visible.
    if (event->type() == QEvent::FocusIn) {
        for (QTableView *t : {ui->dayTable, ui->confirmTable})
            if (watched == t && t->model()->rowCount() > 0 && !t->selectionModel()->hasSelection())
                t->selectRow(qMax(0, t->currentIndex().row()));
    }
    return QWidget::eventFilter(watched, event);
}

QDate AppointmentsPage::day() const
{
    return ui->dayEdit->date();
}

void AppointmentsPage::setDay(const QDate &d)
{
    if (d == day())
        refresh();
    else
        ui->dayEdit->setDate(d); // refreshes
}

std::optional<Appointment> AppointmentsPage::selectedIn(QTableView *table, const QList<Appointment> &list) const
{
    const qint64 key = ui::selectedKey(table);
    for (const Appointment &a : list)
        if (key && a.id == key)
            return a;
    return std::nullopt;
}

std::optional<Appointment> AppointmentsPage::selectedAppointment() const
{
    return selectedIn(ui->dayTable, m_day);
}

bool AppointmentsPage::selectIn(QTableView *table, qint64 id)
{
    return ui::selectKey(table, id);
}

bool AppointmentsPage::selectAppointment(qint64 id)
{
    return selectIn(ui->dayTable, id);
}

bool AppointmentsPage::selectToConfirm(qint64 id)
{
    return selectIn(ui->confirmTable, id);
}

void AppointmentsPage::updateButtons()
{
    const auto a = selectedAppointment();
    const bool manage = m_ctx.can(Permission::ManageAppointments);
    const bool open = a && a->isOpen();
    ui->newButton->setEnabled(manage);
    ui->editButton->setEnabled(open && manage);
    ui->cancelButton->setEnabled(open && manage);
    ui->noShowButton->setEnabled(open && manage && a->startsAt <= m_ctx.db.now());
    ui->checkInButton->setEnabled(open && m_ctx.can(Permission::ReceiveVehicles)
                                  && a->startsAt.toLocalTime().date() == QDate::currentDate());
    ui->callButton->setEnabled(manage && selectedIn(ui->confirmTable, m_toConfirm).has_value());
    ui->printButton->setEnabled(a && !a->is(AppointmentState::Cancelled) && m_ctx.can(Permission::PrintDocuments));
}

void AppointmentsPage::printSlip()
{
    const auto a = selectedAppointment();
    if (!a || !ui->printButton->isEnabled())
        return;
    PrintPreviewDialog d(m_ctx, QStringLiteral("appointment"), a->number, this);
    if (!d.isReady()) {
        QMessageBox::information(this, tr("Appointment %1").arg(a->number), d.problem());
        return;
    }
    d.exec();
}

void AppointmentsPage::editAppointment()
{
    const auto a = selectedAppointment();
    if (!a || !m_ctx.can(Permission::ManageAppointments))
        return;
    if (!a->isOpen()) {
        QMessageBox::information(this, tr("Appointment %1").arg(a->number),
                                 tr("This appointment is %1 and can no longer be changed; book a new one from the "
                                    "reception screen.")
                                     .arg(AppointmentRules::stateName(a->state).toLower()));
        return;
    }
    AppointmentDialog d(m_ctx, *a, this);
    if (d.exec() == QDialog::Accepted) {
        refresh();
        selectAppointment(a->id);
    }
}

void AppointmentsPage::cancelAppointment()
{
    const auto a = selectedAppointment();
    if (!a || !a->isOpen() || !m_ctx.can(Permission::ManageAppointments))
        return;
    bool ok = false;
    QString reason;
    QString prompt = tr("Why is appointment %1 (%2, %3) cancelled?").arg(a->number, a->vehicleLabel, timeRange(*a));
    for (;;) {
        reason = QInputDialog::getText(this, tr("Cancel appointment"), prompt, QLineEdit::Normal, reason, &ok);
        if (!ok)
            return;
        try {
            Commands commands = m_ctx.commands();
            AppointmentStore(m_ctx.db).cancel(commands, a->id, a->version, reason);
            break;
        } catch (const StoreError &e) {
            if (e.kind() != StoreError::Kind::Validation) {
                ui::showError(this, e);
                break;
            }
            // Keep what was typed and say what is missing.
            prompt = e.message() + QStringLiteral("\n\n") + tr("Reason:");
        }
    }
    refresh();
}

void AppointmentsPage::markNoShow()
{
    const auto a = selectedAppointment();
    if (!a || !a->isOpen() || !m_ctx.can(Permission::ManageAppointments))
        return;
    if (QMessageBox::question(this, tr("No-show"),
                              tr("Mark appointment %1 (%2, %3) as a no-show?").arg(a->number, a->vehicleLabel, timeRange(*a)))
        != QMessageBox::Yes)
        return;
    try {
        Commands commands = m_ctx.commands();
        AppointmentStore(m_ctx.db).markNoShow(commands, a->id, a->version);
    } catch (const StoreError &e) {
        ui::showError(this, e);
    }
    refresh();
}

void AppointmentsPage::recordNoShows()
{
    if (!m_ctx.can(Permission::ManageAppointments))
        return;
    int recorded = 0;
    try {
        Commands commands = m_ctx.commands();
        recorded = AppointmentStore(m_ctx.db).recordNoShows(commands, day(), m_grace);
    } catch (const StoreError &e) {
        ui::showError(this, e);
        return;
    }
    refresh();
    ui->summaryLabel->setText(ui->summaryLabel->text() + QStringLiteral("  ·  ") +
                              (recorded ? tr("%n no-show(s) recorded", nullptr, recorded)
                                        : tr("no booking is past its grace time of %1 min").arg(m_grace)));
}

void AppointmentsPage::checkIn()
{
    const auto a = selectedAppointment();
    if (!a || !m_ctx.can(Permission::ReceiveVehicles))
        return;
    if (!a->isOpen() || a->startsAt.toLocalTime().date() != QDate::currentDate()) {
        QMessageBox::information(this, tr("Check in"),
                                 tr("Only today's open appointments are checked in here; appointment %1 is %2 on %3.")
                                     .arg(a->number, AppointmentRules::stateName(a->state).toLower(),
                                          QLocale().toString(a->startsAt.toLocalTime().date(), QLocale::ShortFormat)));
        return;
    }
    // When the car is already on the reception board, its arrival is the one checked in.
    qint64 visitId = 0;
    try {
        for (const Arrival &arrival : Reception(m_ctx.db).board(QDate::currentDate()))
            if (arrival.vehicleId == a->vehicleId
                && (arrival.state == QLatin1String("waiting") || arrival.state == QLatin1String("in_reception")))
                visitId = arrival.visitId;
    } catch (const StoreError &e) {
        ui::showError(this, e);
        return;
    }
    CheckInDialog d(m_ctx, a->vehicleId, visitId, this);
    if (d.exec() == QDialog::Accepted) {
        const bool inspect = d.offerInspection(this);
        refresh();
        emit checkedIn(a->vehicleId);
        if (inspect)
            emit inspectionRequested(d.workOrderId());
    }
}

void AppointmentsPage::logCall()
{
    const auto a = selectedIn(ui->confirmTable, m_toConfirm);
    if (!a || !m_ctx.can(Permission::ManageAppointments))
        return;
    CallDialog d(m_ctx, *a, this);
    if (d.exec() != QDialog::Accepted)
        return;
    if (d.result() == QLatin1String("rescheduled")) {
        // The customer asked for another time: change it now, while they are on the phone.
        try {
            if (auto fresh = AppointmentStore(m_ctx.db).byId(a->id); fresh && fresh->isOpen()) {
                AppointmentDialog edit(m_ctx, *fresh, this);
                edit.exec();
            }
        } catch (const StoreError &e) {
            ui::showError(this, e);
        }
    }
    refresh();
}

} // namespace dd
