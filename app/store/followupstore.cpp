#include "followupstore.h"

#include <QSqlQuery>

#include "complaintstore.h"
#include "core/csv.h"
#include "core/customer.h"
#include "dealershipstore.h"
#include "sql.h"
#include "workorderstore.h"

namespace dd {

namespace {
const QString kCallSelect = QStringLiteral(
    "SELECT f.id, f.version, f.work_order_id, w.number, f.customer_id, c.name, "
    "(SELECT p.phone FROM customer_phones p WHERE p.customer_id = f.customer_id ORDER BY p.position, p.id LIMIT 1), "
    "v.plate, v.vin, v.brand, v.series, f.kind, f.due_date, f.survey, f.state, f.note, f.serving_advisor, "
    "w.delivered_at, (SELECT COUNT(*) FROM follow_up_attempts a WHERE a.follow_up_id = f.id), "
    "COALESCE(f.serving_advisor_id, 0), c.followup_consent "
    "FROM follow_ups f JOIN work_orders w ON w.id = f.work_order_id JOIN customers c ON c.id = f.customer_id "
    "JOIN vehicles v ON v.id = w.vehicle_id ");

QList<FollowUpCall> calls(QSqlQuery &q)
{
    QList<FollowUpCall> out;
    while (q.next()) {
        FollowUpCall c;
        c.id = q.value(0).toLongLong();
        c.version = q.value(1).toInt();
        c.workOrderId = q.value(2).toLongLong();
        c.workOrderNumber = q.value(3).toString();
        c.customerId = q.value(4).toLongLong();
        c.customerName = q.value(5).toString();
        c.phone = q.value(6).toString();
        c.vehicleLabel = Vehicle::labelOf(q.value(7).toString(), q.value(8).toString(), q.value(9).toString(),
                                          q.value(10).toString());
        c.kind = q.value(11).toString();
        c.due = QDate::fromString(q.value(12).toString(), Qt::ISODate);
        c.survey = q.value(13).toInt() != 0;
        c.state = q.value(14).toString();
        c.note = q.value(15).toString();
        c.servingAdvisor = q.value(16).toString();
        c.deliveredAt = Sql::fromDb(q.value(17));
        c.attempts = q.value(18).toInt();
        c.servingAdvisorId = q.value(19).toLongLong();
        c.consent = q.value(20).toInt() != 0;
        out << c;
    }
    return out;
}
} // namespace

FollowUpSettings FollowUpStore::rules(Database &db, const std::optional<FollowUpSettings> &given)
{
    return given ? *given : DealershipStore(db).load().followUp;
}

void FollowUpStore::planDelivery(CommandContext &ctx, qint64 workOrderId, std::optional<FollowUpSettings> given)
{
    Database &db = ctx.database();
    const FollowUpSettings settings = rules(db, given);
    const WorkOrder o = WorkOrderStore(db).load(workOrderId);
    const WorkOrderTotals totals = o.totals(DealershipStore(db).load().vatRateBp);
    DeliveredVisit v;
    // The day the car left, in the dealership's time: the calls fall due on local days.
    v.delivered = (o.deliveredAt.isValid() ? o.deliveredAt : ctx.now()).toLocalTime().date();
    v.totalFen = totals.total;
    v.laborCentiHours = totals.centiHours;
    // A comeback (返修) is the same concern again within the guarantee: the trade calls the next day.
    v.repeatRepair = WorkOrderCodes::types().is(o.type, WorkOrderType::Comeback);
    v.followUpConsent = ctx.scalar(QStringLiteral("SELECT followup_consent FROM customers WHERE id = ?"), {o.customerId}).toInt() != 0;
    v.internal = WorkOrderCodes::types().is(o.type, WorkOrderType::Internal);
    v.hasPhone = ctx.scalar(QStringLiteral("SELECT COUNT(*) FROM customer_phones WHERE customer_id = ?"), {o.customerId}).toInt() > 0;
    const qint64 advisorId = ctx.scalar(QStringLiteral("SELECT COALESCE(advisor_id, 0) FROM work_orders WHERE id = ?"),
                                        {workOrderId}).toLongLong();
    const FollowUpPlan plan = FollowUpRules::plan(v, settings);
    auto row = [&](FollowUpKind kind, const QDate &due, bool survey, FollowUpState state, const QString &note) {
        ctx.insert(QStringLiteral("follow_ups"),
                   {{QStringLiteral("work_order_id"), workOrderId},
                    {QStringLiteral("customer_id"), o.customerId},
                    {QStringLiteral("kind"), FollowUpCodes::kinds().code(kind)},
                    {QStringLiteral("due_date"), due.toString(Qt::ISODate)},
                    {QStringLiteral("survey"), survey ? 1 : 0},
                    {QStringLiteral("state"), FollowUpCodes::states().code(state)},
                    {QStringLiteral("note"), Sql::text(note)},
                    {QStringLiteral("serving_advisor"), Sql::text(o.advisorName)},
                    {QStringLiteral("serving_advisor_id"), advisorId ? QVariant(advisorId) : QVariant(QMetaType(QMetaType::LongLong))}});
    };
    if (plan.calls.isEmpty()) {
        row(FollowUpKind::First, v.delivered, false, FollowUpState::Skipped, plan.notQueuedCode);
        return;
    }
    for (const PlannedCall &c : plan.calls)
        row(c.kind, c.due, c.survey, FollowUpState::Due, QString());
}

FollowUpCall FollowUpStore::load(qint64 followUpId)
{
    QSqlQuery q = m_db.query(kCallSelect + QStringLiteral("WHERE f.id = ?"), {followUpId});
    const QList<FollowUpCall> found = calls(q);
    if (found.isEmpty())
        throw StoreError(StoreError::Kind::NotFound, tr("Follow-up call #%1 does not exist.").arg(followUpId));
    return found.first();
}

QList<CallAttempt> FollowUpStore::attempts(qint64 followUpId)
{
    QList<CallAttempt> out;
    QSqlQuery q = m_db.query(QStringLiteral("SELECT at, outcome FROM follow_up_attempts WHERE follow_up_id = ? ORDER BY at, id"),
                             {followUpId});
    while (q.next())
        out << CallAttempt{Sql::fromDb(q.value(0)).toLocalTime(),
                           FollowUpCodes::outcomes().fromCode(q.value(1).toString()).value_or(CallOutcome::NoAnswer)};
    return out;
}

namespace {
QString surveyRefusalIn(Database &db, const FollowUpCall &call, const QDate &today, const FollowUpSettings &settings)
{
    if (!call.survey)
        return FollowUpStore::tr("This call checks the repair only: no questionnaire.");
    const QDateTime last = Sql::fromDb(db.scalar(QStringLiteral("SELECT MAX(at) FROM surveys WHERE customer_id = ?"),
                                                 {call.customerId}));
    return FollowUpRules::maySurvey(last.isValid() ? last.toLocalTime().date() : QDate(), today,
                                    ComplaintStore(db).hasOpen(call.customerId), settings);
}

// Which complaint a low score opens: the lowest of the low factors tells what went wrong; the facility, or only
// the recommend question low, is "other".
ComplaintCategory categoryOf(const SurveyScores &s, int lowScore)
{
    const QList<QPair<int, ComplaintCategory>> byFactor{{s.quality, ComplaintCategory::RepairQuality},
                                                       {s.advisor, ComplaintCategory::Attitude},
                                                       {s.pickup, ComplaintCategory::Waiting},
                                                       {s.initiation, ComplaintCategory::Waiting},
                                                       {s.facility, ComplaintCategory::Other}};
    int lowest = lowScore + 1;
    ComplaintCategory c = ComplaintCategory::Other;
    for (const auto &[score, category] : byFactor)
        if (score >= 1 && score < lowest) {
            lowest = score;
            c = category;
        }
    return c;
}
} // namespace

QString FollowUpStore::surveyRefusal(const FollowUpCall &call, const QDate &today, std::optional<FollowUpSettings> settings)
{
    return surveyRefusalIn(m_db, call, today, rules(m_db, settings));
}

std::optional<FollowUpStore::Survey> FollowUpStore::survey(qint64 followUpId)
{
    QSqlQuery q = m_db.query(QStringLiteral("SELECT s.initiation, s.advisor_score, s.facility, s.pickup, s.quality, s.recommend, "
                                            "s.comment, s.at, k.number FROM surveys s LEFT JOIN complaints k ON k.id = s.complaint_id "
                                            "WHERE s.follow_up_id = ?"),
                             {followUpId});
    if (!q.next())
        return std::nullopt;
    Survey s;
    s.scores = SurveyScores{q.value(0).toInt(), q.value(1).toInt(), q.value(2).toInt(), q.value(3).toInt(),
                            q.value(4).toInt(), q.value(5).toInt()};
    s.comment = q.value(6).toString();
    s.at = Sql::fromDb(q.value(7));
    s.complaintNumber = q.value(8).toString();
    return s;
}

bool FollowUpStore::needsFallback(const FollowUpCall &call, const QDate &today, std::optional<FollowUpSettings> settings)
{
    return call.is(FollowUpState::Due) &&
           FollowUpRules::needsFallback(attempts(call.id), call.due, today, rules(m_db, settings));
}

FollowUpCall FollowUpStore::logAttempt(Commands &commands, qint64 followUpId, int version, const Attempt &attempt,
                                       std::optional<FollowUpSettings> given)
{
    commands.run(QStringLiteral("followup.attempt"), Permission::FollowUpCustomers, [&](CommandContext &ctx) {
        const FollowUpSettings settings = rules(ctx.database(), given);
        const FollowUpCall call = FollowUpStore(ctx.database()).load(followUpId);
        const QString label = tr("Follow-up call of %1").arg(call.workOrderNumber);
        if (!call.is(FollowUpState::Due))
            throw StoreError(StoreError::Kind::Validation,
                             tr("%1 is %2: nothing is left to call.")
                                 .arg(label, FollowUpCodes::states().labelOf(call.state).toLower()));
        if (!call.consent)
            throw StoreError(StoreError::Kind::Validation,
                             tr("%1 has withdrawn the consent to be called after a visit: the call is not made.")
                                 .arg(call.customerName));
        if (const QString refused = FollowUpRules::mayCall(ctx.session().userId, ctx.session().displayName,
                                                           call.servingAdvisorId, call.servingAdvisor, settings);
            !refused.isEmpty())
            throw StoreError(StoreError::Kind::Forbidden, refused);
        if (attempt.outcome == CallOutcome::CallBack &&
            (!attempt.callBackAt.isValid() || attempt.callBackAt <= ctx.now()))
            throw StoreError(StoreError::Kind::Validation,
                             tr("The customer asked to be called back: note when, a time still to come."))
                .onField(QStringLiteral("call_back_at"));
        if (attempt.survey) {
            if (attempt.outcome != CallOutcome::Reached)
                throw StoreError(StoreError::Kind::Validation,
                                 tr("The questionnaire is answered on a call that reached the customer."));
            if (const QString refused = surveyRefusalIn(ctx.database(), call, ctx.now().toLocalTime().date(), settings);
                !refused.isEmpty())
                throw StoreError(StoreError::Kind::Validation, refused);
            if (const QStringList problems = FollowUpRules::checkScores(*attempt.survey); !problems.isEmpty())
                throw StoreError(StoreError::Kind::Validation, problems.join(QLatin1Char(' ')));
        }
        ctx.insert(QStringLiteral("follow_up_attempts"),
                   {{QStringLiteral("follow_up_id"), followUpId},
                    {QStringLiteral("at"), ctx.nowDb()},
                    {QStringLiteral("by_name"), ctx.session().displayName},
                    {QStringLiteral("station"), Sql::text(ctx.session().station)},
                    {QStringLiteral("number"), Sql::text(attempt.number.trimmed())},
                    {QStringLiteral("outcome"), FollowUpCodes::outcomes().code(attempt.outcome)},
                    {QStringLiteral("call_back_at"), attempt.callBackAt.isValid() ? QVariant(Sql::toDb(attempt.callBackAt))
                                                                                  : QVariant(QMetaType(QMetaType::QString))},
                    {QStringLiteral("notes"), Sql::text(attempt.notes.trimmed())}});
        // Reached: the call is done. Refused: it ends, and so do the visit's other calls (nobody calls again
        // someone who said not to). Asked to call back: the call falls due that day. Otherwise it stays due, and
        // the desk offers the message when the rules say so.
        QVariantMap changes;
        if (attempt.outcome == CallOutcome::Reached)
            changes.insert(QStringLiteral("state"), FollowUpCodes::states().code(FollowUpState::Done));
        else if (attempt.outcome == CallOutcome::Refused)
            changes.insert(QStringLiteral("state"), FollowUpCodes::states().code(FollowUpState::Refused));
        else if (attempt.outcome == CallOutcome::CallBack)
            changes.insert(QStringLiteral("due_date"), attempt.callBackAt.toLocalTime().date().toString(Qt::ISODate));
        ctx.update(QStringLiteral("follow_ups"), followUpId, version, changes, label, true);
        if (attempt.survey) {
            const SurveyScores &s = *attempt.survey;
            const qint64 surveyId = ctx.insert(
                QStringLiteral("surveys"),
                {{QStringLiteral("follow_up_id"), followUpId},
                 {QStringLiteral("work_order_id"), call.workOrderId},
                 {QStringLiteral("customer_id"), call.customerId},
                 {QStringLiteral("advisor"), Sql::text(call.servingAdvisor)},
                 {QStringLiteral("advisor_id"), call.servingAdvisorId ? QVariant(call.servingAdvisorId) : QVariant(QMetaType(QMetaType::LongLong))},
                 {QStringLiteral("at"), ctx.nowDb()},
                 {QStringLiteral("initiation"), s.initiation},
                 {QStringLiteral("advisor_score"), s.advisor},
                 {QStringLiteral("facility"), s.facility},
                 {QStringLiteral("pickup"), s.pickup},
                 {QStringLiteral("quality"), s.quality},
                 {QStringLiteral("recommend"), s.recommend},
                 {QStringLiteral("comment"), Sql::text(attempt.comment.trimmed())}});
            if (FollowUpRules::opensComplaint(s, settings)) {
                // Assigned to the service manager (the first active one), with the call attached.
                const qint64 manager =
                    ctx.scalar(QStringLiteral("SELECT MIN(u.id) FROM users u JOIN user_roles r ON r.user_id = u.id "
                                              "WHERE u.active = 1 AND r.role = ?"),
                               {Roles::code(Role::ServiceManager)})
                        .toLongLong();
                ComplaintStore::NewComplaint k;
                k.customerId = call.customerId;
                k.workOrderId = call.workOrderId;
                k.followUpId = followUpId;
                k.source = ComplaintSource::FollowUp;
                k.category = categoryOf(s, settings.lowScore);
                // The customer's own words; the scores are the questionnaire's, shown with the complaint in the
                // reader's language (Complaint::scores).
                k.words = attempt.comment.trimmed();
                k.fromSurvey = true;
                const qint64 complaintId = ComplaintStore::registerIn(ctx, k, settings, manager);
                ctx.update(QStringLiteral("surveys"), surveyId, 1, {{QStringLiteral("complaint_id"), complaintId}},
                           tr("Questionnaire of %1").arg(call.workOrderNumber));
            }
        }
        if (attempt.outcome == CallOutcome::Refused) {
            QSqlQuery others = ctx.exec(QStringLiteral("SELECT id, version FROM follow_ups WHERE work_order_id = ? AND "
                                                       "state = ? AND id <> ?"),
                                        {call.workOrderId, FollowUpCodes::states().code(FollowUpState::Due), followUpId});
            QList<QPair<qint64, int>> open;
            while (others.next())
                open << qMakePair(others.value(0).toLongLong(), others.value(1).toInt());
            for (const auto &[id, v] : open)
                ctx.update(QStringLiteral("follow_ups"), id, v,
                           {{QStringLiteral("state"), FollowUpCodes::states().code(FollowUpState::Closed)},
                            {QStringLiteral("note"), QStringLiteral("refused")}},
                           label);
        }
    });
    return load(followUpId);
}

QString FollowUpStore::messageText(const FollowUpCall &call)
{
    const DealershipSettings shop = DealershipStore(m_db).load();
    MessageFields f;
    f.name = call.customerName;
    f.plate = m_db.scalar(QStringLiteral("SELECT v.plate FROM work_orders w JOIN vehicles v ON v.id = w.vehicle_id WHERE w.id = ?"),
                          {call.workOrderId})
                  .toString();
    f.date = call.deliveredAt.isValid() ? call.deliveredAt.toLocalTime().date() : QDate();
    f.amountFen = WorkOrderStore(m_db).load(call.workOrderId).totals(shop.vatRateBp).total;
    f.shop = shop.name;
    f.phone = shop.phone;
    return FollowUpRules::fillTemplate(shop.fallbackTemplate, f);
}

FollowUpCall FollowUpStore::sendMessage(Commands &commands, qint64 followUpId, int version, MessageChannel channel,
                                        const QString &recipient, const QString &body)
{
    commands.run(QStringLiteral("followup.message"), Permission::FollowUpCustomers, [&](CommandContext &ctx) {
        FollowUpStore store(ctx.database());
        const FollowUpCall call = store.load(followUpId);
        const QString label = tr("Follow-up call of %1").arg(call.workOrderNumber);
        if (!call.is(FollowUpState::Due))
            throw StoreError(StoreError::Kind::Validation,
                             tr("%1 is %2: nothing is left to send.")
                                 .arg(label, FollowUpCodes::states().labelOf(call.state).toLower()));
        if (!call.consent)
            throw StoreError(StoreError::Kind::Validation,
                             tr("%1 has withdrawn the consent to be contacted after a visit: nothing is sent.")
                                 .arg(call.customerName));
        const FollowUpSettings settings = rules(ctx.database());
        if (!FollowUpRules::needsFallback(store.attempts(followUpId), call.due, ctx.now().toLocalTime().date(), settings))
            throw StoreError(StoreError::Kind::Validation,
                             tr("The customer can still be called: a message replaces the call after %1 failed attempts, "
                                "a wrong number, or %2 days without reaching them.")
                                 .arg(settings.maxFailedAttempts)
                                 .arg(settings.fallbackAfterDays));
        if (recipient.trimmed().isEmpty())
            throw StoreError(StoreError::Kind::Validation,
                             channel == MessageChannel::Letter ? tr("Enter the postal address the letter goes to.")
                                                               : tr("Enter the number or WeChat ID the message goes to."))
                .onField(QStringLiteral("recipient"));
        if (body.trimmed().isEmpty())
            throw StoreError(StoreError::Kind::Validation, tr("The message has no text.")).onField(QStringLiteral("body"));
        ctx.insert(QStringLiteral("messages"),
                   {{QStringLiteral("customer_id"), call.customerId},
                    {QStringLiteral("follow_up_id"), followUpId},
                    {QStringLiteral("channel"), FollowUpCodes::channels().code(channel)},
                    {QStringLiteral("recipient"), recipient.trimmed()},
                    {QStringLiteral("body"), body.trimmed()},
                    {QStringLiteral("queued_at"), ctx.nowDb()},
                    {QStringLiteral("by_name"), ctx.session().displayName}});
        // Credit: a message sent counts as done (FollowUpRules::countsAsDone).
        ctx.update(QStringLiteral("follow_ups"), followUpId, version,
                   {{QStringLiteral("state"), FollowUpCodes::states().code(FollowUpState::Messaged)},
                    {QStringLiteral("note"), FollowUpCodes::channels().code(channel)}},
                   label);
    });
    return load(followUpId);
}

QList<FollowUpStore::Message> FollowUpStore::messagesOn(const QDate &day)
{
    // The local day as a UTC range over the index on queued_at.
    QSqlQuery q = m_db.query(QStringLiteral("SELECT m.queued_at, m.channel, m.recipient, c.name, w.number, m.body, m.by_name, "
                                            "m.exported_at FROM messages m JOIN customers c ON c.id = m.customer_id "
                                            "LEFT JOIN follow_ups f ON f.id = m.follow_up_id LEFT JOIN work_orders w ON w.id = f.work_order_id "
                                            "WHERE m.queued_at >= ? AND m.queued_at < ? ORDER BY m.queued_at, m.id"),
                             {Sql::toDb(QDateTime(day, QTime(0, 0)).toUTC()), Sql::toDb(QDateTime(day.addDays(1), QTime(0, 0)).toUTC())});
    QList<Message> out;
    while (q.next())
        out << Message{Sql::fromDb(q.value(0)), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                       q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), Sql::fromDb(q.value(7))};
    return out;
}

