#include "formregistry.h"

#include "core/inspection.h"
#include "printing/formbuilders.h"
#include "store/formdata.h"
#include "store/storeerror.h"

namespace dd {

namespace {

// The intake sheet is what the customer signs at the end of the walk-around: only once it is complete.
FormDocument intake(FormData &data, const QString &number, const FormIdentity &id)
{
    const IntakeSheet sheet = data.intake(number);
    if (!sheet.inspection.isCompleted()) {
        const QStringList missing = InspectionRules::missingForCompletion(sheet.inspection);
        throw StoreError(StoreError::Kind::Validation,
                         missing.isEmpty()
                             ? FormRegistry::tr("The intake sheet of %1 is printed once its inspection is completed.")
                                   .arg(sheet.workOrderNumber)
                             : FormRegistry::tr("The intake sheet of %1 is printed once its inspection is completed. "
                                                "Still missing: %2.")
                                   .arg(sheet.workOrderNumber, missing.join(FormRegistry::tr(", "))));
    }
    return FormBuilders::intake(sheet, id);
}

QList<FormSpec> table()
{
    const Permission print = Permission::PrintDocuments;
    // clang-format off
    return {
        {QStringLiteral("intake"), QStringLiteral("intake"),
         QT_TRANSLATE_NOOP("dd::Forms", "Vehicle Intake and Inspection Sheet"),
         QT_TRANSLATE_NOOP("dd::Forms", "a work order number, once its inspection is completed"),
         QStringLiteral("intake"), print, intake},
        {QStringLiteral("appointment"), QStringLiteral("appointment"),
         QT_TRANSLATE_NOOP("dd::Forms", "Service Appointment Slip"),
         QT_TRANSLATE_NOOP("dd::Forms", "an appointment number"),
         QStringLiteral("appointment"), print,
         [](FormData &d, const QString &n, const FormIdentity &id) { return FormBuilders::appointment(d.appointment(n), id); }},
        {QStringLiteral("authorization"), QStringLiteral("authorization"),
         QT_TRANSLATE_NOOP("dd::Forms", "Repair Authorization"),
         QT_TRANSLATE_NOOP("dd::Forms", "a work order number"),
         QStringLiteral("authorization"), print,
         [](FormData &d, const QString &n, const FormIdentity &id) { return FormBuilders::authorization(d.authorization(n), id); }, true},
        {QStringLiteral("addon"), QStringLiteral("addon"),
         QT_TRANSLATE_NOOP("dd::Forms", "Additional Repair Approval"),
         QT_TRANSLATE_NOOP("dd::Forms", "a work order number with findings for the customer"),
         QStringLiteral("addon"), print,
         [](FormData &d, const QString &n, const FormIdentity &id) { return FormBuilders::addon(d.addon(n), id); }, true},
        {QStringLiteral("certificate"), QStringLiteral("certificate"),
         QT_TRANSLATE_NOOP("dd::Forms", "Completion Certificate"),
         QT_TRANSLATE_NOOP("dd::Forms", "a work order number: level-2 or major repair, quality check passed"),
         QStringLiteral("certificate"), print,
         [](FormData &d, const QString &n, const FormIdentity &id) { return FormBuilders::certificate(d.certificate(n), id); }},
        {QStringLiteral("settlement"), QStringLiteral("settlement"),
         QT_TRANSLATE_NOOP("dd::Forms", "Repair Settlement Statement"),
         QT_TRANSLATE_NOOP("dd::Forms", "a statement number, or a settled work order's number"),
         QStringLiteral("settlement"), print,
         [](FormData &d, const QString &n, const FormIdentity &id) { return FormBuilders::settlement(d.settlement(n), id); }},
        {QStringLiteral("release"), QStringLiteral("release"),
         QT_TRANSLATE_NOOP("dd::Forms", "Vehicle Release Notice"),
         QT_TRANSLATE_NOOP("dd::Forms", "a settled work order's number"),
         QStringLiteral("release"), print,
         [](FormData &d, const QString &n, const FormIdentity &id) { return FormBuilders::release(d.release(n), id); }, true},
        {QStringLiteral("dayclose"), QStringLiteral("dayclose"),
         QT_TRANSLATE_NOOP("dd::Forms", "Day Close Report"),
         QT_TRANSLATE_NOOP("dd::Forms", "a business day, yyyy-mm-dd"),
         QStringLiteral("dayclose"), print,
         [](FormData &d, const QString &n, const FormIdentity &id) { return FormBuilders::dayClose(d.dayClose(n), id); }},
        {QStringLiteral("complaint"), QStringLiteral("complaint"),
         QT_TRANSLATE_NOOP("dd::Forms", "Customer Complaint Handling Form"),
         QT_TRANSLATE_NOOP("dd::Forms", "a complaint number (TS…)"),
         QStringLiteral("complaint"), Permission::FollowUpCustomers,
         [](FormData &d, const QString &n, const FormIdentity &id) { return FormBuilders::complaint(d.complaint(n), id); }},
    };
    // clang-format on
}

} // namespace

QString FormSpec::translatedTitle() const
{
    return QCoreApplication::translate("dd::Forms", title);
}

FormIdentity FormSpec::identity(const QString &language) const
{
    return FormIdentity{code, translatedTitle(), templateName, language};
}

const QList<FormSpec> &FormRegistry::all()
{
    static const QList<FormSpec> forms = table();
    return forms;
}

const FormSpec *FormRegistry::find(const QString &name)
{
    for (const FormSpec &f : all())
        if (f.code == name || f.cliName == name)
            return &f;
    return nullptr;
}

QStringList FormRegistry::cliNames()
{
    QStringList names;
    for (const FormSpec &f : all())
        names << f.cliName;
    return names;
}

QString FormRegistry::title(const QString &code)
{
    const FormSpec *f = find(code);
    return f ? f->translatedTitle() : code;
}

QString FormRegistry::cliHelp(int indent)
{
    int width = 0;
    for (const FormSpec &f : all())
        width = qMax(width, int(f.cliName.size()));
    QString text;
    const QString margin(indent, QLatin1Char(' '));
    for (const FormSpec &f : all())
        text += margin + f.cliName.leftJustified(width + 2) + f.translatedTitle() + QLatin1Char('\n') + margin +
                QString(width + 2, QLatin1Char(' ')) + QCoreApplication::translate("dd::Forms", f.numberHint) +
                QLatin1Char('\n');
    return text;
}

} // namespace dd
