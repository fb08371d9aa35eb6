#include "appointment.h"

#include <QSet>
#include <algorithm>

namespace dd {

namespace {
constexpr const char *kContext = "dd::AppointmentRules";
}

const CodeTable<ServiceType, 6> &AppointmentCodes::serviceTypes()
{
    static const CodeTable<ServiceType, 6> t(kContext, {{
        {ServiceType::Maintenance, "maintenance", QT_TRANSLATE_NOOP("dd::AppointmentRules", "Maintenance")},
        {ServiceType::Repair, "repair", QT_TRANSLATE_NOOP("dd::AppointmentRules", "Repair")},
        {ServiceType::BodyPaint, "body_paint", QT_TRANSLATE_NOOP("dd::AppointmentRules", "Body and paint")},
        {ServiceType::Warranty, "warranty", QT_TRANSLATE_NOOP("dd::AppointmentRules", "Warranty")},
        {ServiceType::Inspection, "inspection", QT_TRANSLATE_NOOP("dd::AppointmentRules", "Inspection")},
        {ServiceType::Other, "other", QT_TRANSLATE_NOOP("dd::AppointmentRules", "Other")},
    }});
    return t;
}

const CodeTable<AppointmentState, 5> &AppointmentCodes::states()
{
    static const CodeTable<AppointmentState, 5> t(kContext, {{
        {AppointmentState::Booked, "booked", QT_TRANSLATE_NOOP("dd::AppointmentRules", "Booked")},
        {AppointmentState::Confirmed, "confirmed", QT_TRANSLATE_NOOP("dd::AppointmentRules", "Confirmed")},
        {AppointmentState::Arrived, "arrived", QT_TRANSLATE_NOOP("dd::AppointmentRules", "Arrived")},
        {AppointmentState::NoShow, "no_show", QT_TRANSLATE_NOOP("dd::AppointmentRules", "No-show")},
        {AppointmentState::Cancelled, "cancelled", QT_TRANSLATE_NOOP("dd::AppointmentRules", "Cancelled")},
    }});
    return t;
}

const CodeTable<CallResult, 5> &AppointmentCodes::callResults()
{
    static const CodeTable<CallResult, 5> t(kContext, {{
        {CallResult::Confirmed, "confirmed", QT_TRANSLATE_NOOP("dd::AppointmentRules", "Confirmed the appointment")},
        {CallResult::Rescheduled, "rescheduled", QT_TRANSLATE_NOOP("dd::AppointmentRules", "Asked to reschedule")},
        {CallResult::NoAnswer, "no_answer", QT_TRANSLATE_NOOP("dd::AppointmentRules", "No answer")},
        {CallResult::Message, "message", QT_TRANSLATE_NOOP("dd::AppointmentRules", "Left a message")},
        {CallResult::Cancelled, "cancelled", QT_TRANSLATE_NOOP("dd::AppointmentRules", "Cancelled by the customer")},
    }});
    return t;
}

bool Appointment::isOpen() const
{
    const auto s = AppointmentCodes::states().fromCode(state);
    return s == AppointmentState::Booked || s == AppointmentState::Confirmed;
}

bool Appointment::is(AppointmentState s) const { return AppointmentCodes::states().is(state, s); }

bool AppointmentRules::takesTime(const Appointment &a)
{
    return a.isOpen() || AppointmentCodes::states().is(a.state, AppointmentState::Arrived);
}

QStringList AppointmentRules::serviceTypes() { return AppointmentCodes::serviceTypes().codes(); }
QString AppointmentRules::serviceTypeName(const QString &code) { return AppointmentCodes::serviceTypes().labelOf(code); }
QStringList AppointmentRules::states() { return AppointmentCodes::states().codes(); }
QString AppointmentRules::stateName(const QString &code) { return AppointmentCodes::states().labelOf(code); }
QStringList AppointmentRules::callResults() { return AppointmentCodes::callResults().codes(); }
QString AppointmentRules::callResultName(const QString &code) { return AppointmentCodes::callResults().labelOf(code); }

QString AppointmentRules::punctuality(const QDateTime &bookedAt, const QDateTime &arrivedAt)
{
    if (!bookedAt.isValid() || !arrivedAt.isValid())
        return {};
    const qint64 minutes = bookedAt.secsTo(arrivedAt) / 60;
    if (qAbs(minutes) <= 10)
        return tr("on time");
    const qint64 m = qAbs(minutes);
    const QString span = m < 60 ? tr("%1 min").arg(m) : m % 60 ? tr("%1 h %2 min").arg(m / 60).arg(m % 60) : tr("%1 h").arg(m / 60);
    return minutes < 0 ? tr("%1 early").arg(span) : tr("%1 late").arg(span);
}

Validation AppointmentRules::validate(const Appointment &a, const QDateTime &now)
{
    Validation v;
    if (a.customerId <= 0 || a.vehicleId <= 0)
        v.error(tr("Choose the customer and the vehicle for the appointment."));
    if (!a.startsAt.isValid())
        v.error(tr("Choose the date and time of the appointment."));
    else if (a.id == 0 && a.startsAt < now.addSecs(-15 * 60))
        v.error(tr("The appointment time has already passed; choose a later time."));
    if (a.durationMin < 10 || a.durationMin > 24 * 60)
        v.error(tr("The expected duration must be between 10 minutes and 24 hours."));
    if (!serviceTypes().contains(a.serviceType))
        v.error(tr("Choose the type of service."));
    if (a.depositFen < 0 || a.partsPriceFen < 0)
        v.error(tr("Amounts cannot be negative."));
    if (a.partsPriceFen > 0 && a.depositFen < minimumDeposit(a.partsPriceFen))
        v.error(tr("Parts worth %1 must be ordered: ask a deposit of at least %2 (half the parts price).")
                    .arg(money::format(a.partsPriceFen), money::format(minimumDeposit(a.partsPriceFen))));
    if (a.depositPaid && a.depositFen == 0)
        v.error(tr("The deposit is marked as paid but its amount is zero."));
    return v;
}

QList<ResourceLoad> AppointmentRules::load(const QList<Appointment> &day, QList<qint64> *overbooked,
                                           const QList<QPair<qint64, QString>> &allAdvisors,
                                           const QList<QPair<qint64, QString>> &allBays)
{
    QList<ResourceLoad> advisors, bays;
    for (const auto &[id, name] : allAdvisors)
        advisors.append(ResourceLoad{ResourceLoad::Kind::Advisor, id, name, 0, 0, 0, {}});
    for (const auto &[id, name] : allBays)
        bays.append(ResourceLoad{ResourceLoad::Kind::Bay, id, name, 0, 0, 0, {}});
    QSet<qint64> clashing;
    const auto account = [&](QList<ResourceLoad> &list, ResourceLoad::Kind kind, qint64 id, const QString &name,
                             const Appointment &a) {
        if (id <= 0)
            return;
        auto it = std::find_if(list.begin(), list.end(), [&](const ResourceLoad &r) { return r.id == id; });
        if (it == list.end()) {
            list.append(ResourceLoad{kind, id, name, 0, 0, 0, {}});
            it = list.end() - 1;
        }
        ++it->appointments;
        it->minutes += a.durationMin;
        it->busy.append({a.startsAt, a.endsAt()});
        std::sort(it->busy.begin(), it->busy.end());
        for (const Appointment &o : day) {
            if (o.id == a.id || !takesTime(o))
                continue;
            const qint64 other = kind == ResourceLoad::Kind::Advisor ? o.advisorId : o.bayId;
            if (other == id && o.startsAt < a.endsAt() && a.startsAt < o.endsAt()) {
                ++it->overlaps;
                clashing.insert(a.id);
                break;
            }
        }
    };
    for (const Appointment &a : day) {
        if (!takesTime(a))
            continue;
        account(advisors, ResourceLoad::Kind::Advisor, a.advisorId, a.advisorName, a);
        account(bays, ResourceLoad::Kind::Bay, a.bayId, a.bayName, a);
    }
    const auto byName = [](const ResourceLoad &x, const ResourceLoad &y) { return x.name < y.name; };
    std::sort(advisors.begin(), advisors.end(), byName);
    std::sort(bays.begin(), bays.end(), byName);
    if (overbooked) {
        overbooked->clear();
        for (const Appointment &a : day)
            if (clashing.contains(a.id))
                overbooked->append(a.id);
    }
    return advisors + bays;
}

QList<QPair<QTime, QTime>> AppointmentRules::freeSlots(const ResourceLoad &load, const QDate &day, const WorkshopHours &hours,
                                                       int minMinutes)
{
    QList<QPair<QTime, QTime>> out;
    if (!hours.isWorkday(day))
        return out;
    QDateTime from(day, hours.opens);
    const QDateTime close(day, hours.closes);
    const auto add = [&](const QDateTime &a, const QDateTime &b) {
        if (a.secsTo(b) >= qint64(minMinutes) * 60)
            out.append({a.time(), b.time()});
    };
    for (const auto &[startUtc, endUtc] : load.busy) {
        const QDateTime start = startUtc.toLocalTime(), end = endUtc.toLocalTime();
        if (end <= from || start >= close)
            continue;
        add(from, qMin(start, close));
        from = qMax(from, end);
    }
    add(from, close);
    return out;
}

QString AppointmentRules::freeSlotsText(const QList<QPair<QTime, QTime>> &times)
{
    if (times.isEmpty())
        return tr("fully booked");
    QStringList parts;
    for (const auto &[a, b] : times)
        parts << a.toString(QStringLiteral("HH:mm")) + QStringLiteral("–") + b.toString(QStringLiteral("HH:mm"));
    return parts.join(QStringLiteral(", "));
}

Lateness AppointmentRules::lateness(const Appointment &a, const QDateTime &now, int graceMinutes)
{
    Lateness l;
    if (!a.isOpen() || !a.startsAt.isValid() || now <= a.startsAt)
        return l;
    l.minutes = int(a.startsAt.secsTo(now) / 60);
    l.kind = l.minutes >= graceMinutes ? Lateness::Kind::NoShowDue : Lateness::Kind::Late;
    return l;
}

} // namespace dd
