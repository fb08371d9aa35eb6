#include "auditwords.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "addon.h"
#include "appointment.h"
#include "customer.h"
#include "docnumber.h"
#include "localformat.h"
#include "money.h"
#include "followup.h"
#include "settlement.h"
#include "technician.h"
#include "workorder.h"

namespace dd {

namespace {
const char *lookup(const QHash<QString, const char *> &names, const QString &code)
{
    return names.value(code, nullptr);
}
} // namespace

QString AuditWords::commandName(const QString &code)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("session.sign_in"), QT_TR_NOOP("Signed in")},
        {QStringLiteral("session.sign_in_failed"), QT_TR_NOOP("Sign-in refused")},
        {QStringLiteral("setup.first_start"), QT_TR_NOOP("First start")},
        {QStringLiteral("user.add"), QT_TR_NOOP("User added")},
        {QStringLiteral("user.update"), QT_TR_NOOP("User changed")},
        {QStringLiteral("user.set_password"), QT_TR_NOOP("Password set")},
        {QStringLiteral("user.first_admin_password"), QT_TR_NOOP("Administrator's password set")},
        {QStringLiteral("user.activate"), QT_TR_NOOP("User reactivated")},
        {QStringLiteral("user.deactivate"), QT_TR_NOOP("User deactivated")},
        {QStringLiteral("dealership.save"), QT_TR_NOOP("Dealership settings saved")},
        {QStringLiteral("labor_rate.add"), QT_TR_NOOP("Labor rate added")},
        {QStringLiteral("labor_rate.update"), QT_TR_NOOP("Labor rate changed")},
        {QStringLiteral("technicians.save"), QT_TR_NOOP("Technicians saved")},
        {QStringLiteral("database.backup"), QT_TR_NOOP("Database backed up")},
        {QStringLiteral("demo.load"), QT_TR_NOOP("Demo data loaded")},
        {QStringLiteral("customer.create"), QT_TR_NOOP("Customer added")},
        {QStringLiteral("customer.update"), QT_TR_NOOP("Customer changed")},
        {QStringLiteral("vehicle.create"), QT_TR_NOOP("Vehicle added")},
        {QStringLiteral("vehicle.register"), QT_TR_NOOP("Vehicle registered")},
        {QStringLiteral("vehicle.update"), QT_TR_NOOP("Vehicle changed")},
        {QStringLiteral("appointment.create"), QT_TR_NOOP("Appointment booked")},
        {QStringLiteral("appointment.update"), QT_TR_NOOP("Appointment changed")},
        {QStringLiteral("appointment.cancel"), QT_TR_NOOP("Appointment cancelled")},
        {QStringLiteral("appointment.no_show"), QT_TR_NOOP("No-show recorded")},
        {QStringLiteral("appointment.call"), QT_TR_NOOP("Reminder call logged")},
        {QStringLiteral("visit.arrive"), QT_TR_NOOP("Arrival")},
        {QStringLiteral("visit.receive"), QT_TR_NOOP("Reception started")},
        {QStringLiteral("visit.check_in"), QT_TR_NOOP("Checked in")},
        {QStringLiteral("visit.left"), QT_TR_NOOP("Left without a work order")},
        {QStringLiteral("inspection.save"), QT_TR_NOOP("Inspection saved")},
        {QStringLiteral("inspection.complete"), QT_TR_NOOP("Inspection completed")},
        {QStringLiteral("workorder.estimate"), QT_TR_NOOP("Estimate saved")},
        {QStringLiteral("workorder.concerns"), QT_TR_NOOP("Cause and correction saved")},
        {QStringLiteral("workorder.technician"), QT_TR_NOOP("Technician assigned")},
        {QStringLiteral("addon.propose"), QT_TR_NOOP("Add-on proposed")},
        {QStringLiteral("addon.decide"), QT_TR_NOOP("Customer's decision recorded")},
        {QStringLiteral("addon.relay"), QT_TR_NOOP("Workshop told of the decision")},
        {QStringLiteral("addon.reprice"), QT_TR_NOOP("Add-on repriced")},
        {QStringLiteral("delivery.notify"), QT_TR_NOOP("Customer told")},
        {QStringLiteral("document.print"), QT_TR_NOOP("Form printed")},
        {QStringLiteral("document.sign"), QT_TR_NOOP("Form signed on screen")},
        {QStringLiteral("settlement.settle"), QT_TR_NOOP("Settled")},
        {QStringLiteral("settlement.reverse"), QT_TR_NOOP("Settlement reversed")},
        {QStringLiteral("settlement.close_day"), QT_TR_NOOP("Day closed")},
        {QStringLiteral("settlement.hand_over"), QT_TR_NOOP("Shift handed over")},
        {QStringLiteral("followup.attempt"), QT_TR_NOOP("Follow-up call logged")},
        {QStringLiteral("complaint.register"), QT_TR_NOOP("Complaint received")},
        {QStringLiteral("complaint.step"), QT_TR_NOOP("Complaint step logged")},
        {QStringLiteral("followup.message"), QT_TR_NOOP("Message instead of a call")},
        {QStringLiteral("messages.export"), QT_TR_NOOP("Messages exported for sending")},
    };
    if (const char *name = lookup(names, code))
        return tr(name);
    // A work-order step: its own words; an import: of what.
    if (code.startsWith(QLatin1String("workorder."))) {
        const QString step = code.mid(10);
        if (WorkOrderRules::transitions().contains(step))
            return WorkOrderRules::transitionName(step);
    }
    if (code.startsWith(QLatin1String("import.")))
        return tr("Import: %1").arg(code.mid(7));
    return code;
}

