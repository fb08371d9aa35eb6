#pragma once
#include <QDate>
#include <QWidget>
#include <memory>
#include <optional>

#include <QHash>
#include <QMutex>

#include "backgroundread.h"
#include "rowsmodel.h"
#include "workstation.h"
#include "core/appointment.h"
#include "store/appointmentstore.h"

class QTableView;
namespace dd {
class Database;
}

namespace Ui {
class AppointmentsPage;
}

namespace dd {

struct AppContext;

// The appointment book (预约): a day's appointments with the load per advisor and bay (overbooking shown in
// colour), and the next day's list of customers to call and confirm. From a row: edit, cancel with a reason,
// mark a no-show, or check the vehicle in with everything the appointment carries.
class AppointmentsPage : public QWidget, public Workstation
{
    Q_OBJECT
public:
    AppointmentsPage(AppContext &ctx, QWidget *parent = nullptr);
    ~AppointmentsPage() override;

    // Workstation (workstation.h)
    QWidget *widget() override { return this; }
    QString id() const override { return QStringLiteral("appointments"); }
    QString title() const override { return tr("Appointments"); }
    QIcon icon() const override { return QIcon(QStringLiteral(":/icons/pages/appointments.svg")); }
    QList<KeyRow> keys() const override { return m_keys.rows(); }
    QStringList listensTo() const override;
    // Shown or another day chosen: read at once. Changed at any station: read again off the screen's thread.
    void refresh() override;
    void changed(const ChangeSet &) override;
    void setDay(const QDate &day);
    QDate day() const;
    // For tests and the shell: the appointment selected in the day table.
    std::optional<Appointment> selectedAppointment() const;
    bool selectAppointment(qint64 id);
    bool selectToConfirm(qint64 id);

public slots:
    void editAppointment();
    void cancelAppointment();
    void markNoShow();
    // Every booking of the day past the grace time without the customer, recorded as a no-show.
    void recordNoShows();
    void checkIn();
    void logCall();
    // The appointment slip (维修预约单) of the selected appointment: preview, print or PDF.
    void printSlip();

signals:
    // A vehicle was checked in here: the reception board should show it.
    void checkedIn(qint64 vehicleId);
    // A new appointment starts from the vehicle: the shell opens the reception search for it.
    void newAppointmentRequested();
    // The advisor goes on with the inspection of the work order just opened.
    void inspectionRequested(qint64 workOrderId);

protected:
    void changeEvent(QEvent *e) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    PageKeys m_keys{this};
    void setHeaders();
    void updateButtons();
    std::optional<Appointment> selectedIn(QTableView *table, const QList<Appointment> &list) const;
    static bool selectIn(QTableView *table, qint64 id);
    // The book (appointmentbook.cpp): one read of the day, its load, and the next day's calls to make.
    struct Book {
        QDate day;
        QDate confirmDay;
        QList<Appointment> appointments;
        QList<Appointment> toConfirm;
        QHash<qint64, QList<AppointmentCall>> calls; // by appointment
        WorkshopHours hours;
        int graceMinutes = 30;
        QList<QPair<qint64, QString>> advisors, bays; // all of them, for their free times
    };
    static Book readBook(Database &db, const QDate &day, const QDate &confirmDay);
    void setUpModels();
    void showBook(Book book);
    RowsModel<Appointment> *m_dayModel = nullptr;
    RowsModel<ResourceLoad> *m_loadModel = nullptr;
    RowsModel<Appointment> *m_confirmModel = nullptr;
    QList<qint64> m_overbooked;
    QHash<qint64, QList<AppointmentCall>> m_calls;
    std::unique_ptr<BackgroundRead<Book>> m_read;
    QMutex m_readMutex; // guards the days the worker reads
    QDate m_readDay, m_readConfirmDay;

    std::unique_ptr<Ui::AppointmentsPage> ui;
    AppContext &m_ctx;
    QList<Appointment> m_day;
    QDate m_bookDay;
    WorkshopHours m_hours;
    int m_grace = 30;
    QList<Appointment> m_toConfirm;
    QDate m_confirmDay;
};

} // namespace dd
