#include "customerstore.h"

#include <QJsonArray>
#include <QSqlQuery>

#include "core/identifiers.h"
#include "searchkeys.h"
#include "sql.h"

namespace dd {

namespace {
QVariant dateToDb(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}
QDate dateFromDb(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}
QVariant intOrNull(int v)
{
    return v < 0 ? QVariant(QMetaType(QMetaType::Int)) : QVariant(v);
}
void throwIfInvalid(const Validation &v)
{
    if (!v.ok())
        throw StoreError(StoreError::Kind::Validation, v.errors.join(QLatin1Char('\n')));
    if (!v.warnings.isEmpty())
        throw StoreError(StoreError::Kind::Validation, v.warnings.join(QLatin1Char('\n')));
}
QString phonesText(const QList<PhoneNumber> &phones)
{
    QStringList out;
    for (const PhoneNumber &p : phones)
        out << (p.label.isEmpty() ? p.number : p.number + QStringLiteral(" (") + p.label + QLatin1Char(')'));
    return out.join(QStringLiteral(", "));
}
QString contactsText(const QList<ContactPerson> &contacts)
{
    QStringList out;
    for (const ContactPerson &p : contacts)
        out << QStringList{p.name, p.phone, p.title}.join(QLatin1Char('/'));
    return out.join(QStringLiteral(", "));
}
} // namespace

// ------------------------------------------------------------------------------------------------ customers

std::optional<Customer> CustomerStore::byId(qint64 id)
{
    QSqlQuery q = m_db.query(
        QStringLiteral("SELECT id, version, kind, name, id_number, address, notes, preferred_contact, preferred_time, "
                       "followup_consent, followup_consent_at, marketing_consent, marketing_consent_at, tax_number, "
                       "on_account, credit_limit_fen FROM customers WHERE id = ?"),
        {id});
    if (!q.next())
        return std::nullopt;
    Customer c;
    c.id = q.value(0).toLongLong();
    c.version = q.value(1).toInt();
    c.kind = q.value(2).toString() == QLatin1String("company") ? Customer::Kind::Company : Customer::Kind::Person;
    c.name = q.value(3).toString();
    c.idNumber = q.value(4).toString();
    c.address = q.value(5).toString();
    c.notes = q.value(6).toString();
    c.preferredContact = q.value(7).toString();
    c.preferredTime = q.value(8).toString();
    c.followUpConsent = q.value(9).toInt() != 0;
    c.followUpConsentAt = Sql::fromDb(q.value(10));
    c.marketingConsent = q.value(11).toInt() != 0;
    c.marketingConsentAt = Sql::fromDb(q.value(12));
    c.taxNumber = q.value(13).toString();
    c.onAccount = q.value(14).toInt() != 0;
    c.creditLimitFen = q.value(15).toLongLong();
    QSqlQuery p = m_db.query(QStringLiteral("SELECT phone, kind, label FROM customer_phones WHERE customer_id = ? "
                                           "ORDER BY position"),
                             {id});
    while (p.next())
        c.phones << PhoneNumber{p.value(0).toString(), p.value(1).toString() == QLatin1String("mobile"),
                                p.value(2).toString()};
    QSqlQuery k = m_db.query(QStringLiteral("SELECT name, phone, title FROM customer_contacts WHERE customer_id = ? "
                                           "ORDER BY position"),
                             {id});
    while (k.next())
        c.contacts << ContactPerson{k.value(0).toString(), k.value(1).toString(), k.value(2).toString()};
    return c;
}

QList<Customer> CustomerStore::byPhone(const QString &number)
{
    const Phone::Parsed parsed = Phone::parse(number);
    QList<Customer> out;
    if (parsed.kind == Phone::Kind::Invalid)
        return out;
    QSqlQuery q = m_db.query(QStringLiteral("SELECT DISTINCT customer_id FROM customer_phones WHERE phone = ?"),
                             {parsed.number});
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    for (qint64 id : ids)
        if (auto c = byId(id))
            out << *c;
    return out;
}

qint64 CustomerStore::save(Commands &commands, Customer c)
{
    return commands.run(c.id ? QStringLiteral("customer.update") : QStringLiteral("customer.create"),
                        Permission::EditCustomers, [&](CommandContext &ctx) { return saveIn(ctx, c); });
}

qint64 CustomerStore::saveIn(CommandContext &ctx, Customer c)
{
    throwIfInvalid(CustomerRules::validate(c));
    // Consents carry the date they were given (PIPL); withdrawing clears it.
    std::optional<Customer> before = c.id ? byId(c.id) : std::nullopt;
    if (c.id && !before)
        throw StoreError(StoreError::Kind::NotFound, tr("The customer %1 no longer exists.").arg(c.name));
    auto consentTime = [&](bool now, bool was, const QDateTime &wasAt) -> QVariant {
        if (!now)
            return QVariant(QMetaType(QMetaType::QString));
        return was && wasAt.isValid() ? QVariant(Sql::toDb(wasAt)) : QVariant(ctx.nowDb());
    };
    QVariantMap values{
        {QStringLiteral("kind"), c.kind == Customer::Kind::Company ? QStringLiteral("company") : QStringLiteral("person")},
        {QStringLiteral("name"), Sql::text(c.name)},
        {QStringLiteral("name_key"), Sql::text(SearchKeys::nameKey(c.name))},
        {QStringLiteral("name_pinyin"), Sql::text(SearchKeys::pinyin(c.name))},
        {QStringLiteral("name_initials"), Sql::text(SearchKeys::initials(c.name))},
        {QStringLiteral("id_number"), Sql::text(c.idNumber)},
        {QStringLiteral("address"), Sql::text(c.address.trimmed())},
        {QStringLiteral("notes"), Sql::text(c.notes.trimmed())},
        {QStringLiteral("preferred_contact"), Sql::text(c.preferredContact)},
        {QStringLiteral("preferred_time"), Sql::text(c.preferredTime.trimmed())},
        {QStringLiteral("followup_consent"), c.followUpConsent ? 1 : 0},
        {QStringLiteral("followup_consent_at"),
         consentTime(c.followUpConsent, before && before->followUpConsent, before ? before->followUpConsentAt : QDateTime())},
        {QStringLiteral("marketing_consent"), c.marketingConsent ? 1 : 0},
        {QStringLiteral("marketing_consent_at"),
         consentTime(c.marketingConsent, before && before->marketingConsent,
                     before ? before->marketingConsentAt : QDateTime())},
        {QStringLiteral("tax_number"), Sql::text(c.taxNumber)},
        {QStringLiteral("on_account"), c.onAccount ? 1 : 0},
        {QStringLiteral("credit_limit_fen"), std::max<Fen>(c.creditLimitFen, 0)},
    };
    qint64 id = c.id;
    const bool childrenChanged = !before || phonesText(before->phones) != phonesText(c.phones)
        || contactsText(before->contacts) != contactsText(c.contacts);
    if (!id) {
        id = ctx.insert(QStringLiteral("customers"), values);
    } else {
        ctx.update(QStringLiteral("customers"), id, c.version, values, tr("The customer %1").arg(c.name),
                   childrenChanged);
    }
    if (childrenChanged) {
        ctx.exec(QStringLiteral("DELETE FROM customer_phones WHERE customer_id = ?"), {id});
        ctx.exec(QStringLiteral("DELETE FROM customer_contacts WHERE customer_id = ?"), {id});
        int pos = 0;
        for (const PhoneNumber &p : c.phones)
            ctx.exec(QStringLiteral("INSERT INTO customer_phones (customer_id, position, phone, phone_reversed, kind, "
                                    "label) VALUES (?, ?, ?, ?, ?, ?)"),
                     {id, pos++, p.number, SearchKeys::reversed(p.number),
                      p.mobile ? QStringLiteral("mobile") : QStringLiteral("landline"), Sql::text(p.label.trimmed())});
        pos = 0;
        for (const ContactPerson &p : c.contacts)
            ctx.exec(QStringLiteral("INSERT INTO customer_contacts (customer_id, position, name, phone, title) "
                                    "VALUES (?, ?, ?, ?, ?)"),
                     {id, pos++, Sql::text(p.name.trimmed()), Sql::text(p.phone.trimmed()), Sql::text(p.title.trimmed())});
        QJsonObject oldValues, newValues;
        if (before) {
            oldValues.insert(QStringLiteral("phones"), phonesText(before->phones));
            oldValues.insert(QStringLiteral("contacts"), contactsText(before->contacts));
        }
        newValues.insert(QStringLiteral("phones"), phonesText(c.phones));
        newValues.insert(QStringLiteral("contacts"), contactsText(c.contacts));
        ctx.audit(QStringLiteral("customers"), id, CommandContext::Action::Event, oldValues, newValues);
    }
    return id;
}

// ------------------------------------------------------------------------------------------------- vehicles

QString VehicleStore::vehicleColumns()
{
    return QStringLiteral("id, version, vin, vin_warning, plate, brand, series, model, model_year, color, engine_no, "
                          "first_registration, purchase_date, mileage_km, owner_id, next_service_km, next_service_date, energy_type, "
                          "vehicle_type, plate_color");
}

Vehicle VehicleStore::fromQuery(const QSqlQuery &q)
{
    Vehicle v;
    v.id = q.value(0).toLongLong();
    v.version = q.value(1).toInt();
    v.vin = q.value(2).toString();
    v.vinWarning = q.value(3).toString();
    v.plate = q.value(4).toString();
    v.brand = q.value(5).toString();
    v.series = q.value(6).toString();
    v.model = q.value(7).toString();
    v.modelYear = q.value(8).toInt();
    v.color = q.value(9).toString();
    v.engineNo = q.value(10).toString();
    v.firstRegistration = dateFromDb(q.value(11));
    v.purchaseDate = dateFromDb(q.value(12));
    v.mileageKm = q.value(13).isNull() ? -1 : q.value(13).toInt();
    v.ownerId = q.value(14).toLongLong();
    v.nextServiceKm = q.value(15).isNull() ? -1 : q.value(15).toInt();
    v.nextServiceDate = dateFromDb(q.value(16));
    v.energyType = q.value(17).toString();
    v.vehicleType = q.value(18).toString();
    v.plateColor = q.value(19).toString();
    return v;
}

std::optional<Vehicle> VehicleStore::one(const QString &where, const QVariant &value)
{
    QSqlQuery q = m_db.query(QStringLiteral("SELECT %1 FROM vehicles WHERE %2").arg(vehicleColumns(), where), {value});
    if (!q.next())
        return std::nullopt;
    return fromQuery(q);
}

std::optional<Vehicle> VehicleStore::byId(qint64 id)
{
    return one(QStringLiteral("id = ?"), id);
}

std::optional<Vehicle> VehicleStore::byVin(const QString &vin)
{
    const QString n = Vin::normalize(vin);
    if (n.isEmpty())
        return std::nullopt;
    return one(QStringLiteral("vin = ?"), n);
}

std::optional<Vehicle> VehicleStore::byPlate(const QString &plate)
{
    const QString n = Plate::normalize(plate);
    if (n.isEmpty())
        return std::nullopt;
    return one(QStringLiteral("plate = ?"), n);
}

QList<PlateChange> VehicleStore::plateHistory(qint64 vehicleId)
{
    QSqlQuery q = m_db.query(QStringLiteral("SELECT plate, valid_from, valid_to, recorded_by FROM vehicle_plates "
                                           "WHERE vehicle_id = ? ORDER BY valid_from, id"),
                             {vehicleId});
    QList<PlateChange> out;
    while (q.next())
        out << PlateChange{q.value(0).toString(), Sql::fromDb(q.value(1)), Sql::fromDb(q.value(2)),
                           q.value(3).toString()};
    return out;
}

QList<OwnerChange> VehicleStore::ownerHistory(qint64 vehicleId)
{
    QSqlQuery q = m_db.query(QStringLiteral("SELECT o.customer_id, c.name, o.valid_from, o.valid_to, o.recorded_by "
                                           "FROM vehicle_owners o JOIN customers c ON c.id = o.customer_id "
                                           "WHERE o.vehicle_id = ? ORDER BY o.valid_from, o.id"),
                             {vehicleId});
    QList<OwnerChange> out;
    while (q.next())
        out << OwnerChange{q.value(0).toLongLong(), q.value(1).toString(), Sql::fromDb(q.value(2)),
                           Sql::fromDb(q.value(3)), q.value(4).toString()};
    return out;
}

qint64 VehicleStore::save(Commands &commands, Vehicle v)
{
    return commands.run(v.id ? QStringLiteral("vehicle.update") : QStringLiteral("vehicle.create"),
                        Permission::EditCustomers, [&](CommandContext &ctx) { return saveIn(ctx, v); });
}

qint64 VehicleStore::saveIn(CommandContext &ctx, Vehicle v)
{
    const QDate today = ctx.now().toLocalTime().date();
    throwIfInvalid(VehicleRules::validate(v, today));
    if (!ctx.scalar(QStringLiteral("SELECT COUNT(*) FROM customers WHERE id = ?"), {v.ownerId}, 0).toInt())
        throw StoreError(StoreError::Kind::Validation, tr("The vehicle's owner is not a known customer."));
    auto holder = [&](const QString &column, const QString &value) -> QString {
        if (value.isEmpty())
            return {};
        QSqlQuery q = ctx.exec(QStringLiteral("SELECT v.plate, v.vin, v.brand, v.series, c.name FROM vehicles v "
                                              "LEFT JOIN customers c ON c.id = v.owner_id WHERE v.%1 = ? AND v.id <> ?")
                                   .arg(column),
                               {value, v.id});
        if (!q.next())
            return QString();
        return QStringList{q.value(0).toString().isEmpty() ? q.value(1).toString() : q.value(0).toString(),
                           q.value(2).toString(), q.value(3).toString(), q.value(4).toString()}
            .join(QLatin1Char(' '))
            .simplified();
    };
    if (const QString other = holder(QStringLiteral("vin"), v.vin); !other.isEmpty())
        throw StoreError(StoreError::Kind::Validation,
                         tr("The VIN %1 is already on file for %2; open that vehicle instead.").arg(v.vin, other));
    if (const QString other = holder(QStringLiteral("plate"), v.plate); !other.isEmpty())
        throw StoreError(StoreError::Kind::Validation,
                         tr("The plate %1 is already on file for %2. If the plate moved to this car, remove it from "
                            "the other one first.")
                             .arg(v.plate, other));

    std::optional<Vehicle> before = v.id ? byId(v.id) : std::nullopt;
    if (v.id && !before)
        throw StoreError(StoreError::Kind::NotFound, tr("The vehicle %1 no longer exists.").arg(v.label()));
    if (before && before->mileageKm >= 0 && v.mileageKm >= 0 && v.mileageKm < before->mileageKm)
        throw StoreError(StoreError::Kind::Validation,
                         tr("The mileage %L1 km is lower than the last recorded %L2 km.").arg(v.mileageKm).arg(before->mileageKm));
    QVariantMap values{
        {QStringLiteral("vin"), Sql::text(v.vin)},
        {QStringLiteral("vin_reversed"), Sql::text(SearchKeys::reversed(v.vin))},
        {QStringLiteral("vin_warning"), Sql::text(v.vinWarning)},
        {QStringLiteral("plate"), Sql::text(v.plate)},
        {QStringLiteral("brand"), Sql::text(v.brand.trimmed())},
        {QStringLiteral("series"), Sql::text(v.series.trimmed())},
        {QStringLiteral("model"), Sql::text(v.model.trimmed())},
        {QStringLiteral("model_year"), v.modelYear ? QVariant(v.modelYear) : QVariant(QMetaType(QMetaType::Int))},
        {QStringLiteral("color"), Sql::text(v.color.trimmed())},
        {QStringLiteral("engine_no"), Sql::text(toHalfWidth(v.engineNo).trimmed().toUpper())},
        {QStringLiteral("first_registration"), dateToDb(v.firstRegistration)},
        {QStringLiteral("purchase_date"), dateToDb(v.purchaseDate)},
        {QStringLiteral("mileage_km"), intOrNull(v.mileageKm)},
        {QStringLiteral("owner_id"), v.ownerId},
        {QStringLiteral("next_service_km"), intOrNull(v.nextServiceKm)},
        {QStringLiteral("next_service_date"), dateToDb(v.nextServiceDate)},
        {QStringLiteral("energy_type"), Sql::text(v.energyType)},
        {QStringLiteral("vehicle_type"), Sql::text(v.vehicleType)},
        {QStringLiteral("plate_color"), Sql::text(v.plateColor)},
    };
    if (!before || before->mileageKm != v.mileageKm)
        values.insert(QStringLiteral("mileage_at"), v.mileageKm >= 0 ? QVariant(ctx.nowDb()) : QVariant(QMetaType(QMetaType::QString)));
    qint64 id = v.id;
    if (!id)
        id = ctx.insert(QStringLiteral("vehicles"), values);
    else
        ctx.update(QStringLiteral("vehicles"), id, v.version, values, tr("The vehicle %1").arg(v.label()));

    const QString by = ctx.session().displayName;
    if (!before || before->plate != v.plate) {
        ctx.exec(QStringLiteral("UPDATE vehicle_plates SET valid_to = ? WHERE vehicle_id = ? AND valid_to IS NULL"),
                 {ctx.nowDb(), id});
        if (!v.plate.isEmpty())
            ctx.exec(QStringLiteral("INSERT INTO vehicle_plates (vehicle_id, plate, valid_from, recorded_by) "
                                    "VALUES (?, ?, ?, ?)"),
                     {id, v.plate, ctx.nowDb(), by});
    }
    if (!before || before->ownerId != v.ownerId) {
        ctx.exec(QStringLiteral("UPDATE vehicle_owners SET valid_to = ? WHERE vehicle_id = ? AND valid_to IS NULL"),
                 {ctx.nowDb(), id});
        ctx.exec(QStringLiteral("INSERT INTO vehicle_owners (vehicle_id, customer_id, valid_from, recorded_by) "
                                "VALUES (?, ?, ?, ?)"),
                 {id, v.ownerId, ctx.nowDb(), by});
    }
    return id;
}

VehicleStore::Reading VehicleStore::latestReading(Database &db, qint64 vehicleId)
{
    // A lower reading confirmed with its reason at an inspection (a replaced instrument cluster) starts the count
    // again: readings from before it no longer hold.
    const QVariant reset = db.scalar(
        QStringLiteral("SELECT MAX(i.completed_at) FROM inspections i JOIN work_orders w ON w.id = i.work_order_id "
                       "WHERE w.vehicle_id = ? AND i.completed_at IS NOT NULL AND i.odometer_reason <> ''"),
        {vehicleId});
    const QString since = reset.isNull() ? QStringLiteral("0") : reset.toString(); // "0": before any time stored
    QSqlQuery q = db.query(
        QStringLiteral("SELECT km, at FROM ("
                       "SELECT mileage_km AS km, COALESCE(mileage_at, '') AS at FROM vehicles WHERE id = ? AND mileage_km IS NOT NULL "
                       "UNION ALL SELECT mileage_km, opened_at FROM work_orders WHERE vehicle_id = ? AND mileage_km IS NOT NULL "
                       "UNION ALL SELECT odometer_out_km, delivered_at FROM work_orders WHERE vehicle_id = ? "
                       "AND odometer_out_km IS NOT NULL AND delivered_at IS NOT NULL "
                       "UNION ALL SELECT i.odometer_km, i.completed_at FROM inspections i JOIN work_orders w ON w.id = i.work_order_id "
                       "WHERE w.vehicle_id = ? AND i.odometer_km IS NOT NULL AND i.completed_at IS NOT NULL"
                       ") readings WHERE at >= ? ORDER BY km DESC, at DESC LIMIT 1"),
        {vehicleId, vehicleId, vehicleId, vehicleId, since});
    Reading r;
    if (q.next()) {
        r.km = q.value(0).toInt();
        r.at = Sql::fromDb(q.value(1));
    }
    return r;
}

void VehicleStore::recordMileageIn(CommandContext &ctx, qint64 vehicleId, int km, bool lowerConfirmed)
{
    QSqlQuery q = ctx.exec(QStringLiteral("SELECT mileage_km, mileage_at, version, plate, vin FROM vehicles WHERE id = ?"),
                           {vehicleId});
    if (!q.next())
        throw StoreError(StoreError::Kind::NotFound, tr("The vehicle no longer exists."));
    const Reading last = latestReading(ctx.database(), vehicleId);
    if (last.km >= 0 && km < last.km) {
        if (lowerConfirmed)
            return;
        throw StoreError(StoreError::Kind::Validation,
                         tr("The mileage %L1 km is lower than the last recorded %L2 km (%3). Check the odometer; if the "
                            "instrument cluster was replaced, check in anyway and the inspection records the reason.")
                             .arg(km)
                             .arg(last.km)
                             .arg(QLocale().toString(last.at.toLocalTime().date(), QLocale::ShortFormat)))
            .onField(QStringLiteral("mileage"));
    }
    if (!q.value(0).isNull() && km == q.value(0).toInt())
        return;
    const QString label = q.value(3).toString().isEmpty() ? q.value(4).toString() : q.value(3).toString();
    ctx.update(QStringLiteral("vehicles"), vehicleId, q.value(2).toInt(),
               {{QStringLiteral("mileage_km"), km}, {QStringLiteral("mileage_at"), ctx.nowDb()}},
               tr("The vehicle %1").arg(label));
}

} // namespace dd
