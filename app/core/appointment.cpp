#include "appointment.h"

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

} // namespace dd
