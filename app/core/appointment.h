#pragma once
#include <QCoreApplication>
#include <QDateTime>
#include <QPair>
#include <QString>
#include <QStringList>

#include "codes.h"
#include "dealership.h"
#include "money.h"
#include "validation.h"

namespace dd {

// The appointment's closed code lists, each defined once (codes.h).
enum class ServiceType { Maintenance, Repair, BodyPaint, Warranty, Inspection, Other };
enum class AppointmentState { Booked, Confirmed, Arrived, NoShow, Cancelled };
enum class CallResult { Confirmed, Rescheduled, NoAnswer, Message, Cancelled };

struct Appointment {
    qint64 id = 0;
    int version = 0;
    QString number;
    qint64 customerId = 0;
    qint64 vehicleId = 0;
    QDateTime startsAt; // UTC
    int durationMin = 60;
    QString serviceType = QStringLiteral("maintenance");
    QString concerns;
    qint64 advisorId = 0;
    qint64 bayId = 0;
    Fen partsPriceFen = 0; // parts that must be ordered for this job
    Fen depositFen = 0;
    bool depositPaid = false;
    QString state = QStringLiteral("booked"); // booked, confirmed, arrived, no_show, cancelled
    QString cancelReason;
    // for lists, joined when loading
    QString customerName;
    QString phone;
    QString vehicleLabel;
    QString advisorName;
    QString bayName;

    QDateTime endsAt() const { return startsAt.addSecs(qint64(durationMin) * 60); }
    bool isOpen() const;
    bool is(AppointmentState s) const; // the stored state is s's code
};

// How busy one advisor or one bay is on a day.
struct ResourceLoad {
    enum class Kind { Advisor, Bay };
    Kind kind = Kind::Advisor;
    qint64 id = 0;
    QString name;
    int appointments = 0;
    int minutes = 0;       // booked time
    int overlaps = 0;      // appointments overlapping another one of the same advisor or bay
    QList<QPair<QDateTime, QDateTime>> busy; // the booked times (UTC), in order
};

// A booking whose time has passed while the customer has not come: late within the grace time, then a no-show
// to record.
struct Lateness {
    enum class Kind { None, Late, NoShowDue };
    Kind kind = Kind::None;
    int minutes = 0; // past the booked time
};

class AppointmentCodes
{
public:
    static const CodeTable<ServiceType, 6> &serviceTypes();
    static const CodeTable<AppointmentState, 5> &states();
    static const CodeTable<CallResult, 5> &callResults();
};

class AppointmentRules
{
    Q_DECLARE_TR_FUNCTIONS(dd::AppointmentRules)
public:
    static QStringList serviceTypes(); // maintenance, repair, body_paint, warranty, inspection, other
    static QString serviceTypeName(const QString &code);
    static QStringList states();
    static QString stateName(const QString &code);
    static QStringList callResults(); // confirmed, rescheduled, no_answer, message, cancelled
    static QString callResultName(const QString &code);
    // The deposit asked when parts must be ordered: at least half the parts price (DOMAIN.md step 1).
    static Fen minimumDeposit(Fen partsPrice) { return (partsPrice + 1) / 2; }
    // `now` in UTC; a new appointment in the past is refused.
    static Validation validate(const Appointment &a, const QDateTime &now);
    // How the customer came against the booked time: "on time" within 10 minutes, else "25 min early",
    // "1 h 40 min late".
    static QString punctuality(const QDateTime &bookedAt, const QDateTime &arrivedAt);
    // Whether an appointment still takes the advisor's and bay's time (booked, confirmed or arrived).
    static bool takesTime(const Appointment &a);
    // The day's load per advisor, then per bay (each by name), from that day's appointments. `overbooked`
    // receives the ids of appointments that overlap another one of the same advisor or bay.
    // Advisors and bays without appointments (from `allAdvisors`, `allBays`: id and name) are listed too, free all day.
    static QList<ResourceLoad> load(const QList<Appointment> &day, QList<qint64> *overbooked = nullptr,
                                    const QList<QPair<qint64, QString>> &allAdvisors = {},
                                    const QList<QPair<qint64, QString>> &allBays = {});
    // The free times of one advisor or bay on `day` (local), inside the workshop's hours, at least `minMinutes`
    // long; from and to in local time.
    static QList<QPair<QTime, QTime>> freeSlots(const ResourceLoad &load, const QDate &day, const WorkshopHours &hours,
                                                int minMinutes = 30);
    static QString freeSlotsText(const QList<QPair<QTime, QTime>> &times);
    // `now` UTC: an open booking (booked, confirmed) past its time is late, and once `graceMinutes` have passed a
    // no-show to record.
    static Lateness lateness(const Appointment &a, const QDateTime &now, int graceMinutes);
};

} // namespace dd
