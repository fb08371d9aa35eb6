#pragma once
#include <QCoreApplication>
#include <QDate>
#include <optional>

#include "commands.h"
#include "core/appointment.h"

namespace dd {

struct Bay {
    qint64 id = 0;
    QString code;
    QString name;
};

struct AppointmentCall {
    QDateTime at;
    QString by;
    QString result;
    QString note;
};

class AppointmentStore
{
    Q_DECLARE_TR_FUNCTIONS(dd::AppointmentStore)
public:
    explicit AppointmentStore(Database &db) : m_db(db) {}

    QList<Bay> bays();
    std::optional<Appointment> byId(qint64 id);
    // All appointments starting on this local day, by time.
    QList<Appointment> day(const QDate &localDay);
    // The ones still to be confirmed by phone on that day (booked, not yet confirmed, cancelled or arrived).
    QList<Appointment> toConfirm(const QDate &localDay);
    // The open appointment of a vehicle on a local day, for check-in.
    std::optional<Appointment> openFor(qint64 vehicleId, const QDate &localDay);
    QList<AppointmentCall> calls(qint64 appointmentId);
    // Warnings, never refusals: the bay or the advisor is already booked at that time, or the advisor's day is
    // full (more than `advisorDayLimit` appointments).
    QStringList overbooking(const Appointment &a, int advisorDayLimit = 12);

    qint64 save(Commands &commands, Appointment a);
    void cancel(Commands &commands, qint64 id, int version, const QString &reason);
    void markNoShow(Commands &commands, qint64 id, int version);
    // Every open booking of the day past its time by the grace minutes, recorded as a no-show in one command
    // (each audited); returns how many.
    int recordNoShows(Commands &commands, const QDate &localDay, int graceMinutes);
    // A reminder call; "confirmed" confirms the appointment, "cancelled" cancels it with the note as reason.
    void logCall(Commands &commands, qint64 id, const QString &result, const QString &note);

private:
    QList<Appointment> list(const QString &where, const QVariantList &params);
    // The appointment, still booked or confirmed; else NotFound or Validation naming its state.
    Appointment openOne(qint64 id);
    Database &m_db;
};

} // namespace dd
