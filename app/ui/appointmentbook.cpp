// The appointment book (AppointmentsPage's, appointmentspage.h): the day's appointments, the load per advisor and
// bay, and the next day's calls to make, each a RowsModel; read at once when shown or another day is chosen,
// read again off the screen's thread when any station books, calls or checks in.
#include <QHeaderView>
#include <QScrollBar>
#include <QLocale>
#include <QMutexLocker>

#include <QSqlQuery>
#include "store/dealershipstore.h"
#include "store/appointmentstore.h"
#include "core/roles.h"
#include "store/database.h"
#include "appcontext.h"
#include "appointmentspage.h"
#include "core/identifiers.h"
#include "core/money.h"
#include "daytimeline.h"
#include "ui_appointmentspage.h"
#include "uihelpers.h"

namespace dd {

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

void AppointmentsPage::setUpModels()
{
    using Col = RowsModel<Appointment>::Column;
    // Every cell of a row: overbooked on amber with the reason, closed ones grey, arrived ones green.
    const auto booked = [this](std::function<QString(const Appointment &)> text, bool concernsTip = false) {
        return [this, text, concernsTip](const Appointment &a, int role) -> QVariant {
            const bool clash = m_overbooked.contains(a.id);
            switch (role) {
            case Qt::DisplayRole:
                return text(a);
            case Qt::BackgroundRole:
                return clash ? QVariant(QColor(0xfd, 0xeb, 0xd0)) : QVariant();
            case Qt::ForegroundRole:
                if (clash)
                    return {};
                if (a.is(AppointmentState::Arrived))
                    return QColor(0x1d, 0x6b, 0x2f);
                return a.isOpen() ? QVariant() : QVariant(QColor(0x80, 0x80, 0x80));
            case Qt::ToolTipRole: {
                QStringList tips;
                if (clash)
                    tips << tr("Overbooked: overlaps another appointment of the same advisor or bay.");
                if (concernsTip && !a.concerns.isEmpty())
                    tips << a.concerns;
                return tips.isEmpty() ? QVariant() : QVariant(tips.join(QLatin1Char('\n')));
            }
            case SortRole:
                return concernsTip ? QVariant(a.startsAt) : QVariant();
            }
            return {};
        };
    };
    m_dayModel = new RowsModel<Appointment>(
        "dd::AppointmentsPage",
        {Col{QT_TR_NOOP("Time"), booked([](const Appointment &a) { return timeRange(a); }, true)},
         Col{QT_TR_NOOP("Vehicle"), booked([](const Appointment &a) { return a.vehicleLabel; })},
         Col{QT_TR_NOOP("Customer"), booked([](const Appointment &a) { return a.customerName; })},
         Col{QT_TR_NOOP("Phone"), booked([](const Appointment &a) { return Phone::masked(a.phone); })},
         Col{QT_TR_NOOP("Service"), booked([](const Appointment &a) { return AppointmentRules::serviceTypeName(a.serviceType); })},
         Col{QT_TR_NOOP("Advisor"), booked([](const Appointment &a) { return a.advisorName.isEmpty() ? tr("(any)") : a.advisorName; })},
         Col{QT_TR_NOOP("Bay"), booked([](const Appointment &a) { return a.bayName.isEmpty() ? tr("(none yet)") : a.bayName; })},
         Col{QT_TR_NOOP("Deposit"), booked([](const Appointment &a) {
                 if (a.depositFen <= 0)
                     return QString();
                 return (a.depositPaid ? tr("¥%1 paid") : tr("¥%1 not paid")).arg(money::format(a.depositFen));
             })},
         Col{QT_TR_NOOP("State"), [this, booked](const Appointment &a, int role) -> QVariant {
                 // Past its time without the customer: late, then a no-show to record once the grace time is up.
                 const Lateness late = AppointmentRules::lateness(a, QDateTime::currentDateTimeUtc(), m_grace);
                 if (late.kind != Lateness::Kind::None && role == Qt::ForegroundRole && !m_overbooked.contains(a.id))
                     return late.kind == Lateness::Kind::NoShowDue ? QColor(0xc6, 0x28, 0x28) : QColor(0xb3, 0x5c, 0x00);
                 return booked([this](const Appointment &a) {
                     QString state = AppointmentRules::stateName(a.state);
                     if (a.is(AppointmentState::Cancelled) && !a.cancelReason.isEmpty())
                         state += QStringLiteral(": ") + a.cancelReason;
                     const Lateness l = AppointmentRules::lateness(a, QDateTime::currentDateTimeUtc(), m_grace);
                     if (l.kind == Lateness::Kind::Late)
                         state += QStringLiteral(" · ") + tr("late %1 min").arg(l.minutes);
                     else if (l.kind == Lateness::Kind::NoShowDue)
                         state += QStringLiteral(" · ") + tr("no-show: not here %1 min after the time").arg(l.minutes);
                     return state;
                 })(a, role);
             }}},
        [](const Appointment &a) { return a.id; }, this);
    ui::setUpList(ui->dayTable, m_dayModel);

    using Load = RowsModel<ResourceLoad>::Column;
    const auto load = [](std::function<QString(const ResourceLoad &)> text, bool number) {
        return [text, number](const ResourceLoad &l, int role) -> QVariant {
            switch (role) {
            case Qt::DisplayRole:
            case Qt::ToolTipRole: // the free times in full where the column is narrow
                return text(l);
            case Qt::TextAlignmentRole:
                return number ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
            case Qt::BackgroundRole:
                return l.overlaps ? QVariant(QColor(0xfd, 0xeb, 0xd0)) : QVariant();
            }
            return {};
        };
    };
    m_loadModel = new RowsModel<ResourceLoad>(
        "dd::AppointmentsPage",
        {Load{QT_TR_NOOP("Advisor / bay"), load([](const ResourceLoad &l) { return l.name; }, false)}, // advisors, then bays
         Load{QT_TR_NOOP("Bookings"), load([](const ResourceLoad &l) { return QString::number(l.appointments); }, true)},
         Load{QT_TR_NOOP("Hours"), load([](const ResourceLoad &l) { return hours(l.minutes); }, true)},
         Load{QT_TR_NOOP("Clashes"), load([](const ResourceLoad &l) { return l.overlaps ? QString::number(l.overlaps) : QString(); }, true)},
         Load{QT_TR_NOOP("Free"), load([this](const ResourceLoad &l) {
                  return AppointmentRules::freeSlotsText(AppointmentRules::freeSlots(l, m_bookDay, m_hours));
              }, false)}},
        [](const ResourceLoad &l) { return l.kind == ResourceLoad::Kind::Advisor ? l.id : -l.id; }, this);
    ui::setUpList(ui->loadTable, m_loadModel);

    const auto shown = [](std::function<QString(const Appointment &)> f) {
        return [f](const Appointment &a, int role) { return role == Qt::DisplayRole ? QVariant(f(a)) : QVariant(); };
    };
    m_confirmModel = new RowsModel<Appointment>(
        "dd::AppointmentsPage",
        {Col{QT_TR_NOOP("Time"), shown([](const Appointment &a) { return timeRange(a); })},
         Col{QT_TR_NOOP("Customer"), shown([](const Appointment &a) { return a.customerName; })},
         Col{QT_TR_NOOP("Phone"), shown([](const Appointment &a) { return Phone::display(a.phone); })},
         Col{QT_TR_NOOP("Vehicle"), shown([](const Appointment &a) { return a.vehicleLabel; })},
         Col{QT_TR_NOOP("Service"), shown([](const Appointment &a) { return AppointmentRules::serviceTypeName(a.serviceType); })},
         Col{QT_TR_NOOP("Calls so far"), shown([this](const Appointment &a) {
                 const QList<AppointmentCall> calls = m_calls.value(a.id);
                 if (calls.isEmpty())
                     return tr("not called yet");
                 const AppointmentCall &last = calls.last();
                 return tr("%n call(s), last: %1 %2", nullptr, int(calls.size()))
                     .arg(AppointmentRules::callResultName(last.result),
                          QLocale().toString(last.at.toLocalTime().time(), QStringLiteral("HH:mm")));
             })}},
        [](const Appointment &a) { return a.id; }, this);
    ui::setUpList(ui->confirmTable, m_confirmModel);

    Database *db = &m_ctx.db;
    m_read = std::make_unique<BackgroundRead<Book>>(
        this,
        [this, db] {
            QDate day, confirmDay;
            {
                QMutexLocker lock(&m_readMutex);
                day = m_readDay;
                confirmDay = m_readConfirmDay;
            }
            return readBook(*db, day, confirmDay);
        },
        [this](Book book) {
            if (book.day == day()) // another day chosen meanwhile: that one was read at once
                showBook(std::move(book));
        },
        [this](const QString &error) {
            ui->summaryLabel->setText(error);
            ui->summaryLabel->setStyleSheet(QStringLiteral("color: #8a1c1c;"));
        });
}

AppointmentsPage::Book AppointmentsPage::readBook(Database &db, const QDate &day, const QDate &confirmDay)
{
    Book b;
    b.day = day;
    b.confirmDay = confirmDay;
    AppointmentStore store(db);
    b.appointments = store.day(day);
    b.toConfirm = store.toConfirm(confirmDay);
    for (const Appointment &a : std::as_const(b.toConfirm))
        b.calls.insert(a.id, store.calls(a.id));
    const DealershipSettings settings = DealershipStore(db).load();
    b.hours = settings.workshopHours;
    b.graceMinutes = settings.noShowGraceMinutes;
    QSqlQuery advisors = db.query(QStringLiteral("SELECT DISTINCT u.id, u.display_name FROM users u JOIN user_roles r ON "
                                                 "r.user_id = u.id WHERE r.role = ? AND u.active = 1 ORDER BY u.display_name"),
                                  {Roles::code(Role::ServiceAdvisor)});
    while (advisors.next())
        b.advisors.append({advisors.value(0).toLongLong(), advisors.value(1).toString()});
    for (const Bay &bay : store.bays())
        b.bays.append({bay.id, bay.name});
    return b;
}

void AppointmentsPage::refresh()
{
    try {
        showBook(readBook(m_ctx.db, day(), QDate::currentDate().addDays(1)));
    } catch (const StoreError &e) {
        ui->summaryLabel->setText(e.message());
        ui->summaryLabel->setStyleSheet(QStringLiteral("color: #8a1c1c;"));
    }
}

void AppointmentsPage::changed(const ChangeSet &)
{
    {
        QMutexLocker lock(&m_readMutex);
        m_readDay = day();
        m_readConfirmDay = QDate::currentDate().addDays(1);
    }
    m_read->start();
}

void AppointmentsPage::showBook(Book book)
{
    const auto selected = selectedAppointment();
    const auto calling = selectedIn(ui->confirmTable, m_toConfirm);
    const QLocale locale;
    m_day = std::move(book.appointments);
    m_toConfirm = std::move(book.toConfirm);
    m_calls = std::move(book.calls);
    m_confirmDay = book.confirmDay;
    m_bookDay = book.day;
    m_hours = book.hours;
    m_grace = book.graceMinutes;
    const QList<ResourceLoad> load = AppointmentRules::load(m_day, &m_overbooked, book.advisors, book.bays);
    m_dayModel->setRows(m_day);
    m_loadModel->setRows(load);
    m_confirmModel->setRows(m_toConfirm);
    ui->timeline->setDay(m_bookDay, m_hours, load, m_day, m_overbooked, m_grace, QDateTime::currentDateTimeUtc());
    // The scroll area is as tall as the lanes, or at least five of them; beyond that it scrolls.
    const int frame = 2 * ui->timelineScroll->frameWidth();
    ui->timelineScroll->setMinimumHeight(qMin(ui->timeline->sizeHint().height() + frame + 2, 8 * fontMetrics().height() + 60));
    ui->timelineScroll->setMaximumHeight(ui->timeline->sizeHint().height() + frame
                                         + ui->timelineScroll->horizontalScrollBar()->sizeHint().height() + 2);

    int open = 0, arrived = 0, closed = 0;
    for (const Appointment &a : std::as_const(m_day)) {
        open += a.isOpen();
        arrived += a.is(AppointmentState::Arrived);
        closed += a.is(AppointmentState::Cancelled) || a.is(AppointmentState::NoShow);
    }
    QStringList summary;
    summary << tr("%1: %n appointment(s)", nullptr, int(m_day.size())).arg(locale.toString(book.day, QLocale::LongFormat));
    if (!m_day.isEmpty())
        summary << tr("%1 open, %2 arrived, %3 cancelled or no-show").arg(open).arg(arrived).arg(closed);
    if (!m_overbooked.isEmpty())
        summary << tr("⚠ %n overbooked", nullptr, int(m_overbooked.size()));
    int late = 0, due = 0, noShows = 0;
    for (const Appointment &a : std::as_const(m_day)) {
        const Lateness l = AppointmentRules::lateness(a, QDateTime::currentDateTimeUtc(), m_grace);
        late += l.kind == Lateness::Kind::Late;
        due += l.kind == Lateness::Kind::NoShowDue;
        noShows += a.is(AppointmentState::NoShow);
    }
    if (late)
        summary << tr("%n late", nullptr, late);
    if (due)
        summary << tr("%n no-show(s) to record (Alt+S)", nullptr, due);
    if (noShows)
        summary << tr("%n no-show(s) recorded", nullptr, noShows);
    ui->noShowsButton->setEnabled(due > 0 && m_ctx.can(Permission::ManageAppointments));
    ui->summaryLabel->setText(summary.join(QStringLiteral("  ·  ")));
    ui->summaryLabel->setStyleSheet(m_overbooked.isEmpty() ? QString() : QStringLiteral("color: #b35c00; font-weight: 600;"));

    ui->confirmLabel->setText(tr("To conf&irm by phone: %1").arg(locale.toString(m_confirmDay, QLocale::LongFormat)));
    ui->confirmHint->setText(m_toConfirm.isEmpty()
                                 ? tr("Every appointment of that day is confirmed or closed.")
                                 : tr("%n left to confirm. Enter logs the call of the selected row.", nullptr,
                                      int(m_toConfirm.size())));
    if (selected && ui::selectedKey(ui->dayTable) != selected->id)
        selectAppointment(selected->id);
    ui->timeline->setCurrent(ui::selectedKey(ui->dayTable));
    if (calling && ui::selectedKey(ui->confirmTable) != calling->id)
        selectToConfirm(calling->id);
    updateButtons();
}

} // namespace dd
