#include "workorder.h"

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

Fen WorkOrderLine::amount() const
{
    if (kind == QLatin1String("labor"))
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
        if (l.kind == QLatin1String("labor")) {
            t.labor += a;
            t.centiHours += l.centiHours;
        } else if (l.kind == QLatin1String("part")) {
            t.parts += a;
        } else {
            t.other += a;
        }
        if (l.payType == QLatin1String("customer"))
            t.customerPays += a;
    }
    t.total = t.labor + t.parts + t.other;
    t.vat = money::vatIncluded(t.total, vatRateBp);
    return t;
}

bool WorkOrder::isReadOnlyEstimate() const
{
    return state != QLatin1String("draft");
}

QStringList WorkOrderRules::types()
{
    return {QStringLiteral("maintenance"), QStringLiteral("repair"),   QStringLiteral("body_paint"),
            QStringLiteral("warranty"),    QStringLiteral("insurance"), QStringLiteral("internal"),
            QStringLiteral("comeback")};
}

QString WorkOrderRules::typeName(const QString &code)
{
    if (code == QLatin1String("maintenance"))
        return tr("Maintenance");
    if (code == QLatin1String("repair"))
        return tr("Repair");
    if (code == QLatin1String("body_paint"))
        return tr("Body and paint");
    if (code == QLatin1String("warranty"))
        return tr("Warranty");
    if (code == QLatin1String("insurance"))
        return tr("Insurance");
    if (code == QLatin1String("internal"))
        return tr("Internal");
    if (code == QLatin1String("comeback"))
        return tr("Comeback");
    return code;
}

QStringList WorkOrderRules::repairCategories()
{
    return {QStringLiteral("major"), QStringLiteral("level2"), QStringLiteral("minor")};
}

QString WorkOrderRules::repairCategoryName(const QString &code)
{
    if (code == QLatin1String("major"))
        return tr("Whole-vehicle or major assembly repair");
    if (code == QLatin1String("level2"))
        return tr("Level-2 maintenance");
    if (code == QLatin1String("minor"))
        return tr("Level-1 maintenance, minor or specialist repair");
    return code;
}

int WorkOrderRules::guaranteeKm(const QString &category)
{
    if (category == QLatin1String("major"))
        return 20000;
    if (category == QLatin1String("level2"))
        return 5000;
    if (category == QLatin1String("minor"))
        return 2000;
    return 0;
}

int WorkOrderRules::guaranteeDays(const QString &category)
{
    if (category == QLatin1String("major"))
        return 100;
    if (category == QLatin1String("level2"))
        return 30;
    if (category == QLatin1String("minor"))
        return 10;
    return 0;
}

bool WorkOrderRules::needsCertificate(const QString &category)
{
    return category == QLatin1String("major") || category == QLatin1String("level2");
}

QStringList WorkOrderRules::payTypes()
{
    return {QStringLiteral("customer"), QStringLiteral("warranty"), QStringLiteral("insurance"),
            QStringLiteral("internal"), QStringLiteral("goodwill")};
}

QString WorkOrderRules::payTypeName(const QString &code)
{
    if (code == QLatin1String("customer"))
        return tr("Customer pays");
    if (code == QLatin1String("warranty"))
        return tr("Warranty");
    if (code == QLatin1String("insurance"))
        return tr("Insurance");
    if (code == QLatin1String("internal"))
        return tr("Internal");
    if (code == QLatin1String("goodwill"))
        return tr("Goodwill");
    return code;
}

QStringList WorkOrderRules::partSources()
{
    return {QStringLiteral("oem"), QStringLiteral("equivalent"), QStringLiteral("reconditioned"),
            QStringLiteral("customer_supplied")};
}

QString WorkOrderRules::partSourceName(const QString &code)
{
    if (code == QLatin1String("oem"))
        return tr("OEM");
    if (code == QLatin1String("equivalent"))
        return tr("Equivalent quality");
    if (code == QLatin1String("reconditioned"))
        return tr("Reconditioned");
    if (code == QLatin1String("customer_supplied"))
        return tr("Customer-supplied");
    return code;
}

QStringList WorkOrderRules::otherKinds()
{
    return {QStringLiteral("diagnosis"), QStringLiteral("sublet"), QStringLiteral("materials")};
}