QString AuditWords::tableName(const QString &code)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("users"), QT_TR_NOOP("User")},
        {QStringLiteral("user_roles"), QT_TR_NOOP("User roles")},
        {QStringLiteral("dealership"), QT_TR_NOOP("Dealership")},
        {QStringLiteral("labor_rates"), QT_TR_NOOP("Labor rate")},
        {QStringLiteral("database"), QT_TR_NOOP("Database")},
        {QStringLiteral("customers"), QT_TR_NOOP("Customer")},
        {QStringLiteral("customer_phones"), QT_TR_NOOP("Customer's phone")},
        {QStringLiteral("customer_contacts"), QT_TR_NOOP("Customer's contact")},
        {QStringLiteral("vehicles"), QT_TR_NOOP("Vehicle")},
        {QStringLiteral("vehicle_plates"), QT_TR_NOOP("Number plate")},
        {QStringLiteral("vehicle_owners"), QT_TR_NOOP("Vehicle owner")},
        {QStringLiteral("appointments"), QT_TR_NOOP("Appointment")},
        {QStringLiteral("appointment_calls"), QT_TR_NOOP("Reminder call")},
        {QStringLiteral("visits"), QT_TR_NOOP("Visit")},
        {QStringLiteral("work_orders"), QT_TR_NOOP("Work order")},
        {QStringLiteral("work_order_concerns"), QT_TR_NOOP("Concern")},
        {QStringLiteral("work_order_lines"), QT_TR_NOOP("Work-order line")},
        {QStringLiteral("promises"), QT_TR_NOOP("Promise")},
        {QStringLiteral("inspections"), QT_TR_NOOP("Inspection")},
        {QStringLiteral("inspection_checks"), QT_TR_NOOP("Quick check")},
        {QStringLiteral("damage_marks"), QT_TR_NOOP("Damage mark")},
        {QStringLiteral("damage_photos"), QT_TR_NOOP("Damage photo")},
        {QStringLiteral("issued_documents"), QT_TR_NOOP("Printed form")},
        {QStringLiteral("document_signatures"), QT_TR_NOOP("Signature on screen")},
        {QStringLiteral("addon_findings"), QT_TR_NOOP("Add-on finding")},
        {QStringLiteral("line_decisions"), QT_TR_NOOP("Customer's decision")},
        {QStringLiteral("labor_operations"), QT_TR_NOOP("Labor operation")},
        {QStringLiteral("parts_catalog"), QT_TR_NOOP("Part")},
        {QStringLiteral("canned_jobs"), QT_TR_NOOP("Canned job")},
        {QStringLiteral("settlements"), QT_TR_NOOP("Settlement")},
        {QStringLiteral("payments"), QT_TR_NOOP("Payment")},
        {QStringLiteral("day_closes"), QT_TR_NOOP("Day close")},
        {QStringLiteral("cash_counts"), QT_TR_NOOP("Cash count")},
        {QStringLiteral("delivery_notifications"), QT_TR_NOOP("Customer notice")},
        {QStringLiteral("technicians"), QT_TR_NOOP("Technician")},
        {QStringLiteral("bays"), QT_TR_NOOP("Bay")},
        {QStringLiteral("follow_ups"), QT_TR_NOOP("Follow-up call")},
        {QStringLiteral("follow_up_attempts"), QT_TR_NOOP("Call attempt")},
        {QStringLiteral("complaints"), QT_TR_NOOP("Complaint")},
        {QStringLiteral("complaint_actions"), QT_TR_NOOP("Complaint step")},
        {QStringLiteral("surveys"), QT_TR_NOOP("Satisfaction questionnaire")},
        {QStringLiteral("messages"), QT_TR_NOOP("Message")},
    };
    const char *name = lookup(names, code);
    return name ? tr(name) : code;
}

