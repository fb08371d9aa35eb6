#include "addonstore.h"

#include "customerstore.h"
#include "sql.h"
#include "workorderstore.h"

namespace dd {

namespace {
const QString kFindingColumns = QStringLiteral(
    "f.id, f.version, f.work_order_id, w.number, v.plate, v.vin, f.source, f.description, f.reason, f.safety_critical, "
    "f.extra_minutes, f.new_promised_at, f.warranty, f.warranty_reason, f.state, f.found_by, f.relayed_to, "
    "f.relayed_at, f.customer_told_at, f.created_at, (SELECT COUNT(*) FROM addon_photos p WHERE p.finding_id = f.id), "
    "v.brand, v.series, c.name, w.drop_off_name, w.drop_off_phone, "
    "(SELECT p.phone FROM customer_phones p WHERE p.customer_id = w.customer_id ORDER BY p.position, p.id LIMIT 1)");
const QString kFindingFrom = QStringLiteral(
    " FROM addon_findings f JOIN work_orders w ON w.id = f.work_order_id JOIN vehicles v ON v.id = w.vehicle_id "
    "JOIN customers c ON c.id = w.customer_id ");

AddOnFinding findingFrom(const QSqlQuery &q)
{
    AddOnFinding f;
    f.id = q.value(0).toLongLong();
    f.version = q.value(1).toInt();
    f.workOrderId = q.value(2).toLongLong();
    f.workOrderNumber = q.value(3).toString();
    f.vehicleLabel = Vehicle::labelOf(q.value(4).toString(), q.value(5).toString(), q.value(21).toString(), q.value(22).toString());
    f.source = q.value(6).toString();
    f.description = q.value(7).toString();
    f.reason = q.value(8).toString();
    f.safetyCritical = q.value(9).toInt() != 0;
    f.extraMinutes = q.value(10).toInt();
    f.newPromisedAt = Sql::fromDb(q.value(11));
    f.warranty = q.value(12).toString();
    f.warrantyReason = q.value(13).toString();
    f.state = q.value(14).toString();
    f.foundBy = q.value(15).toString();
    f.relayedTo = q.value(16).toString();
    f.relayedAt = Sql::fromDb(q.value(17));
    f.customerToldAt = Sql::fromDb(q.value(18));
    f.createdAt = Sql::fromDb(q.value(19));
    f.photoCount = q.value(20).toInt();
    f.customerName = q.value(23).toString();
    f.dropOffName = q.value(24).toString();
    f.dropOffPhone = q.value(25).toString();
    f.customerPhone = q.value(26).toString();
    return f;
}

// A finding's lines are its work order's lines that point at it.
void attachLines(Database &db, QList<AddOnFinding> &findings)
{
    QHash<qint64, WorkOrder> orders;
    for (AddOnFinding &f : findings) {
        if (!orders.contains(f.workOrderId))
            orders.insert(f.workOrderId, WorkOrderStore(db).load(f.workOrderId));
        for (const WorkOrderLine &l : orders[f.workOrderId].lines)
            if (l.findingId == f.id)
                f.lines << l;
    }
}

} // namespace

qint64 AddOnStore::propose(Commands &commands, const AddOnFinding &finding)
{
    return commands.run(QStringLiteral("addon.propose"), Permission::RunWorkshop, [&](CommandContext &ctx) {
        const WorkOrder order = WorkOrderStore(m_db).load(finding.workOrderId);
        if (!WorkOrderCodes::inWorkshop().contains(order.state))
            throw StoreError(StoreError::Kind::Validation,
                             tr("Work order %1 is %2: add-on work is proposed while the car is being worked on.")
                                 .arg(order.number, WorkOrderRules::stateName(order.state).toLower()));
        const Validation v = AddOnRules::checkFinding(finding);
        if (!v.ok())
            throw StoreError(StoreError::Kind::Validation, v.errors.join(QLatin1Char('\n')));
        const bool warranty = AddOnCodes::warranty().is(finding.warranty, WarrantyDecision::Eligible);
        QDateTime promised = finding.newPromisedAt;
        if (!promised.isValid() && finding.extraMinutes > 0 && order.promisedAt.isValid())
            promised = order.promisedAt.addSecs(qint64(finding.extraMinutes) * 60);
        const qint64 id = ctx.insert(
            QStringLiteral("addon_findings"),
            {{QStringLiteral("work_order_id"), finding.workOrderId},
             {QStringLiteral("source"), finding.source},
             {QStringLiteral("description"), finding.description.trimmed()},
             {QStringLiteral("reason"), Sql::text(finding.reason.trimmed())},
             {QStringLiteral("safety_critical"), finding.safetyCritical ? 1 : 0},
             {QStringLiteral("extra_minutes"), finding.extraMinutes},
             {QStringLiteral("new_promised_at"), promised.isValid() ? QVariant(Sql::toDb(promised)) : QVariant()},
             {QStringLiteral("warranty"), Sql::text(finding.warranty)},
             {QStringLiteral("warranty_reason"), Sql::text(finding.warrantyReason.trimmed())},
             {QStringLiteral("state"), warranty ? QStringLiteral("decided") : QStringLiteral("pending")},
             {QStringLiteral("found_by"), finding.foundBy.trimmed().isEmpty() ? ctx.session().displayName
                                                                              : finding.foundBy.trimmed()}});
        int position = int(order.lines.size());
        for (WorkOrderLine line : finding.lines) {
            line.id = 0;
            if (warranty) {
                // Under warranty the customer pays nothing: no decision of theirs is needed.
                line.payType = QStringLiteral("warranty");
                line.status = QStringLiteral("approved");
            } else {
                line.status = QStringLiteral("proposed");
            }
            WorkOrderStore::insertLine(ctx, finding.workOrderId, line, ++position, id);
        }
        for (const QByteArray &photo : finding.newPhotos) {
            ctx.exec(QStringLiteral("INSERT INTO addon_photos (finding_id, image, mime_type, taken_at, taken_by) "
                                    "VALUES (?, ?, ?, ?, ?)"),
                     {id, photo, QStringLiteral("image/jpeg"), ctx.nowDb(), ctx.session().displayName});
            ctx.audit(QStringLiteral("addon_photos"), id, CommandContext::Action::Event, {},
                      {{QStringLiteral("photo"), QStringLiteral("(%1 bytes)").arg(photo.size())}});
        }
        ctx.update(QStringLiteral("work_orders"), order.id, order.version, {}, tr("Work order %1").arg(order.number), true);
        return id;
    });
}

AddOnFinding AddOnStore::load(qint64 findingId)
{
    QSqlQuery q = m_db.query(QStringLiteral("SELECT ") + kFindingColumns + kFindingFrom + QStringLiteral("WHERE f.id = ?"),
                             {findingId});
    if (!q.next())
        throw StoreError(StoreError::Kind::NotFound, tr("The add-on finding is no longer on record."));
    QList<AddOnFinding> one{findingFrom(q)};
    attachLines(m_db, one);
    return one.first();
}

QList<AddOnFinding> AddOnStore::forWorkOrder(qint64 workOrderId)
{
    QSqlQuery q = m_db.query(QStringLiteral("SELECT ") + kFindingColumns + kFindingFrom +
                                 QStringLiteral("WHERE f.work_order_id = ? ORDER BY f.created_at, f.id"),
                             {workOrderId});
    QList<AddOnFinding> list;
    while (q.next())
        list << findingFrom(q);
    attachLines(m_db, list);
    return list;
}

QList<AddOnFinding> AddOnStore::pending()
{
    QSqlQuery q = m_db.query(QStringLiteral("SELECT ") + kFindingColumns + kFindingFrom +
                                 QStringLiteral("WHERE f.state = 'pending' ORDER BY f.created_at, f.id"),
                             {});
    QList<AddOnFinding> list;
    while (q.next())
        list << findingFrom(q);
    attachLines(m_db, list);
    return list;
}

QList<AddOnFinding> AddOnStore::toRelay()
{
    QSqlQuery q = m_db.query(QStringLiteral("SELECT ") + kFindingColumns + kFindingFrom +
                                 QStringLiteral("WHERE f.state = 'decided' AND f.relayed_to = '' AND f.warranty <> 'eligible' "
                                                "AND w.state NOT IN %1 ORDER BY f.created_at, f.id")
                                     .arg(WorkOrderCodes::sql(WorkOrderCodes::closed())),
                             {});
    QList<AddOnFinding> list;
    while (q.next())
        list << findingFrom(q);
    attachLines(m_db, list);
    return list;
}

AddOnFinding AddOnStore::decide(Commands &commands, qint64 findingId, int version, const QList<LineDecision> &decisions,
                                const Provenance &provenance)
{
    commands.run(QStringLiteral("addon.decide"), Permission::EditWorkOrders, [&](CommandContext &ctx) {
        const AddOnFinding f = load(findingId);
        const QString label = tr("Add-on finding \"%1\" on %2").arg(f.description, f.workOrderNumber);
        if (f.version != version)
            ctx.update(QStringLiteral("addon_findings"), findingId, version, {}, label, true); // says who, changes nothing
        if (f.state != QLatin1String("pending"))
            throw StoreError(StoreError::Kind::Validation, tr("%1 is already decided.").arg(label));
        const Validation v = AddOnRules::checkDecision(f, decisions, provenance, ctx.now());
        if (!v.ok())
            throw StoreError(StoreError::Kind::Validation, v.errors.join(QLatin1Char('\n')));
        bool anyApproved = false;
        for (const LineDecision &d : decisions) {
            const bool approved = d.decision == QLatin1String("approved");
            anyApproved = anyApproved || approved;
            ctx.exec(QStringLiteral("UPDATE work_order_lines SET status = ?, reason = ?, due_date = ?, approved_amount_fen = ? "
                                    "WHERE id = ?"),
                     {d.decision, Sql::text(d.reason.trimmed()),
                      d.dueDate.isValid() ? QVariant(d.dueDate.toString(Qt::ISODate)) : QVariant(),
                      approved ? QVariant(d.amountFen) : QVariant(QMetaType(QMetaType::LongLong)), d.lineId});
            ctx.exec(QStringLiteral("INSERT INTO line_decisions (line_id, finding_id, decision, decided_by, method, "
                                    "contact_number, decided_at, amount_fen, reason, due_date, recorded_at, recorded_by, "
                                    "station) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                     {d.lineId, findingId, d.decision, provenance.decidedBy.trimmed(), provenance.method,
                      Sql::text(provenance.contactNumber.trimmed()), Sql::toDb(provenance.decidedAt), d.amountFen,
                      Sql::text(d.reason.trimmed()),
                      d.dueDate.isValid() ? QVariant(d.dueDate.toString(Qt::ISODate)) : QVariant(), ctx.nowDb(),
                      ctx.session().displayName, Sql::text(ctx.session().station)});
            ctx.audit(QStringLiteral("work_order_lines"), d.lineId, CommandContext::Action::Update, {{QStringLiteral("status"), QStringLiteral("proposed")}},
                      {{QStringLiteral("status"), d.decision},
                       {QStringLiteral("decided_by"), provenance.decidedBy.trimmed()},
                       {QStringLiteral("method"), provenance.method},
                       {QStringLiteral("contact_number"), provenance.contactNumber.trimmed()},
                       {QStringLiteral("decided_at"), Sql::toDb(provenance.decidedAt)},
                       {QStringLiteral("amount_fen"), QString::number(d.amountFen)}});
        }
        QVariantMap changes{{QStringLiteral("state"), QStringLiteral("decided")}};
        if (anyApproved && f.newPromisedAt.isValid())
            changes.insert(QStringLiteral("customer_told_at"), ctx.nowDb());
        ctx.update(QStringLiteral("addon_findings"), findingId, version, changes, label);
        // Approved work with extra time moves the promise; the customer heard the new time with the price.
        const WorkOrder order = WorkOrderStore(m_db).load(f.workOrderId);
        QVariantMap orderChanges;
        if (anyApproved && f.newPromisedAt.isValid() && f.newPromisedAt != order.promisedAt)
            orderChanges.insert(QStringLiteral("promised_at"), Sql::toDb(f.newPromisedAt));
        ctx.update(QStringLiteral("work_orders"), order.id, order.version, orderChanges,
                   tr("Work order %1").arg(order.number), true);
    });
    return load(findingId);
}

AddOnFinding AddOnStore::relay(Commands &commands, qint64 findingId, int version, const QString &receivedBy)
{
    commands.run(QStringLiteral("addon.relay"), Permission::EditWorkOrders, [&](CommandContext &ctx) {
        const AddOnFinding f = load(findingId);
        if (f.state != QLatin1String("decided"))
            throw StoreError(StoreError::Kind::Validation,
                             tr("The customer has not decided on \"%1\" yet; the workshop is told once they have.").arg(f.description));
        if (receivedBy.trimmed().isEmpty())
            throw StoreError(StoreError::Kind::Validation, tr("Note who in the workshop received the decision."));
        ctx.update(QStringLiteral("addon_findings"), findingId, version,
                   {{QStringLiteral("relayed_to"), receivedBy.trimmed()}, {QStringLiteral("relayed_at"), ctx.nowDb()}},
                   tr("Add-on finding \"%1\" on %2").arg(f.description, f.workOrderNumber));
    });
    return load(findingId);
}

qint64 AddOnStore::reprice(Commands &commands, qint64 lineId, Fen unitPriceFen, int centiHours)
{
    return commands.run(QStringLiteral("addon.reprice"), Permission::EditWorkOrders, [&](CommandContext &ctx) {
        const QVariant woId = ctx.scalar(QStringLiteral("SELECT work_order_id FROM work_order_lines WHERE id = ?"), {lineId});
        if (woId.isNull())
            throw StoreError(StoreError::Kind::NotFound, tr("That line is no longer on the work order."));
        const WorkOrder order = WorkOrderStore(m_db).load(woId.toLongLong());
        WorkOrderLine line;
        for (const WorkOrderLine &l : order.lines)
            if (l.id == lineId)
                line = l;
        if (!WorkOrderCodes::inWorkshop().contains(order.state))
            throw StoreError(StoreError::Kind::Validation,
                             tr("Work order %1 is %2: its prices are final.")
                                 .arg(order.number, WorkOrderRules::stateName(order.state).toLower()));
        if (!line.is(LineStatus::Approved) && !line.is(LineStatus::Proposed))
            throw StoreError(StoreError::Kind::Validation,
                             tr("\"%1\" was %2; it has no price to change.").arg(line.description, WorkOrderRules::lineStatusName(line.status).toLower()));
        WorkOrderLine changed = line;
        changed.unitPriceFen = unitPriceFen;
        changed.centiHours = centiHours;
        const Validation v = WorkOrderRules::checkLines({changed});
        if (!v.ok())
            throw StoreError(StoreError::Kind::Validation, v.errors.join(QLatin1Char('\n')));
        qint64 findingId = line.findingId;
        if (!findingId) {
            // Part of the signed estimate: the new price goes to the customer as a finding of its own.
            findingId = ctx.insert(QStringLiteral("addon_findings"),
                                   {{QStringLiteral("work_order_id"), order.id},
                                    {QStringLiteral("source"), QStringLiteral("workshop")},
                                    {QStringLiteral("description"), tr("New price for \"%1\"").arg(line.description)},
                                    {QStringLiteral("reason"), tr("The price changed after the customer approved it.")},
                                    {QStringLiteral("state"), QStringLiteral("pending")},
                                    {QStringLiteral("found_by"), ctx.session().displayName}});
        } else {
            const AddOnFinding f = load(findingId);
            ctx.update(QStringLiteral("addon_findings"), findingId, f.version, {{QStringLiteral("state"), QStringLiteral("pending")}},
                       tr("Add-on finding \"%1\" on %2").arg(f.description, f.workOrderNumber));
        }
        const bool needsApproval = changed.amount() != line.approvedAmountFen;
        ctx.exec(QStringLiteral("UPDATE work_order_lines SET unit_price_fen = ?, centi_hours = ?, amount_fen = ?, finding_id = ?, "
                                "status = ? WHERE id = ?"),
                 {unitPriceFen, centiHours, changed.amount(), findingId,
                  needsApproval ? QStringLiteral("proposed") : line.status, lineId});
        ctx.audit(QStringLiteral("work_order_lines"), lineId, CommandContext::Action::Update,
                  {{QStringLiteral("amount_fen"), QString::number(line.amount())}, {QStringLiteral("status"), line.status}},
                  {{QStringLiteral("amount_fen"), QString::number(changed.amount())},
                   {QStringLiteral("status"), needsApproval ? QStringLiteral("proposed") : line.status}});
        ctx.update(QStringLiteral("work_orders"), order.id, order.version, {}, tr("Work order %1").arg(order.number), true);
        return findingId;
    });
}

QList<std::pair<LineDecision, Provenance>> AddOnStore::decisions(qint64 lineId)
{
    QSqlQuery q = m_db.query(QStringLiteral("SELECT decision, amount_fen, reason, due_date, decided_by, method, contact_number, "
                                           "decided_at FROM line_decisions WHERE line_id = ? ORDER BY id"),
                             {lineId});
    QList<std::pair<LineDecision, Provenance>> list;
    while (q.next()) {
        LineDecision d{lineId, q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString(),
                       q.value(3).isNull() ? QDate() : QDate::fromString(q.value(3).toString(), Qt::ISODate)};
        Provenance p{q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), Sql::fromDb(q.value(7))};
        list.append({d, p});
    }
    return list;
}

} // namespace dd
