#include "appointment.h"

#include <QSet>
#include <algorithm>

namespace dd {

QStringList AppointmentRules::serviceTypes()
{
    return {QStringLiteral("maintenance"), QStringLiteral("repair"),     QStringLiteral("body_paint"),
            QStringLiteral("warranty"),    QStringLiteral("inspection"), QStringLiteral("other")};
}

QString AppointmentRules::serviceTypeName(const QString &code)
{
    if (code == QLatin1String("maintenance"))
        return tr("Maintenance");
    if (code == QLatin1String("repair"))
        return tr("Repair");
    if (code == QLatin1String("body_paint"))
        return tr("Body and paint");
    if (code == QLatin1String("warranty"))
        return tr("Warranty");
    if (code == QLatin1String("inspection"))
        return tr("Inspection");
    if (code == QLatin1String("other"))
        return tr("Other");
    return code;
}

QStringList AppointmentRules::states()
{
    return {QStringLiteral("booked"), QStringLiteral("confirmed"), QStringLiteral("arrived"), QStringLiteral("no_show"),
            QStringLiteral("cancelled")};
}

QString AppointmentRules::stateName(const QString &code)
{
    if (code == QLatin1String("booked"))
        return tr("Booked");
    if (code == QLatin1String("confirmed"))
        return tr("Confirmed");
    if (code == QLatin1String("arrived"))
        return tr("Arrived");
    if (code == QLatin1String("no_show"))
        return tr("No-show");
    if (code == QLatin1String("cancelled"))
        return tr("Cancelled");
    return code;
}

QStringList AppointmentRules::callResults()
{
    return {QStringLiteral("confirmed"), QStringLiteral("rescheduled"), QStringLiteral("no_answer"),
            QStringLiteral("message"), QStringLiteral("cancelled")};
}

QString AppointmentRules::callResultName(const QString &code)
{
    if (code == QLatin1String("confirmed"))
        return tr("Confirmed the appointment");
    if (code == QLatin1String("rescheduled"))
        return tr("Asked to reschedule");
    if (code == QLatin1String("no_answer"))
        return tr("No answer");
    if (code == QLatin1String("message"))
        return tr("Left a message");
    if (code == QLatin1String("cancelled"))
        return tr("Cancelled by the customer");
    return code;
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

QList<ResourceLoad> AppointmentRules::load(const QList<Appointment> &day, QList<qint64> *overbooked)
{
    QList<ResourceLoad> advisors, bays;
    QSet<qint64> clashing;
    const auto account = [&](QList<ResourceLoad> &list, ResourceLoad::Kind kind, qint64 id, const QString &name,
                             const Appointment &a) {
        if (id <= 0)
            return;
        auto it = std::find_if(list.begin(), list.end(), [&](const ResourceLoad &r) { return r.id == id; });
        if (it == list.end()) {
            list.append(ResourceLoad{kind, id, name, 0, 0, 0});
            it = list.end() - 1;
        }
        ++it->appointments;
        it->minutes += a.durationMin;
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

} // namespace dd
