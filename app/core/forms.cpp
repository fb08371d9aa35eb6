#include "forms.h"

namespace dd {

QStringList Forms::all()
{
    return {QStringLiteral("intake"),     QStringLiteral("appointment"), QStringLiteral("authorization"),
            QStringLiteral("addon"),      QStringLiteral("settlement"),  QStringLiteral("release"),
            QStringLiteral("certificate"), QStringLiteral("dayclose")};
}

QStringList Forms::available()
{
    return all();
}

QString Forms::title(const QString &form)
{
    if (form == QLatin1String("intake"))
        return tr("Vehicle Intake and Inspection Sheet");
    if (form == QLatin1String("appointment"))
        return tr("Service Appointment Slip");
    if (form == QLatin1String("authorization"))
        return tr("Repair Authorization");
    if (form == QLatin1String("addon"))
        return tr("Additional Repair Approval");
    if (form == QLatin1String("settlement"))
        return tr("Repair Settlement Statement");
    if (form == QLatin1String("release"))
        return tr("Vehicle Release Notice");
    if (form == QLatin1String("certificate"))
        return tr("Completion Certificate");
    if (form == QLatin1String("dayclose"))
        return tr("Day Close Report");
    return form;
}

} // namespace dd