QString AuditWords::fieldName(const QString &field)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("display_name"), QT_TR_NOOP("Name")},
        {QStringLiteral("login"), QT_TR_NOOP("Login")},
        {QStringLiteral("role"), QT_TR_NOOP("Role")},
        {QStringLiteral("roles"), QT_TR_NOOP("Roles")},
        {QStringLiteral("active"), QT_TR_NOOP("Active")},
        {QStringLiteral("state"), QT_TR_NOOP("State")},
        {QStringLiteral("status"), QT_TR_NOOP("Status")},
        {QStringLiteral("number"), QT_TR_NOOP("Number")},
        {QStringLiteral("phone"), QT_TR_NOOP("Phone")},
        {QStringLiteral("address"), QT_TR_NOOP("Address")},
        {QStringLiteral("tax_number"), QT_TR_NOOP("Tax number")},
        {QStringLiteral("plate"), QT_TR_NOOP("Plate")},
        {QStringLiteral("vin"), QT_TR_NOOP("VIN")},
        {QStringLiteral("brand"), QT_TR_NOOP("Brand")},
        {QStringLiteral("series"), QT_TR_NOOP("Series")},
        {QStringLiteral("model"), QT_TR_NOOP("Model")},
        {QStringLiteral("color"), QT_TR_NOOP("Colour")},
        {QStringLiteral("mileage_km"), QT_TR_NOOP("Odometer")},
        {QStringLiteral("odometer_km"), QT_TR_NOOP("Odometer")},
        {QStringLiteral("wo_type"), QT_TR_NOOP("Work-order type")},
        {QStringLiteral("repair_category"), QT_TR_NOOP("Repair category")},
        {QStringLiteral("promised_at"), QT_TR_NOOP("Promised")},
        {QStringLiteral("opened_at"), QT_TR_NOOP("Opened")},
        {QStringLiteral("closed_at"), QT_TR_NOOP("Closed")},
        {QStringLiteral("replied_at"), QT_TR_NOOP("First reply")},
        {QStringLiteral("followup_rules"), QT_TR_NOOP("Follow-up and complaint rules")},
        {QStringLiteral("fallback_template"), QT_TR_NOOP("Message text instead of a call")},
        {QStringLiteral("exported_at"), QT_TR_NOOP("Exported")},
        {QStringLiteral("recipient"), QT_TR_NOOP("Recipient")},
        {QStringLiteral("responsible"), QT_TR_NOOP("Responsible")},
        {QStringLiteral("satisfied"), QT_TR_NOOP("Customer satisfied")},
        {QStringLiteral("authorized_at"), QT_TR_NOOP("Authorized")},
        {QStringLiteral("delivered_at"), QT_TR_NOOP("Delivered")},
        {QStringLiteral("handed_over_to"), QT_TR_NOOP("Received by")},
        {QStringLiteral("handed_over_at"), QT_TR_NOOP("Handed over")},
        {QStringLiteral("inspector_name"), QT_TR_NOOP("Quality inspector")},
        {QStringLiteral("cancel_reason"), QT_TR_NOOP("Why cancelled")},
        {QStringLiteral("description"), QT_TR_NOOP("Description")},
        {QStringLiteral("code"), QT_TR_NOOP("Code")},
        {QStringLiteral("kind"), QT_TR_NOOP("Kind")},
        {QStringLiteral("centi_hours"), QT_TR_NOOP("Hours")},
        {QStringLiteral("quantity_milli"), QT_TR_NOOP("Quantity")},
        {QStringLiteral("unit_price_fen"), QT_TR_NOOP("Unit price")},
        {QStringLiteral("rate_fen"), QT_TR_NOOP("Rate per hour")},
        {QStringLiteral("rate_per_hour"), QT_TR_NOOP("Rate per hour")},
        {QStringLiteral("amount_fen"), QT_TR_NOOP("Amount")},
        {QStringLiteral("approved_amount_fen"), QT_TR_NOOP("Amount approved")},
        {QStringLiteral("total_fen"), QT_TR_NOOP("Total")},
        {QStringLiteral("pay_type"), QT_TR_NOOP("Who pays")},
        {QStringLiteral("part_source"), QT_TR_NOOP("Part source")},
        {QStringLiteral("technician_name"), QT_TR_NOOP("Technician")},
        {QStringLiteral("staff_id"), QT_TR_NOOP("Technician (staff record)")},
        {QStringLiteral("team"), QT_TR_NOOP("Team")},
        {QStringLiteral("grade"), QT_TR_NOOP("Grade")},
        {QStringLiteral("reason"), QT_TR_NOOP("Reason")},
        {QStringLiteral("due_date"), QT_TR_NOOP("Bring up again on")},
        {QStringLiteral("method"), QT_TR_NOOP("Method")},
        {QStringLiteral("tendered_fen"), QT_TR_NOOP("Tendered")},
        {QStringLiteral("change_fen"), QT_TR_NOOP("Change")},
        {QStringLiteral("reference"), QT_TR_NOOP("Reference")},
        {QStringLiteral("business_date"), QT_TR_NOOP("Business day")},
        {QStringLiteral("closed_by"), QT_TR_NOOP("Closed by")},
        {QStringLiteral("settlements"), QT_TR_NOOP("Settlements")},
        {QStringLiteral("reversals"), QT_TR_NOOP("Reversals")},
        {QStringLiteral("collected_fen"), QT_TR_NOOP("Collected")},
        {QStringLiteral("receivable_fen"), QT_TR_NOOP("New receivables")},
        {QStringLiteral("unsettled_count"), QT_TR_NOOP("Cars left unsettled")},
        {QStringLiteral("expected_fen"), QT_TR_NOOP("Cash expected")},
        {QStringLiteral("counted_fen"), QT_TR_NOOP("Cash counted")},
        {QStringLiteral("over_short_fen"), QT_TR_NOOP("Over / short")},
        {QStringLiteral("cashier_name"), QT_TR_NOOP("Cashier")},
        {QStringLiteral("handed_to"), QT_TR_NOOP("Handed over to")},
        {QStringLiteral("approved_by"), QT_TR_NOOP("Approved by")},
        {QStringLiteral("customer_due_fen"), QT_TR_NOOP("Customer pays")},
        {QStringLiteral("gross_fen"), QT_TR_NOOP("Before discounts")},
        {QStringLiteral("line_discount_fen"), QT_TR_NOOP("Line discounts")},
        {QStringLiteral("order_discount_fen"), QT_TR_NOOP("Order discount")},
        {QStringLiteral("round_off_fen"), QT_TR_NOOP("Rounded off")},
        {QStringLiteral("vat_fen"), QT_TR_NOOP("VAT")},
        {QStringLiteral("vat_rate_bp"), QT_TR_NOOP("VAT rate")},
        {QStringLiteral("decision"), QT_TR_NOOP("Decision")},
        {QStringLiteral("decided_by"), QT_TR_NOOP("Decided by")},
        {QStringLiteral("contact_number"), QT_TR_NOOP("Number called")},
        {QStringLiteral("starts_at"), QT_TR_NOOP("Booked for")},
        {QStringLiteral("service_type"), QT_TR_NOOP("Service")},
        {QStringLiteral("fuel_eighths"), QT_TR_NOOP("Fuel")},
        {QStringLiteral("key_tag"), QT_TR_NOOP("Key tag")},
        {QStringLiteral("drop_off_name"), QT_TR_NOOP("Dropped off by")},
        {QStringLiteral("drop_off_phone"), QT_TR_NOOP("Drop-off phone")},
        {QStringLiteral("advisor_name"), QT_TR_NOOP("Service advisor")},
        {QStringLiteral("text"), QT_TR_NOOP("Customer's words")},
        {QStringLiteral("cause"), QT_TR_NOOP("Cause")},
        {QStringLiteral("correction"), QT_TR_NOOP("Correction")},
        {QStringLiteral("items"), QT_TR_NOOP("Items")},
        {QStringLiteral("form"), QT_TR_NOOP("Form")},
        {QStringLiteral("copies"), QT_TR_NOOP("Copies")},
        {QStringLiteral("price_fen"), QT_TR_NOOP("Price")},
        {QStringLiteral("workshop_opens"), QT_TR_NOOP("Workshop opens")},
        {QStringLiteral("workshop_closes"), QT_TR_NOOP("Workshop closes")},
        {QStringLiteral("workshop_days_off"), QT_TR_NOOP("Workshop closed on")},
        {QStringLiteral("default_labor_rate"), QT_TR_NOOP("Default labor rate")},
        {QStringLiteral("password_hash"), QT_TR_NOOP("Password")},
        {QStringLiteral("labor_fen"), QT_TR_NOOP("Labor")},
        {QStringLiteral("parts_fen"), QT_TR_NOOP("Parts")},
        {QStringLiteral("diagnosis_fen"), QT_TR_NOOP("Diagnosis")},
        {QStringLiteral("sublet_fen"), QT_TR_NOOP("Sublet work")},
        {QStringLiteral("other_fen"), QT_TR_NOOP("Other charges")},
        {QStringLiteral("warranty_fen"), QT_TR_NOOP("Warranty pays")},
        {QStringLiteral("insurance_fen"), QT_TR_NOOP("Insurer pays")},
        {QStringLiteral("internal_fen"), QT_TR_NOOP("Internal")},
        {QStringLiteral("deposit_fen"), QT_TR_NOOP("Deposit")},
        {QStringLiteral("credit_limit_fen"), QT_TR_NOOP("Credit limit")},
        {QStringLiteral("approved_at"), QT_TR_NOOP("Approved")},
        {QStringLiteral("settled_at"), QT_TR_NOOP("Settled")},
        {QStringLiteral("arrived_at"), QT_TR_NOOP("Arrived")},
        {QStringLiteral("completed_at"), QT_TR_NOOP("Completed")},
        {QStringLiteral("issued_at"), QT_TR_NOOP("Printed")},
        {QStringLiteral("pickup_checklist"), QT_TR_NOOP("Pickup checklist")},
        {QStringLiteral("discounts"), QT_TR_NOOP("Discounts")},
        {QStringLiteral("payments"), QT_TR_NOOP("Payments")},
        {QStringLiteral("result"), QT_TR_NOOP("Result")},
        {QStringLiteral("old_parts"), QT_TR_NOOP("Old parts")},
        {QStringLiteral("notes"), QT_TR_NOOP("Notes")},
        {QStringLiteral("note"), QT_TR_NOOP("Note")},
        {QStringLiteral("channel"), QT_TR_NOOP("Channel")},
        {QStringLiteral("by_name"), QT_TR_NOOP("By")},
        {QStringLiteral("found_by"), QT_TR_NOOP("Found by")},
        {QStringLiteral("relayed_to"), QT_TR_NOOP("Workshop told")},
        {QStringLiteral("rework_count"), QT_TR_NOOP("Rework rounds")},
        {QStringLiteral("inspection_item"), QT_TR_NOOP("From the walk-around")},
        {QStringLiteral("brand_spec"), QT_TR_NOOP("Brand or specification")},
        {QStringLiteral("unit"), QT_TR_NOOP("Unit")},
        {QStringLiteral("labor_category"), QT_TR_NOOP("Labor rate")},
        {QStringLiteral("other_kind"), QT_TR_NOOP("Kind of charge")},
        {QStringLiteral("warranty"), QT_TR_NOOP("Warranty")},
        {QStringLiteral("safety_critical"), QT_TR_NOOP("Safety-critical")},
        {QStringLiteral("extra_minutes"), QT_TR_NOOP("Extra time (min)")},
        {QStringLiteral("new_promised_at"), QT_TR_NOOP("New promise")},
        {QStringLiteral("handover_terms"), QT_TR_NOOP("Handover terms")},
        {QStringLiteral("logo_png"), QT_TR_NOOP("Logo")},
        {QStringLiteral("concerns"), QT_TR_NOOP("Concerns")},
        {QStringLiteral("deposit_paid"), QT_TR_NOOP("Deposit paid")},
        {QStringLiteral("duration_min"), QT_TR_NOOP("Duration (min)")},
        {QStringLiteral("parts_price_fen"), QT_TR_NOOP("Parts estimate")},
        {QStringLiteral("preferred_time"), QT_TR_NOOP("Preferred time")},
        {QStringLiteral("preferred_contact"), QT_TR_NOOP("Preferred contact")},
        {QStringLiteral("followup_consent"), QT_TR_NOOP("Follow-up calls agreed")},
        {QStringLiteral("marketing_consent"), QT_TR_NOOP("Marketing agreed")},
        {QStringLiteral("id_number"), QT_TR_NOOP("ID number")},
        {QStringLiteral("engine_no"), QT_TR_NOOP("Engine number")},
        {QStringLiteral("first_registration"), QT_TR_NOOP("First registered")},
        {QStringLiteral("model_year"), QT_TR_NOOP("Model year")},
        {QStringLiteral("language"), QT_TR_NOOP("Language")},
        {QStringLiteral("appointment"), QT_TR_NOOP("Appointment")},
        {QStringLiteral("energy_type"), QT_TR_NOOP("Powertrain")},
        {QStringLiteral("vehicle_type"), QT_TR_NOOP("Vehicle type")},
        {QStringLiteral("plate_color"), QT_TR_NOOP("Plate colour")},
        {QStringLiteral("odometer_out_km"), QT_TR_NOOP("Odometer out")},
        {QStringLiteral("certificate_no"), QT_TR_NOOP("Certificate number")},
        {QStringLiteral("prefix_certificate"), QT_TR_NOOP("Certificate number prefix")},
        {QStringLiteral("guarantee_commitments"), QT_TR_NOOP("Quality guarantee committed")},
        {QStringLiteral("document_id"), QT_TR_NOOP("Printed form")},
        {QStringLiteral("signer_name"), QT_TR_NOOP("Signed by")},
        {QStringLiteral("device"), QT_TR_NOOP("Signed with")},
        {QStringLiteral("content_hash"), QT_TR_NOOP("Content fingerprint")},
        {QStringLiteral("output"), QT_TR_NOOP("Printed to")},
    };
    const char *name = lookup(names, field);
    if (name)
        return tr(name);
    // Not in the list: its words, without the storage unit.
    QString words = field;
    for (const char *unit : {"_fen", "_milli", "_bp"})
        if (words.endsWith(QLatin1String(unit)))
            words.chop(int(qstrlen(unit)));
    return words.replace(QLatin1Char('_'), QLatin1Char(' '));
}

