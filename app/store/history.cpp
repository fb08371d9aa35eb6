#include "history.h"

#include <QHash>
#include <QSqlQuery>

#include "core/inspection.h"
#include "customerstore.h"
#include "sql.h"

namespace dd {

QString History::kindName(AttentionItem::Kind kind)
{
    switch (kind) {
    case AttentionItem::Kind::Declined: return tr("Declined");
    case AttentionItem::Kind::Deferred: return tr("Deferred");
    case AttentionItem::Kind::Promise: return tr("Promise");
    case AttentionItem::Kind::MaintenanceDue: return tr("Maintenance due");
    case AttentionItem::Kind::Damage: return tr("Damage");
    }
    return {};
}

VehicleHistory History::load(qint64 vehicleId, const QDate &today)
{
    VehicleHistory h;
    VehicleStore vehicles(m_db);
    if (auto v = vehicles.byId(vehicleId))
        h.vehicle = *v;
    else
        return h;
    const VehicleStore::Reading reading = VehicleStore::latestReading(m_db, vehicleId);
    h.odometerKm = reading.km;
    h.odometerAt = reading.at;
    QSqlQuery o = m_db.query(QStringLiteral("SELECT c.name, (SELECT p.phone FROM customer_phones p WHERE "
                                           "p.customer_id = c.id ORDER BY p.position LIMIT 1) FROM customers c "
                                           "WHERE c.id = ?"),
                             {h.vehicle.ownerId});
    if (o.next()) {
        h.ownerName = o.value(0).toString();
        h.ownerPhone = o.value(1).toString();
    }

    QSqlQuery w = m_db.query(QStringLiteral("SELECT id, number, opened_at, mileage_km, total_fen, advisor_name, state "
                                           "FROM work_orders WHERE vehicle_id = ? ORDER BY opened_at DESC"),
                             {vehicleId});
    QHash<qint64, int> index;
    QStringList ids;
    while (w.next()) {
        PastVisit p;
        p.workOrderId = w.value(0).toLongLong();
        p.number = w.value(1).toString();
        p.openedAt = Sql::fromDb(w.value(2));
        p.mileageKm = w.value(3).isNull() ? -1 : w.value(3).toInt();
        p.amountFen = w.value(4).toLongLong();
        p.advisor = w.value(5).toString();
        p.state = w.value(6).toString();
        index.insert(p.workOrderId, h.visits.size());
        ids << QString::number(p.workOrderId);
        h.visits << p;
    }
    if (!ids.isEmpty()) {
        // Lines of all visits in one query (ids are numbers read from the database, bound one by one).
        QStringList marks;
        QVariantList params;
        for (const QString &id : ids) {
            marks << QStringLiteral("?");
            params << id.toLongLong();
        }
        QSqlQuery l = m_db.query(QStringLiteral("SELECT work_order_id, description, status, reason, due_date, amount_fen "
                                               "FROM work_order_lines WHERE work_order_id IN (%1) "
                                               "ORDER BY work_order_id, position")
                                     .arg(marks.join(QStringLiteral(", "))),
                                 params);
        while (l.next()) {
            const int i = index.value(l.value(0).toLongLong(), -1);
            if (i < 0)
                continue;
            const QString status = l.value(2).toString();
            if (status == QLatin1String("approved")) {
                h.visits[i].items << l.value(1).toString();
            } else if (status == QLatin1String("declined") || status == QLatin1String("deferred")) {
                AttentionItem a;
                a.kind = status == QLatin1String("declined") ? AttentionItem::Kind::Declined : AttentionItem::Kind::Deferred;
                a.text = l.value(1).toString();
                a.reason = l.value(3).toString();
                a.due = l.value(4).isNull() ? QDate() : QDate::fromString(l.value(4).toString(), Qt::ISODate);
                a.origin = h.visits[i].number;
                a.amountFen = l.value(5).toLongLong();
                h.attention << a;
            }
        }
    }
    QSqlQuery p = m_db.query(QStringLiteral("SELECT p.text, p.due_date, w.number FROM promises p LEFT JOIN work_orders w "
                                           "ON w.id = p.work_order_id WHERE p.vehicle_id = ? AND p.kept_at IS NULL "
                                           "ORDER BY p.due_date"),
                             {vehicleId});
    while (p.next()) {
        AttentionItem a;
        a.kind = AttentionItem::Kind::Promise;
        a.text = p.value(0).toString();
        a.due = p.value(1).isNull() ? QDate() : QDate::fromString(p.value(1).toString(), Qt::ISODate);
        a.origin = p.value(2).toString();
        h.attention << a;
    }
    // Body damage on record that no inspection has found repaired: the advisor sees it before walking round.
    QSqlQuery d = m_db.query(QStringLiteral("SELECT d.view, d.kind, d.note, w.number FROM damage_marks d "
                                           "JOIN inspections i ON i.id = d.inspection_id "
                                           "JOIN work_orders w ON w.id = i.work_order_id "
                                           "WHERE d.vehicle_id = ? AND d.repaired_inspection_id IS NULL ORDER BY d.id"),
                             {vehicleId});
    while (d.next()) {
        AttentionItem a;
        a.kind = AttentionItem::Kind::Damage;
        a.text = InspectionRules::viewName(d.value(0).toString()) + QStringLiteral(" · ") +
                 InspectionRules::damageKindName(d.value(1).toString());
        a.reason = d.value(2).toString();
        a.origin = d.value(3).toString();
        h.attention << a;
    }
    // Maintenance is due a month ahead of its date, or within 1,000 km of its mileage.
    const Vehicle &v = h.vehicle;
    const bool dateDue = v.nextServiceDate.isValid() && v.nextServiceDate <= today.addDays(30);
    const bool kmDue = v.nextServiceKm > 0 && v.mileageKm >= 0 && v.mileageKm >= v.nextServiceKm - 1000;
    if (dateDue || kmDue) {
        AttentionItem a;
        a.kind = AttentionItem::Kind::MaintenanceDue;
        QStringList when;
        if (v.nextServiceDate.isValid())
            when << QLocale().toString(v.nextServiceDate, QLocale::ShortFormat);
        if (v.nextServiceKm > 0)
            when << tr("%L1 km").arg(v.nextServiceKm);
        a.text = when.size() > 1 ? tr("%1, whichever comes first").arg(when.join(tr(" or "))) : when.join(QString());
        a.due = v.nextServiceDate;
        h.attention << a;
    }
    return h;
}

} // namespace dd
