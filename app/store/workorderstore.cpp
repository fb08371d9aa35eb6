#include "workorderstore.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>

#include "followupstore.h"
#include "sequences.h"
#include "sql.h"

namespace dd {

namespace {
QVariant nullableId(qint64 id)
{
    return id ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariantMap lineRow(const WorkOrderLine &l, int position)
{
    return {{QStringLiteral("position"), position},
            {QStringLiteral("kind"), l.kind},
            {QStringLiteral("other_kind"), Sql::text(l.otherKind)},
            {QStringLiteral("code"), Sql::text(l.code.trimmed())},
            {QStringLiteral("description"), Sql::text(l.description.trimmed())},
            {QStringLiteral("centi_hours"), l.centiHours},
            {QStringLiteral("labor_category"), Sql::text(l.laborCategory)},
            {QStringLiteral("rate_fen"), l.rateFen},
            {QStringLiteral("quantity_milli"), l.quantityMilli},
            {QStringLiteral("unit"), Sql::text(l.unit.trimmed())},
            {QStringLiteral("unit_price_fen"), l.unitPriceFen},
            {QStringLiteral("amount_fen"), l.amount()},
            {QStringLiteral("pay_type"), l.payType},
            {QStringLiteral("part_source"), Sql::text(l.partSource)},
            {QStringLiteral("brand_spec"), Sql::text(l.brandSpec.trimmed())},
            {QStringLiteral("inspection_item"), Sql::text(l.inspectionItem)},
            {QStringLiteral("consent_recorded"), l.consentRecorded ? 1 : 0},
            {QStringLiteral("staff_id"), nullableId(l.technicianId)}, // technicians.id (schema 18)
            {QStringLiteral("technician_name"), Sql::text(l.technicianName.trimmed())},
            {QStringLiteral("status"), l.status},
            {QStringLiteral("reason"), Sql::text(l.reason.trimmed())},
            {QStringLiteral("due_date"), l.dueDate.isValid() ? QVariant(l.dueDate.toString(Qt::ISODate)) : QVariant()}};
}

QJsonObject json(const QVariantMap &row)
{
    return QJsonObject::fromVariantMap(row);
}

// Writes `row` into `table` for `id`, auditing the columns that changed.
void writeChanged(CommandContext &ctx, const QString &table, qint64 id, const QVariantMap &row, const QVariantMap &old)
{
    QStringList sets;
    QVariantList params;
    QJsonObject before, after;
    for (auto it = row.cbegin(); it != row.cend(); ++it) {
        const QVariant was = old.value(it.key());
        if (was.toString() == it.value().toString() && was.isNull() == it.value().isNull())
            continue;
        sets << it.key() + QStringLiteral(" = ?");
        params << it.value();
        before.insert(it.key(), QJsonValue::fromVariant(was));
        after.insert(it.key(), QJsonValue::fromVariant(it.value()));
    }
    if (sets.isEmpty())
        return;
    params << id;
    ctx.exec(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, sets.join(QStringLiteral(", "))), params);
    ctx.audit(table, id, CommandContext::Action::Update, before, after);
}

QVariantMap currentRow(CommandContext &ctx, const QString &table, qint64 id, const QStringList &columns)
{
    QSqlQuery q = ctx.exec(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(columns.join(QStringLiteral(", ")), table), {id});
    QVariantMap row;
    if (q.next())
        for (int i = 0; i < columns.size(); ++i)
            row.insert(columns[i], q.value(i));
    return row;
}
} // namespace

qint64 WorkOrderStore::insertLine(CommandContext &ctx, qint64 workOrderId, const WorkOrderLine &line, int position,
                                  qint64 findingId)
{
    QVariantMap row = lineRow(line, position);
    row.insert(QStringLiteral("work_order_id"), workOrderId);
    row.insert(QStringLiteral("finding_id"), nullableId(findingId));
    if (line.is(LineStatus::Approved))
        row.insert(QStringLiteral("approved_amount_fen"), line.amount());
    QStringList columns, marks;
    QVariantList params;
    for (auto it = row.cbegin(); it != row.cend(); ++it) {
        columns << it.key();
        marks << QStringLiteral("?");
        params << it.value();
    }
    QSqlQuery q = ctx.exec(QStringLiteral("INSERT INTO work_order_lines (%1) VALUES (%2) RETURNING id")
                               .arg(columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))),
                           params);
    const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
    ctx.audit(QStringLiteral("work_order_lines"), id, CommandContext::Action::Insert, {}, json(row));
    return id;
}