bool AuditWords::technical(const QString &field)
{
    return field == QLatin1String("version") || field == QLatin1String("created_at") || field == QLatin1String("updated_at") ||
           field == QLatin1String("updated_by") || field == QLatin1String("updated_station") || field == QLatin1String("id") ||
           field.endsWith(QLatin1String("_id")) || field.endsWith(QLatin1String("_reversed")) ||
           field == QLatin1String("name_key") || field == QLatin1String("name_pinyin") || field == QLatin1String("name_initials");
}

QString AuditWords::valueText(const QString &table, const QString &field, const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined() || (v.isString() && v.toString().isEmpty()))
        return QStringLiteral("—");
    if (field == QLatin1String("logo_png"))
        return tr("(image)");
    if (field == QLatin1String("password_hash"))
        return tr("(hidden)");
    if (v.isDouble()) {
        const qint64 n = v.toInteger();
        if (field.endsWith(QLatin1String("_fen")))
            return money::yuan(n);
        if (field.endsWith(QLatin1String("_bp")))
            return money::formatBasisPoints(int(n)) + QStringLiteral(" %");
        if (field == QLatin1String("centi_hours"))
            return tr("%1 h").arg(QString::number(n / 100.0));
        if (field == QLatin1String("quantity_milli"))
            return QString::number(n / 1000.0);
        if (field == QLatin1String("fuel_eighths"))
            return QStringLiteral("%1/8").arg(n);
        if (field.endsWith(QLatin1String("_km")))
            return tr("%1 km").arg(QString::number(n));
        if (field == QLatin1String("active") || field == QLatin1String("booked") || field == QLatin1String("safety_critical") ||
            field == QLatin1String("consent_recorded") || field == QLatin1String("customer_waits") || field == QLatin1String("on_account") ||
            field == QLatin1String("deposit_paid") || field == QLatin1String("followup_consent") ||
            field == QLatin1String("marketing_consent") || field == QLatin1String("valuables_reminded"))
            return n ? tr("yes") : tr("no");
        return QString::number(n);
    }
    if (v.isBool())
        return v.toBool() ? tr("yes") : tr("no");
    if (v.isArray()) {
        QStringList items;
        for (const QJsonValue &item : v.toArray())
            items << valueText(table, field, item);
        return items.join(QStringLiteral(", "));
    }
    const QString s = v.toString();
    // Times are stored in UTC: shown in local time.
    if ((field.endsWith(QLatin1String("_at")) || field == QLatin1String("at")) && s.size() >= 19) {
        const QDateTime at = QDateTime::fromString(s, Qt::ISODateWithMs);
        if (at.isValid())
            return LocalFormat::dateTime(at.toLocalTime());
    }
    if (table == QLatin1String("work_orders") && field == QLatin1String("state"))
        return WorkOrderRules::stateName(s);
    if (table == QLatin1String("work_orders") && field == QLatin1String("wo_type"))
        return WorkOrderRules::typeName(s);
    if (table == QLatin1String("work_orders") && field == QLatin1String("repair_category"))
        return WorkOrderRules::repairCategoryName(s);
    if (table == QLatin1String("work_order_lines") && field == QLatin1String("status"))
        return WorkOrderRules::lineStatusName(s);
    if (field == QLatin1String("pay_type"))
        return WorkOrderRules::payTypeName(s);
    if (field == QLatin1String("part_source"))
        return WorkOrderRules::partSourceName(s);
    if (table == QLatin1String("payments") && field == QLatin1String("method"))
        return SettlementRules::methodName(s);
    if (table == QLatin1String("appointments") && field == QLatin1String("state"))
        return AppointmentRules::stateName(s);
    if (field == QLatin1String("service_type"))
        return AppointmentCodes::serviceTypes().labelOf(s);
    if (field == QLatin1String("result")) {
        if (s == QLatin1String("signed in"))
            return tr("signed in");
        if (s == QLatin1String("wrong password"))
            return tr("wrong password");
        if (s == QLatin1String("deactivated"))
            return tr("refused: the user is deactivated");
        return AppointmentCodes::callResults().labelOf(s);
    }
    if (field == QLatin1String("pickup_checklist")) {
        QStringList items;
        for (const QString &item : s.split(QLatin1Char(','), Qt::SkipEmptyParts))
            items << DeliveryRules::pickupItemName(item.trimmed());
        return items.join(QStringLiteral("、"));
    }
    // A settlement's payments and discounts, recorded as "code amount": the code in words, the amount in yuan.
    if (field == QLatin1String("payments") || field == QLatin1String("discounts")) {
        const qsizetype space = s.indexOf(QLatin1Char(' '));
        const QString code = space < 0 ? s : s.left(space);
        QString rest = space < 0 ? QString() : s.mid(space + 1);
        const qsizetype last = rest.lastIndexOf(QLatin1Char(' '));
        const QString amount = last < 0 ? rest : rest.mid(last + 1);
        if (!amount.isEmpty() && money::parse(amount))
            rest = (last < 0 ? QString() : rest.left(last) + QLatin1Char(' ')) + money::yuan(*money::parse(amount));
        const QString name = field == QLatin1String("payments") ? SettlementRules::methodName(code)
                                                                 : SettlementCodes::discountScopes().labelOf(code);
        return (name + QLatin1Char(' ') + rest).trimmed();
    }
    if (table == QLatin1String("technicians") && field == QLatin1String("grade"))
        return TechnicianCodes::grades().labelOf(s);
    if (table == QLatin1String("vehicles") && field == QLatin1String("energy_type"))
        return VehicleCodes::energyTypes().labelOf(s);
    if (table == QLatin1String("vehicles") && field == QLatin1String("vehicle_type"))
        return VehicleCodes::vehicleTypes().labelOf(s);
    if (table == QLatin1String("vehicles") && field == QLatin1String("plate_color"))
        return VehicleCodes::plateColors().labelOf(s);
    if (table == QLatin1String("document_signatures") && field == QLatin1String("role") && s == QLatin1String("customer"))
        return tr("Customer");
    if (table == QLatin1String("document_signatures") && field == QLatin1String("device"))
        return SignatureCodes::devices().labelOf(s);
    if (table == QLatin1String("dealership") && field == QLatin1String("followup_rules") && !s.isEmpty())
        return FollowUpRules::describe(FollowUpRules::parseSettings(s));
    if (table == QLatin1String("complaints") && field == QLatin1String("state"))
        return FollowUpCodes::complaintStates().labelOf(s);
    if (table == QLatin1String("complaints") && field == QLatin1String("severity"))
        return FollowUpCodes::severities().labelOf(s);
    if (table == QLatin1String("complaints") && field == QLatin1String("category"))
        return FollowUpCodes::complaintCategories().labelOf(s);
    if (table == QLatin1String("complaint_actions") && field == QLatin1String("action"))
        return FollowUpCodes::complaintActions().labelOf(s);
    if (table == QLatin1String("messages") && field == QLatin1String("channel"))
        return FollowUpCodes::channels().labelOf(s);
    if (table == QLatin1String("follow_ups") && field == QLatin1String("state"))
        return FollowUpCodes::states().labelOf(s);
    if (table == QLatin1String("follow_up_attempts") && field == QLatin1String("outcome"))
        return FollowUpCodes::outcomes().labelOf(s);
    if (table == QLatin1String("cash_counts") && field == QLatin1String("kind"))
        return SettlementCodes::cashCountKinds().labelOf(s);
    return s;
}

