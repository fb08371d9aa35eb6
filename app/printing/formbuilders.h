#pragma once
#include <QCoreApplication>

#include "core/forms.h"
#include "formdocument.h"

namespace dd {

// Fills each form's template from its data (which template, title and language: the FormIdentity the forms
// registry passes): every value escaped, phone and ID numbers masked (these are
// customer copies), pictures drawn (diagram with marks, fuel gauge). Labels follow the installed language.
class FormBuilders
{
    Q_DECLARE_TR_FUNCTIONS(dd::FormBuilders)
public:
    static FormDocument intake(const IntakeSheet &sheet, const FormIdentity &id);
    static FormDocument appointment(const AppointmentSlip &slip, const FormIdentity &id);
    static FormDocument authorization(const AuthorizationForm &form, const FormIdentity &id);
    static FormDocument addon(const AddOnForm &form, const FormIdentity &id);
    static FormDocument certificate(const CompletionCertificate &form, const FormIdentity &id);

    static FormDocument settlement(const SettlementStatement &statement, const FormIdentity &id);
    static FormDocument release(const ReleaseNotice &notice, const FormIdentity &id);
    static FormDocument dayClose(const DayCloseSheet &sheet, const FormIdentity &id);
    static FormDocument complaint(const ComplaintSheet &sheet, const FormIdentity &id);
    static QByteArray fuelGauge(int eighths); // PNG
    // "沪A12345 (blue plate)": the plate with its colour when known.
    static QString plateText(const QString &plate, const QString &plateColor);
};

} // namespace dd
