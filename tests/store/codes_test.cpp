// Codes are types: each closed list defined once in core (enum, stored text, label), and the database refusing
// any other text in the columns that take one.
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>

#include "core/followup.h"
#include "core/addon.h"
#include "core/appointment.h"
#include "core/customer.h"
#include "core/inspection.h"
#include "core/settlement.h"
#include "core/technician.h"
#include "core/workorder.h"
#include "fixtures.h"
#include "demo/demo.h"

using namespace dd;
using namespace ddtest;

namespace {
// The list a column takes in a migration: the first "column IN (...)" or "column NOT IN (...)" after the anchor
// (a dialect's section, "-- @dialect sqlite", or a table's creation, "CREATE TABLE appointments").
QStringList listIn(const char *file, const QString &anchor, const QString &column)
{
    QFile f(QStringLiteral(DD_SOURCE_DIR "/db/migrations/") + QString::fromLatin1(file));
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QString sql = QString::fromUtf8(f.readAll());
    const qsizetype from = sql.indexOf(anchor);
    REQUIRE(from >= 0);
    const QRegularExpression re(QStringLiteral("\\b%1 (?:NOT )?IN \\(([^)]*)\\)").arg(column));
    const QRegularExpressionMatch m = re.match(sql, from);
    REQUIRE(m.hasMatch());
    QStringList codes;
    for (QString c : m.captured(1).split(QLatin1Char(',')))
        codes << c.trimmed().remove(QLatin1Char('\''));
    return codes;
}

QStringList migrationList(const QString &dialect, const QString &column)
{
    return listIn("0014_closed_code_lists.sql", QStringLiteral("-- @dialect ") + dialect, column);
}
} // namespace

