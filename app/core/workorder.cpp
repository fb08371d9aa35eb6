#include "workorder.h"

#include "inspection.h"

#include "settlement.h"

#include <QHash>

namespace dd {

namespace {
Fen timesQuantity(Fen unitPrice, qint64 milli)
{
    // Half-up to the fen, symmetric for negative amounts (a credit line).
    const qint64 product = unitPrice * milli;
    return product >= 0 ? (product + 500) / 1000 : -((-product + 500) / 1000);
}

struct Transition {
    QStringList from;
    QString to;
};

const QHash<QString, Transition> &table()
{
    static const QHash<QString, Transition> t{
        {QStringLiteral("authorize"), {{QStringLiteral("draft")}, QStringLiteral("open")}},
        {QStringLiteral("dispatch"), {{QStringLiteral("open")}, QStringLiteral("dispatched")}},
        {QStringLiteral("start"), {{QStringLiteral("dispatched")}, QStringLiteral("in_progress")}},
        {QStringLiteral("await_approval"), {{QStringLiteral("in_progress")}, QStringLiteral("awaiting_approval")}},
        {QStringLiteral("resume"), {{QStringLiteral("awaiting_approval")}, QStringLiteral("in_progress")}},
        {QStringLiteral("submit_qc"), {{QStringLiteral("in_progress")}, QStringLiteral("quality_check")}},
        {QStringLiteral("qc_pass"), {{QStringLiteral("quality_check")}, QStringLiteral("ready")}},
        {QStringLiteral("qc_fail"), {{QStringLiteral("quality_check")}, QStringLiteral("in_progress")}},
        {QStringLiteral("settle"), {{QStringLiteral("ready")}, QStringLiteral("settled")}},
        {QStringLiteral("deliver"), {{QStringLiteral("settled")}, QStringLiteral("delivered")}},
        // Only with a reversal of the settlement (冲红), authorized by a service manager; not a button of its own.
        {QStringLiteral("reverse"), {{QStringLiteral("settled")}, QStringLiteral("ready")}},
        {QStringLiteral("cancel"),
         {{QStringLiteral("draft"), QStringLiteral("open"), QStringLiteral("dispatched"), QStringLiteral("in_progress"),
           QStringLiteral("awaiting_approval")},
          QStringLiteral("cancelled")}},
    };
    return t;
}
} // namespace

bool WorkOrderLine::is(LineKind k) const { return WorkOrderCodes::lineKinds().is(kind, k); }
bool WorkOrderLine::is(LineStatus s) const { return WorkOrderCodes::lineStatuses().is(status, s); }
bool WorkOrderLine::is(PayType p) const { return WorkOrderCodes::payTypes().is(payType, p); }
bool WorkOrderLine::is(PartSource p) const { return WorkOrderCodes::partSources().is(partSource, p); }
bool WorkOrder::is(WorkOrderState s) const { return WorkOrderCodes::states().is(state, s); }

Fen WorkOrderLine::amount() const
{
    if (WorkOrderCodes::lineKinds().is(kind, LineKind::Labor))
        return money::laborAmount(rateFen, centiHours);
    return timesQuantity(unitPriceFen, quantityMilli);
}

WorkOrderTotals WorkOrder::totals(int vatRateBp) const
{
    WorkOrderTotals t;
    for (const WorkOrderLine &l : lines) {
        if (!l.counts())
            continue;
        const Fen a = l.amount();
        const std::optional<LineKind> kind = WorkOrderCodes::lineKinds().fromCode(l.kind);
        if (kind == LineKind::Labor) {
            t.labor += a;
            t.centiHours += l.centiHours;
        } else if (kind == LineKind::Part) {
            t.parts += a;
        } else {
            t.other += a;
        }
        if (WorkOrderCodes::payTypes().is(l.payType, PayType::Customer))
            t.customerPays += a;
    }
    t.total = t.labor + t.parts + t.other;
    t.vat = money::vatIncluded(t.total, vatRateBp);
    return t;
}

namespace {
constexpr const char *kContext = "dd::WorkOrderRules";
}

const CodeTable<WorkOrderState, 10> &WorkOrderCodes::states()
{
    static const CodeTable<WorkOrderState, 10> t(kContext, {{
        {WorkOrderState::Draft, "draft", QT_TRANSLATE_NOOP("dd::WorkOrderRules", "Draft")},
        {WorkOrderState::Open, "open", QT_TRANSLATE_NOOP("dd::WorkOrderRules", "Authorized")},
        {WorkOrderState::Dispatched, "dispatched", QT_TRANSLATE_NOOP("dd::WorkOrderRules", "Dispatched")},
        {WorkOrderState::InProgress, "in_progress", QT_TRANSLATE_NOOP("dd::WorkOrderRules", "In progress")},
        {WorkOrderState::AwaitingApproval, "awaiting_approval", QT_TRANSLATE_NOOP("dd::WorkOrderRules", "Awaiting approval")},
        {WorkOrderState::QualityCheck, "quality_check", QT_TRANSLATE_NOOP("dd::WorkOrderRules", "Quality check")},
        {WorkOrderState::Ready, "ready", QT_TRANSLATE_NOOP("dd::WorkOrderRules", "Ready for settlement")},
        {WorkOrderState::Settled, "settled", QT_TRANSLATE_NOOP("dd::WorkOrderRules", "Settled")},
        {WorkOrderState::Delivered, "delivered", QT_TRANSLATE_NOOP("dd::WorkOrderRules", "Delivered")},
        {WorkOrderState::Cancelled, "cancelled", QT_TRANSLATE_NOOP("dd::WorkOrderRules", "Cancelled")},
    }});
    return t;
}

const CodeTable<WorkOrderType, 7> &WorkOrderCodes::types()
{
    static const CodeTable<WorkOrderType, 7> t(kContext, {{
        {WorkOrderType::Maintenance, "maintenance", QT_TRANSLATE_NOOP("dd::WorkOrderRules", "Maintenance")},
        {WorkOrderType::Repair, "repair", QT_TRANSLATE_NOOP("dd::WorkOrderRules", "Repair")},
        {WorkOrderType::BodyPaint, "body_paint", QT_TRANSLATE_NOOP("dd::WorkOrderRules", "Body and paint")},
        {WorkOrderType::Warranty, "warranty", QT_TRANSLATE_NOOP("dd::WorkOrderRules", "Warranty")},
        {WorkOrderType::Insurance, "insurance", QT_TRANSLATE_NOOP("dd::WorkOrderRules", "Insurance")},
        {WorkOrderType::Internal, "internal", QT_TRANSLATE_NOOP("dd::WorkOrderRules", "Internal")},
        {WorkOrderType::Comeback, "comeback", QT_TRANSLATE_NOOP("dd::WorkOrderRules", "Comeback")},
    }});
    return t;
}

const CodeTable<RepairCategory, 3> &WorkOrderCodes::repairCategories()
{
    static const CodeTable<RepairCategory, 3> t(kContext, {{
        {RepairCategory::Major, "major", QT_TRANSLATE_NOOP("dd::WorkOrderRules", "Whole-vehicle or major assembly repair")},
        {RepairCategory::Level2, "level2", QT_TRANSLATE_NOOP("dd::WorkOrderRules", "Level-2 maintenance")},
        {RepairCategory::Minor, "minor", QT_TRANSLATE_NOOP("dd::WorkOrderRules", "Level-1 maintenance, minor or specialist repair")},
    }});
    return t;
}

const CodeTable<PayType, 5> &WorkOrderCodes::payTypes()
{
    static const CodeTable<PayType, 5> t(kContext, {{
        {PayType::Customer, "customer", QT_TRANSLATE_NOOP("dd::WorkOrderRules", "Customer pays")},
        {PayType::Warranty, "warranty", QT_TRANSLATE_NOOP("dd::WorkOrderRules", "Warranty")},
        {PayType::Insurance, "insurance", QT_TRANSLATE_NOOP("dd::WorkOrderRules", "Insurance")},
        {PayType::Internal, "internal", QT_TRANSLATE_NOOP("dd::WorkOrderRules", "Internal")},
        {PayType::Goodwill, "goodwill", QT_TRANSLATE_NOOP("dd::WorkOrderRules", "Goodwill")},
    }});
    return t;
}

const CodeTable<PartSource, 4> &WorkOrderCodes::partSources()
{
    static const CodeTable<PartSource, 4> t(kContext, {{
        {PartSource::Oem, "oem", QT_TRANSLATE_NOOP("dd::WorkOrderRules", "OEM")},
        {PartSource::Equivalent, "equivalent", QT_TRANSLATE_NOOP("dd::WorkOrderRules", "Equivalent quality")},
        {PartSource::Reconditioned, "reconditioned", QT_TRANSLATE_NOOP("dd::WorkOrderRules", "Reconditioned")},
        {PartSource::CustomerSupplied, "customer_supplied", QT_TRANSLATE_NOOP("dd::WorkOrderRules", "Customer-supplied")},
    }});
    return t;
}

const CodeTable<OtherKind, 3> &WorkOrderCodes::otherKinds()
{
    static const CodeTable<OtherKind, 3> t(kContext, {{
        {OtherKind::Diagnosis, "diagnosis", QT_TRANSLATE_NOOP("dd::WorkOrderRules", "Diagnosis fee")},
        {OtherKind::Sublet, "sublet", QT_TRANSLATE_NOOP("dd::WorkOrderRules", "Sublet work")},
        {OtherKind::Materials, "materials", QT_TRANSLATE_NOOP("dd::WorkOrderRules", "Materials")},
    }});
    return t;
}

const CodeTable<LineStatus, 4> &WorkOrderCodes::lineStatuses()
{
    static const CodeTable<LineStatus, 4> t(kContext, {{
        {LineStatus::Proposed, "proposed", QT_TRANSLATE_NOOP("dd::WorkOrderRules", "Waiting for the customer")},
        {LineStatus::Approved, "approved", QT_TRANSLATE_NOOP("dd::WorkOrderRules", "Approved")},
        {LineStatus::Declined, "declined", QT_TRANSLATE_NOOP("dd::WorkOrderRules", "Declined")},
        {LineStatus::Deferred, "deferred", QT_TRANSLATE_NOOP("dd::WorkOrderRules", "Deferred")},
    }});
    return t;
}

const CodeTable<LineKind, 3> &WorkOrderCodes::lineKinds()
{
    static const CodeTable<LineKind, 3> t(kContext, {{
        {LineKind::Labor, "labor", QT_TRANSLATE_NOOP("dd::WorkOrderRules", "Labor")},
        {LineKind::Part, "part", QT_TRANSLATE_NOOP("dd::WorkOrderRules", "Part")},
        {LineKind::Other, "other", QT_TRANSLATE_NOOP("dd::WorkOrderRules", "Other")},
    }});
    return t;
}

const CodeTable<WorkOrderStep, 12> &WorkOrderCodes::steps()
{
    static const CodeTable<WorkOrderStep, 12> t(kContext, {{
        {WorkOrderStep::Authorize, "authorize", QT_TRANSLATE_NOOP("dd::WorkOrderRules", "Customer authorized the work")},
        {WorkOrderStep::Dispatch, "dispatch", QT_TRANSLATE_NOOP("dd::WorkOrderRules", "Hand over to the workshop")},
        {WorkOrderStep::Start, "start", QT_TRANSLATE_NOOP("dd::WorkOrderRules", "Start work")},
        {WorkOrderStep::AwaitApproval, "await_approval", QT_TRANSLATE_NOOP("dd::WorkOrderRules", "Wait for the customer's approval")},
        {WorkOrderStep::Resume, "resume", QT_TRANSLATE_NOOP("dd::WorkOrderRules", "Resume work")},
        {WorkOrderStep::SubmitQc, "submit_qc", QT_TRANSLATE_NOOP("dd::WorkOrderRules", "Send to quality check")},
        {WorkOrderStep::QcPass, "qc_pass", QT_TRANSLATE_NOOP("dd::WorkOrderRules", "Quality check passed")},
        {WorkOrderStep::QcFail, "qc_fail", QT_TRANSLATE_NOOP("dd::WorkOrderRules", "Quality check failed: back to the workshop")},
        {WorkOrderStep::Settle, "settle", QT_TRANSLATE_NOOP("dd::WorkOrderRules", "Settle")},
        {WorkOrderStep::Deliver, "deliver", QT_TRANSLATE_NOOP("dd::WorkOrderRules", "Deliver to the customer")},
        {WorkOrderStep::Cancel, "cancel", QT_TRANSLATE_NOOP("dd::WorkOrderRules", "Cancel the work order")},
        {WorkOrderStep::Reverse, "reverse", QT_TRANSLATE_NOOP("dd::WorkOrderRules", "Settlement reversed")},
    }});
    return t;
}

QStringList WorkOrderCodes::inWorkshop()
{
    using S = WorkOrderState;
    return CodeTable<S, 10>::codesOf(states(), {S::Open, S::Dispatched, S::InProgress, S::AwaitingApproval});
}

QStringList WorkOrderCodes::beforeReady()
{
    return QStringList{code(WorkOrderState::Draft)} + inWorkshop() + QStringList{code(WorkOrderState::QualityCheck)};
}

QStringList WorkOrderCodes::onBoard()
{
    return inWorkshop() + QStringList{code(WorkOrderState::QualityCheck), code(WorkOrderState::Ready)};
}

QStringList WorkOrderCodes::closed()
{
    using S = WorkOrderState;
    return CodeTable<S, 10>::codesOf(states(), {S::Settled, S::Delivered, S::Cancelled});
}

QStringList WorkOrderCodes::gone()
{
    using S = WorkOrderState;
    return CodeTable<S, 10>::codesOf(states(), {S::Delivered, S::Cancelled});
}

QStringList WorkOrderRules::types() { return WorkOrderCodes::types().codes(); }
QString WorkOrderRules::typeName(const QString &code) { return WorkOrderCodes::types().labelOf(code); }
QStringList WorkOrderRules::repairCategories() { return WorkOrderCodes::repairCategories().codes(); }
QString WorkOrderRules::repairCategoryName(const QString &code) { return WorkOrderCodes::repairCategories().labelOf(code); }
QStringList WorkOrderRules::payTypes() { return WorkOrderCodes::payTypes().codes(); }
QString WorkOrderRules::payTypeName(const QString &code) { return WorkOrderCodes::payTypes().labelOf(code); }
QStringList WorkOrderRules::partSources() { return WorkOrderCodes::partSources().codes(); }
QString WorkOrderRules::partSourceName(const QString &code) { return WorkOrderCodes::partSources().labelOf(code); }
QStringList WorkOrderRules::otherKinds() { return WorkOrderCodes::otherKinds().codes(); }
QString WorkOrderRules::otherKindName(const QString &code) { return WorkOrderCodes::otherKinds().labelOf(code); }
QStringList WorkOrderRules::states() { return WorkOrderCodes::states().codes(); }
QString WorkOrderRules::stateName(const QString &code) { return WorkOrderCodes::states().labelOf(code); }
QString WorkOrderRules::lineStatusName(const QString &code) { return WorkOrderCodes::lineStatuses().labelOf(code); }
QString WorkOrderRules::transitionName(const QString &code) { return WorkOrderCodes::steps().labelOf(code); }

QStringList WorkOrderRules::transitions()
{
    QStringList steps = WorkOrderCodes::steps().codes();
    steps.removeAll(WorkOrderCodes::steps().code(WorkOrderStep::Reverse)); // the cashier's, not a work-order step
    return steps;
}

int WorkOrderRules::guaranteeKm(const QString &category)
{
    switch (WorkOrderCodes::repairCategories().fromCode(category).value_or(RepairCategory(-1))) {
    case RepairCategory::Major: return 20000;
    case RepairCategory::Level2: return 5000;
    case RepairCategory::Minor: return 2000;
    }
    return 0;
}

int WorkOrderRules::guaranteeDays(const QString &category)
{
    switch (WorkOrderCodes::repairCategories().fromCode(category).value_or(RepairCategory(-1))) {
    case RepairCategory::Major: return 100;
    case RepairCategory::Level2: return 30;
    case RepairCategory::Minor: return 10;
    }
    return 0;
}

bool WorkOrderRules::needsCertificate(const QString &category)
{
    const std::optional<RepairCategory> c = WorkOrderCodes::repairCategories().fromCode(category);
    return c == RepairCategory::Major || c == RepairCategory::Level2;
}

QStringList WorkOrderRules::fromStates(const QString &transition)
{
    return table().value(transition).from;
}

QString WorkOrderRules::toState(const QString &transition)
{
    return table().value(transition).to;
}

Permission WorkOrderRules::permissionFor(const QString &transition)
{
    using S = WorkOrderStep;
    switch (WorkOrderCodes::steps().fromCode(transition).value_or(S::Authorize)) {
    case S::Dispatch:
    case S::Start:
    case S::SubmitQc:
        return Permission::RunWorkshop;
    case S::QcPass:
    case S::QcFail:
        return Permission::QualityCheck;
    case S::Settle:
    case S::Reverse:
        return Permission::SettleWorkOrders;
    case S::Authorize:
    case S::AwaitApproval:
    case S::Resume:
    case S::Deliver:
    case S::Cancel:
        break;
    }
    return Permission::EditWorkOrders;
}

QStringList WorkOrderRules::blockers(const WorkOrder &o, const QString &transition, const TransitionInput &in)
{
    QStringList b;
    if (!table().contains(transition))
        return {tr("\"%1\" is not a step a work order can take.").arg(transition)};
    if (!fromStates(transition).contains(o.state)) {
        QStringList from;
        for (const QString &s : fromStates(transition))
            from << stateName(s);
        return {tr("The work order is %1; \"%2\" is only possible when it is %3.")
                    .arg(stateName(o.state).toLower(), transitionName(transition), from.join(tr(" or ")).toLower())};
    }
    using S = WorkOrderStep;
    switch (WorkOrderCodes::steps().fromCode(transition).value_or(S::Start)) { // known: the table has it
    case S::Authorize: {
        if (o.type.isEmpty())
            b << tr("the work-order type");
        if (o.repairCategory.isEmpty())
            b << tr("the repair category");
        bool concern = false;
        for (const Concern &c : o.concerns)
            concern = concern || !c.text.trimmed().isEmpty();
        if (!concern)
            b << tr("at least one concern in the customer's words");
        bool line = false;
        for (const WorkOrderLine &l : o.lines)
            line = line || l.counts();
        if (!line)
            b << tr("at least one approved line in the estimate");
        for (const WalkAroundFinding &f : undecidedFindings(o))
            b << tr("a decision on the walk-around's finding \"%1\" (%2): in the estimate, recommended for later, or "
                    "declined by the customer")
                     .arg(InspectionRules::checkItemName(f.item), InspectionRules::ratingName(f.rating).toLower());
        for (const WorkOrderLine &l : o.lines)
            if (l.counts() && WorkOrderCodes::lineKinds().is(l.kind, LineKind::Part) && WorkOrderCodes::partSources().is(l.partSource, PartSource::Reconditioned) &&
                !l.consentRecorded)
                b << tr("the customer's written consent to the reconditioned part \"%1\"").arg(l.description);
        if (!o.promisedAt.isValid())
            b << tr("the promised completion time");
        const Validation v = checkLines(o.lines);
        for (const QString &e : v.errors)
            b << e;
        if (b.isEmpty() && o.authorizationPrintedVersion != o.version)
            b << (o.authorizationPrintedVersion ? tr("the repair authorization printed again for the customer's signature: "
                                                     "the estimate changed since it was printed")
                                                  : tr("the repair authorization printed for the customer's signature"));
        break;
    }
    case S::Dispatch: {
        for (const WorkOrderLine &l : o.lines)
            if (l.counts() && WorkOrderCodes::lineKinds().is(l.kind, LineKind::Labor) && l.technicianId == 0 && l.technicianName.trimmed().isEmpty())
                b << tr("a technician for \"%1\"").arg(l.description);
        if (in.receivedBy.trimmed().isEmpty())
            b << tr("the workshop person receiving the car");
        break;
    }
    case S::AwaitApproval: {
        if (o.pendingFindings == 0)
            b << tr("a finding for the customer to decide on");
        break;
    }
    case S::Resume: {
        if (o.pendingFindings > 0)
            b << tr("the customer's decision on %n finding(s)", nullptr, o.pendingFindings);
        break;
    }
    case S::SubmitQc: {
        for (const Concern &c : o.concerns)
            if (!c.text.trimmed().isEmpty() && !c.isResolved())
                b << tr("a correction, or \"no fault found\", for the concern \"%1\"").arg(c.text);
        if (o.pendingFindings > 0)
            b << tr("the customer's decision on %n finding(s)", nullptr, o.pendingFindings);
        break;
    }
    case S::QcPass: {
        if (in.inspector.trimmed().isEmpty())
            b << tr("the name of the quality inspector");
        break;
    }
    case S::QcFail: {
        if (in.inspector.trimmed().isEmpty())
            b << tr("the name of the quality inspector");
        if (in.notes.trimmed().isEmpty())
            b << tr("what the workshop must put right");
        break;
    }
    case S::Deliver: {
        for (const QString &item : DeliveryRules::pickupItems())
            if (!in.pickedUp.contains(item))
                b << tr("the pickup checklist: %1").arg(DeliveryRules::pickupItemName(item).toLower());
        break;
    }
    case S::Reverse: {
        if (in.reason.trimmed().isEmpty())
            b << tr("the reason for the reversal");
        break;
    }
    case S::Cancel: {
        if (in.reason.trimmed().isEmpty())
            b << tr("the reason for cancelling");
        break;
    }
    case S::Start:
    case S::Settle:
        break;
    }
    return b;
}

QList<WalkAroundFinding> WorkOrderRules::undecidedFindings(const WorkOrder &o)
{
    QList<WalkAroundFinding> out;
    for (const WalkAroundFinding &f : o.walkAroundFindings) {
        bool answered = false;
        for (const WorkOrderLine &l : o.lines)
            answered = answered || l.inspectionItem == f.item;
        if (!answered)
            out << f;
    }
    return out;
}

Validation WorkOrderRules::checkLines(const QList<WorkOrderLine> &lines)
{
    Validation v;
    int n = 0;
    for (const WorkOrderLine &l : lines) {
        ++n;
        const QString name = l.description.trimmed().isEmpty() ? tr("line %1").arg(n) : QStringLiteral("\"%1\"").arg(l.description);
        if (l.description.trimmed().isEmpty())
            v.error(tr("Line %1 needs a description.").arg(n));
        if (l.description.size() > 200)
            v.error(tr("The description of line %1 is longer than 200 characters.").arg(n));
        const std::optional<LineKind> kind = WorkOrderCodes::lineKinds().fromCode(l.kind);
        const std::optional<LineStatus> status = WorkOrderCodes::lineStatuses().fromCode(l.status);
        if (!kind)
            v.error(tr("Line %1 has an unknown kind \"%2\".").arg(n).arg(l.kind));
        if (!payTypes().contains(l.payType))
            v.error(tr("%1 has an unknown pay type \"%2\".").arg(name, l.payType));
        if (kind == LineKind::Labor) {
            if (l.centiHours <= 0 || l.centiHours > 100000)
                v.error(tr("%1 needs its sold hours (more than 0).").arg(name));
            if (l.rateFen < 0)
                v.error(tr("%1 has a negative labor rate.").arg(name));
        } else {
            if (l.quantityMilli <= 0)
                v.error(tr("%1 needs a quantity above 0.").arg(name));
            if (l.unitPriceFen < 0)
                v.error(tr("%1 has a negative price.").arg(name));
        }
        if (kind == LineKind::Part && !partSources().contains(l.partSource))
            v.error(tr("%1 needs its source: OEM, equivalent, reconditioned or customer-supplied.").arg(name));
        if (kind == LineKind::Other && !otherKinds().contains(l.otherKind))
            v.error(tr("%1 needs its kind: diagnosis fee, sublet work or materials.").arg(name));
        if ((status == LineStatus::Declined || status == LineStatus::Deferred) && l.reason.trimmed().isEmpty())
            v.error(tr("%1 was %2: note the customer's reason.").arg(name, lineStatusName(l.status).toLower()));
        if (status == LineStatus::Deferred && !l.dueDate.isValid())
            v.error(tr("%1 was deferred: note when to bring it up again.").arg(name));
    }
    return v;
}

int WorkOrderRules::progressPercent(const QDateTime &handedOverAt, int soldCentiHours, const QDateTime &now)
{
    if (!handedOverAt.isValid() || soldCentiHours <= 0)
        return -1;
    const qint64 planned = qint64(soldCentiHours) * 36; // seconds: hours x 3600 / 100
    return int(qMax<qint64>(0, handedOverAt.secsTo(now)) * 100 / planned);
}

bool WorkOrderRules::progressCheckDue(const QDateTime &handedOverAt, int soldCentiHours, const QDateTime &now)
{
    return progressPercent(handedOverAt, soldCentiHours, now) >= 75;
}

QDateTime WorkOrderRules::suggestPromise(const QDateTime &nowLocal, int soldCentiHours, int queuedCentiHours, int technicians,
                                         const WorkshopHours &hours)
{
    qint64 minutes = qint64(queuedCentiHours) * 60 / 100 / qMax(1, technicians) + qint64(soldCentiHours) * 60 / 100 + 30;
    QDateTime t = hours.nextOpen(nowLocal);
    // Spend the minutes inside workshop hours, workday by workday.
    for (int days = 0;; ++days) {
        const QDateTime closing(t.date(), hours.closes, t.timeSpec());
        const qint64 left = qMax<qint64>(0, t.secsTo(closing) / 60);
        if (minutes <= left) {
            t = t.addSecs(minutes * 60);
            break;
        }
        minutes -= left;
        t = hours.nextOpen(QDateTime(t.date(), hours.closes, t.timeSpec()).addSecs(60));
        if (days > 45) // a month and more of work: stop counting
            break;
    }
    // Up to the next quarter hour, but not past closing time.
    const int m = t.time().minute() % 15;
    if (m || t.time().second()) {
        const QDateTime rounded = t.addSecs((15 - m) * 60 - t.time().second());
        t = rounded.date() == t.date() && rounded.time() <= hours.closes ? rounded : QDateTime(t.date(), hours.closes, t.timeSpec());
    }
    return t;
}

QList<int> WorkOrderRules::duplicatesOf(const QList<WorkOrderLine> &estimate, const QList<WorkOrderLine> &incoming)
{
    const auto same = [](const WorkOrderLine &a, const WorkOrderLine &b) {
        if (a.kind != b.kind)
            return false;
        if (!a.code.trimmed().isEmpty() || !b.code.trimmed().isEmpty())
            return a.code.trimmed().compare(b.code.trimmed(), Qt::CaseInsensitive) == 0;
        return a.description.simplified() == b.description.simplified();
    };
    QList<int> out;
    for (const WorkOrderLine &in : incoming) {
        int found = -1;
        for (int i = 0; i < estimate.size() && found < 0; ++i)
            if (!estimate[i].is(LineStatus::Declined) && !estimate[i].is(LineStatus::Deferred) && same(estimate[i], in))
                found = i;
        out << found;
    }
    return out;
}

QList<WorkOrderLine> WorkOrderRules::addLines(QList<WorkOrderLine> estimate, const QList<WorkOrderLine> &incoming,
                                              Duplicates duplicates)
{
    const QList<int> dup = duplicatesOf(estimate, incoming);
    for (int i = 0; i < incoming.size(); ++i) {
        if (dup[i] < 0 || duplicates == Duplicates::Keep) {
            estimate << incoming[i];
            continue;
        }
        if (duplicates == Duplicates::Merge && !incoming[i].is(LineKind::Labor))
            estimate[dup[i]].quantityMilli += incoming[i].quantityMilli;
        // Skip, or an operation merged: the line already there stays as it is.
    }
    return estimate;
}

QString WorkOrderRules::noGuaranteeNote()
{
    return tr("Parts supplied by the customer: the shop gives no quality guarantee for these parts or for work "
              "failing because of them.");
}

} // namespace dd