WorkOrder WorkOrderStore::load(qint64 id)
{
    QSqlQuery w = m_db.query(
        QStringLiteral("SELECT number, state, wo_type, repair_category, vehicle_id, customer_id, mileage_km, opened_at, "
                       "promised_at, advisor_name, authorized_at, handed_over_to, handed_over_at, inspector_name, "
                       "rework_count, cancel_reason, version, authorization_printed_version, delivered_at, drop_off_name, "
                       "odometer_out_km, certificate_no FROM work_orders WHERE id = ?"),
        {id});
    if (!w.next())
        throw StoreError(StoreError::Kind::NotFound, tr("The work order is no longer on record."));
    WorkOrder o;
    o.id = id;
    o.number = w.value(0).toString();
    o.state = w.value(1).toString();
    o.type = w.value(2).toString();
    o.repairCategory = w.value(3).toString();
    o.vehicleId = w.value(4).toLongLong();
    o.customerId = w.value(5).toLongLong();
    o.mileageKm = w.value(6).isNull() ? -1 : w.value(6).toInt();
    o.openedAt = Sql::fromDb(w.value(7));
    o.promisedAt = Sql::fromDb(w.value(8));
    o.advisorName = w.value(9).toString();
    o.authorizedAt = Sql::fromDb(w.value(10));
    o.handedOverTo = w.value(11).toString();
    o.handedOverAt = Sql::fromDb(w.value(12));
    o.inspectorName = w.value(13).toString();
    o.reworkCount = w.value(14).toInt();
    o.cancelReason = w.value(15).toString();
    o.version = w.value(16).toInt();
    o.authorizationPrintedVersion = w.value(17).toInt();
    o.deliveredAt = Sql::fromDb(w.value(18));
    o.dropOffName = w.value(19).toString();
    o.odometerOutKm = w.value(20).isNull() ? -1 : w.value(20).toInt();
    o.certificateNo = w.value(21).toString();

    QSqlQuery c = m_db.query(QStringLiteral("SELECT id, text, cause, correction, no_fault_found FROM work_order_concerns "
                                           "WHERE work_order_id = ? ORDER BY position, id"),
                             {id});
    while (c.next())
        o.concerns << Concern{c.value(0).toLongLong(), c.value(1).toString(), c.value(2).toString(), c.value(3).toString(),
                              c.value(4).toInt() != 0};
    QSqlQuery l = m_db.query(
        QStringLiteral("SELECT id, kind, other_kind, code, description, centi_hours, labor_category, rate_fen, "
                       "quantity_milli, unit, unit_price_fen, pay_type, part_source, consent_recorded, staff_id, "
                       "technician_name, status, reason, due_date, finding_id, approved_amount_fen, brand_spec, inspection_item "
                       "FROM work_order_lines "
                       "WHERE work_order_id = ? "
                       "ORDER BY position, id"),
        {id});
    while (l.next()) {
        WorkOrderLine line;
        line.id = l.value(0).toLongLong();
        line.kind = l.value(1).toString();
        line.otherKind = l.value(2).toString();
        line.code = l.value(3).toString();
        line.description = l.value(4).toString();
        line.centiHours = l.value(5).toInt();
        line.laborCategory = l.value(6).toString();
        line.rateFen = l.value(7).toLongLong();
        line.quantityMilli = l.value(8).toLongLong();
        line.unit = l.value(9).toString();
        line.unitPriceFen = l.value(10).toLongLong();
        line.payType = l.value(11).toString();
        line.partSource = l.value(12).toString();
        line.consentRecorded = l.value(13).toInt() != 0;
        line.technicianId = l.value(14).toLongLong();
        line.technicianName = l.value(15).toString();
        line.status = l.value(16).toString();
        line.reason = l.value(17).toString();
        line.dueDate = l.value(18).isNull() ? QDate() : QDate::fromString(l.value(18).toString(), Qt::ISODate);
        line.findingId = l.value(19).toLongLong();
        line.approvedAmountFen = l.value(20).isNull() ? -1 : l.value(20).toLongLong();
        line.brandSpec = l.value(21).toString();
        line.inspectionItem = l.value(22).toString();
        if (line.is(LineStatus::Proposed))
            ++o.pendingFindings;
        o.lines << line;
    }
    QSqlQuery f = m_db.query(QStringLiteral("SELECT c.item, c.rating, c.note FROM inspection_checks c "
                                           "JOIN inspections i ON i.id = c.inspection_id WHERE i.work_order_id = ? "
                                           "AND c.rating IN ('yellow', 'red') ORDER BY c.id"),
                             {id});
    while (f.next())
        o.walkAroundFindings << WalkAroundFinding{f.value(0).toString(), f.value(1).toString(), f.value(2).toString()};
    return o;
}

