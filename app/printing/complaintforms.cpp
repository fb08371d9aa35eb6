// The after-the-visit forms (issue 18): the complaint-handling form (客户投诉处理单).
#include "formbuilders.h"

#include "core/followup.h"
#include "core/identifiers.h"
#include "formparts.h"
#include "htmltemplate.h"

namespace dd {

using namespace formparts;

namespace {
// The customer's words with their line breaks, and the low scores that opened the complaint, escaped.
QString wordsHtml(const ComplaintSheet &s)
{
    QStringList parts;
    if (!s.scores.isEmpty())
        parts << HtmlTemplate::escape(FormBuilders::tr("Low score on the follow-up call: %1.").arg(s.scores));
    if (!s.words.trimmed().isEmpty())
        parts << HtmlTemplate::escape(s.words.trimmed()).replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
    return parts.isEmpty() ? QStringLiteral("—") : parts.join(QStringLiteral("<br/>"));
}
} // namespace

FormDocument FormBuilders::complaint(const ComplaintSheet &s, const FormIdentity &id)
{
    FormDocument doc = newDocument(id, s.number, s.header, QPageSize::A4);
    HtmlTemplate t = HtmlTemplate::fromResource(id.templateName);
    const bool major = FollowUpCodes::severities().is(s.severity, ComplaintSeverity::Major);
    const bool closed = FollowUpCodes::complaintStates().is(s.state, ComplaintState::Closed);
    t.set(QStringLiteral("title"), doc.title)
        .set(QStringLiteral("number"), s.number)
        .set(QStringLiteral("received"), dateTime(s.receivedAt))
        .set(QStringLiteral("source"), FollowUpCodes::complaintSources().labelOf(s.source))
        .set(QStringLiteral("received_by"), orDash(s.receivedBy))
        .set(QStringLiteral("customer"), s.customerName)
        .set(QStringLiteral("phone"), orDash(Phone::masked(s.customerPhone)))
        .set(QStringLiteral("vehicle"), orDash(s.vehicle))
        .set(QStringLiteral("vin"), orDash(s.vin))
        .set(QStringLiteral("work_order"), orDash(s.workOrderNumber))
        .set(QStringLiteral("category"), FollowUpCodes::complaintCategories().labelOf(s.category))
        .set(QStringLiteral("severity"), major ? tr("Major: the service manager's") : tr("General"))
        .set(QStringLiteral("responsible"), orDash(s.responsible))
        .set(QStringLiteral("reply_by"), dateTime(s.replyBy))
        .set(QStringLiteral("resolve_by"), dateTime(s.resolveBy))
        .setHtml(QStringLiteral("words"), wordsHtml(s))
        .set(QStringLiteral("state"), closed ? FollowUpCodes::complaintStates().labelOf(s.state) : tr("Open"))
        .set(QStringLiteral("satisfied"), s.satisfied == 1   ? tr("Yes")
                                          : s.satisfied == 0 ? tr("No, not satisfied")
                                                             : tr("Not called back yet"))
        .set(QStringLiteral("replied"), s.repliedAt.isValid() ? dateTime(s.repliedAt) : QStringLiteral("—"))
        .set(QStringLiteral("closed"), s.closedAt.isValid() ? dateTime(s.closedAt) : QStringLiteral("—"));
    QStringList rows;
    for (const ComplaintSheet::Step &step : s.steps) {
        QString detail = step.detail;
        if (step.satisfied >= 0)
            detail = (detail.isEmpty() ? QString() : detail + QLatin1Char(' ')) +
                     (step.satisfied == 1 ? tr("satisfied") : tr("not satisfied"));
        QString notes = step.notes;
        if (notes.isEmpty() && FollowUpCodes::complaintActions().is(step.action, ComplaintAction::Received))
            notes = FollowUpCodes::complaintSources().labelOf(s.source);
        rows << QStringLiteral("<tr>") + td(dateTime(step.at)) + td(step.byName) +
                    td(FollowUpCodes::complaintActions().labelOf(step.action)) + td(notes) + td(detail) +
                    QStringLiteral("</tr>");
    }
    t.setHtml(QStringLiteral("steps"), grid(th(tr("When"), " width=\"15%\"") + th(tr("By"), " width=\"9%\"") +
                                               th(tr("Step"), " width=\"24%\"") + th(tr("Notes")) +
                                               th(tr("Work order, handover, answer"), " width=\"18%\""),
                                           rows));
    // Past a deadline and still open: the form says so, for the manager who signs it.
    QString note;
    if (!closed) {
        const QDateTime now = s.now.isValid() ? s.now : QDateTime::currentDateTimeUtc();
        if (!s.repliedAt.isValid() && now > s.replyBy)
            note = tr("No first reply was given by %1.").arg(dateTime(s.replyBy));
        else if (now > s.resolveBy)
            note = tr("Not resolved by %1.").arg(dateTime(s.resolveBy));
    }
    t.setHtml(QStringLiteral("overdue_note"),
              note.isEmpty() ? QString() : QStringLiteral("<p class=\"new\">%1</p>").arg(HtmlTemplate::escape(note)));
    doc.html = t.fill();
    return doc;
}

} // namespace dd
