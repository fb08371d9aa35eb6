#pragma once
#include <QCoreApplication>

#include "core/forms.h"
#include "formdocument.h"

namespace dd {

// Fills each form's template from its data: every value escaped, phone and ID numbers masked (these are
// customer copies), pictures drawn (diagram with marks, fuel gauge). Labels follow the installed language.
class FormBuilders
{
    Q_DECLARE_TR_FUNCTIONS(dd::FormBuilders)
public:
    static FormDocument intake(const IntakeSheet &sheet, const QString &language);
    static FormDocument appointment(const AppointmentSlip &slip, const QString &language);
    static FormDocument authorization(const AuthorizationForm &form, const QString &language);
    static FormDocument addon(const AddOnForm &form, const QString &language);
    static FormDocument certificate(const CompletionCertificate &form, const QString &language);

    static FormDocument settlement(const SettlementStatement &statement, const QString &language);
    static FormDocument release(const ReleaseNotice &notice, const QString &language);
    static FormDocument dayClose(const DayCloseSheet &sheet, const QString &language);
    static QByteArray fuelGauge(int eighths); // PNG
};

} // namespace dd