TEST_CASE("the database refuses a code outside its list, and its lists are the code tables", "[store][codes]")
{
    // The migration's lists, in both dialects, are exactly the code tables ("" where a column may be unset).
    const QString none;
    struct Column {
        const char *name;
        QStringList codes;
    };
    const Column columns[] = {
        {"state", WorkOrderCodes::states().codes()},
        {"wo_type", QStringList{none} + WorkOrderCodes::types().codes()},
        {"repair_category", QStringList{none} + WorkOrderCodes::repairCategories().codes()},
        {"pay_type", WorkOrderCodes::payTypes().codes()},
        {"part_source", QStringList{none} + WorkOrderCodes::partSources().codes()},
        {"other_kind", QStringList{none} + WorkOrderCodes::otherKinds().codes()},
        {"transition", WorkOrderCodes::steps().codes()},
        {"from_state", WorkOrderCodes::states().codes()},
        {"to_state", WorkOrderCodes::states().codes()},
    };
    for (const Column &c : columns)
        for (const char *dialect : {"sqlite", "postgresql"}) {
            INFO(c.name << " in " << dialect);
            CHECK(migrationList(QString::fromLatin1(dialect), QString::fromLatin1(c.name)) == c.codes);
        }
    // The other lists: checked since their table was created, or since schema 15 (in some order).
    struct Checked {
        const char *file;
        const char *anchor;
        const char *column;
        QStringList codes;
    };
    const Checked checked[] = {
        {"0005_customers_vehicles_reception.sql", "CREATE TABLE appointments", "state", AppointmentCodes::states().codes()},
        {"0005_customers_vehicles_reception.sql", "CREATE TABLE appointment_calls", "result", AppointmentCodes::callResults().codes()},
        {"0006_inspection_and_documents.sql", "CREATE TABLE inspection_checks", "rating", InspectionCodes::ratings().codes()},
        {"0006_inspection_and_documents.sql", "CREATE TABLE damage_marks", "view", InspectionCodes::views().codes()},
        {"0006_inspection_and_documents.sql", "CREATE TABLE damage_marks", "kind", InspectionCodes::damageKinds().codes()},
        {"0006_inspection_and_documents.sql", "CREATE TABLE damage_mark_checks", "status", InspectionCodes::markStatuses().codes()},
        {"0008_addon_approval.sql", "CREATE TABLE addon_findings", "source", AddOnCodes::sources().codes()},
        {"0008_addon_approval.sql", "CREATE TABLE addon_findings", "warranty", QStringList{none} + AddOnCodes::warranty().codes()},
        {"0008_addon_approval.sql", "CREATE TABLE line_decisions", "method", AddOnCodes::methods().codes()},
        {"0012_settlement.sql", "CREATE TABLE settlement_discounts", "scope", SettlementCodes::discountScopes().codes()},
        {"0012_settlement.sql", "CREATE TABLE payments", "method", SettlementCodes::paymentMethods().codes()},
        {"0012_settlement.sql", "CREATE TABLE delivery_notifications", "kind", DeliveryCodes::notificationKinds().codes()},
        {"0017_workshop_hours_and_job_types.sql", "ALTER TABLE canned_jobs", "wo_type", QStringList{none} + WorkOrderCodes::types().codes()},
        {"0018_technicians.sql", "CREATE TABLE technicians", "grade", QStringList{none} + TechnicianCodes::grades().codes()},
        {"0019_cash_counts.sql", "CREATE TABLE cash_counts", "kind", SettlementCodes::cashCountKinds().codes()},
        {"0015_more_code_lists.sql", "-- @dialect sqlite", "service_type", AppointmentCodes::serviceTypes().codes()},
        {"0015_more_code_lists.sql", "-- @dialect postgresql", "service_type", AppointmentCodes::serviceTypes().codes()},
        {"0015_more_code_lists.sql", "-- @dialect sqlite", "preferred_contact", CustomerCodes::contactMethods().codes()},
        {"0015_more_code_lists.sql", "-- @dialect postgresql", "preferred_contact", CustomerCodes::contactMethods().codes()},
        {"0020_energy_types.sql", "-- @dialect sqlite", "item", InspectionCodes::checkItems().codes()},
        {"0020_energy_types.sql", "-- @dialect postgresql", "item", InspectionCodes::checkItems().codes()},
        {"0020_energy_types.sql", "ALTER TABLE vehicles", "energy_type", QStringList{none} + VehicleCodes::energyTypes().codes()},
        {"0022_statement_and_certificate_fields.sql", "ALTER TABLE vehicles", "vehicle_type", QStringList{none} + VehicleCodes::vehicleTypes().codes()},
        {"0022_statement_and_certificate_fields.sql", "ALTER TABLE vehicles", "plate_color", QStringList{none} + VehicleCodes::plateColors().codes()},
        {"0023_document_signatures.sql", "CREATE TABLE document_signatures", "device", SignatureCodes::devices().codes()},
        {"0024_follow_ups.sql", "CREATE TABLE follow_ups", "kind", FollowUpCodes::kinds().codes()},
        {"0024_follow_ups.sql", "CREATE TABLE follow_ups", "state", FollowUpCodes::states().codes()},
        {"0024_follow_ups.sql", "CREATE TABLE follow_up_attempts", "outcome", FollowUpCodes::outcomes().codes()},
        {"0025_complaints.sql", "CREATE TABLE complaints", "source", FollowUpCodes::complaintSources().codes()},
        {"0025_complaints.sql", "CREATE TABLE complaints", "category", FollowUpCodes::complaintCategories().codes()},
        {"0025_complaints.sql", "CREATE TABLE complaints", "severity", FollowUpCodes::severities().codes()},
        {"0025_complaints.sql", "CREATE TABLE complaints", "state", FollowUpCodes::complaintStates().codes()},
        {"0025_complaints.sql", "CREATE TABLE complaint_actions", "action", FollowUpCodes::complaintActions().codes()},
        {"0027_messages.sql", "CREATE TABLE messages", "channel", FollowUpCodes::channels().codes()},
        {"0015_more_code_lists.sql", "-- @dialect sqlite", "channel", DeliveryCodes::channels().codes()},
        {"0015_more_code_lists.sql", "-- @dialect postgresql", "channel", DeliveryCodes::channels().codes()},
    };
    for (const Checked &c : checked) {
        INFO(c.file << " " << c.column);
        QStringList inSchema = listIn(c.file, QString::fromLatin1(c.anchor), QString::fromLatin1(c.column));
        QStringList inCode = c.codes;
        inSchema.sort();
        inCode.sort();
        CHECK(inSchema == inCode);
    }

    FOR_EACH_BACKEND(backend);
    TestDb t(backend);
    auto db = t.open();
    Users users(*db, fastHasher());
    DealershipStore dealership(*db);
    Commands admin(*db, adminSession());
    Demo::load(admin, users, dealership); // every demo row is within its lists
    QSqlQuery q = db->query(QStringLiteral("SELECT id FROM work_orders ORDER BY id"));
    REQUIRE(q.next());
    const qint64 wo = q.value(0).toLongLong();
    QSqlQuery l = db->query(QStringLiteral("SELECT id FROM work_order_lines ORDER BY id"));
    REQUIRE(l.next());
    const qint64 line = l.value(0).toLongLong();

    auto refused = [&](const QString &sql, const QVariantList &params) {
        try {
            admin.run(QStringLiteral("test.code"), std::nullopt, [&](CommandContext &ctx) { ctx.exec(sql, params); });
        } catch (const StoreError &) {
            return true;
        }
        return false;
    };
    CHECK(refused(QStringLiteral("UPDATE work_orders SET state = ? WHERE id = ?"), {QStringLiteral("In progress"), wo}));
    CHECK(refused(QStringLiteral("UPDATE work_orders SET wo_type = ? WHERE id = ?"), {QStringLiteral("oil"), wo}));
    CHECK(refused(QStringLiteral("UPDATE work_orders SET repair_category = ? WHERE id = ?"), {QStringLiteral("level3"), wo}));
    CHECK(refused(QStringLiteral("UPDATE work_order_lines SET pay_type = ? WHERE id = ?"), {QStringLiteral("cash"), line}));
    CHECK(refused(QStringLiteral("UPDATE work_order_lines SET part_source = ? WHERE id = ?"), {QStringLiteral("used"), line}));
    CHECK(refused(QStringLiteral("UPDATE work_order_lines SET other_kind = ? WHERE id = ?"), {QStringLiteral("towing"), line}));
    CHECK(refused(QStringLiteral("INSERT INTO work_order_transitions (work_order_id, transition, from_state, to_state, at, "
                                 "by_name, station) VALUES (?, 'fly', 'open', 'ready', '2026-12-01T00:00:00Z', 'x', 'y')"),
                  {wo}));
    QSqlQuery a = db->query(QStringLiteral("SELECT id FROM appointments ORDER BY id"));
    REQUIRE(a.next());
    const qint64 appointment = a.value(0).toLongLong();
    QSqlQuery cu = db->query(QStringLiteral("SELECT id FROM customers ORDER BY id"));
    REQUIRE(cu.next());
    const qint64 customer = cu.value(0).toLongLong();
    CHECK(refused(QStringLiteral("UPDATE appointments SET service_type = ? WHERE id = ?"), {QStringLiteral("Repair"), appointment}));
    CHECK(refused(QStringLiteral("UPDATE customers SET preferred_contact = ? WHERE id = ?"), {QStringLiteral("fax"), customer}));
    for (const QString &type : AppointmentCodes::serviceTypes().codes())
        CHECK_FALSE(refused(QStringLiteral("UPDATE appointments SET service_type = ? WHERE id = ?"), {type, appointment}));
    // Every code in a table is taken (and the row put back as it was by the rollback of a failing command).
    for (const QString &state : WorkOrderCodes::states().codes()) {
        INFO(state.toStdString());
        CHECK_FALSE(refused(QStringLiteral("UPDATE work_orders SET state = ? WHERE id = ?"), {state, wo}));
    }
    for (const QString &pay : WorkOrderCodes::payTypes().codes())
        CHECK_FALSE(refused(QStringLiteral("UPDATE work_order_lines SET pay_type = ? WHERE id = ?"), {pay, line}));
}
