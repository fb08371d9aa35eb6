#include "settlementstore.h"
#include "settlementrows.h"

#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

#include "core/csv.h"
#include "dealershipstore.h"
#include "sequences.h"
#include "sql.h"
#include "users.h"
#include "workorderstore.h"

namespace dd
{

namespace settlementrows {
const QString kSettlementColumns =
    QStringLiteral("s.id, s.number, s.kind, s.work_order_id, w.number, s.business_date, s.settled_at, "
                   "s.cashier_name, s.labor_fen, "
                   "s.parts_fen, s.diagnosis_fen, s.sublet_fen, s.other_fen, s.gross_fen, "
                   "s.line_discount_fen, s.order_discount_fen, "
                   "s.round_off_fen, s.total_fen, s.vat_fen, s.vat_rate_bp, s.customer_due_fen, "
                   "s.warranty_fen, s.insurance_fen, "
                   "s.internal_fen, s.old_parts, s.approved_by, s.approved_at, s.reason, "
                   "(SELECT r.number FROM settlements r WHERE r.id = s.reverses_id), "
                   "(SELECT r.number FROM settlements r WHERE r.reverses_id = s.id)");

Settlement settlementFrom(const QSqlQuery &q)
{
    Settlement s;
    s.id = q.value(0).toLongLong();
    s.number = q.value(1).toString();
    s.kind = q.value(2).toString();
    s.workOrderId = q.value(3).toLongLong();
    s.workOrderNumber = q.value(4).toString();
    s.businessDate = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    s.settledAt = Sql::fromDb(q.value(6));
    s.cashierName = q.value(7).toString();
    SettlementTotals &t = s.totals;
    t.labor = q.value(8).toLongLong();
    t.parts = q.value(9).toLongLong();
    t.diagnosis = q.value(10).toLongLong();
    t.sublet = q.value(11).toLongLong();
    t.otherCharges = q.value(12).toLongLong();
    t.gross = q.value(13).toLongLong();
    t.lineDiscounts = q.value(14).toLongLong();
    t.orderDiscount = q.value(15).toLongLong();
    t.roundOff = q.value(16).toLongLong();
    t.discounts = t.lineDiscounts + t.orderDiscount + t.roundOff;
    t.total = q.value(17).toLongLong();
    t.vat = q.value(18).toLongLong();
    s.vatRateBp = q.value(19).toInt();
    t.dueByPayer.insert(QStringLiteral("customer"), q.value(20).toLongLong());
    t.dueByPayer.insert(QStringLiteral("warranty"), q.value(21).toLongLong());
    t.dueByPayer.insert(QStringLiteral("insurance"), q.value(22).toLongLong());
    t.dueByPayer.insert(QStringLiteral("internal"), q.value(23).toLongLong());
    t.grossByPayer = t.dueByPayer;
    t.grossByPayer[QStringLiteral("customer")] += t.discounts;
    s.oldParts = q.value(24).toString();
    s.approvedBy = q.value(25).toString();
    s.approvedAt = Sql::fromDb(q.value(26));
    s.reason = q.value(27).toString();
    s.reversesNumber = q.value(28).toString();
    s.reversedByNumber = q.value(29).toString();
    return s;
}


void throwIf(const QStringList &problems)
{
    if (!problems.isEmpty())
        throw StoreError(StoreError::Kind::Validation, problems.join(QLatin1Char('\n')));
}
} // namespace settlementrows

namespace {
QString oldPartsFromInspection(const QString &inspection, bool anyParts)
{
    if (!anyParts)
        return QStringLiteral("none");
    if (inspection == QLatin1String("customer_takes"))
        return inspection;
    return QStringLiteral("waived");
}
} // namespace

using namespace settlementrows;

QList<CashierQueueRow> SettlementStore::queue()
{
    QList<CashierQueueRow> rows;
    QSqlQuery q = m_db.query(QStringLiteral(
        "SELECT w.id, w.number, v.plate, v.brand, v.series, v.model, c.name, w.advisor_name, w.promised_at, "
        "(SELECT COALESCE(SUM(l.amount_fen), 0) FROM work_order_lines l WHERE l.work_order_id = w.id "
        "AND l.status = 'approved' AND l.pay_type = 'customer') "
        "FROM work_orders w JOIN vehicles v ON v.id = w.vehicle_id JOIN customers c ON c.id = w.customer_id "
        "WHERE w.state = 'ready' ORDER BY w.promised_at IS NULL, w.promised_at, w.number"));
    while (q.next()) {
        CashierQueueRow r;
        r.workOrderId = q.value(0).toLongLong();
        r.number = q.value(1).toString();
        r.plate = q.value(2).toString();
        r.model = QStringList{q.value(3).toString(), q.value(4).toString(), q.value(5).toString()}
                      .join(QLatin1Char(' '))
                      .simplified();
        r.customerName = q.value(6).toString();
        r.advisorName = q.value(7).toString();
        r.promisedAt = Sql::fromDb(q.value(8));
        r.customerGrossFen = q.value(9).toLongLong();
        rows << r;
    }
    return rows;
}

std::optional<qint64> SettlementStore::findWorkOrder(const QString &scanned)
{
    QString key = scanned;
    key.remove(QRegularExpression(QStringLiteral("\\s")));
    key = key.toUpper();
    if (key.isEmpty())
        return std::nullopt;
    QVariant id = m_db.scalar(QStringLiteral("SELECT id FROM work_orders WHERE number = ?"), {key});
    if (id.isNull())
        id = m_db.scalar(QStringLiteral("SELECT work_order_id FROM settlements WHERE number = ?"), {key});
    if (id.isNull())
        return std::nullopt;
    return id.toLongLong();
}

CustomerCredit SettlementStore::credit(qint64 customerId)
{
    CustomerCredit c;
    QSqlQuery q = m_db.query(
        QStringLiteral("SELECT on_account, credit_limit_fen FROM customers WHERE id = ?"), {customerId});
    if (q.next()) {
        c.onAccount = q.value(0).toInt() != 0;
        c.limitFen = q.value(1).toLongLong();
    }
    c.openFen = m_db.scalar(QStringLiteral(
                                "SELECT COALESCE(SUM(p.amount_fen), 0) FROM payments p JOIN settlements s ON "
                                "s.id = p.settlement_id WHERE s.customer_id = ? AND p.method = 'account'"),
                            {customerId}, 0)
                    .toLongLong();
    return c;
}

SettlementPreview SettlementStore::preview(qint64 workOrderId, const QList<Discount> &discounts,
                                           const QList<Role> &roles)
{
    SettlementPreview p;
    p.order = WorkOrderStore(m_db).load(workOrderId);
    QSqlQuery q = m_db.query(
        QStringLiteral("SELECT c.name, v.plate FROM customers c, vehicles v WHERE c.id = ? AND v.id = ?"),
        {p.order.customerId, p.order.vehicleId});
    if (q.next()) {
        p.customerName = q.value(0).toString();
        p.plate = q.value(1).toString();
    }
    const DealershipSettings settings = DealershipStore(m_db).load();
    p.discounts = discounts;
    p.discountProblems = SettlementRules::checkDiscounts(p.order.lines, discounts);
    p.totals = SettlementRules::compute(p.order.lines, p.discounts, settings.vatRateBp);
    p.payerPayments = SettlementRules::payerPayments(p.totals);
    p.credit = credit(p.order.customerId);
    bool anyParts = false;
    for (const WorkOrderLine &l : p.order.lines)
        anyParts = anyParts || (l.counts() && l.is(LineKind::Part));
    p.oldParts = oldPartsFromInspection(
        m_db.scalar(QStringLiteral("SELECT old_parts FROM inspections WHERE work_order_id = ?"),
                    {workOrderId}, QString())
            .toString(),
        anyParts);
    p.discountLimitBp = SettlementRules::discountLimit(roles, settings.discountLimitAdvisorBp,
                                                       settings.discountLimitCashierBp);
    p.needsApproval = p.totals.discountBasisPoints() > p.discountLimitBp;
    return p;
}

QString SettlementStore::approve(const Session &session, const std::optional<ManagerApproval> &approval,
                                 const QString &what)
{
    if (session.roles.contains(Role::ServiceManager))
        return session.displayName;
    if (!approval || approval->login.trimmed().isEmpty())
        throw StoreError(
            StoreError::Kind::Forbidden,
            tr("%1 needs a service manager's approval: the manager enters their name and password at the "
               "counter.")
                .arg(what));
    // Before the command: sign-in counts a wrong password (and throttles guessing) in its own transaction.
    if (!m_hasher)
        throw StoreError(StoreError::Kind::Failure,
                         QStringLiteral("SettlementStore: approvals need the password hasher"));
    const Session manager =
        Users(m_db, *m_hasher).signIn(approval->login, approval->password, session.station);
    if (!manager.roles.contains(Role::ServiceManager))
        throw StoreError(
            StoreError::Kind::Forbidden,
            tr("%1 is not a service manager and cannot approve this: %2.").arg(manager.displayName, what));
    return manager.displayName;
}

qint64 SettlementStore::insertSettlement(CommandContext &ctx, const Settlement &s, qint64 customerId,
                                         qint64 reversesId)
{
    const SettlementTotals &t = s.totals;
    QVariantMap row{
        {QStringLiteral("number"), DocumentSequences::next(ctx, DocumentKind::Settlement)},
        {QStringLiteral("kind"), s.kind},
        {QStringLiteral("work_order_id"), s.workOrderId},
        {QStringLiteral("customer_id"), customerId},
        {QStringLiteral("business_date"),
         openBusinessDate(ctx.now().toLocalTime().date()).toString(Qt::ISODate)},
        {QStringLiteral("settled_at"), ctx.nowDb()},
        {QStringLiteral("cashier_id"),
         ctx.session().userId ? QVariant(ctx.session().userId) : QVariant(QMetaType(QMetaType::LongLong))},
        {QStringLiteral("cashier_name"), ctx.session().displayName},
        {QStringLiteral("labor_fen"), t.labor},
        {QStringLiteral("parts_fen"), t.parts},
        {QStringLiteral("diagnosis_fen"), t.diagnosis},
        {QStringLiteral("sublet_fen"), t.sublet},
        {QStringLiteral("other_fen"), t.otherCharges},
        {QStringLiteral("gross_fen"), t.gross},
        {QStringLiteral("line_discount_fen"), t.lineDiscounts},
        {QStringLiteral("order_discount_fen"), t.orderDiscount},
        {QStringLiteral("round_off_fen"), t.roundOff},
        {QStringLiteral("total_fen"), t.total},
        {QStringLiteral("vat_fen"), t.vat},
        {QStringLiteral("vat_rate_bp"), s.vatRateBp},
        {QStringLiteral("customer_due_fen"), t.customerDue()},
        {QStringLiteral("warranty_fen"), t.dueByPayer.value(QStringLiteral("warranty"))},
        {QStringLiteral("insurance_fen"), t.dueByPayer.value(QStringLiteral("insurance"))},
        {QStringLiteral("internal_fen"), t.dueByPayer.value(QStringLiteral("internal"))},
        {QStringLiteral("old_parts"), s.oldParts},
        {QStringLiteral("approved_by"), Sql::text(s.approvedBy)},
        {QStringLiteral("approved_at"),
         s.approvedBy.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(ctx.nowDb())},
        {QStringLiteral("reason"), Sql::text(s.reason)}};
    if (reversesId)
        row.insert(QStringLiteral("reverses_id"), reversesId);
    const qint64 id = ctx.insert(QStringLiteral("settlements"), row);
    int position = 0;
    for (const Discount &d : s.discounts)
        ctx.exec(
            QStringLiteral(
                "INSERT INTO settlement_discounts (settlement_id, position, scope, line_id, basis_points, "
                "requested_fen, amount_fen, description) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            {id, position++, d.scope,
             d.lineId ? QVariant(d.lineId) : QVariant(QMetaType(QMetaType::LongLong)), d.basisPoints,
             d.requestedFen, d.amountFen, Sql::text(d.description)});
    return id;
}

void SettlementStore::writePayments(CommandContext &ctx, qint64 settlementId, const QList<Payment> &payments)
{
    int position = 0;
    for (const Payment &p : payments)
        ctx.exec(QStringLiteral("INSERT INTO payments (settlement_id, position, method, amount_fen, "
                                "tendered_fen, change_fen, "
                                "reference) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                 {settlementId, position++, p.method, p.amountFen,
                  p.method == QLatin1String("cash") ? p.tenderedFen : 0,
                  p.method == QLatin1String("cash") ? p.changeFen() : 0, Sql::text(p.reference.trimmed())});
}

Settlement SettlementStore::settle(Commands &commands, qint64 workOrderId, int version,
                                   const QList<Discount> &discounts, const QList<Payment> &customerPayments,
                                   const QString &oldParts, const std::optional<ManagerApproval> &approval)
{
    // A manager's password is checked (and a wrong one counted) before the command starts.
    QString approver;
    const SettlementPreview before = preview(workOrderId, discounts, commands.session().roles);
    if (before.needsApproval && before.discountProblems.isEmpty()) {
        const QString what = tr("A discount of %1 % (you may grant %2 %)")
                                 .arg(money::formatBasisPoints(before.totals.discountBasisPoints()),
                                      money::formatBasisPoints(before.discountLimitBp));
        if (!commands.session().roles.contains(Role::ServiceManager) &&
            (!approval || approval->reason.trimmed().isEmpty()))
            throw StoreError(
                StoreError::Kind::Forbidden,
                tr("%1 needs a service manager's approval at the counter, with the reason.").arg(what));
        approver = approve(commands.session(), approval, what);
    }
    qint64 settlementId = 0;
    const QString reason = approval ? approval->reason.trimmed() : QString();
    commands.run(QStringLiteral("settlement.settle"), Permission::SettleWorkOrders, [&](CommandContext &ctx) {
        settlementId =
            settleIn(ctx, workOrderId, version, discounts, customerPayments, oldParts, approver, reason);
    });
    return load(settlementId);
}

qint64 SettlementStore::settleIn(CommandContext &ctx, qint64 workOrderId, int version,
                                 const QList<Discount> &discounts, const QList<Payment> &customerPayments,
                                 const QString &oldParts, QString approver, const QString &reason)
{
    qint64 settlementId = 0;
    {
        const SettlementPreview p = preview(workOrderId, discounts, ctx.session().roles);
        const WorkOrder &o = p.order;
        if (o.version != version)
            ctx.update(QStringLiteral("work_orders"), workOrderId, version, {},
                       tr("Work order %1").arg(o.number), true);
        if (!o.is(WorkOrderState::Ready))
            throw StoreError(StoreError::Kind::Validation,
                             tr("Work order %1 is %2: only a work order ready for settlement can be settled.")
                                 .arg(o.number, WorkOrderRules::stateName(o.state).toLower()));
        throwIf(p.discountProblems);
        for (const Discount &d : p.discounts)
            if (d.scope == QLatin1String("round_off") && d.amountFen == 0)
                throwIf({tr("There is nothing below one yuan to round off.")});
        if (p.needsApproval && approver.isEmpty()) // the estimate or the limit changed in between
            throw StoreError(StoreError::Kind::Conflict,
                             tr("The discount needs a service manager's approval again: the "
                                "amounts changed while it was given."));
        if (!p.needsApproval)
            approver.clear();
        QList<Payment> payments = customerPayments;
        payments << p.payerPayments;
        throwIf(SettlementRules::checkPayments(p.totals, payments, p.credit.onAccount, p.credit.leftFen()));
        const QString parts = oldParts.isEmpty() ? p.oldParts : oldParts;
        if (!QStringList{QStringLiteral("customer_takes"), QStringLiteral("waived"), QStringLiteral("none")}
                 .contains(parts))
            throwIf({tr("Unknown choice for the old parts \"%1\".").arg(parts)});

        Settlement st;
        st.kind = QStringLiteral("settlement");
        st.workOrderId = workOrderId;
        st.totals = p.totals;
        st.discounts = p.discounts;
        st.vatRateBp = DealershipStore(ctx.database()).load().vatRateBp;
        st.oldParts = parts;
        st.approvedBy = approver;
        st.reason = approver.isEmpty() ? QString() : reason;
        settlementId = insertSettlement(ctx, st, o.customerId, 0);
        QJsonArray discountsJson, paymentsJson;
        for (const Discount &d : p.discounts)
            discountsJson.append(
                QStringLiteral("%1 %2 %3").arg(d.scope, d.description, money::format(d.amountFen)));
        writePayments(ctx, settlementId, payments);
        for (const Payment &pay : payments)
            paymentsJson.append(QStringLiteral("%1 %2").arg(pay.method, money::format(pay.amountFen)));
        ctx.audit(QStringLiteral("settlements"), settlementId, CommandContext::Action::Event, {},
                  {{QStringLiteral("discounts"), discountsJson}, {QStringLiteral("payments"), paymentsJson}});
        WorkOrderStore::transitionIn(ctx, workOrderId, o.version, QStringLiteral("settle"));
    }
    return settlementId;
}

Settlement SettlementStore::reverse(Commands &commands, qint64 settlementId, const QString &reason,
                                    const std::optional<ManagerApproval> &approval)
{
    qint64 reversalId = 0;
    commands.require(Permission::SettleWorkOrders);
    const QString approver = approve(commands.session(), approval, tr("A reversal (冲红)"));
    commands.run(QStringLiteral("settlement.reverse"), Permission::SettleWorkOrders,
                 [&](CommandContext &ctx) { reversalId = reverseIn(ctx, settlementId, reason, approver); });
    return load(reversalId);
}

qint64 SettlementStore::reverseIn(CommandContext &ctx, qint64 settlementId, const QString &reason,
                                  const QString &approver)
{
    qint64 reversalId = 0;
    {
        const Settlement s = load(settlementId);
        if (s.kind != QLatin1String("settlement"))
            throwIf({tr("%1 is itself a reversal; it cannot be reversed.").arg(s.number)});
        if (!s.reversedByNumber.isEmpty())
            throwIf({tr("Settlement %1 was reversed already by %2.").arg(s.number, s.reversedByNumber)});
        const WorkOrder o = WorkOrderStore(ctx.database()).load(s.workOrderId);
        if (o.is(WorkOrderState::Delivered))
            throwIf({tr("The car of work order %1 has been delivered: a settlement is reversed at the "
                        "counter before the "
                        "car leaves. Ask the service manager how to correct it in the accounts.")
                         .arg(o.number)});
        if (reason.trimmed().isEmpty())
            throwIf({tr("Give the reason for the reversal; it is printed on the reversal and kept.")});

        QSqlQuery q =
            ctx.exec(QStringLiteral("SELECT customer_id FROM settlements WHERE id = ?"), {settlementId});
        q.next();
        Settlement back = s;
        back.kind = QStringLiteral("reversal");
        back.totals = SettlementRules::negated(s.totals);
        for (Discount &d : back.discounts) {
            d.requestedFen = -d.requestedFen;
            d.amountFen = -d.amountFen;
        }
        back.approvedBy = approver;
        back.reason = reason.trimmed();
        reversalId = insertSettlement(ctx, back, q.value(0).toLongLong(), settlementId);
        const QString number = load(reversalId).number;
        writePayments(ctx, reversalId, SettlementRules::reversed(s.payments));
        TransitionInput in;
        in.reason = tr("%1 reversed by %2: %3").arg(s.number, number, reason.trimmed());
        WorkOrderStore::transitionIn(ctx, s.workOrderId, o.version, QStringLiteral("reverse"), in);
    }
    return reversalId;
}

Settlement SettlementStore::load(qint64 id)
{
    QSqlQuery q = m_db.query(
        QStringLiteral(
            "SELECT %1 FROM settlements s JOIN work_orders w ON w.id = s.work_order_id WHERE s.id = ?")
            .arg(kSettlementColumns),
        {id});
    if (!q.next())
        throw StoreError(StoreError::Kind::NotFound, tr("The settlement is no longer on record."));
    Settlement s = settlementFrom(q);
    QSqlQuery d = m_db.query(
        QStringLiteral("SELECT scope, line_id, basis_points, requested_fen, amount_fen, description FROM "
                       "settlement_discounts WHERE settlement_id = ? ORDER BY position"),
        {id});
    while (d.next()) {
        Discount x;
        x.scope = d.value(0).toString();
        x.lineId = d.value(1).toLongLong();
        x.basisPoints = d.value(2).toInt();
        x.requestedFen = d.value(3).toLongLong();
        x.amountFen = d.value(4).toLongLong();
        x.description = d.value(5).toString();
        s.discounts << x;
    }
    QSqlQuery p = m_db.query(
        QStringLiteral("SELECT id, method, amount_fen, tendered_fen, reference FROM payments WHERE "
                       "settlement_id = ? ORDER BY position"),
        {id});
    while (p.next())
        s.payments << Payment{p.value(0).toLongLong(), p.value(1).toString(), p.value(2).toLongLong(),
                              p.value(3).toLongLong(), p.value(4).toString()};
    return s;
}

std::optional<Settlement> SettlementStore::byNumber(const QString &number)
{
    QString key = number;
    key.remove(QRegularExpression(QStringLiteral("\\s")));
    const QVariant id =
        m_db.scalar(QStringLiteral("SELECT id FROM settlements WHERE number = ?"), {key.toUpper()});
    if (id.isNull())
        return std::nullopt;
    return load(id.toLongLong());
}

QList<Settlement> SettlementStore::forWorkOrder(qint64 workOrderId)
{
    QList<qint64> ids;
    QSqlQuery q = m_db.query(
        QStringLiteral("SELECT id FROM settlements WHERE work_order_id = ? ORDER BY settled_at, id"),
        {workOrderId});
    while (q.next())
        ids << q.value(0).toLongLong();
    QList<Settlement> list;
    for (qint64 id : ids)
        list << load(id);
    return list;
}

std::optional<Settlement> SettlementStore::current(qint64 workOrderId)
{
    const QVariant id =
        m_db.scalar(QStringLiteral("SELECT s.id FROM settlements s WHERE s.work_order_id = ? AND s.kind = "
                                   "'settlement' AND NOT EXISTS (SELECT 1 FROM settlements r WHERE "
                                   "r.reverses_id = s.id) ORDER BY s.id DESC LIMIT 1"),
                    {workOrderId});
    if (id.isNull())
        return std::nullopt;
    return load(id.toLongLong());
}

} // namespace dd