std::optional<qint64> WorkOrderStore::idOf(const QString &number)
{
    const QVariant id = m_db.scalar(QStringLiteral("SELECT id FROM work_orders WHERE number = ?"), {number.trimmed().toUpper()});
    return id.isNull() ? std::nullopt : std::optional<qint64>(id.toLongLong());
}

WorkOrder WorkOrderStore::saveEstimate(Commands &commands, const WorkOrder &order)
{
    commands.run(QStringLiteral("workorder.estimate"), Permission::EditWorkOrders, [&](CommandContext &ctx) {
        const WorkOrder current = load(order.id);
        if (!current.is(WorkOrderState::Draft))
            throw StoreError(StoreError::Kind::Validation,
                             tr("The customer authorized work order %1; its estimate can no longer change. New work "
                                "goes through add-on approval.")
                                 .arg(current.number));
        Validation v = WorkOrderRules::checkLines(order.lines);
        if (!order.type.isEmpty() && !WorkOrderRules::types().contains(order.type))
            v.error(tr("\"%1\" is not a work-order type.").arg(order.type));
        if (!order.repairCategory.isEmpty() && !WorkOrderRules::repairCategories().contains(order.repairCategory))
            v.error(tr("\"%1\" is not a repair category.").arg(order.repairCategory));
        for (const Concern &c : order.concerns)
            if (c.text.size() > 500)
                v.error(tr("A concern is longer than 500 characters; split it in two."));
        if (!v.ok())
            throw StoreError(StoreError::Kind::Validation, v.errors.join(QLatin1Char('\n')));

        ctx.update(QStringLiteral("work_orders"), order.id, order.version,
                   {{QStringLiteral("wo_type"), Sql::text(order.type)},
                    {QStringLiteral("repair_category"), Sql::text(order.repairCategory)},
                    {QStringLiteral("promised_at"), order.promisedAt.isValid() ? QVariant(Sql::toDb(order.promisedAt)) : QVariant()},
                    {QStringLiteral("total_fen"), order.totals(0).total}}, // the total does not depend on the VAT rate
                   tr("Work order %1").arg(current.number), true);

        // Concerns: the customer's words, in order.
        QSet<qint64> keptConcerns;
        int position = 0;
        for (const Concern &c : order.concerns) {
            if (c.text.trimmed().isEmpty())
                continue;
            ++position;
            const QVariantMap row{{QStringLiteral("position"), position}, {QStringLiteral("text"), c.text.trimmed()}};
            if (c.id) {
                keptConcerns.insert(c.id);
                writeChanged(ctx, QStringLiteral("work_order_concerns"), c.id, row,
                             currentRow(ctx, QStringLiteral("work_order_concerns"), c.id, row.keys()));
            } else {
                ctx.exec(QStringLiteral("INSERT INTO work_order_concerns (work_order_id, position, text) VALUES (?, ?, ?)"),
                         {order.id, position, c.text.trimmed()});
                ctx.audit(QStringLiteral("work_orders"), order.id, CommandContext::Action::Event, {},
                          {{QStringLiteral("concern added"), c.text.trimmed()}});
            }
        }
        for (const Concern &c : current.concerns)
            if (!keptConcerns.contains(c.id)) {
                ctx.exec(QStringLiteral("DELETE FROM work_order_concerns WHERE id = ?"), {c.id});
                ctx.audit(QStringLiteral("work_order_concerns"), c.id, CommandContext::Action::Event,
                          {{QStringLiteral("text"), c.text}}, {{QStringLiteral("removed"), true}});
            }

        // Lines: a draft's estimate may still lose lines; once authorized nothing is deleted.
        QSet<qint64> keptLines;
        position = 0;
        for (const WorkOrderLine &l : order.lines) {
            const QVariantMap row = lineRow(l, ++position);
            if (l.id) {
                keptLines.insert(l.id);
                writeChanged(ctx, QStringLiteral("work_order_lines"), l.id, row,
                             currentRow(ctx, QStringLiteral("work_order_lines"), l.id, row.keys()));
            } else {
                insertLine(ctx, order.id, l, position);
            }
        }
        for (const WorkOrderLine &l : current.lines)
            if (!keptLines.contains(l.id)) {
                ctx.exec(QStringLiteral("DELETE FROM work_order_lines WHERE id = ?"), {l.id});
                ctx.audit(QStringLiteral("work_order_lines"), l.id, CommandContext::Action::Event,
                          {{QStringLiteral("description"), l.description}}, {{QStringLiteral("removed"), true}});
            }
    });
    return load(order.id);
}

