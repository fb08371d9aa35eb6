#include "reception.h"

#include <QSqlQuery>

#include "core/localformat.h"
#include "core/appointment.h"
#include "core/identifiers.h"
#include "customerstore.h"
#include "sequences.h"
#include "core/workorder.h"
#include "sql.h"

namespace dd {

namespace {
const QString kBoard = QStringLiteral(
    "SELECT s.id, s.version, s.arrived_at, s.plate, s.vehicle_id, s.appointment_id, a.number, s.advisor_id, "
    "u.display_name, s.received_at, s.state, s.work_order_id, w.number, c.name, v.brand, v.series, a.starts_at "
    "FROM visits s LEFT JOIN appointments a ON a.id = s.appointment_id LEFT JOIN users u ON u.id = s.advisor_id "
    "LEFT JOIN work_orders w ON w.id = s.work_order_id LEFT JOIN vehicles v ON v.id = s.vehicle_id "
    "LEFT JOIN customers c ON c.id = v.owner_id ");

Arrival arrivalFrom(const QSqlQuery &q)
{
    Arrival a;
    a.visitId = q.value(0).toLongLong();
    a.version = q.value(1).toInt();
    a.arrivedAt = Sql::fromDb(q.value(2));
    a.plate = q.value(3).toString();
    a.vehicleId = q.value(4).toLongLong();
    a.appointmentId = q.value(5).toLongLong();
    a.appointmentNumber = q.value(6).toString();
    a.advisorId = q.value(7).toLongLong();
    a.advisorName = q.value(8).toString();
    a.receivedAt = Sql::fromDb(q.value(9));
    a.state = q.value(10).toString();
    a.workOrderId = q.value(11).toLongLong();
    a.workOrderNumber = q.value(12).toString();
    a.customerName = q.value(13).toString();
    a.vehicleText = QStringList{q.value(14).toString(), q.value(15).toString()}.join(QLatin1Char(' ')).simplified();
    a.appointmentAt = Sql::fromDb(q.value(16));
    return a;
}
} // namespace

qint64 Reception::arrive(Commands &commands, const QString &plateText)
{
    return commands.run(QStringLiteral("visit.arrive"), Permission::ReceiveVehicles, [&](CommandContext &ctx) {
        const QString plate = Plate::normalize(plateText);
        QVariantMap values{{QStringLiteral("arrived_at"), ctx.nowDb()}, {QStringLiteral("plate"), Sql::text(plate)},
                           {QStringLiteral("state"), QStringLiteral("waiting")}};
        if (!plate.isEmpty()) {
            if (!Plate::validate(plate).ok())
                throw StoreError(StoreError::Kind::Validation, Plate::validate(plate).errors.join(QLatin1Char('\n')));
            const QVariant vehicle = ctx.scalar(QStringLiteral("SELECT id FROM vehicles WHERE plate = ?"), {plate});
            if (!vehicle.isNull()) {
                values.insert(QStringLiteral("vehicle_id"), vehicle);
                const QDate today = ctx.now().toLocalTime().date();
                const QVariant appointment = ctx.scalar(
                    QStringLiteral("SELECT id FROM appointments WHERE vehicle_id = ? AND starts_at >= ? AND starts_at < ? "
                                   "AND state IN ('booked', 'confirmed') ORDER BY starts_at LIMIT 1"),
                    {vehicle, Sql::toDb(QDateTime(today, QTime(0, 0)).toUTC()),
                     Sql::toDb(QDateTime(today.addDays(1), QTime(0, 0)).toUTC())});
                if (!appointment.isNull())
                    values.insert(QStringLiteral("appointment_id"), appointment);
            }
        }
        return ctx.insert(QStringLiteral("visits"), values);
    });
}

void Reception::startReception(Commands &commands, qint64 visitId, int version)
{
    commands.run(QStringLiteral("visit.receive"), Permission::ReceiveVehicles, [&](CommandContext &ctx) {
        std::optional<Arrival> a = visit(visitId);
        if (!a)
            throw StoreError(StoreError::Kind::NotFound, tr("The arrival no longer exists."));
        if (a->receivedAt.isValid())
            throw StoreError(StoreError::Kind::Conflict,
                             tr("%1 is already being received by %2 since %3.")
                                 .arg(a->plate.isEmpty() ? tr("This vehicle") : a->plate, a->advisorName,
                                      LocalFormat::time(a->receivedAt.toLocalTime().time())));
        ctx.update(QStringLiteral("visits"), visitId, version,
                   {{QStringLiteral("advisor_id"), ctx.session().userId ? QVariant(ctx.session().userId)
                                                                        : QVariant(QMetaType(QMetaType::LongLong))},
                    {QStringLiteral("received_at"), ctx.nowDb()},
                    {QStringLiteral("state"), QStringLiteral("in_reception")}},
                   tr("The arrival of %1").arg(a->plate));
    });
}

void Reception::markLeft(Commands &commands, qint64 visitId, int version)
{
    commands.run(QStringLiteral("visit.left"), Permission::ReceiveVehicles, [&](CommandContext &ctx) {
        std::optional<Arrival> a = visit(visitId);
        if (!a)
            throw StoreError(StoreError::Kind::NotFound, tr("The arrival no longer exists."));
        if (a->state == QLatin1String("checked_in"))
            throw StoreError(StoreError::Kind::Validation,
                             tr("%1 is checked in on work order %2.").arg(a->plate, a->workOrderNumber));
        ctx.update(QStringLiteral("visits"), visitId, version, {{QStringLiteral("state"), QStringLiteral("left")}},
                   tr("The arrival of %1").arg(a->plate));
    });
}

CheckInResult Reception::checkIn(Commands &commands, const CheckIn &in)
{
    return commands.run(QStringLiteral("visit.check_in"), Permission::ReceiveVehicles, [&](CommandContext &ctx) {
        Validation v;
        QStringList concerns;
        for (const QString &c : in.concerns)
            if (!c.trimmed().isEmpty())
                concerns << c.trimmed();
        if (concerns.isEmpty())
            v.error(tr("Write down at least one concern in the customer's own words."));
        if (in.mileageKm < 0)
            v.error(tr("Enter the mileage shown on the odometer."));
        else if (in.mileageKm > 2000000)
            v.error(tr("A mileage of %1 km is not plausible.").arg(in.mileageKm));
        if (!in.dropOffPhone.trimmed().isEmpty())
            for (const QString &e : Phone::validate(in.dropOffPhone).errors)
                v.error(tr("Person dropping off: %1").arg(e));
        if (!v.ok())
            throw StoreError(StoreError::Kind::Validation, v.errors.join(QLatin1Char('\n')));
        VehicleStore vehicles(ctx.database());
        std::optional<Vehicle> vehicle = vehicles.byId(in.vehicleId);
        if (!vehicle)
            throw StoreError(StoreError::Kind::NotFound, tr("Choose the vehicle being checked in."));
        const QVariant openNumber = ctx.scalar(
            QStringLiteral("SELECT number FROM work_orders WHERE vehicle_id = ? AND state NOT IN %1 "
                           "ORDER BY opened_at DESC LIMIT 1")
                .arg(WorkOrderCodes::sql(WorkOrderCodes::closed())),
            {vehicle->id});
        if (!openNumber.isNull())
            throw StoreError(StoreError::Kind::Validation,
                             tr("%1 already has work order %2 open; continue that one instead of opening another.")
                                 .arg(vehicle->label(), openNumber.toString()));
        vehicles.recordMileageIn(ctx, vehicle->id, in.mileageKm, in.lowerMileageConfirmed);
        const QString ownerName =
            ctx.scalar(QStringLiteral("SELECT name FROM customers WHERE id = ?"), {vehicle->ownerId}).toString();

        // The arrival: the one given; else the car's arrival today still waiting or in reception (checking in the
        // open vehicle never makes a second arrival); else one recorded now (arrived and received at once).
        qint64 visitId = in.visitId;
        if (!visitId) {
            const QDate today = ctx.now().toLocalTime().date();
            const QVariant open = ctx.scalar(
                QStringLiteral("SELECT id FROM visits WHERE (vehicle_id = ? OR (vehicle_id IS NULL AND plate = ? AND plate <> '')) "
                               "AND state IN ('waiting', 'in_reception') AND arrived_at >= ? AND arrived_at < ? "
                               "ORDER BY arrived_at LIMIT 1"),
                {vehicle->id, Sql::text(vehicle->plate), Sql::toDb(QDateTime(today, QTime(0, 0)).toUTC()),
                 Sql::toDb(QDateTime(today.addDays(1), QTime(0, 0)).toUTC())});
            if (!open.isNull())
                visitId = open.toLongLong();
        }
        if (visitId) {
            std::optional<Arrival> a = visit(visitId);
            if (!a)
                throw StoreError(StoreError::Kind::NotFound, tr("The arrival no longer exists."));
            if (a->state == QLatin1String("checked_in"))
                throw StoreError(StoreError::Kind::Conflict,
                                 tr("This arrival is already checked in on work order %1.").arg(a->workOrderNumber));
            QVariantMap changes{{QStringLiteral("vehicle_id"), vehicle->id}, {QStringLiteral("state"), QStringLiteral("checked_in")}};
            if (!a->receivedAt.isValid()) {
                changes.insert(QStringLiteral("received_at"), ctx.nowDb());
                if (ctx.session().userId)
                    changes.insert(QStringLiteral("advisor_id"), ctx.session().userId);
            }
            if (in.appointmentId)
                changes.insert(QStringLiteral("appointment_id"), in.appointmentId);
            ctx.update(QStringLiteral("visits"), visitId, a->version, changes, tr("The arrival of %1").arg(a->plate));
        } else {
            QVariantMap values{{QStringLiteral("arrived_at"), ctx.nowDb()},
                               {QStringLiteral("received_at"), ctx.nowDb()},
                               {QStringLiteral("plate"), Sql::text(vehicle->plate)},
                               {QStringLiteral("vehicle_id"), vehicle->id},
                               {QStringLiteral("state"), QStringLiteral("checked_in")}};
            if (ctx.session().userId)
                values.insert(QStringLiteral("advisor_id"), ctx.session().userId);
            if (in.appointmentId)
                values.insert(QStringLiteral("appointment_id"), in.appointmentId);
            visitId = ctx.insert(QStringLiteral("visits"), values);
        }
        if (in.appointmentId) {
            QSqlQuery ap = ctx.exec(QStringLiteral("SELECT version, number, state, vehicle_id FROM appointments WHERE id = ?"),
                                    {in.appointmentId});
            if (!ap.next())
                throw StoreError(StoreError::Kind::NotFound, tr("The appointment no longer exists."));
            if (ap.value(3).toLongLong() != vehicle->id)
                throw StoreError(StoreError::Kind::Validation,
                                 tr("Appointment %1 is for another vehicle.").arg(ap.value(1).toString()));
            const QString state = ap.value(2).toString();
            if (state != QLatin1String("booked") && state != QLatin1String("confirmed"))
                throw StoreError(StoreError::Kind::Validation,
                                 tr("Appointment %1 is %2; check in as a walk-in instead.")
                                     .arg(ap.value(1).toString(), AppointmentRules::stateName(state).toLower()));
            ctx.update(QStringLiteral("appointments"), in.appointmentId, ap.value(0).toInt(),
                       {{QStringLiteral("state"), QStringLiteral("arrived")}},
                       tr("Appointment %1").arg(ap.value(1).toString()));
        }
        const QString number = DocumentSequences::next(ctx, DocumentKind::WorkOrder);
        QVariantMap wo{
            {QStringLiteral("number"), number},
            {QStringLiteral("vehicle_id"), vehicle->id},
            {QStringLiteral("customer_id"), vehicle->ownerId},
            {QStringLiteral("visit_id"), visitId},
            {QStringLiteral("booked"), in.appointmentId ? 1 : 0},
            {QStringLiteral("state"), QStringLiteral("draft")},
            {QStringLiteral("advisor_name"), Sql::text(ctx.session().displayName)},
            {QStringLiteral("opened_at"), ctx.nowDb()},
            {QStringLiteral("mileage_km"), in.mileageKm},
            {QStringLiteral("drop_off_name"), Sql::text(in.dropOffName.trimmed().isEmpty() ? ownerName : in.dropOffName.trimmed())},
            {QStringLiteral("drop_off_phone"),
             Sql::text(in.dropOffPhone.trimmed().isEmpty() ? QString() : Phone::parse(in.dropOffPhone).number)},
        };
        if (in.appointmentId)
            wo.insert(QStringLiteral("appointment_id"), in.appointmentId);
        if (ctx.session().userId)
            wo.insert(QStringLiteral("advisor_id"), ctx.session().userId);
        const qint64 woId = ctx.insert(QStringLiteral("work_orders"), wo);
        int pos = 0;
        QJsonObject audited;
        for (const QString &c : concerns) {
            ctx.exec(QStringLiteral("INSERT INTO work_order_concerns (work_order_id, position, text) VALUES (?, ?, ?)"),
                     {woId, ++pos, c});
            audited.insert(QString::number(pos), c);
        }
        ctx.audit(QStringLiteral("work_order_concerns"), woId, CommandContext::Action::Insert, {}, audited);
        ctx.exec(QStringLiteral("UPDATE visits SET work_order_id = ? WHERE id = ?"), {woId, visitId});
        return CheckInResult{woId, number};
    });
}

QList<Arrival> Reception::board(const QDate &d)
{
    QSqlQuery q = m_db.query(kBoard + QStringLiteral("WHERE s.arrived_at >= ? AND s.arrived_at < ? ORDER BY s.arrived_at"),
                             {Sql::toDb(QDateTime(d, QTime(0, 0)).toUTC()),
                              Sql::toDb(QDateTime(d.addDays(1), QTime(0, 0)).toUTC())});
    QList<Arrival> out;
    while (q.next())
        out << arrivalFrom(q);
    return out;
}

std::optional<Arrival> Reception::visit(qint64 visitId)
{
    QSqlQuery q = m_db.query(kBoard + QStringLiteral("WHERE s.id = ?"), {visitId});
    if (!q.next())
        return std::nullopt;
    return arrivalFrom(q);
}

qint64 Reception::averageGreetingSeconds(const QList<Arrival> &arrivals)
{
    qint64 sum = 0, n = 0;
    for (const Arrival &a : arrivals) {
        // A car checked in at the counter without an arrival recorded first was never waiting: no greeting to time.
        if (a.receivedAt.isValid() && a.receivedAt != a.arrivedAt) {
            sum += a.arrivedAt.secsTo(a.receivedAt);
            ++n;
        }
    }
    return n ? sum / n : -1;
}

QList<WorkOrderSummary> Reception::workOrders(const QString &state, int limit)
{
    QString sql = QStringLiteral("SELECT w.id, w.number, v.plate, w.state, c.name, w.opened_at, w.advisor_name, "
                                 "w.total_fen FROM work_orders w JOIN vehicles v ON v.id = w.vehicle_id "
                                 "JOIN customers c ON c.id = w.customer_id ");
    QVariantList params;
    if (!state.isEmpty()) {
        sql += QStringLiteral("WHERE w.state = ? ");
        params << state;
    }
    sql += QStringLiteral("ORDER BY w.opened_at, w.id");
    if (limit > 0) {
        sql += QStringLiteral(" LIMIT ?");
        params << limit;
    }
    QSqlQuery q = m_db.query(sql, params);
    QList<WorkOrderSummary> out;
    while (q.next())
        out << WorkOrderSummary{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                q.value(3).toString(), q.value(4).toString(), Sql::fromDb(q.value(5)),
                                q.value(6).toString(), q.value(7).toLongLong()};
    return out;
}

} // namespace dd