QString WorkOrderRules::otherKindName(const QString &code)
{
    if (code == QLatin1String("diagnosis"))
        return tr("Diagnosis fee");
    if (code == QLatin1String("sublet"))
        return tr("Sublet work");
    if (code == QLatin1String("materials"))
        return tr("Materials");
    return code;
}

QStringList WorkOrderRules::states()
{
    return {QStringLiteral("draft"),        QStringLiteral("open"),          QStringLiteral("dispatched"),
            QStringLiteral("in_progress"),  QStringLiteral("awaiting_approval"), QStringLiteral("quality_check"),
            QStringLiteral("ready"),        QStringLiteral("settled"),       QStringLiteral("delivered"),
            QStringLiteral("cancelled")};
}

QString WorkOrderRules::stateName(const QString &code)
{
    if (code == QLatin1String("draft"))
        return tr("Draft");
    if (code == QLatin1String("open"))
        return tr("Authorized");
    if (code == QLatin1String("dispatched"))
        return tr("Dispatched");
    if (code == QLatin1String("in_progress"))
        return tr("In progress");
    if (code == QLatin1String("awaiting_approval"))
        return tr("Awaiting approval");
    if (code == QLatin1String("quality_check"))
        return tr("Quality check");
    if (code == QLatin1String("ready"))
        return tr("Ready for settlement");
    if (code == QLatin1String("settled"))
        return tr("Settled");
    if (code == QLatin1String("delivered"))
        return tr("Delivered");
    if (code == QLatin1String("cancelled"))
        return tr("Cancelled");
    return code;
}

QString WorkOrderRules::lineStatusName(const QString &code)
{
    if (code == QLatin1String("proposed"))
        return tr("Waiting for the customer");
    if (code == QLatin1String("approved"))
        return tr("Approved");
    if (code == QLatin1String("declined"))
        return tr("Declined");
    if (code == QLatin1String("deferred"))
        return tr("Deferred");
    return code;
}

QStringList WorkOrderRules::transitions()
{
    return {QStringLiteral("authorize"), QStringLiteral("dispatch"),  QStringLiteral("start"),
            QStringLiteral("await_approval"), QStringLiteral("resume"), QStringLiteral("submit_qc"),
            QStringLiteral("qc_pass"),   QStringLiteral("qc_fail"),   QStringLiteral("settle"),
            QStringLiteral("deliver"),   QStringLiteral("cancel")};
}