WorkOrder WorkOrderStore::saveConcerns(Commands &commands, qint64 id, int version, const QList<Concern> &concerns)
{
    commands.run(QStringLiteral("workorder.concerns"), Permission::RunWorkshop, [&](CommandContext &ctx) {
        const WorkOrder current = load(id);
        static const QStringList closed{QStringLiteral("ready"), QStringLiteral("settled"), QStringLiteral("delivered"),
                                        QStringLiteral("cancelled")};
        if (closed.contains(current.state))
            throw StoreError(StoreError::Kind::Validation,
                             tr("Work order %1 is %2: its causes and corrections are final.")
                                 .arg(current.number, WorkOrderRules::stateName(current.state).toLower()));
        ctx.update(QStringLiteral("work_orders"), id, version, {}, tr("Work order %1").arg(current.number), true);
        QSet<qint64> ids;
        for (const Concern &c : current.concerns)
            ids.insert(c.id);
        for (const Concern &c : concerns) {
            if (!ids.contains(c.id))
                throw StoreError(StoreError::Kind::Conflict,
                                 tr("A concern of work order %1 changed at another station; reload it.").arg(current.number));
            const QVariantMap row{{QStringLiteral("cause"), Sql::text(c.cause.trimmed())},
                                  {QStringLiteral("correction"), Sql::text(c.correction.trimmed())},
                                  {QStringLiteral("no_fault_found"), c.noFaultFound ? 1 : 0}};
            writeChanged(ctx, QStringLiteral("work_order_concerns"), c.id, row,
                         currentRow(ctx, QStringLiteral("work_order_concerns"), c.id, row.keys()));
        }
    });
    return load(id);
}

WorkOrder WorkOrderStore::assignTechnician(Commands &commands, qint64 id, int version, qint64 lineId,
                                           qint64 technicianId, const QString &technicianName)
{
    return assignTechnicians(commands, id, version, {lineId}, technicianId, technicianName);
}

