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
QString hours(int minutes)
{
    return QLocale().toString(minutes / 60.0, 'f', 1);
}
} // namespace

AppointmentsPage::AppointmentsPage(AppContext &ctx, QWidget *parent)
    : QWidget(parent), ui(std::make_unique<Ui::AppointmentsPage>()), m_ctx(ctx)
{
    ui->setupUi(this);
    ui->dayEdit->setDate(QDate::currentDate());
    ui->topSplitter->setStretchFactor(0, 3);
    ui->topSplitter->setStretchFactor(1, 1);
    ui->splitter->setStretchFactor(0, 3);
    ui->splitter->setStretchFactor(1, 2);
    // The whole date, and the load table's four columns, never clipped.
    ui->dayEdit->setMinimumWidth(ui->dayEdit->fontMetrics().horizontalAdvance(QStringLiteral("2026/12/31")) + 48);
    ui->loadPane->setMinimumWidth(ui->loadPane->fontMetrics().horizontalAdvance(QStringLiteral("0")) * 44);
    ui->loadTable->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
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
    connect(ui->checkInButton, &QPushButton::clicked, this, &AppointmentsPage::checkIn);
    connect(ui->callButton, &QPushButton::clicked, this, &AppointmentsPage::logCall);
    connect(ui->printButton, &QPushButton::clicked, this, &AppointmentsPage::printSlip);
    // Enter (or a double click) on a row does the row's usual thing.
    connect(ui->dayTable, &QTableWidget::activated, this, &AppointmentsPage::editAppointment);
    connect(ui->confirmTable, &QTableWidget::activated, this, &AppointmentsPage::logCall);
    ui->dayTable->installEventFilter(this);
    ui->confirmTable->installEventFilter(this);
    connect(ui->dayTable, &QTableWidget::itemSelectionChanged, this, &AppointmentsPage::updateButtons);
    connect(ui->confirmTable, &QTableWidget::itemSelectionChanged, this, &AppointmentsPage::updateButtons);
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
    ui->dayTable->setColumnCount(9);
    ui->dayTable->setHorizontalHeaderLabels({tr("Time"), tr("Vehicle"), tr("Customer"), tr("Phone"), tr("Service"),
                                             tr("Advisor"), tr("Bay"), tr("Deposit"), tr("State")});
    ui->loadTable->setColumnCount(4);
    ui->loadTable->setHorizontalHeaderLabels({tr("Advisor / bay"), tr("Bookings"), tr("Hours"), tr("Clashes")});
    ui->confirmTable->setColumnCount(6);
    ui->confirmTable->setHorizontalHeaderLabels(
        {tr("Time"), tr("Customer"), tr("Phone"), tr("Vehicle"), tr("Service"), tr("Calls so far")});
    for (QTableWidget *t : {ui->dayTable, ui->loadTable, ui->confirmTable})
        t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
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
        for (QTableWidget *t : {ui->dayTable, ui->confirmTable})
            if (watched == t && t->rowCount() > 0 && t->selectedItems().isEmpty())
                t->selectRow(qMax(0, t->currentRow()));
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

void AppointmentsPage::refresh()
{
    const auto selected = selectedAppointment();
    const auto calling = selectedIn(ui->confirmTable, m_toConfirm);
    const QDate d = day();
    const QLocale locale;
    QList<ResourceLoad> load;
    QList<qint64> overbooked;
    m_confirmDay = QDate::currentDate().addDays(1);
    QList<QList<AppointmentCall>> calls;
    try {
        AppointmentStore store(m_ctx.db);
        m_day = store.day(d);
        m_toConfirm = store.toConfirm(m_confirmDay);
        for (const Appointment &a : m_toConfirm)
            calls << store.calls(a.id);
    } catch (const StoreError &e) {
        ui->summaryLabel->setText(e.message());
        ui->summaryLabel->setStyleSheet(QStringLiteral("color: #8a1c1c;"));
        return;
    }
    load = AppointmentRules::load(m_day, &overbooked);

    // The day's appointments.
    int open = 0, arrived = 0, closed = 0;
    ui->dayTable->setRowCount(int(m_day.size()));
    for (int r = 0; r < m_day.size(); ++r) {
        const Appointment &a = m_day.at(r);
        open += a.isOpen();
        arrived += a.is(AppointmentState::Arrived);
        closed += a.is(AppointmentState::Cancelled) || a.is(AppointmentState::NoShow);
        QString deposit;
        if (a.depositFen > 0)
            deposit = (a.depositPaid ? tr("¥%1 paid") : tr("¥%1 not paid")).arg(money::format(a.depositFen));
        QString state = AppointmentRules::stateName(a.state);
        if (a.is(AppointmentState::Cancelled) && !a.cancelReason.isEmpty())
            state += QStringLiteral(": ") + a.cancelReason;
        const QStringList texts{timeRange(a),
                                a.vehicleLabel,
                                a.customerName,
                                Phone::masked(a.phone),
                                AppointmentRules::serviceTypeName(a.serviceType),
                                a.advisorName.isEmpty() ? tr("(any)") : a.advisorName,
                                a.bayName.isEmpty() ? tr("(none yet)") : a.bayName,
                                deposit,
                                state};
        const bool clash = overbooked.contains(a.id);
        for (int c = 0; c < texts.size(); ++c) {
            auto *item = cell(texts.at(c), a.id);
            QStringList tips;
            if (clash) {
                item->setBackground(QColor(0xfd, 0xeb, 0xd0));
                tips << tr("Overbooked: overlaps another appointment of the same advisor or bay.");
            } else if (!a.isOpen() && !a.is(AppointmentState::Arrived)) {
                item->setForeground(QColor(0x80, 0x80, 0x80));
            } else if (a.is(AppointmentState::Arrived)) {
                item->setForeground(QColor(0x1d, 0x6b, 0x2f));
            }
            if (c == 0 && !a.concerns.isEmpty())
                tips << a.concerns;
            item->setToolTip(tips.join(QLatin1Char('\n')));
            ui->dayTable->setItem(r, c, item);
        }
    }
    QStringList summary;
    summary << tr("%1: %n appointment(s)", nullptr, int(m_day.size())).arg(locale.toString(d, QLocale::LongFormat));
    if (!m_day.isEmpty())
        summary << tr("%1 open, %2 arrived, %3 cancelled or no-show").arg(open).arg(arrived).arg(closed);
    if (!overbooked.isEmpty())
        summary << tr("⚠ %n overbooked", nullptr, int(overbooked.size()));
    ui->summaryLabel->setText(summary.join(QStringLiteral("  ·  ")));
    ui->summaryLabel->setStyleSheet(overbooked.isEmpty() ? QString() : QStringLiteral("color: #b35c00; font-weight: 600;"));

    // Load per advisor and bay.
    ui->loadTable->setRowCount(int(load.size()));
    for (int r = 0; r < load.size(); ++r) {
        const ResourceLoad &l = load.at(r);
        const QString who = l.name; // advisors first, then bays (whose names say so)
        const QStringList texts{who, QString::number(l.appointments), hours(l.minutes),
                                l.overlaps ? QString::number(l.overlaps) : QString()};
        for (int c = 0; c < texts.size(); ++c) {
            auto *item = cell(texts.at(c), l.id);
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (l.overlaps)
                item->setBackground(QColor(0xfd, 0xeb, 0xd0));
            ui->loadTable->setItem(r, c, item);
        }
    }

    // Tomorrow's calls.
    ui->confirmLabel->setText(tr("To conf&irm by phone: %1").arg(locale.toString(m_confirmDay, QLocale::LongFormat)));
    ui->confirmTable->setRowCount(int(m_toConfirm.size()));
    for (int r = 0; r < m_toConfirm.size(); ++r) {
        const Appointment &a = m_toConfirm.at(r);
        QString called = tr("not called yet");
        if (!calls.at(r).isEmpty()) {
            const AppointmentCall &last = calls.at(r).last();
            called = tr("%n call(s), last: %1 %2", nullptr, int(calls.at(r).size()))
                         .arg(AppointmentRules::callResultName(last.result),
                              locale.toString(last.at.toLocalTime().time(), QStringLiteral("HH:mm")));
        }
        const QStringList texts{timeRange(a),       a.customerName,
                                Phone::display(a.phone), a.vehicleLabel,
                                AppointmentRules::serviceTypeName(a.serviceType), called};
        for (int c = 0; c < texts.size(); ++c)
            ui->confirmTable->setItem(r, c, cell(texts.at(c), a.id));
    }
    ui->confirmHint->setText(m_toConfirm.isEmpty()
                                 ? tr("Every appointment of that day is confirmed or closed.")
                                 : tr("%n left to confirm. Enter logs the call of the selected row.", nullptr,
                                      int(m_toConfirm.size())));

    if (selected)
        selectAppointment(selected->id);
    if (calling)
        selectToConfirm(calling->id);
    updateButtons();
}

std::optional<Appointment> AppointmentsPage::selectedIn(QTableWidget *table, const QList<Appointment> &list) const
{
    const int row = table->currentRow();
    if (row < 0 || row >= list.size() || !table->item(row, 0) || !table->item(row, 0)->isSelected())
        return std::nullopt;
    return list.at(row);
}

std::optional<Appointment> AppointmentsPage::selectedAppointment() const
{
    return selectedIn(ui->dayTable, m_day);
}

bool AppointmentsPage::selectIn(QTableWidget *table, const QList<Appointment> &list, qint64 id)
{
    for (int r = 0; r < list.size(); ++r) {
        if (list.at(r).id == id) {
            table->selectRow(r);
            return true;
        }
    }
    return false;
}

bool AppointmentsPage::selectAppointment(qint64 id)
{
    return selectIn(ui->dayTable, m_day, id);
}

bool AppointmentsPage::selectToConfirm(qint64 id)
{
    return selectIn(ui->confirmTable, m_toConfirm, id);
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
