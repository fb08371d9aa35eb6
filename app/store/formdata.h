#pragma once
#include <QCoreApplication>

#include "core/forms.h"
#include "database.h"

namespace dd {

// Gathers what each form prints, by the number printed on it. Throws NotFound with a message the user
// can act on when the number does not exist.
class FormData
{
    Q_DECLARE_TR_FUNCTIONS(dd::FormData)
public:
    explicit FormData(Database &db) : m_db(db) {}

    FormHeader header();
    IntakeSheet intake(const QString &workOrderNumber);
    AppointmentSlip appointment(const QString &appointmentNumber);
    // The complaint-handling form, by the complaint's number (TS…).
    ComplaintSheet complaint(const QString &complaintNumber);
    AuthorizationForm authorization(const QString &workOrderNumber);
    // The findings waiting for the customer's signature (or the latest one, for the file).
    AddOnForm addon(const QString &workOrderNumber);
    // Refused for a repair category that gets a release notice instead, and before the quality check passed.
    CompletionCertificate certificate(const QString &workOrderNumber);
    // A settlement or reversal number (ST…), or a work order's number for the settlement in force.
    SettlementStatement settlement(const QString &number);
    // Once the work order is settled.
    ReleaseNotice release(const QString &workOrderNumber);
    // A business day as yyyy-MM-dd (or "today").
    DayCloseSheet dayClose(const QString &date);

private:
    WorkOrderParty party(const QString &workOrderNumber, qint64 *workOrderId, QString *color = nullptr);
    Database &m_db;
};

} // namespace dd