QByteArray FollowUpStore::messagesCsv(const QList<Message> &messages)
{
    QString text = Csv::line({tr("Time"), tr("Channel"), tr("Recipient"), tr("Customer"), tr("Work order"), tr("Text")});
    for (const Message &m : messages)
        text += Csv::line({m.queuedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                           FollowUpCodes::channels().labelOf(m.channel), m.recipient, m.customerName, m.workOrderNumber, m.body});
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

int FollowUpStore::markExported(Commands &commands, const QDate &day)
{
    return commands.run(QStringLiteral("messages.export"), Permission::FollowUpCustomers, [&](CommandContext &ctx) {
        QSqlQuery q = ctx.exec(QStringLiteral("SELECT id, version FROM messages WHERE queued_at >= ? AND queued_at < ? AND "
                                              "exported_at IS NULL"),
                               {Sql::toDb(QDateTime(day, QTime(0, 0)).toUTC()), Sql::toDb(QDateTime(day.addDays(1), QTime(0, 0)).toUTC())});
        QList<QPair<qint64, int>> rows;
        while (q.next())
            rows << qMakePair(q.value(0).toLongLong(), q.value(1).toInt());
        for (const auto &[id, v] : rows)
            ctx.update(QStringLiteral("messages"), id, v, {{QStringLiteral("exported_at"), ctx.nowDb()}},
                       tr("Message #%1").arg(id));
        return int(rows.size());
    });
}

QList<FollowUpCall> FollowUpStore::forWorkOrder(qint64 workOrderId)
{
    QSqlQuery q = m_db.query(kCallSelect + QStringLiteral("WHERE f.work_order_id = ? ORDER BY f.due_date, f.id"), {workOrderId});
    return calls(q);
}

QList<FollowUpCall> FollowUpStore::queue(const QDate &today, int upcomingDays)
{
    // The queue's index (state, due_date): what is due up to the horizon, overdue first.
    // A customer who has withdrawn the consent since the delivery is not called.
    QSqlQuery q = m_db.query(kCallSelect + QStringLiteral("WHERE f.state = ? AND f.due_date <= ? AND c.followup_consent = 1 "
                                                          "ORDER BY f.due_date, f.id"),
                             {FollowUpCodes::states().code(FollowUpState::Due),
                              today.addDays(std::max(0, upcomingDays)).toString(Qt::ISODate)});
    return calls(q);
}

} // namespace dd
