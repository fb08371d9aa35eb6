#include "complaintstore.h"

#include <QSqlQuery>

#include "core/customer.h"
#include "core/workorder.h"
#include "dealershipstore.h"
#include "sequences.h"
#include "sql.h"

namespace dd {

namespace {
const QString kSelect = QStringLiteral(
    "SELECT k.id, k.version, k.number, k.customer_id, c.name, "
    "(SELECT p.phone FROM customer_phones p WHERE p.customer_id = k.customer_id ORDER BY p.position, p.id LIMIT 1), "
    "COALESCE(k.vehicle_id, 0), v.plate, v.vin, v.brand, v.series, COALESCE(k.work_order_id, 0), w.number, "
    "COALESCE(k.follow_up_id, 0), k.source, k.category, k.severity, k.words, k.received_at, k.received_by, "
    "k.responsible, COALESCE(k.responsible_id, 0), k.reply_by, k.resolve_by, k.replied_at, k.state, k.satisfied, "
    "k.closed_at, (SELECT COUNT(*) FROM complaint_actions a WHERE a.complaint_id = k.id), "
    "s.id, s.initiation, s.advisor_score, s.facility, s.pickup, s.quality, s.recommend "
    "FROM complaints k JOIN customers c ON c.id = k.customer_id LEFT JOIN vehicles v ON v.id = k.vehicle_id "
    "LEFT JOIN work_orders w ON w.id = k.work_order_id LEFT JOIN surveys s ON s.complaint_id = k.id ");

std::optional<bool> answer(const QVariant &v)
{
    if (v.isNull() || !v.isValid())
        return std::nullopt;
    return v.toInt() != 0;
}

QVariant answerDb(const std::optional<bool> &a)
{
    return a ? QVariant(*a ? 1 : 0) : QVariant(QMetaType(QMetaType::Int));
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QList<Complaint> complaints(QSqlQuery &q)
{
    QList<Complaint> out;
    while (q.next()) {
        Complaint k;
        k.id = q.value(0).toLongLong();
        k.version = q.value(1).toInt();
        k.number = q.value(2).toString();
        k.customerId = q.value(3).toLongLong();
        k.customerName = q.value(4).toString();
        k.phone = q.value(5).toString();
        k.vehicleId = q.value(6).toLongLong();
        k.plate = q.value(7).toString();
        if (k.vehicleId)
            k.vehicleLabel = Vehicle::labelOf(k.plate, q.value(8).toString(), q.value(9).toString(), q.value(10).toString());
        k.workOrderId = q.value(11).toLongLong();
        k.workOrderNumber = q.value(12).toString();
        k.followUpId = q.value(13).toLongLong();
        k.source = q.value(14).toString();
        k.category = q.value(15).toString();
        k.severity = q.value(16).toString();
        k.words = q.value(17).toString();
        k.receivedAt = Sql::fromDb(q.value(18));
        k.receivedBy = q.value(19).toString();
        k.responsible = q.value(20).toString();
        k.responsibleId = q.value(21).toLongLong();
        k.replyBy = Sql::fromDb(q.value(22));
        k.resolveBy = Sql::fromDb(q.value(23));
        k.repliedAt = Sql::fromDb(q.value(24));
        k.state = q.value(25).toString();
        k.satisfied = answer(q.value(26));
        k.closedAt = Sql::fromDb(q.value(27));
        k.steps = q.value(28).toInt();
        if (!q.value(29).isNull())
            k.scores = SurveyScores{q.value(30).toInt(), q.value(31).toInt(), q.value(32).toInt(), q.value(33).toInt(),
                                    q.value(34).toInt(), q.value(35).toInt()};
        out << k;
    }
    return out;
}
} // namespace

bool Complaint::escalated(const QDateTime &now) const
{
    const ComplaintSeverity sev = FollowUpCodes::severities().fromCode(severity).value_or(ComplaintSeverity::General);
    return FollowUpRules::escalates(sev, {replyBy, resolveBy}, repliedAt.isValid(), is(ComplaintState::Closed), now);
}

qint64 ComplaintStore::registerIn(CommandContext &ctx, const NewComplaint &c, const FollowUpSettings &settings,
                                  qint64 responsibleId)
{
    if (c.words.trimmed().isEmpty() && !c.fromSurvey)
        throw StoreError(StoreError::Kind::Validation, tr("Write down what the customer said: the complaint needs their words."))
            .onField(QStringLiteral("words"));
    if (ctx.scalar(QStringLiteral("SELECT COUNT(*) FROM customers WHERE id = ?"), {c.customerId}).toInt() == 0)
        throw StoreError(StoreError::Kind::Validation, tr("Choose the customer who complains: find them by plate, phone or name."))
            .onField(QStringLiteral("customer"));
    qint64 vehicleId = c.vehicleId;
    if (c.workOrderId > 0) {
        QSqlQuery w = ctx.exec(QStringLiteral("SELECT customer_id, vehicle_id FROM work_orders WHERE id = ?"), {c.workOrderId});
        if (!w.next())
            throw StoreError(StoreError::Kind::NotFound, tr("The work order of the complaint does not exist."));
        if (w.value(0).toLongLong() != c.customerId)
            throw StoreError(StoreError::Kind::Validation,
                             tr("That work order is another customer's: choose a visit of the customer who complains."))
                .onField(QStringLiteral("work_order"));
        vehicleId = w.value(1).toLongLong();
    }
    QString responsible = ctx.session().displayName;
    qint64 responsibleUser = ctx.session().userId;
    if (responsibleId > 0) {
        responsible = ctx.scalar(QStringLiteral("SELECT display_name FROM users WHERE id = ?"), {responsibleId}).toString();
        responsibleUser = responsibleId;
    }
    const ComplaintDeadlines d = FollowUpRules::deadlines(c.severity, ctx.now(), settings);
    const qint64 id = ctx.insert(QStringLiteral("complaints"),
                                 {{QStringLiteral("number"), DocumentSequences::next(ctx, DocumentKind::Complaint)},
                                  {QStringLiteral("customer_id"), c.customerId},
                                  {QStringLiteral("vehicle_id"), idOrNull(vehicleId)},
                                  {QStringLiteral("work_order_id"), idOrNull(c.workOrderId)},
                                  {QStringLiteral("follow_up_id"), idOrNull(c.followUpId)},
                                  {QStringLiteral("source"), FollowUpCodes::complaintSources().code(c.source)},
                                  {QStringLiteral("category"), FollowUpCodes::complaintCategories().code(c.category)},
                                  {QStringLiteral("severity"), FollowUpCodes::severities().code(c.severity)},
                                  {QStringLiteral("words"), Sql::text(c.words.trimmed())},
                                  {QStringLiteral("received_at"), ctx.nowDb()},
                                  {QStringLiteral("received_by"), ctx.session().displayName},
                                  {QStringLiteral("responsible"), Sql::text(responsible)},
                                  {QStringLiteral("responsible_id"), idOrNull(responsibleUser)},
                                  {QStringLiteral("reply_by"), Sql::toDb(d.replyBy)},
                                  {QStringLiteral("resolve_by"), Sql::toDb(d.resolveBy)},
                                  {QStringLiteral("state"), FollowUpCodes::complaintStates().code(ComplaintState::Open)}});
    ctx.insert(QStringLiteral("complaint_actions"),
               {{QStringLiteral("complaint_id"), id},
                {QStringLiteral("at"), ctx.nowDb()},
                {QStringLiteral("by_name"), ctx.session().displayName},
                {QStringLiteral("station"), Sql::text(ctx.session().station)},
                {QStringLiteral("action"), FollowUpCodes::complaintActions().code(ComplaintAction::Received)},
                {QStringLiteral("notes"), QStringLiteral("")}, // the source is the complaint's, shown in the reader's language
                {QStringLiteral("handed_to"), Sql::text(responsibleId > 0 ? responsible : QString())}});
    return id;
}

Complaint ComplaintStore::registerComplaint(Commands &commands, const NewComplaint &c)
{
    const qint64 id = commands.run(QStringLiteral("complaint.register"), Permission::FollowUpCustomers, [&](CommandContext &ctx) {
        return registerIn(ctx, c, DealershipStore(ctx.database()).load().followUp);
    });
    return load(id);
}

Complaint ComplaintStore::logStep(Commands &commands, qint64 complaintId, int version, const Step &step)
{
    commands.run(QStringLiteral("complaint.step"), Permission::FollowUpCustomers,
                 [&](CommandContext &ctx) { logStepIn(ctx, complaintId, version, step); });
    return load(complaintId);
}

void ComplaintStore::logStepIn(CommandContext &ctx, qint64 complaintId, int version, const Step &step)
{
    {
        const Complaint k = ComplaintStore(ctx.database()).load(complaintId);
        const QString label = tr("Complaint %1").arg(k.number);
        ComplaintStep check;
        check.action = step.action;
        check.open = k.is(ComplaintState::Open);
        check.notes = step.notes;
        check.workOrderNumber = step.workOrderNumber.trimmed();
        check.handTo = step.handTo;
        check.responsible = k.responsibleId;
        check.satisfied = step.satisfied;
        qint64 workOrderId = 0;
        if (!check.workOrderNumber.isEmpty() &&
            (step.action == ComplaintAction::Comeback || step.action == ComplaintAction::Goodwill)) {
            QSqlQuery w = ctx.exec(QStringLiteral("SELECT id, customer_id FROM work_orders WHERE number = ?"),
                                   {check.workOrderNumber.toUpper()});
            if (!w.next())
                throw StoreError(StoreError::Kind::Validation,
                                 tr("There is no work order %1: open it at reception first, then note its number here.")
                                     .arg(check.workOrderNumber))
                    .onField(QStringLiteral("work_order"));
            workOrderId = w.value(0).toLongLong();
            if (w.value(1).toLongLong() != k.customerId)
                throw StoreError(StoreError::Kind::Validation,
                                 tr("Work order %1 is another customer's, not %2's.").arg(check.workOrderNumber, k.customerName))
                    .onField(QStringLiteral("work_order"));
            w.finish();
            check.workOrderHasGoodwill =
                ctx.scalar(QStringLiteral("SELECT COUNT(*) FROM work_order_lines WHERE work_order_id = ? AND pay_type = ? AND "
                                          "status = ?"),
                           {workOrderId, WorkOrderCodes::payTypes().code(PayType::Goodwill),
                            WorkOrderCodes::lineStatuses().code(LineStatus::Approved)})
                    .toInt() > 0;
        }
        QString handedTo;
        if (step.action == ComplaintAction::HandedOver && step.handTo > 0) {
            QSqlQuery u = ctx.exec(QStringLiteral("SELECT display_name, active FROM users WHERE id = ?"), {step.handTo});
            if (!u.next() || u.value(1).toInt() != 1)
                throw StoreError(StoreError::Kind::Validation, tr("That colleague's account is not active: choose another."))
                    .onField(QStringLiteral("hand_to"));
            handedTo = u.value(0).toString();
            u.finish();
            QList<Role> roles;
            QSqlQuery r = ctx.exec(QStringLiteral("SELECT role FROM user_roles WHERE user_id = ?"), {step.handTo});
            while (r.next())
                if (const auto role = Roles::fromCode(r.value(0).toString()))
                    roles << *role;
            if (!Roles::grants(roles, Permission::FollowUpCustomers))
                throw StoreError(StoreError::Kind::Validation,
                                 tr("%1 does not work at the follow-up desk: hand the complaint to a customer-service clerk "
                                    "or the service manager.")
                                     .arg(handedTo))
                    .onField(QStringLiteral("hand_to"));
        }
        if (const QString refused = FollowUpRules::checkStep(check); !refused.isEmpty())
            throw StoreError(StoreError::Kind::Validation, refused);
        // A major complaint, and one escalated past a deadline, is the service manager's: the reply and the closing
        // call-back are theirs.
        if ((k.is(ComplaintSeverity::Major) || k.escalated(ctx.now())) &&
            (step.action == ComplaintAction::Replied || step.action == ComplaintAction::CalledBack))
            Commands(ctx.database(), ctx.session()).require(Permission::TakeEscalations);

        ctx.insert(QStringLiteral("complaint_actions"),
                   {{QStringLiteral("complaint_id"), complaintId},
                    {QStringLiteral("at"), ctx.nowDb()},
                    {QStringLiteral("by_name"), ctx.session().displayName},
                    {QStringLiteral("station"), Sql::text(ctx.session().station)},
                    {QStringLiteral("action"), FollowUpCodes::complaintActions().code(step.action)},
                    {QStringLiteral("notes"), step.notes.trimmed()},
                    {QStringLiteral("work_order_id"), idOrNull(workOrderId)},
                    {QStringLiteral("handed_to"), Sql::text(handedTo)},
                    {QStringLiteral("satisfied"), step.action == ComplaintAction::CalledBack ? answerDb(step.satisfied)
                                                                                             : answerDb(std::nullopt)}});
        QVariantMap changes;
        switch (step.action) {
        case ComplaintAction::Replied:
        case ComplaintAction::Called:
            if (step.action == ComplaintAction::Replied && !k.repliedAt.isValid())
                changes.insert(QStringLiteral("replied_at"), ctx.nowDb());
            break;
        case ComplaintAction::HandedOver:
            changes.insert(QStringLiteral("responsible"), handedTo);
            changes.insert(QStringLiteral("responsible_id"), step.handTo);
            break;
        case ComplaintAction::CalledBack:
            // A call-back answers the customer too: it counts as the first reply if none was given.
            if (!k.repliedAt.isValid())
                changes.insert(QStringLiteral("replied_at"), ctx.nowDb());
            changes.insert(QStringLiteral("satisfied"), answerDb(step.satisfied));
            if (step.satisfied.value_or(false)) {
                changes.insert(QStringLiteral("state"), FollowUpCodes::complaintStates().code(ComplaintState::Closed));
                changes.insert(QStringLiteral("closed_at"), ctx.nowDb());
            }
            break;
        case ComplaintAction::Reopened: {
            // Reopened: answered and resolved again, within the dealership's hours from now.
            const ComplaintDeadlines d = FollowUpRules::deadlines(
                FollowUpCodes::severities().fromCode(k.severity).value_or(ComplaintSeverity::General), ctx.now(),
                DealershipStore(ctx.database()).load().followUp);
            changes.insert(QStringLiteral("reply_by"), Sql::toDb(d.replyBy));
            changes.insert(QStringLiteral("resolve_by"), Sql::toDb(d.resolveBy));
            changes.insert(QStringLiteral("replied_at"), QVariant(QMetaType(QMetaType::QString)));
            changes.insert(QStringLiteral("state"), FollowUpCodes::complaintStates().code(ComplaintState::Open));
            changes.insert(QStringLiteral("closed_at"), QVariant(QMetaType(QMetaType::QString)));
            changes.insert(QStringLiteral("satisfied"), answerDb(std::nullopt));
            break;
        }
        default:
            break;
        }
        ctx.update(QStringLiteral("complaints"), complaintId, version, changes, label, true);
    }
}

Complaint ComplaintStore::load(qint64 complaintId)
{
    QSqlQuery q = m_db.query(kSelect + QStringLiteral("WHERE k.id = ?"), {complaintId});
    const QList<Complaint> found = complaints(q);
    if (found.isEmpty())
        throw StoreError(StoreError::Kind::NotFound, tr("Complaint #%1 does not exist.").arg(complaintId));
    return found.first();
}

Complaint ComplaintStore::byNumber(const QString &number)
{
    QSqlQuery q = m_db.query(kSelect + QStringLiteral("WHERE k.number = ?"), {number.trimmed().toUpper()});
    const QList<Complaint> found = complaints(q);
    if (found.isEmpty())
        throw StoreError(StoreError::Kind::NotFound,
                         tr("There is no complaint %1; check the number (it starts with the complaint prefix, e.g. TS).")
                             .arg(number.trimmed()));
    return found.first();
}

QList<ComplaintEntry> ComplaintStore::log(qint64 complaintId)
{
    QSqlQuery q = m_db.query(QStringLiteral("SELECT a.at, a.by_name, a.station, a.action, a.notes, w.number, a.handed_to, "
                                            "a.satisfied FROM complaint_actions a LEFT JOIN work_orders w ON w.id = a.work_order_id "
                                            "WHERE a.complaint_id = ? ORDER BY a.at, a.id"),
                             {complaintId});
    QList<ComplaintEntry> out;
    while (q.next())
        out << ComplaintEntry{Sql::fromDb(q.value(0)), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                              q.value(4).toString(),  q.value(5).toString(), q.value(6).toString(), answer(q.value(7))};
    return out;
}

QList<Complaint> ComplaintStore::list(bool openOnly, int closedDays)
{
    // The index (state, resolve_by): the open ones by their deadline, then the recently closed.
    QSqlQuery q = m_db.query(kSelect + QStringLiteral("WHERE k.state = ? ORDER BY k.resolve_by, k.id"),
                             {FollowUpCodes::complaintStates().code(ComplaintState::Open)});
    QList<Complaint> out = complaints(q);
    if (!openOnly && closedDays > 0) {
        QSqlQuery c = m_db.query(kSelect + QStringLiteral("WHERE k.closed_at >= ? AND k.state = ? ORDER BY k.closed_at DESC, k.id"),
                                 {Sql::toDb(m_db.now().addDays(-closedDays)),
                                  FollowUpCodes::complaintStates().code(ComplaintState::Closed)});
        out << complaints(c);
    }
    return out;
}

bool ComplaintStore::hasOpen(qint64 customerId)
{
    return m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM complaints WHERE customer_id = ? AND state = ?"),
                       {customerId, FollowUpCodes::complaintStates().code(ComplaintState::Open)})
               .toInt() > 0;
}

bool ComplaintStore::hasOpenIn(CommandContext &ctx, qint64 customerId)
{
    return ctx.scalar(QStringLiteral("SELECT COUNT(*) FROM complaints WHERE customer_id = ? AND state = ?"),
                      {customerId, FollowUpCodes::complaintStates().code(ComplaintState::Open)})
               .toInt() > 0;
}

QList<ComplaintStore::Visit> ComplaintStore::visitsOf(qint64 vehicleId, qint64 customerId, int limit)
{
    // The index on the vehicle and the opening time.
    QSqlQuery q = m_db.query(QStringLiteral("SELECT id, number, opened_at FROM work_orders WHERE vehicle_id = ? AND customer_id = ? "
                                            "ORDER BY opened_at DESC LIMIT ?"),
                             {vehicleId, customerId, limit});
    QList<Visit> out;
    while (q.next())
        out << Visit{q.value(0).toLongLong(), q.value(1).toString(), Sql::fromDb(q.value(2))};
    return out;
}

QList<QPair<qint64, QString>> ComplaintStore::handlers()
{
    QList<QPair<qint64, QString>> out;
    QSqlQuery q = m_db.query(QStringLiteral("SELECT DISTINCT u.id, u.display_name FROM users u JOIN user_roles r ON r.user_id = u.id "
                                            "WHERE u.active = 1 AND r.role IN (?, ?) ORDER BY u.display_name"),
                             {Roles::code(Role::CustomerService), Roles::code(Role::ServiceManager)});
    while (q.next())
        out << qMakePair(q.value(0).toLongLong(), q.value(1).toString());
    return out;
}

} // namespace dd
