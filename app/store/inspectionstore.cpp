#include "inspectionstore.h"

#include <QJsonObject>
#include <QLocale>
#include <QSqlQuery>

#include "core/customer.h"
#include "core/workorder.h"
#include "customerstore.h"
#include "sql.h"

namespace dd {

namespace {

const QString kShopSelect = QStringLiteral(
    "SELECT w.id, w.number, w.state, w.vehicle_id, v.plate, v.vin, v.brand, v.series, c.name, w.advisor_name, "
    "w.opened_at, w.promised_at, i.id, i.state, i.key_tag, i.customer_waits "
    "FROM work_orders w JOIN vehicles v ON v.id = w.vehicle_id JOIN customers c ON c.id = w.customer_id "
    "LEFT JOIN inspections i ON i.work_order_id = w.id ");

QList<ShopVehicle> shopVehicles(QSqlQuery &q)
{
    QList<ShopVehicle> out;
    while (q.next()) {
        ShopVehicle s;
        s.workOrderId = q.value(0).toLongLong();
        s.workOrderNumber = q.value(1).toString();
        s.workOrderState = q.value(2).toString();
        s.vehicleId = q.value(3).toLongLong();
        s.vehicleLabel = Vehicle::labelOf(q.value(4).toString(), q.value(5).toString(), q.value(6).toString(),
                                          q.value(7).toString());
        s.customerName = q.value(8).toString();
        s.advisorName = q.value(9).toString();
        s.openedAt = Sql::fromDb(q.value(10));
        s.promisedAt = Sql::fromDb(q.value(11));
        s.inspectionId = q.value(12).toLongLong();
        s.inspectionState = q.value(13).toString();
        s.keyTag = q.value(14).toString();
        s.customerWaits = q.value(15).toInt() != 0;
        out << s;
    }
    return out;
}

QString joinCodes(const QStringList &codes)
{
    return Sql::text(codes.join(QLatin1Char(',')));
}

QStringList splitCodes(const QString &text)
{
    return text.split(QLatin1Char(','), Qt::SkipEmptyParts);
}

QVariant nullableInt(int value)
{
    return value < 0 ? QVariant(QMetaType(QMetaType::Int)) : QVariant(value);
}

} // namespace

Inspection InspectionStore::load(qint64 workOrderId)
{
    QSqlQuery wo = m_db.query(
        QStringLiteral("SELECT vehicle_id, mileage_km, opened_at, promised_at FROM work_orders WHERE id = ?"),
        {workOrderId});
    if (!wo.next())
        throw StoreError(StoreError::Kind::NotFound, tr("The work order no longer exists."));
    Inspection in;
    in.workOrderId = workOrderId;
    in.vehicleId = wo.value(0).toLongLong();
    const int checkInKm = wo.value(1).isNull() ? -1 : wo.value(1).toInt();
    const QString openedAt = wo.value(2).toString();
    in.promisedAt = Sql::fromDb(wo.value(3));
    in.energyType = m_db.scalar(QStringLiteral("SELECT energy_type FROM vehicles WHERE id = ?"), {in.vehicleId}, QString()).toString();

    QSqlQuery q = m_db.query(
        QStringLiteral("SELECT id, version, state, odometer_km, odometer_previous_km, odometer_reason, fuel_eighths, "
                       "warning_lamps, belongings, belongings_other, valuables_reminded, old_parts, covers_fitted, wash, "
                       "customer_waits, key_tag, completed_at, completed_by, soc_percent, range_km FROM inspections WHERE work_order_id = ?"),
        {workOrderId});
    if (q.next()) {
        in.id = q.value(0).toLongLong();
        in.version = q.value(1).toInt();
        in.state = q.value(2).toString();
        in.odometerKm = q.value(3).isNull() ? -1 : q.value(3).toInt();
        in.previousOdometerKm = q.value(4).isNull() ? -1 : q.value(4).toInt();
        in.odometerReason = q.value(5).toString();
        in.fuelEighths = q.value(6).isNull() ? -1 : q.value(6).toInt();
        in.warningLamps = splitCodes(q.value(7).toString());
        in.belongings = splitCodes(q.value(8).toString());
        in.belongingsOther = q.value(9).toString();
        in.valuablesReminded = q.value(10).toInt() != 0;
        in.oldParts = q.value(11).toString();
        in.coversFitted = q.value(12).toInt() != 0;
        in.wash = q.value(13).toInt() != 0;
        in.customerWaits = q.value(14).toInt() != 0;
        in.keyTag = q.value(15).toString();
        in.completedAt = Sql::fromDb(q.value(16));
        in.completedBy = q.value(17).toString();
        in.socPercent = q.value(18).isNull() ? -1 : q.value(18).toInt();
        in.rangeKm = q.value(19).isNull() ? -1 : q.value(19).toInt();
    } else {
        in.odometerKm = checkInKm;
        // The one odometer truth (VehicleStore::latestReading): the highest reading from any source, this visit's
        // check-in included, so a reading below what the advisor entered at the counter asks the same question.
        in.previousOdometerKm = VehicleStore::latestReading(m_db, in.vehicleId).km;
    }

    if (in.id) {
        QSqlQuery c = m_db.query(
            QStringLiteral("SELECT item, rating, note FROM inspection_checks WHERE inspection_id = ? ORDER BY id"), {in.id});
        while (c.next())
            in.checks << QuickCheck{c.value(0).toString(), c.value(1).toString(), c.value(2).toString()};
    }

    // Marks: this inspection's own, and the vehicle's earlier ones not found repaired before this visit.
    QSqlQuery m = m_db.query(
        QStringLiteral(
            "SELECT d.id, d.version, d.view, d.x_permille, d.y_permille, d.kind, d.note, d.inspection_id, w2.number, "
            "w2.opened_at, (SELECT k.status FROM damage_mark_checks k WHERE k.mark_id = d.id AND k.inspection_id = ?), "
            "(SELECT COUNT(*) FROM damage_photos p WHERE p.mark_id = d.id), d.repaired_inspection_id "
            "FROM damage_marks d JOIN inspections i2 ON i2.id = d.inspection_id "
            "JOIN work_orders w2 ON w2.id = i2.work_order_id "
            "LEFT JOIN inspections r ON r.id = d.repaired_inspection_id "
            "LEFT JOIN work_orders rw ON rw.id = r.work_order_id "
            "WHERE d.vehicle_id = ? AND (d.inspection_id = ? OR (w2.opened_at < ? AND "
            "(d.repaired_inspection_id IS NULL OR d.repaired_inspection_id = ? OR rw.opened_at > ?))) "
            "ORDER BY w2.opened_at, d.id"),
        {in.id, in.vehicleId, in.id, openedAt, in.id, openedAt});
    while (m.next()) {
        DamageMark d;
        d.id = m.value(0).toLongLong();
        d.version = m.value(1).toInt();
        d.view = m.value(2).toString();
        d.x = m.value(3).toInt();
        d.y = m.value(4).toInt();
        d.kind = m.value(5).toString();
        d.note = m.value(6).toString();
        d.isNew = in.id && m.value(7).toLongLong() == in.id;
        d.foundIn = m.value(8).toString();
        d.foundAt = Sql::fromDb(m.value(9));
        d.status = d.isNew ? QString() : m.value(10).toString();
        d.photoCount = m.value(11).toInt();
        in.marks << d;
    }
    in.renumberMarks();
    return in;
}

namespace {
// What InspectionStore::save needs of the work order.
struct OrderRow {
    QString number;
    int version = 0;
    QVariant mileageKm;
};

// Readings, key tag, fuel and marks valid; for completion nothing missing; the key tag free.
void checkInspection(CommandContext &ctx, const Inspection &in, bool complete)
{
    Validation v;
    if (in.odometerKm >= 0)
        v.merge(InspectionRules::checkOdometer(in.odometerKm, in.previousOdometerKm, in.odometerReason));
    if (!in.keyTag.isEmpty())
        v.merge(InspectionRules::checkKeyTag(in.keyTag));
    if (in.fuelEighths > 8)
        v.error(InspectionStore::tr("The fuel level is given in eighths, 0 to 8."));
    if (in.socPercent > 100)
        v.error(InspectionStore::tr("The state of charge is a percentage, 0 to 100."));
    if (in.rangeKm > 2000)
        v.error(InspectionStore::tr("A range of %1 km is more than any car shows; check the reading.").arg(in.rangeKm));
    v.merge(InspectionRules::checkMarks(in.marks));
    if (!v.ok())
        throw StoreError(StoreError::Kind::Validation, v.errors.join(QLatin1Char('\n')));
    if (complete) {
        const QStringList missing = InspectionRules::missingForCompletion(in);
        if (!missing.isEmpty())
            throw StoreError(StoreError::Kind::Validation,
                             InspectionStore::tr("The inspection cannot be completed yet. Still missing: %1.")
                                 .arg(missing.join(InspectionStore::tr(", "))));
    }
    if (!in.keyTag.isEmpty()) {
        QSqlQuery other = ctx.exec(
            QStringLiteral("SELECT w.number, v.plate, v.vin FROM inspections i JOIN work_orders w ON w.id = i.work_order_id "
                           "JOIN vehicles v ON v.id = i.vehicle_id WHERE i.key_tag = ? AND i.key_released_at IS NULL "
                           "AND i.work_order_id <> ?"),
            {in.keyTag, in.workOrderId});
        if (other.next())
            throw StoreError(StoreError::Kind::Validation,
                             InspectionStore::tr("Key tag %1 already holds the key of %2 (work order %3). Use another tag.")
                                 .arg(in.keyTag, Vehicle::labelOf(other.value(1).toString(), other.value(2).toString(), {}, {}),
                                      other.value(0).toString()));
    }
}

// The inspection's own row, new or updated; returns its id.
qint64 writeInspection(CommandContext &ctx, const Inspection &in, bool complete, const QString &woNumber)
{
    QVariantMap row{{QStringLiteral("odometer_km"), nullableInt(in.odometerKm)},
                    {QStringLiteral("odometer_reason"), Sql::text(in.odometerReason.trimmed())},
                    {QStringLiteral("fuel_eighths"), nullableInt(in.fuelEighths)},
                    {QStringLiteral("soc_percent"), nullableInt(in.socPercent)},
                    {QStringLiteral("range_km"), nullableInt(in.rangeKm)},
                    {QStringLiteral("warning_lamps"), joinCodes(in.warningLamps)},
                    {QStringLiteral("belongings"), joinCodes(in.belongings)},
                    {QStringLiteral("belongings_other"), Sql::text(in.belongingsOther.trimmed())},
                    {QStringLiteral("valuables_reminded"), in.valuablesReminded ? 1 : 0},
                    {QStringLiteral("old_parts"), Sql::text(in.oldParts)},
                    {QStringLiteral("covers_fitted"), in.coversFitted ? 1 : 0},
                    {QStringLiteral("wash"), in.wash ? 1 : 0},
                    {QStringLiteral("customer_waits"), in.customerWaits ? 1 : 0},
                    {QStringLiteral("key_tag"), Sql::text(in.keyTag)}};
    if (complete) {
        row.insert(QStringLiteral("state"), QStringLiteral("completed"));
        row.insert(QStringLiteral("completed_at"), ctx.nowDb());
        row.insert(QStringLiteral("completed_by"), ctx.session().displayName);
    }
    const QString label = InspectionStore::tr("The inspection of work order %1").arg(woNumber);
    qint64 id = in.id;
    if (!id) {
        const QVariant existing =
            ctx.scalar(QStringLiteral("SELECT id FROM inspections WHERE work_order_id = ?"), {in.workOrderId});
        if (!existing.isNull())
            throw StoreError(StoreError::Kind::Conflict,
                             InspectionStore::tr("%1 was started at another station meanwhile. Your entries are still on the "
                                "screen: note them, reopen the inspection and enter them again.")
                                 .arg(label));
        row.insert(QStringLiteral("work_order_id"), in.workOrderId);
        row.insert(QStringLiteral("vehicle_id"), in.vehicleId);
        row.insert(QStringLiteral("odometer_previous_km"), nullableInt(in.previousOdometerKm));
        id = ctx.insert(QStringLiteral("inspections"), row);
    } else {
        const QVariant state = ctx.scalar(QStringLiteral("SELECT state FROM inspections WHERE id = ?"), {id});
        if (state.toString() == QLatin1String("completed"))
            throw StoreError(StoreError::Kind::Validation,
                             InspectionStore::tr("%1 is already completed; it can no longer change.").arg(label));
        ctx.update(QStringLiteral("inspections"), id, in.version, row, label, true);
    }
    return id;
}

// Quick checks: the current set replaces the stored one; the audit row shows both when they differ.
void writeChecks(CommandContext &ctx, qint64 id, const Inspection &in)
{
    QJsonObject oldChecks, newChecks;
    QSqlQuery oc = ctx.exec(QStringLiteral("SELECT item, rating, note FROM inspection_checks WHERE inspection_id = ?"), {id});
    while (oc.next())
        oldChecks.insert(oc.value(0).toString(), oc.value(1).toString() + QLatin1Char(' ') + oc.value(2).toString());
    ctx.exec(QStringLiteral("DELETE FROM inspection_checks WHERE inspection_id = ?"), {id});
    for (const QuickCheck &c : in.checks) {
        if (c.rating.isEmpty())
            continue;
        if (!InspectionRules::ratings().contains(c.rating) || !InspectionRules::checkItems().contains(c.item))
            throw StoreError(StoreError::Kind::Validation, InspectionStore::tr("Unknown quick check %1: %2.").arg(c.item, c.rating));
        ctx.exec(QStringLiteral("INSERT INTO inspection_checks (inspection_id, item, rating, note) VALUES (?, ?, ?, ?)"),
                 {id, c.item, c.rating, Sql::text(c.note.trimmed())});
        newChecks.insert(c.item, c.rating + QLatin1Char(' ') + c.note.trimmed());
    }
    if (oldChecks != newChecks)
        ctx.audit(QStringLiteral("inspection_checks"), id, CommandContext::Action::Event, oldChecks, newChecks);

}

// Marks placed in this inspection: removed, moved or changed, added; earlier marks confirmed or repaired.
void writeMarks(CommandContext &ctx, qint64 id, const Inspection &in, bool complete)
{
    for (qint64 removed : in.removedMarkIds) {
        QSqlQuery m = ctx.exec(QStringLiteral("SELECT inspection_id, kind, view, note FROM damage_marks WHERE id = ?"),
                               {removed});
        if (!m.next())
            continue;
        if (m.value(0).toLongLong() != id)
            throw StoreError(StoreError::Kind::Validation,
                             InspectionStore::tr("A mark from an earlier visit cannot be removed; confirm it as repaired instead."));
        ctx.exec(QStringLiteral("DELETE FROM damage_photos WHERE mark_id = ?"), {removed});
        ctx.exec(QStringLiteral("DELETE FROM damage_marks WHERE id = ?"), {removed});
        ctx.audit(QStringLiteral("damage_marks"), removed, CommandContext::Action::Event,
                  {{QStringLiteral("kind"), m.value(1).toString()},
                   {QStringLiteral("view"), m.value(2).toString()},
                   {QStringLiteral("note"), m.value(3).toString()}},
                  {{QStringLiteral("removed"), true}});
    }
    for (const DamageMark &d : std::as_const(in.marks)) {
        qint64 markId = d.id;
        if (d.isNew) {
            const QVariantMap values{{QStringLiteral("view"), d.view},
                                     {QStringLiteral("x_permille"), d.x},
                                     {QStringLiteral("y_permille"), d.y},
                                     {QStringLiteral("kind"), d.kind},
                                     {QStringLiteral("note"), Sql::text(d.note.trimmed())}};
            if (!markId) {
                QVariantMap insert = values;
                insert.insert(QStringLiteral("vehicle_id"), in.vehicleId);
                insert.insert(QStringLiteral("inspection_id"), id);
                markId = ctx.insert(QStringLiteral("damage_marks"), insert);
            } else {
                QSqlQuery cur = ctx.exec(
                    QStringLiteral("SELECT view, x_permille, y_permille, kind, note FROM damage_marks WHERE id = ?"),
                    {markId});
                if (!cur.next())
                    throw StoreError(StoreError::Kind::Conflict,
                                     InspectionStore::tr("Damage mark %1 was removed at another station.").arg(d.number));
                QVariantMap changes;
                int i = 0;
                for (const QString &col : {QStringLiteral("view"), QStringLiteral("x_permille"),
                                           QStringLiteral("y_permille"), QStringLiteral("kind"), QStringLiteral("note")}) {
                    if (cur.value(i).toString() != values.value(col).toString())
                        changes.insert(col, values.value(col));
                    ++i;
                }
                if (!changes.isEmpty())
                    ctx.update(QStringLiteral("damage_marks"), markId, d.version, changes,
                               InspectionStore::tr("Damage mark %1").arg(d.number));
            }
        } else {
            const QString oldStatus =
                ctx.scalar(QStringLiteral("SELECT status FROM damage_mark_checks WHERE inspection_id = ? AND mark_id = ?"),
                           {id, markId})
                    .toString();
            if (oldStatus != d.status) {
                ctx.exec(QStringLiteral("DELETE FROM damage_mark_checks WHERE inspection_id = ? AND mark_id = ?"),
                         {id, markId});
                if (!d.status.isEmpty())
                    ctx.exec(QStringLiteral("INSERT INTO damage_mark_checks (inspection_id, mark_id, status) "
                                            "VALUES (?, ?, ?)"),
                             {id, markId, d.status});
                ctx.audit(QStringLiteral("damage_mark_checks"), markId, CommandContext::Action::Event,
                          {{QStringLiteral("status"), oldStatus}}, {{QStringLiteral("status"), d.status}});
            }
            if (complete) {
                QSqlQuery cur = ctx.exec(QStringLiteral("SELECT version FROM damage_marks WHERE id = ?"), {markId});
                if (cur.next() && d.status == QLatin1String("repaired"))
                    ctx.update(QStringLiteral("damage_marks"), markId, cur.value(0).toInt(),
                               {{QStringLiteral("repaired_inspection_id"), id}},
                               InspectionStore::tr("Damage mark %1").arg(d.number));
            }
        }
        for (const QByteArray &photo : d.newPhotos) {
            ctx.exec(QStringLiteral("INSERT INTO damage_photos (mark_id, image, mime_type, taken_at, taken_by) "
                                    "VALUES (?, ?, ?, ?, ?)"),
                     {markId, photo, QStringLiteral("image/jpeg"), ctx.nowDb(), ctx.session().displayName});
            ctx.audit(QStringLiteral("damage_photos"), markId, CommandContext::Action::Event, {},
                      {{QStringLiteral("photo"), QStringLiteral("(%1 bytes)").arg(photo.size())}});
        }
    }
}

// The promised completion time is the work order's; completion records the odometer there and on the vehicle.
void writeOrderAndVehicle(CommandContext &ctx, const Inspection &in, bool complete, const OrderRow &wo)
{
    QVariantMap woChanges;
    const QString promised = in.promisedAt.isValid() ? Sql::toDb(in.promisedAt) : QString();
    if (promised != ctx.scalar(QStringLiteral("SELECT promised_at FROM work_orders WHERE id = ?"), {in.workOrderId})
                        .toString())
        woChanges.insert(QStringLiteral("promised_at"), Sql::nullableText(promised.isEmpty() ? QString() : promised));
    if (complete && (wo.mileageKm.isNull() || wo.mileageKm.toInt() != in.odometerKm))
        woChanges.insert(QStringLiteral("mileage_km"), in.odometerKm);
    if (!woChanges.isEmpty())
        ctx.update(QStringLiteral("work_orders"), in.workOrderId, wo.version, woChanges,
                   InspectionStore::tr("Work order %1").arg(wo.number));
    if (complete) {
        QSqlQuery veh = ctx.exec(QStringLiteral("SELECT mileage_km, version, plate, vin FROM vehicles WHERE id = ?"),
                                 {in.vehicleId});
        if (veh.next() && (veh.value(0).isNull() || veh.value(0).toInt() != in.odometerKm)) {
            const QString plate = Vehicle::labelOf(veh.value(2).toString(), veh.value(3).toString(), {}, {});
            ctx.update(QStringLiteral("vehicles"), in.vehicleId, veh.value(1).toInt(),
                       {{QStringLiteral("mileage_km"), in.odometerKm}, {QStringLiteral("mileage_at"), ctx.nowDb()}},
                       InspectionStore::tr("The vehicle %1").arg(plate));
        }
    }
}
} // namespace

Inspection InspectionStore::save(Commands &commands, const Inspection &inspection, bool complete)
{
    const QString command = complete ? QStringLiteral("inspection.complete") : QStringLiteral("inspection.save");
    commands.run(command, Permission::InspectVehicles, [&](CommandContext &ctx) {
        Inspection in = inspection;
        in.keyTag = InspectionRules::normalizeKeyTag(in.keyTag);
        in.renumberMarks();

        QSqlQuery q = ctx.exec(QStringLiteral("SELECT w.number, w.state, w.vehicle_id, w.version, v.plate, w.mileage_km "
                                              "FROM work_orders w JOIN vehicles v ON v.id = w.vehicle_id WHERE w.id = ?"),
                               {in.workOrderId});
        if (!q.next())
            throw StoreError(StoreError::Kind::NotFound, tr("The work order no longer exists."));
        const OrderRow wo{q.value(0).toString(), q.value(3).toInt(), q.value(5)};
        if (WorkOrderCodes::closed().contains(q.value(1).toString()))
            throw StoreError(StoreError::Kind::Validation,
                             tr("Work order %1 is closed; its inspection can no longer change.").arg(wo.number));
        in.vehicleId = q.value(2).toLongLong();

        checkInspection(ctx, in, complete);
        const qint64 id = writeInspection(ctx, in, complete, wo.number);
        writeChecks(ctx, id, in);
        writeMarks(ctx, id, in, complete);
        writeOrderAndVehicle(ctx, in, complete, wo);
    });
    return load(inspection.workOrderId);
}

QList<ShopVehicle> InspectionStore::inShop()
{
    QSqlQuery q = m_db.query(kShopSelect +
                             QStringLiteral("WHERE w.state NOT IN %1 "
                                            "ORDER BY CASE WHEN i.state = 'completed' THEN 1 ELSE 0 END, w.opened_at")
                                 .arg(WorkOrderCodes::sql(WorkOrderCodes::gone())));
    return shopVehicles(q);
}

QList<ShopVehicle> InspectionStore::keyCabinet()
{
    QSqlQuery q = m_db.query(kShopSelect + QStringLiteral("WHERE i.key_tag <> '' AND i.key_released_at IS NULL ORDER BY "
                                                          "LENGTH(i.key_tag), i.key_tag"));
    return shopVehicles(q);
}

QList<QByteArray> InspectionStore::photos(qint64 markId)
{
    QSqlQuery q = m_db.query(QStringLiteral("SELECT image FROM damage_photos WHERE mark_id = ? ORDER BY id"), {markId});
    QList<QByteArray> out;
    while (q.next())
        out << q.value(0).toByteArray();
    return out;
}

} // namespace dd