WorkOrder WorkOrderStore::assignTechnicians(Commands &commands, qint64 id, int version, const QList<qint64> &lineIds,
                                            qint64 technicianId, const QString &technicianName)
{
    commands.run(QStringLiteral("workorder.technician"), Permission::RunWorkshop, [&](CommandContext &ctx) {
        const WorkOrder current = load(id);
        if (current.state != WorkOrderCodes::code(WorkOrderState::Draft) && !WorkOrderCodes::inWorkshop().contains(current.state))
            throw StoreError(StoreError::Kind::Validation,
                             tr("Work order %1 is %2: its technicians are final.")
                                 .arg(current.number, WorkOrderRules::stateName(current.state).toLower()));
        for (qint64 lineId : lineIds) {
            bool found = false;
            for (const WorkOrderLine &l : current.lines)
                found = found || (l.id == lineId && l.is(LineKind::Labor));
            if (!found)
                throw StoreError(StoreError::Kind::NotFound, tr("That labor line is no longer on work order %1.").arg(current.number));
        }
        if (technicianName.trimmed().isEmpty() || lineIds.isEmpty())
            throw StoreError(StoreError::Kind::Validation, tr("Choose the technician."));
        if (technicianId && ctx.scalar(QStringLiteral("SELECT COUNT(*) FROM technicians WHERE id = ? AND active = 1"),
                                       {technicianId}, 0)
                                    .toInt() == 0)
            throw StoreError(StoreError::Kind::Validation,
                             tr("%1 is no longer on the list of active technicians; choose another.").arg(technicianName.trimmed()));
        ctx.update(QStringLiteral("work_orders"), id, version, {}, tr("Work order %1").arg(current.number), true);
        const QVariantMap row{{QStringLiteral("staff_id"), nullableId(technicianId)},
                              {QStringLiteral("technician_name"), technicianName.trimmed()}};
        for (qint64 lineId : lineIds)
            writeChanged(ctx, QStringLiteral("work_order_lines"), lineId, row,
                         currentRow(ctx, QStringLiteral("work_order_lines"), lineId, row.keys()));
    });
    return load(id);
}

WorkOrder WorkOrderStore::transition(Commands &commands, qint64 id, int version, const QString &transition,
                                     const TransitionInput &input)
{
    if (transition == QLatin1String("settle") || transition == QLatin1String("reverse"))
        throw StoreError(StoreError::Kind::Validation,
                         tr("A work order is settled at the cashier desk (Ctrl+5), with its payments; a settlement is "
                            "reversed there, with a service manager's approval."));
    commands.run(QStringLiteral("workorder.") + transition, WorkOrderRules::permissionFor(transition),
                 [&](CommandContext &ctx) { transitionIn(ctx, id, version, transition, input); });
    return load(id);
}

