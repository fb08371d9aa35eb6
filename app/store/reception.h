#pragma once
#include <QCoreApplication>
#include <QDate>
#include <optional>

#include "commands.h"
#include "core/money.h"

namespace dd {

// A vehicle on the premises today: arrival, greeting, check-in.
struct Arrival {
    qint64 visitId = 0;
    int version = 0;
    QDateTime arrivedAt;
    QString plate;
    qint64 vehicleId = 0;
    qint64 appointmentId = 0;
    QString appointmentNumber;
    QDateTime appointmentAt; // UTC: the booked time
    qint64 advisorId = 0;
    QString advisorName;
    QDateTime receivedAt; // null while nobody has greeted the customer
    QString state;        // waiting, in_reception, checked_in, left
    qint64 workOrderId = 0;
    QString workOrderNumber;
    QString customerName;
    QString vehicleText;

    // Seconds from arrival to greeting, or to `now` while still waiting.
    qint64 waitSeconds(const QDateTime &now) const
    {
        return arrivedAt.secsTo(receivedAt.isValid() ? receivedAt : now);
    }
};

struct CheckIn {
    qint64 visitId = 0;       // 0: checked in at the desk without an arrival recorded first
    qint64 vehicleId = 0;
    qint64 appointmentId = 0; // 0: walk-in
    QString dropOffName;      // the person dropping off (送修人), may differ from the owner
    QString dropOffPhone;
    int mileageKm = -1;
    // The advisor saw the odometer read less than last time (instrument cluster replaced, say) and checks in
    // anyway: the vehicle keeps its last reading until the inspection records the reason with the new one.
    bool lowerMileageConfirmed = false;
    QStringList concerns;     // in the customer's own words, one per entry
};

struct CheckInResult {
    qint64 workOrderId = 0;
    QString number;
};

struct WorkOrderSummary {
    qint64 id = 0;
    QString number;
    QString plate;
    QString state;
    QString customerName;
    QDateTime openedAt;
    QString advisorName;
    Fen totalFen = 0;
};

class Reception
{
    Q_DECLARE_TR_FUNCTIONS(dd::Reception)
public:
    explicit Reception(Database &db) : m_db(db) {}

    // "Vehicle arrived": one key, records the time. The plate may be unknown or missing (new car).
    qint64 arrive(Commands &commands, const QString &plateText);
    // "Start reception": the signed-in advisor greets the customer and stays responsible.
    void startReception(Commands &commands, qint64 visitId, int version);
    // The customer left without checking in (e.g. only asked a question).
    void markLeft(Commands &commands, qint64 visitId, int version);
    // Opens a draft work order with the concerns; records mileage, the person dropping off and the appointment.
    CheckInResult checkIn(Commands &commands, const CheckIn &in);

    QList<Arrival> board(const QDate &localDay);
    std::optional<Arrival> visit(qint64 visitId);
    // Average seconds from arrival to greeting over the day's greeted arrivals; -1 when none yet.
    static qint64 averageGreetingSeconds(const QList<Arrival> &arrivals);

    QList<WorkOrderSummary> workOrders(const QString &state = {}, int limit = -1);

private:
    Database &m_db;
};

} // namespace dd
