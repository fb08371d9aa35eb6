#include "addon.h"

#include <QSet>

#include "identifiers.h"

namespace dd {

Fen AddOnFinding::amount() const
{
    Fen sum = 0;
    for (const WorkOrderLine &l : lines)
        sum += l.amount();
    return sum;
}

QStringList AddOnRules::methods()
{
    return {QStringLiteral("in_person"), QStringLiteral("phone"), QStringLiteral("message")};
}

QString AddOnRules::methodName(const QString &code)
{
    if (code == QLatin1String("in_person"))
        return tr("In person, signed");
    if (code == QLatin1String("phone"))
        return tr("By phone");
    if (code == QLatin1String("message"))
        return tr("By message");
    return code;
}

Validation AddOnRules::checkFinding(const AddOnFinding &f)
{
    Validation v;
    if (f.description.trimmed().isEmpty())
        v.error(tr("Describe what was found."));
    if (f.reason.trimmed().isEmpty())
        v.error(tr("Note why the work is needed, in words the customer understands."));
    if (f.lines.isEmpty())
        v.error(tr("Propose at least one line with its price."));
    if (f.extraMinutes < 0 || f.extraMinutes > 60 * 24 * 60)
        v.error(tr("The extra time must be between 0 and 60 days."));
    if (f.warranty == QLatin1String("not_eligible") && f.warrantyReason.trimmed().isEmpty())
        v.error(tr("Not covered by warranty: note the reason the advisor can tell the customer."));
    if (!f.warranty.isEmpty() && f.warranty != QLatin1String("eligible") && f.warranty != QLatin1String("not_eligible"))
        v.error(tr("Unknown warranty decision \"%1\".").arg(f.warranty));
    if (f.source != QLatin1String("workshop") && f.source != QLatin1String("inspection"))
        v.error(tr("Unknown source \"%1\".").arg(f.source));
    v.merge(WorkOrderRules::checkLines(f.lines));
    return v;
}

Validation AddOnRules::checkDecision(const AddOnFinding &f, const QList<LineDecision> &decisions, const Provenance &p,
                                     const QDateTime &nowUtc)
{
    Validation v;
    if (p.decidedBy.trimmed().isEmpty())
        v.error(tr("Note who decided, by name."));
    if (!methods().contains(p.method))
        v.error(tr("Note how the customer decided: in person with signature, by phone or by message."));
    if ((p.method == QLatin1String("phone") || p.method == QLatin1String("message")) && p.contactNumber.trimmed().isEmpty())
        v.error(tr("Note the number the customer was reached on."));
    else if (!p.contactNumber.trimmed().isEmpty())
        for (const QString &e : Phone::validate(p.contactNumber).errors)
            v.error(e);
    if (!p.decidedAt.isValid())
        v.error(tr("Note when the customer decided."));
    else if (p.decidedAt > nowUtc.addSecs(300))
        v.error(tr("The time of the decision lies in the future."));
    else if (f.createdAt.isValid() && p.decidedAt < f.createdAt.addSecs(-60))
        v.error(tr("The time of the decision lies before the finding was recorded."));

    QSet<qint64> decided;
    for (const LineDecision &d : decisions) {
        const WorkOrderLine *line = nullptr;
        for (const WorkOrderLine &l : f.lines)
            if (l.id == d.lineId)
                line = &l;
        if (!line) {
            v.error(tr("A decision refers to a line that is not part of this finding."));
            continue;
        }
        if (decided.contains(d.lineId))
            v.error(tr("\"%1\" is decided twice.").arg(line->description));
        decided.insert(d.lineId);
        if (d.decision == QLatin1String("approved")) {
            if (d.amountFen != line->amount())
                v.error(tr("\"%1\" now costs ¥%2, not the ¥%3 the customer approved: tell the customer the new price.")
                            .arg(line->description, money::format(line->amount()), money::format(d.amountFen)));
        } else if (d.decision == QLatin1String("declined") || d.decision == QLatin1String("deferred")) {
            if (d.reason.trimmed().isEmpty())
                v.error(tr("\"%1\": note the customer's reason.").arg(line->description));
            if (d.decision == QLatin1String("deferred") && !d.dueDate.isValid())
                v.error(tr("\"%1\" is deferred: note when to bring it up again.").arg(line->description));
        } else {
            v.error(tr("\"%1\" needs a decision: approved, declined or deferred.").arg(line->description));
        }
    }
    for (const WorkOrderLine &l : f.lines)
        if (l.status == QLatin1String("proposed") && !decided.contains(l.id))
            v.error(tr("\"%1\" has no decision yet.").arg(l.description));
    return v;
}

} // namespace dd