QString WorkOrderRules::transitionName(const QString &code)
{
    if (code == QLatin1String("authorize"))
        return tr("Customer authorized the work");
    if (code == QLatin1String("dispatch"))
        return tr("Hand over to the workshop");
    if (code == QLatin1String("start"))
        return tr("Start work");
    if (code == QLatin1String("await_approval"))
        return tr("Wait for the customer's approval");
    if (code == QLatin1String("resume"))
        return tr("Resume work");
    if (code == QLatin1String("submit_qc"))
        return tr("Send to quality check");
    if (code == QLatin1String("qc_pass"))
        return tr("Quality check passed");
    if (code == QLatin1String("qc_fail"))
        return tr("Quality check failed: back to the workshop");
    if (code == QLatin1String("settle"))
        return tr("Settle");
    if (code == QLatin1String("deliver"))
        return tr("Deliver to the customer");
    if (code == QLatin1String("reverse"))
        return tr("Settlement reversed");
    if (code == QLatin1String("cancel"))
        return tr("Cancel the work order");
    return code;
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
    if (transition == QLatin1String("dispatch") || transition == QLatin1String("start") ||
        transition == QLatin1String("submit_qc"))
        return Permission::RunWorkshop;
    if (transition == QLatin1String("qc_pass") || transition == QLatin1String("qc_fail"))
        return Permission::QualityCheck;
    if (transition == QLatin1String("settle") || transition == QLatin1String("reverse"))
        return Permission::SettleWorkOrders;
    return Permission::EditWorkOrders; // authorize, await_approval, resume, deliver, cancel
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
    if (transition == QLatin1String("authorize")) {
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
        for (const WorkOrderLine &l : o.lines)
            if (l.counts() && l.kind == QLatin1String("part") && l.partSource == QLatin1String("reconditioned") &&
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
    } else if (transition == QLatin1String("dispatch")) {
        for (const WorkOrderLine &l : o.lines)
            if (l.counts() && l.kind == QLatin1String("labor") && l.technicianId == 0 && l.technicianName.trimmed().isEmpty())
                b << tr("a technician for \"%1\"").arg(l.description);
        if (in.receivedBy.trimmed().isEmpty())
            b << tr("the workshop person receiving the car");
    } else if (transition == QLatin1String("await_approval")) {
        if (o.pendingFindings == 0)
            b << tr("a finding for the customer to decide on");
    } else if (transition == QLatin1String("resume")) {
        if (o.pendingFindings > 0)
            b << tr("the customer's decision on %n finding(s)", nullptr, o.pendingFindings);
    } else if (transition == QLatin1String("submit_qc")) {
        for (const Concern &c : o.concerns)
            if (!c.text.trimmed().isEmpty() && !c.isResolved())
                b << tr("a correction, or \"no fault found\", for the concern \"%1\"").arg(c.text);
        if (o.pendingFindings > 0)
            b << tr("the customer's decision on %n finding(s)", nullptr, o.pendingFindings);
    } else if (transition == QLatin1String("qc_pass")) {
        if (in.inspector.trimmed().isEmpty())
            b << tr("the name of the quality inspector");
    } else if (transition == QLatin1String("qc_fail")) {
        if (in.inspector.trimmed().isEmpty())
            b << tr("the name of the quality inspector");
        if (in.notes.trimmed().isEmpty())
            b << tr("what the workshop must put right");
    } else if (transition == QLatin1String("deliver")) {
        for (const QString &item : DeliveryRules::pickupItems())
            if (!in.pickedUp.contains(item))
                b << tr("the pickup checklist: %1").arg(DeliveryRules::pickupItemName(item).toLower());
    } else if (transition == QLatin1String("reverse")) {
        if (in.reason.trimmed().isEmpty())
            b << tr("the reason for the reversal");
    } else if (transition == QLatin1String("cancel")) {
        if (in.reason.trimmed().isEmpty())
            b << tr("the reason for cancelling");
    }
    return b;
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
        if (l.kind != QLatin1String("labor") && l.kind != QLatin1String("part") && l.kind != QLatin1String("other"))
            v.error(tr("Line %1 has an unknown kind \"%2\".").arg(n).arg(l.kind));
        if (!payTypes().contains(l.payType))
            v.error(tr("%1 has an unknown pay type \"%2\".").arg(name, l.payType));
        if (l.kind == QLatin1String("labor")) {
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
        if (l.kind == QLatin1String("part") && !partSources().contains(l.partSource))
            v.error(tr("%1 needs its source: OEM, equivalent, reconditioned or customer-supplied.").arg(name));
        if (l.kind == QLatin1String("other") && !otherKinds().contains(l.otherKind))
            v.error(tr("%1 needs its kind: diagnosis fee, sublet work or materials.").arg(name));
        if ((l.status == QLatin1String("declined") || l.status == QLatin1String("deferred")) && l.reason.trimmed().isEmpty())
            v.error(tr("%1 was %2: note the customer's reason.").arg(name, lineStatusName(l.status).toLower()));
        if (l.status == QLatin1String("deferred") && !l.dueDate.isValid())
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

QDateTime WorkOrderRules::suggestPromise(const QDateTime &nowLocal, int soldCentiHours, int queuedCentiHours, int technicians)
{
    const QTime open(8, 30), close(18, 0);
    const qint64 dayMinutes = open.secsTo(close) / 60;
    qint64 minutes = qint64(queuedCentiHours) * 60 / 100 / qMax(1, technicians) + qint64(soldCentiHours) * 60 / 100 + 30;
    QDateTime t = nowLocal;
    if (t.time() < open)
        t.setTime(open);
    // Spend the minutes inside workshop hours, day by day.
    while (true) {
        const QDateTime closing(t.date(), close, t.timeSpec());
        const qint64 left = qMax<qint64>(0, t.secsTo(closing) / 60);
        if (minutes <= left) {
            t = t.addSecs(minutes * 60);
            break;
        }
        minutes -= left;
        t = QDateTime(t.date().addDays(1), open, t.timeSpec());
        if (minutes > dayMinutes * 30) // a month of work: stop counting
            break;
    }
    // Up to the next quarter hour.
    const int m = t.time().minute() % 15;
    if (m || t.time().second())
        t = t.addSecs((15 - m) * 60 - t.time().second());
    return t;
}

QString WorkOrderRules::noGuaranteeNote()
{
    return tr("Parts supplied by the customer: the shop gives no quality guarantee for these parts or for work "
              "failing because of them.");
}

} // namespace dd