namespace {
QList<std::pair<QString, QString>> changes(const QString &table, const QString &oldJson, const QString &newJson)
{
    const QJsonObject before = QJsonDocument::fromJson(oldJson.toUtf8()).object();
    const QJsonObject after = QJsonDocument::fromJson(newJson.toUtf8()).object();
    QList<std::pair<QString, QString>> out;
    for (auto it = after.begin(); it != after.end(); ++it) {
        if (AuditWords::technical(it.key()))
            continue;
        const QString name = AuditWords::fieldName(it.key());
        const QString now = AuditWords::valueText(table, it.key(), it.value());
        out << std::pair{name, before.contains(it.key())
                                   ? QStringLiteral("%1 → %2").arg(AuditWords::valueText(table, it.key(), before.value(it.key())), now)
                                   : now};
    }
    // Removed: only the old value.
    for (auto it = before.begin(); it != before.end(); ++it)
        if (!after.contains(it.key()) && !AuditWords::technical(it.key()))
            out << std::pair{AuditWords::fieldName(it.key()),
                             QStringLiteral("%1 → —").arg(AuditWords::valueText(table, it.key(), it.value()))};
    return out;
}
} // namespace

QString AuditWords::summary(const QString &table, const QString &oldJson, const QString &newJson, int maxLength)
{
    QStringList parts;
    for (const auto &[name, text] : changes(table, oldJson, newJson))
        parts << QStringLiteral("%1: %2").arg(name, text);
    return parts.join(QStringLiteral("; ")).simplified().left(maxLength);
}

QString AuditWords::details(const QString &table, const QString &oldJson, const QString &newJson)
{
    QStringList lines;
    for (const auto &[name, text] : changes(table, oldJson, newJson))
        lines << QStringLiteral("%1: %2").arg(name, text);
    return lines.join(QLatin1Char('\n'));
}

} // namespace dd
