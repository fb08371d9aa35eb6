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

const CodeTable<ApprovalMethod, 3> &AddOnCodes::methods()
{
    static const CodeTable<ApprovalMethod, 3> t("dd::AddOnRules", {{
        {ApprovalMethod::InPerson, "in_person", QT_TRANSLATE_NOOP("dd::AddOnRules", "In person, signed")},
        {ApprovalMethod::Phone, "phone", QT_TRANSLATE_NOOP("dd::AddOnRules", "By phone")},
        {ApprovalMethod::Message, "message", QT_TRANSLATE_NOOP("dd::AddOnRules", "By message")},
    }});
    return t;
}

const CodeTable<WarrantyDecision, 2> &AddOnCodes::warranty()
{
    static const CodeTable<WarrantyDecision, 2> t("dd::AddOnRules", {{
        {WarrantyDecision::Eligible, "eligible", QT_TRANSLATE_NOOP("dd::AddOnRules", "covered by warranty")},
        {WarrantyDecision::NotEligible, "not_eligible", QT_TRANSLATE_NOOP("dd::AddOnRules", "not covered by warranty")},
    }});
    return t;
}

const CodeTable<FindingSource, 2> &AddOnCodes::sources()
{
    static const CodeTable<FindingSource, 2> t("dd::AddOnRules", {{
        {FindingSource::Workshop, "workshop", QT_TRANSLATE_NOOP("dd::AddOnRules", "Found in the workshop")},
        {FindingSource::Inspection, "inspection", QT_TRANSLATE_NOOP("dd::AddOnRules", "Found at the reception inspection")},
    }});
    return t;
}

QStringList AddOnRules::methods() { return AddOnCodes::methods().codes(); }
QString AddOnRules::methodName(const QString &code) { return AddOnCodes::methods().labelOf(code); }

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
    if (AddOnCodes::warranty().is(f.warranty, WarrantyDecision::NotEligible) && f.warrantyReason.trimmed().isEmpty())
        v.error(tr("Not covered by warranty: note the reason the advisor can tell the customer."));
    if (!f.warranty.isEmpty() && !AddOnCodes::warranty().contains(f.warranty))
        v.error(tr("Unknown warranty decision \"%1\".").arg(f.warranty));
    if (!AddOnCodes::sources().contains(f.source))
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
        if (l.is(LineStatus::Proposed) && !decided.contains(l.id))
            v.error(tr("\"%1\" has no decision yet.").arg(l.description));
    return v;
}

} // namespace dd