void WorkOrderStore::transitionIn(CommandContext &ctx, qint64 id, int version, const QString &transition,
                                  const TransitionInput &input)
{
    {
        const WorkOrder o = WorkOrderStore(ctx.database()).load(id);
        const QString label = tr("Work order %1").arg(o.number);
        if (o.version != version) // another station moved it first: say who, change nothing
            ctx.update(QStringLiteral("work_orders"), id, version, {}, label, true);
        if (!WorkOrderRules::fromStates(transition).contains(o.state))
            throw StoreError(StoreError::Kind::Validation, WorkOrderRules::blockers(o, transition, input).join(QLatin1Char(' ')));
        const QStringList missing = WorkOrderRules::blockers(o, transition, input);
        if (!missing.isEmpty())
            throw StoreError(StoreError::Kind::Validation,
                             tr("%1: \"%2\" needs %3.").arg(label, WorkOrderRules::transitionName(transition), missing.join(tr(", "))));

        const QString to = WorkOrderRules::toState(transition);
        QVariantMap changes{{QStringLiteral("state"), to}};
        QString note;
        if (transition == QLatin1String("authorize")) {
            changes.insert(QStringLiteral("authorized_at"), ctx.nowDb());
            // The signature approves the estimate as priced: a later price change needs a new approval.
            ctx.exec(QStringLiteral("UPDATE work_order_lines SET approved_amount_fen = amount_fen WHERE work_order_id = ? "
                                    "AND status = 'approved'"),
                     {id});
        } else if (transition == QLatin1String("dispatch")) {
            changes.insert(QStringLiteral("handed_over_to"), input.receivedBy.trimmed());
            changes.insert(QStringLiteral("handed_over_at"), ctx.nowDb());
            note = input.receivedBy.trimmed();
        } else if (transition == QLatin1String("qc_pass")) {
            changes.insert(QStringLiteral("inspector_name"), input.inspector.trimmed());
            // The completion certificate's number, from its own sequence, once: a pass after rework keeps it.
            if (WorkOrderRules::needsCertificate(o.repairCategory) && o.certificateNo.isEmpty())
                changes.insert(QStringLiteral("certificate_no"), DocumentSequences::next(ctx, DocumentKind::Certificate));
            note = input.inspector.trimmed();
        } else if (transition == QLatin1String("qc_fail")) {
            changes.insert(QStringLiteral("inspector_name"), input.inspector.trimmed());
            changes.insert(QStringLiteral("rework_count"), o.reworkCount + 1);
            note = input.inspector.trimmed() + QStringLiteral(": ") + input.notes.trimmed();
        } else if (transition == QLatin1String("cancel")) {
            changes.insert(QStringLiteral("cancel_reason"), input.reason.trimmed());
            changes.insert(QStringLiteral("closed_at"), ctx.nowDb());
            note = input.reason.trimmed();
        } else if (transition == QLatin1String("deliver")) {
            changes.insert(QStringLiteral("closed_at"), ctx.nowDb());
            changes.insert(QStringLiteral("delivered_at"), ctx.nowDb());
            changes.insert(QStringLiteral("pickup_checklist"), input.pickedUp.join(QLatin1Char(',')));
            if (input.odometerKm >= 0) {
                if (o.mileageKm >= 0 && input.odometerKm < o.mileageKm)
                    throw StoreError(StoreError::Kind::Validation,
                                     tr("The odometer reads %L1 km as the car leaves, less than the %L2 km read at check-in. "
                                        "Read it again; leave the field empty if it cannot be read.")
                                         .arg(input.odometerKm)
                                         .arg(o.mileageKm))
                        .onField(QStringLiteral("odometer"));
                if (o.mileageKm >= 0 && input.odometerKm > o.mileageKm + 2000)
                    throw StoreError(StoreError::Kind::Validation,
                                     tr("The odometer reads %L1 km as the car leaves, %L2 km more than at check-in. Check "
                                        "the figure.")
                                         .arg(input.odometerKm)
                                         .arg(input.odometerKm - o.mileageKm))
                        .onField(QStringLiteral("odometer"));
                changes.insert(QStringLiteral("odometer_out_km"), input.odometerKm);
            }
            note = input.notes.trimmed();
        } else if (transition == QLatin1String("reverse")) {
            note = input.reason.trimmed();
        }
        ctx.update(QStringLiteral("work_orders"), id, version, changes, label);
        ctx.exec(QStringLiteral("INSERT INTO work_order_transitions (work_order_id, transition, from_state, to_state, at, "
                                "by_name, station, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                 {id, transition, o.state, to, ctx.nowDb(), ctx.session().displayName, Sql::text(ctx.session().station),
                  Sql::text(note)});
        // After the visit: the follow-up calls the dealership's rules create, in the delivery's own transaction.
        if (to == QLatin1String("delivered"))
            FollowUpStore::planDelivery(ctx, id);
        // The key leaves the cabinet with the car, or when the visit ends without work.
        if (to == QLatin1String("delivered") || to == QLatin1String("cancelled"))
            ctx.exec(QStringLiteral("UPDATE inspections SET key_released_at = ? WHERE work_order_id = ? AND key_released_at IS NULL"),
                     {ctx.nowDb(), id});
    }
}

QList<TransitionRecord> WorkOrderStore::history(qint64 id)
{
    QList<TransitionRecord> list;
    QSqlQuery q = m_db.query(QStringLiteral("SELECT transition, from_state, to_state, at, by_name, station, note FROM "
                                           "work_order_transitions WHERE work_order_id = ? ORDER BY at, id"),
                             {id});
    while (q.next())
        list << TransitionRecord{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), Sql::fromDb(q.value(3)),
                                 q.value(4).toString(), q.value(5).toString(), q.value(6).toString()};
    return list;
}

void WorkOrderStore::recordAuthorizationPrinted(CommandContext &ctx, const QString &number, int version)
{
    ctx.exec(QStringLiteral("UPDATE work_orders SET authorization_printed_version = ? WHERE number = ? AND version = ?"),
             {version, number, version});
}

Change WorkOrderStore::lastChange(qint64 id)
{
    Change c;
    c.table = QStringLiteral("work_orders");
    c.recordId = QString::number(id);
    QSqlQuery q = m_db.query(
        QStringLiteral("SELECT updated_by, updated_station, updated_at FROM work_orders WHERE id = ?"), {id});
    if (q.next()) {
        c.userName = q.value(0).toString();
        c.station = q.value(1).toString();
        c.at = Sql::fromDb(q.value(2));
    }
    return c;
}

} // namespace dd
