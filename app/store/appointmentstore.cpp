#include "appointmentstore.h"

#include <QLocale>
#include <QSqlQuery>

#include "core/localformat.h"
#include "core/customer.h"
#include "sequences.h"
#include "sql.h"

namespace dd {

namespace {
QString dayStart(const QDate &d)
{
    return Sql::toDb(QDateTime(d, QTime(0, 0)).toUTC());
}
QString dayEnd(const QDate &d)
{
    return Sql::toDb(QDateTime(d.addDays(1), QTime(0, 0)).toUTC());
}
const QString kSelect = QStringLiteral(
    "SELECT a.id, a.version, a.number, a.customer_id, a.vehicle_id, a.starts_at, a.duration_min, a.service_type, "
    "a.concerns, a.advisor_id, a.bay_id, a.parts_price_fen, a.deposit_fen, a.deposit_paid, a.state, a.cancel_reason, "
    "c.name, (SELECT p.phone FROM customer_phones p WHERE p.customer_id = c.id ORDER BY p.position LIMIT 1), "
    "v.plate, v.vin, v.brand, v.series, u.display_name, b.name "
    "FROM appointments a JOIN customers c ON c.id = a.customer_id JOIN vehicles v ON v.id = a.vehicle_id "
    "LEFT JOIN users u ON u.id = a.advisor_id LEFT JOIN bays b ON b.id = a.bay_id ");
} // namespace

QList<Bay> AppointmentStore::bays()
{
    QSqlQuery q = m_db.query(QStringLiteral("SELECT id, code, name FROM bays WHERE active = 1 ORDER BY code"));
    QList<Bay> out;
    while (q.next())
        out << Bay{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
    return out;
}

QList<Appointment> AppointmentStore::list(const QString &where, const QVariantList &params)
{
    QSqlQuery q = m_db.query(kSelect + where, params);
    QList<Appointment> out;
    while (q.next()) {
        Appointment a;
        a.id = q.value(0).toLongLong();
        a.version = q.value(1).toInt();
        a.number = q.value(2).toString();
        a.customerId = q.value(3).toLongLong();
        a.vehicleId = q.value(4).toLongLong();
        a.startsAt = Sql::fromDb(q.value(5));
        a.durationMin = q.value(6).toInt();
        a.serviceType = q.value(7).toString();
        a.concerns = q.value(8).toString();
        a.advisorId = q.value(9).toLongLong();
        a.bayId = q.value(10).toLongLong();
        a.partsPriceFen = q.value(11).toLongLong();
        a.depositFen = q.value(12).toLongLong();
        a.depositPaid = q.value(13).toInt() != 0;
        a.state = q.value(14).toString();
        a.cancelReason = q.value(15).toString();
        a.customerName = q.value(16).toString();
        a.phone = q.value(17).toString();
        const QString plate = q.value(18).toString();
        a.vehicleLabel = Vehicle::labelOf(plate, q.value(19).toString(), q.value(20).toString(), q.value(21).toString());
        a.advisorName = q.value(22).toString();
        a.bayName = q.value(23).toString();
        out << a;
    }
    return out;
}

std::optional<Appointment> AppointmentStore::byId(qint64 id)
{
    const QList<Appointment> l = list(QStringLiteral("WHERE a.id = ?"), {id});
    if (l.isEmpty())
        return std::nullopt;
    return l.first();
}

QList<Appointment> AppointmentStore::day(const QDate &d)
{
    return list(QStringLiteral("WHERE a.starts_at >= ? AND a.starts_at < ? ORDER BY a.starts_at, a.id"),
                {dayStart(d), dayEnd(d)});
}

QList<Appointment> AppointmentStore::toConfirm(const QDate &d)
{
    return list(QStringLiteral("WHERE a.starts_at >= ? AND a.starts_at < ? AND a.state = 'booked' "
                               "ORDER BY a.starts_at, a.id"),
                {dayStart(d), dayEnd(d)});
}

std::optional<Appointment> AppointmentStore::openFor(qint64 vehicleId, const QDate &d)
{
    const QList<Appointment> l = list(QStringLiteral("WHERE a.vehicle_id = ? AND a.starts_at >= ? AND a.starts_at < ? "
                                                     "AND a.state IN ('booked', 'confirmed') ORDER BY a.starts_at"),
                                      {vehicleId, dayStart(d), dayEnd(d)});
    if (l.isEmpty())
        return std::nullopt;
    return l.first();
}

QList<AppointmentCall> AppointmentStore::calls(qint64 appointmentId)
{
    QSqlQuery q = m_db.query(QStringLiteral("SELECT called_at, called_by, result, note FROM appointment_calls "
                                           "WHERE appointment_id = ? ORDER BY called_at, id"),
                             {appointmentId});
    QList<AppointmentCall> out;
    while (q.next())
        out << AppointmentCall{Sql::fromDb(q.value(0)), q.value(1).toString(), q.value(2).toString(),
                               q.value(3).toString()};
    return out;
}

QStringList AppointmentStore::overbooking(const Appointment &a, int advisorDayLimit)
{
    QStringList out;
    if (!a.startsAt.isValid())
        return out;
    const QDate d = a.startsAt.toLocalTime().date();
    const QList<Appointment> sameDay = day(d);
    int advisorCount = 0;
    QLocale locale;
    for (const Appointment &o : sameDay) {
        if (o.id == a.id || !o.isOpen())
            continue;
        const bool overlaps = o.startsAt < a.endsAt() && a.startsAt < o.endsAt();
        const QString when = LocalFormat::time(o.startsAt.toLocalTime().time()) + QStringLiteral("–")
            + LocalFormat::time(o.endsAt().toLocalTime().time());
        if (a.bayId && o.bayId == a.bayId && overlaps)
            out << tr("Bay %1 is already booked %2 for %3.").arg(o.bayName, when, o.vehicleLabel);
        if (a.advisorId && o.advisorId == a.advisorId) {
            ++advisorCount;
            if (overlaps)
                out << tr("%1 already has an appointment %2 (%3).").arg(o.advisorName, when, o.vehicleLabel);
        }
    }
    if (a.advisorId && advisorCount >= advisorDayLimit)
        out << tr("The advisor already has %1 appointments that day.").arg(advisorCount);
    return out;
}

qint64 AppointmentStore::save(Commands &commands, Appointment a)
{
    return commands.run(a.id ? QStringLiteral("appointment.update") : QStringLiteral("appointment.create"),
                        Permission::ManageAppointments, [&](CommandContext &ctx) -> qint64 {
                            const Validation v = AppointmentRules::validate(a, ctx.now());
                            if (!v.ok())
                                throw StoreError(StoreError::Kind::Validation, v.errors.join(QLatin1Char('\n')));
                            QVariantMap values{
                                {QStringLiteral("customer_id"), a.customerId},
                                {QStringLiteral("vehicle_id"), a.vehicleId},
                                {QStringLiteral("starts_at"), Sql::toDb(a.startsAt)},
                                {QStringLiteral("duration_min"), a.durationMin},
                                {QStringLiteral("service_type"), a.serviceType},
                                {QStringLiteral("concerns"), Sql::text(a.concerns.trimmed())},
                                {QStringLiteral("advisor_id"), a.advisorId ? QVariant(a.advisorId) : QVariant(QMetaType(QMetaType::LongLong))},
                                {QStringLiteral("bay_id"), a.bayId ? QVariant(a.bayId) : QVariant(QMetaType(QMetaType::LongLong))},
                                {QStringLiteral("parts_price_fen"), a.partsPriceFen},
                                {QStringLiteral("deposit_fen"), a.depositFen},
                                {QStringLiteral("deposit_paid"), a.depositPaid ? 1 : 0},
                            };
                            if (a.id) {
                                std::optional<Appointment> before = byId(a.id);
                                if (before && !before->isOpen())
                                    throw StoreError(StoreError::Kind::Validation,
                                                     tr("Appointment %1 is %2 and can no longer be changed.")
                                                         .arg(before->number,
                                                              AppointmentRules::stateName(before->state).toLower()));
                                ctx.update(QStringLiteral("appointments"), a.id, a.version, values,
                                           tr("Appointment %1").arg(a.number));
                                return a.id;
                            }
                            values.insert(QStringLiteral("number"),
                                          DocumentSequences::next(ctx, DocumentKind::Appointment));
                            values.insert(QStringLiteral("state"), QStringLiteral("booked"));
                            return ctx.insert(QStringLiteral("appointments"), values);
                        });
}

Appointment AppointmentStore::openOne(qint64 id)
{
    std::optional<Appointment> a = byId(id);
    if (!a)
        throw StoreError(StoreError::Kind::NotFound, tr("The appointment no longer exists."));
    if (!a->isOpen())
        throw StoreError(StoreError::Kind::Validation,
                         tr("Appointment %1 is already %2.").arg(a->number, AppointmentRules::stateName(a->state).toLower()));
    return *a;
}

void AppointmentStore::cancel(Commands &commands, qint64 id, int version, const QString &reason)
{
    commands.run(QStringLiteral("appointment.cancel"), Permission::ManageAppointments, [&](CommandContext &ctx) {
        if (reason.trimmed().isEmpty())
            throw StoreError(StoreError::Kind::Validation, tr("Say why the appointment is cancelled."));
        const Appointment a = openOne(id);
        ctx.update(QStringLiteral("appointments"), id, version,
                   {{QStringLiteral("state"), QStringLiteral("cancelled")},
                    {QStringLiteral("cancel_reason"), Sql::text(reason.trimmed())}},
                   tr("Appointment %1").arg(a.number));
    });
}

void AppointmentStore::markNoShow(Commands &commands, qint64 id, int version)
{
    commands.run(QStringLiteral("appointment.no_show"), Permission::ManageAppointments, [&](CommandContext &ctx) {
        const Appointment a = openOne(id);
        if (a.startsAt > ctx.now())
            throw StoreError(StoreError::Kind::Validation,
                             tr("Appointment %1 has not started yet; it can be marked as a no-show once its time has passed.")
                                 .arg(a.number));
        ctx.update(QStringLiteral("appointments"), id, version, {{QStringLiteral("state"), QStringLiteral("no_show")}},
                   tr("Appointment %1").arg(a.number));
    });
}

int AppointmentStore::recordNoShows(Commands &commands, const QDate &localDay, int graceMinutes)
{
    int recorded = 0;
    commands.run(QStringLiteral("appointment.no_show"), Permission::ManageAppointments, [&](CommandContext &ctx) {
        for (const Appointment &a : day(localDay)) {
            if (AppointmentRules::lateness(a, ctx.now(), graceMinutes).kind != Lateness::Kind::NoShowDue)
                continue;
            ctx.update(QStringLiteral("appointments"), a.id, a.version, {{QStringLiteral("state"), QStringLiteral("no_show")}},
                       tr("Appointment %1").arg(a.number));
            ++recorded;
        }
    });
    return recorded;
}

void AppointmentStore::logCall(Commands &commands, qint64 id, const QString &result, const QString &note)
{
    commands.run(QStringLiteral("appointment.call"), Permission::ManageAppointments, [&](CommandContext &ctx) {
        if (!AppointmentRules::callResults().contains(result))
            throw StoreError(StoreError::Kind::Validation, tr("Choose the result of the call."));
        std::optional<Appointment> a = byId(id);
        if (!a)
            throw StoreError(StoreError::Kind::NotFound, tr("The appointment no longer exists."));
        if (result == QLatin1String("cancelled") && note.trimmed().isEmpty())
            throw StoreError(StoreError::Kind::Validation, tr("Note why the customer cancelled."));
        const qint64 callId = ctx.scalar(QStringLiteral("INSERT INTO appointment_calls (appointment_id, called_at, "
                                                        "called_by, result, note) VALUES (?, ?, ?, ?, ?) RETURNING id"),
                                         {id, ctx.nowDb(), ctx.session().displayName, result, Sql::text(note.trimmed())})
                                  .toLongLong();
        ctx.audit(QStringLiteral("appointment_calls"), callId, CommandContext::Action::Insert, {},
                  {{QStringLiteral("appointment"), a->number},
                   {QStringLiteral("result"), result},
                   {QStringLiteral("note"), Sql::text(note.trimmed())}});
        if (a->isOpen() && result == QLatin1String("confirmed"))
            ctx.update(QStringLiteral("appointments"), id, a->version,
                       {{QStringLiteral("state"), QStringLiteral("confirmed")}}, tr("Appointment %1").arg(a->number));
        else if (a->isOpen() && result == QLatin1String("cancelled"))
            ctx.update(QStringLiteral("appointments"), id, a->version,
                       {{QStringLiteral("state"), QStringLiteral("cancelled")},
                        {QStringLiteral("cancel_reason"), Sql::text(note.trimmed())}},
                       tr("Appointment %1").arg(a->number));
    });
}

} // namespace dd
