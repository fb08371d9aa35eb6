#include "followup.h"

#include <QHash>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>

namespace dd {

namespace {
constexpr const char *kContext = "dd::FollowUpRules";
} // namespace

const CodeTable<FollowUpKind, 3> &FollowUpCodes::kinds()
{
    static const CodeTable<FollowUpKind, 3> t(kContext, {{
        {FollowUpKind::NextDay, "next_day", QT_TRANSLATE_NOOP("dd::FollowUpRules", "Next-day call")},
        {FollowUpKind::First, "first", QT_TRANSLATE_NOOP("dd::FollowUpRules", "First call")},
        {FollowUpKind::Second, "second", QT_TRANSLATE_NOOP("dd::FollowUpRules", "Second call")},
    }});
    return t;
}

const CodeTable<FollowUpState, 6> &FollowUpCodes::states()
{
    static const CodeTable<FollowUpState, 6> t(kContext, {{
        {FollowUpState::Due, "due", QT_TRANSLATE_NOOP("dd::FollowUpRules", "Due")},
        {FollowUpState::Done, "done", QT_TRANSLATE_NOOP("dd::FollowUpRules", "Reached")},
        {FollowUpState::Messaged, "messaged", QT_TRANSLATE_NOOP("dd::FollowUpRules", "Message sent instead")},
        {FollowUpState::Closed, "closed", QT_TRANSLATE_NOOP("dd::FollowUpRules", "Closed without contact")},
        {FollowUpState::Skipped, "skipped", QT_TRANSLATE_NOOP("dd::FollowUpRules", "Not called")},
        {FollowUpState::Refused, "refused", QT_TRANSLATE_NOOP("dd::FollowUpRules", "Refused the call")},
    }});
    return t;
}

const CodeTable<CallOutcome, 6> &FollowUpCodes::outcomes()
{
    static const CodeTable<CallOutcome, 6> t(kContext, {{
        {CallOutcome::Reached, "reached", QT_TRANSLATE_NOOP("dd::FollowUpRules", "Reached")},
        {CallOutcome::NoAnswer, "no_answer", QT_TRANSLATE_NOOP("dd::FollowUpRules", "No answer")},
        {CallOutcome::Busy, "busy", QT_TRANSLATE_NOOP("dd::FollowUpRules", "Busy")},
        {CallOutcome::WrongNumber, "wrong_number", QT_TRANSLATE_NOOP("dd::FollowUpRules", "Wrong number")},
        {CallOutcome::CallBack, "call_back", QT_TRANSLATE_NOOP("dd::FollowUpRules", "Asked to be called back")},
        {CallOutcome::Refused, "refused", QT_TRANSLATE_NOOP("dd::FollowUpRules", "Refused the call")},
    }});
    return t;
}

const CodeTable<MessageChannel, 3> &FollowUpCodes::channels()
{
    static const CodeTable<MessageChannel, 3> t(kContext, {{
        {MessageChannel::Sms, "sms", QT_TRANSLATE_NOOP("dd::FollowUpRules", "SMS")},
        {MessageChannel::WeChat, "wechat", QT_TRANSLATE_NOOP("dd::FollowUpRules", "WeChat")},
        {MessageChannel::Letter, "letter", QT_TRANSLATE_NOOP("dd::FollowUpRules", "Letter")},
    }});
    return t;
}

const CodeTable<ComplaintSource, 6> &FollowUpCodes::complaintSources()
{
    static const CodeTable<ComplaintSource, 6> t(kContext, {{
        {ComplaintSource::FollowUp, "follow_up", QT_TRANSLATE_NOOP("dd::FollowUpRules", "Follow-up call")},
        {ComplaintSource::Counter, "counter", QT_TRANSLATE_NOOP("dd::FollowUpRules", "At the counter")},
        {ComplaintSource::Phone, "phone", QT_TRANSLATE_NOOP("dd::FollowUpRules", "Phone call")},
        {ComplaintSource::Letter, "letter", QT_TRANSLATE_NOOP("dd::FollowUpRules", "Letter")},
        {ComplaintSource::Hotline, "hotline", QT_TRANSLATE_NOOP("dd::FollowUpRules", "Manufacturer's hotline")},
        {ComplaintSource::Online, "online", QT_TRANSLATE_NOOP("dd::FollowUpRules", "Online")},
    }});
    return t;
}

const CodeTable<ComplaintCategory, 7> &FollowUpCodes::complaintCategories()
{
    static const CodeTable<ComplaintCategory, 7> t(kContext, {{
        {ComplaintCategory::RepairQuality, "repair_quality", QT_TRANSLATE_NOOP("dd::FollowUpRules", "Repair quality")},
        {ComplaintCategory::Price, "price", QT_TRANSLATE_NOOP("dd::FollowUpRules", "Price")},
        {ComplaintCategory::Attitude, "attitude", QT_TRANSLATE_NOOP("dd::FollowUpRules", "Attitude")},
        {ComplaintCategory::Waiting, "waiting", QT_TRANSLATE_NOOP("dd::FollowUpRules", "Waiting time")},
        {ComplaintCategory::Parts, "parts", QT_TRANSLATE_NOOP("dd::FollowUpRules", "Parts")},
        {ComplaintCategory::Damage, "damage", QT_TRANSLATE_NOOP("dd::FollowUpRules", "Damage to the car")},
        {ComplaintCategory::Other, "other", QT_TRANSLATE_NOOP("dd::FollowUpRules", "Other")},
    }});
    return t;
}

const CodeTable<ComplaintSeverity, 2> &FollowUpCodes::severities()
{
    static const CodeTable<ComplaintSeverity, 2> t(kContext, {{
        {ComplaintSeverity::General, "general", QT_TRANSLATE_NOOP("dd::FollowUpRules", "General")},
        {ComplaintSeverity::Major, "major", QT_TRANSLATE_NOOP("dd::FollowUpRules", "Major (compensation, or beyond the clerk)")},
    }});
    return t;
}

const CodeTable<ComplaintState, 2> &FollowUpCodes::complaintStates()
{
    static const CodeTable<ComplaintState, 2> t(kContext, {{
        {ComplaintState::Open, "open", QT_TRANSLATE_NOOP("dd::FollowUpRules", "Open")},
        {ComplaintState::Closed, "closed", QT_TRANSLATE_NOOP("dd::FollowUpRules", "Closed, customer satisfied")},
    }});
    return t;
}

const CodeTable<ComplaintAction, 9> &FollowUpCodes::complaintActions()
{
    static const CodeTable<ComplaintAction, 9> t(kContext, {{
        {ComplaintAction::Received, "received", QT_TRANSLATE_NOOP("dd::FollowUpRules", "Received")},
        {ComplaintAction::Called, "called", QT_TRANSLATE_NOOP("dd::FollowUpRules", "Called the customer")},
        {ComplaintAction::Investigated, "investigated", QT_TRANSLATE_NOOP("dd::FollowUpRules", "Investigated")},
        {ComplaintAction::Comeback, "comeback", QT_TRANSLATE_NOOP("dd::FollowUpRules", "Comeback work order opened")},
        {ComplaintAction::Goodwill, "goodwill", QT_TRANSLATE_NOOP("dd::FollowUpRules", "Goodwill offered")},
        {ComplaintAction::Replied, "replied", QT_TRANSLATE_NOOP("dd::FollowUpRules", "Reply given")},
        {ComplaintAction::HandedOver, "handed_over", QT_TRANSLATE_NOOP("dd::FollowUpRules", "Handed over")},
        {ComplaintAction::CalledBack, "called_back", QT_TRANSLATE_NOOP("dd::FollowUpRules", "Called back")},
        {ComplaintAction::Reopened, "reopened", QT_TRANSLATE_NOOP("dd::FollowUpRules", "Reopened")},
    }});
    return t;
}

namespace {
// Each stored rule: its key and where it lives in the settings.
struct RuleField {
    const char *key;
    int FollowUpSettings::*field;
};
const RuleField kIntRules[] = {
    {"big_job_centi_hours", &FollowUpSettings::bigJobCentiHours}, {"first_call_day", &FollowUpSettings::firstCallDay},
    {"second_call_after_days", &FollowUpSettings::secondCallAfterDays}, {"max_failed_attempts", &FollowUpSettings::maxFailedAttempts},
    {"fallback_after_days", &FollowUpSettings::fallbackAfterDays}, {"survey_gap_days", &FollowUpSettings::surveyGapDays},
    {"low_score", &FollowUpSettings::lowScore}, {"reply_hours_general", &FollowUpSettings::replyHoursGeneral},
    {"resolve_hours_general", &FollowUpSettings::resolveHoursGeneral}, {"reply_hours_major", &FollowUpSettings::replyHoursMajor},
    {"resolve_hours_major", &FollowUpSettings::resolveHoursMajor},
};
} // namespace

QString FollowUpRules::settingsText(const FollowUpSettings &s)
{
    QStringList parts{QStringLiteral("big_job_fen=%1").arg(s.bigJobFen),
                      QStringLiteral("independent_caller=%1").arg(s.independentCaller ? 1 : 0)};
    for (const RuleField &r : kIntRules)
        parts << QStringLiteral("%1=%2").arg(QLatin1String(r.key)).arg(s.*(r.field));
    return parts.join(QLatin1Char(';'));
}

FollowUpSettings FollowUpRules::parseSettings(const QString &text)
{
    FollowUpSettings s;
    for (const QString &part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString key = part.section(QLatin1Char('='), 0, 0).trimmed();
        bool ok = false;
        const qint64 value = part.section(QLatin1Char('='), 1).trimmed().toLongLong(&ok);
        if (!ok)
            continue;
        if (key == QLatin1String("big_job_fen"))
            s.bigJobFen = value;
        else if (key == QLatin1String("independent_caller"))
            s.independentCaller = value != 0;
        for (const RuleField &r : kIntRules)
            if (key == QLatin1String(r.key))
                s.*(r.field) = int(std::clamp<qint64>(value, -1000000, 1000000));
    }
    return s;
}

Validation FollowUpRules::validate(const FollowUpSettings &s)
{
    Validation v;
    if (s.bigJobFen < 0 || s.bigJobCentiHours < 0)
        v.error(tr("A big job is given by an amount and sold hours of 0 or more (0: not used)."));
    if (s.firstCallDay < 2 || s.firstCallDay > 7)
        v.error(tr("The first call falls 2 to 7 days after delivery, not %1.").arg(s.firstCallDay));
    if (s.secondCallAfterDays < 1 || s.secondCallAfterDays > 30)
        v.error(tr("The second call comes 1 to 30 days after the first, not %1.").arg(s.secondCallAfterDays));
    if (s.maxFailedAttempts < 1 || s.maxFailedAttempts > 10)
        v.error(tr("A call turns into a message after 1 to 10 failed attempts, not %1.").arg(s.maxFailedAttempts));
    if (s.fallbackAfterDays < 1 || s.fallbackAfterDays > 30)
        v.error(tr("A call turns into a message 1 to 30 days after it fell due, not %1.").arg(s.fallbackAfterDays));
    if (s.surveyGapDays < 0 || s.surveyGapDays > 365)
        v.error(tr("The gap between two surveys of a customer is 0 to 365 days, not %1.").arg(s.surveyGapDays));
    if (s.lowScore < 0 || s.lowScore > 9)
        v.error(tr("A low score is 0 to 9 (at or below it a complaint opens), not %1.").arg(s.lowScore));
    for (const int h : {s.replyHoursGeneral, s.resolveHoursGeneral, s.replyHoursMajor, s.resolveHoursMajor})
        if (h < 1 || h > 720) {
            v.error(tr("A complaint's deadlines are 1 to 720 hours after it is received, not %1.").arg(h));
            break;
        }
    if (s.replyHoursGeneral > s.resolveHoursGeneral || s.replyHoursMajor > s.resolveHoursMajor)
        v.error(tr("A complaint's first reply is due before its resolution, not after."));
    return v;
}

QString FollowUpRules::describe(const FollowUpSettings &s)
{
    QStringList parts;
    parts << tr("big job from %1 or %2 h").arg(money::yuan(s.bigJobFen)).arg(s.bigJobCentiHours / 100.0);
    parts << tr("first call on day %1, second %2 days later").arg(s.firstCallDay).arg(s.secondCallAfterDays);
    parts << (s.independentCaller ? tr("not by the serving advisor") : tr("the serving advisor may call"));
    parts << tr("a message after %1 failed attempts or %2 days").arg(s.maxFailedAttempts).arg(s.fallbackAfterDays);
    parts << tr("survey gap %1 days, low score %2").arg(s.surveyGapDays).arg(s.lowScore);
    parts << tr("complaints: reply %1 h, resolve %2 h; major: %3 h, %4 h")
                 .arg(s.replyHoursGeneral)
                 .arg(s.resolveHoursGeneral)
                 .arg(s.replyHoursMajor)
                 .arg(s.resolveHoursMajor);
    return parts.join(QStringLiteral("; "));
}

bool FollowUpRules::isBigJob(const DeliveredVisit &v, const FollowUpSettings &s)
{
    return (s.bigJobFen > 0 && v.totalFen >= s.bigJobFen) || (s.bigJobCentiHours > 0 && v.laborCentiHours >= s.bigJobCentiHours);
}

FollowUpPlan FollowUpRules::plan(const DeliveredVisit &v, const FollowUpSettings &s)
{
    FollowUpPlan p;
    if (v.internal || !v.followUpConsent || !v.hasPhone) {
        p.notQueuedCode = v.internal ? QStringLiteral("internal")
                          : !v.followUpConsent ? QStringLiteral("no_consent")
                                               : QStringLiteral("no_phone");
        p.notQueued = skipReason(p.notQueuedCode);
        return p;
    }
    if (!v.delivered.isValid())
        return p;
    if (isBigJob(v, s) || v.repeatRepair) {
        const QDate next = v.delivered.addDays(1);
        p.calls << PlannedCall{FollowUpKind::NextDay, next, true};
        p.calls << PlannedCall{FollowUpKind::Second, next.addDays(std::max(1, s.secondCallAfterDays)), false};
    } else {
        p.calls << PlannedCall{FollowUpKind::First, v.delivered.addDays(std::clamp(s.firstCallDay, 2, 7)), true};
    }
    return p;
}

QString FollowUpRules::skipReason(const QString &code)
{
    if (code == QLatin1String("no_consent"))
        return tr("Not called: the customer has not agreed to be called after the visit (PIPL consent).");
    if (code == QLatin1String("internal"))
        return tr("Not called: an internal work order, the dealership's own car.");
    if (code == QLatin1String("no_phone"))
        return tr("Not called: no phone number on file; add one to the customer to call after the next visit.");
    if (code == QLatin1String("refused"))
        return tr("Not called: the customer refused an earlier call about this visit.");
    return code;
}

RecommendationGroup FollowUpRules::recommendationGroup(const QDate &due, const QDate &today)
{
    if (!due.isValid())
        return RecommendationGroup::DueNow; // declined work: offered again at every visit
    if (due < today)
        return RecommendationGroup::PastDue;
    return due <= today.addDays(30) ? RecommendationGroup::DueNow : RecommendationGroup::Upcoming;
}

QString FollowUpRules::recommendationGroupName(RecommendationGroup g)
{
    switch (g) {
    case RecommendationGroup::PastDue: return tr("Past due");
    case RecommendationGroup::DueNow: return tr("Due now");
    case RecommendationGroup::Upcoming: return tr("Upcoming");
    }
    return {};
}

DueGroup FollowUpRules::group(const QDate &due, const QDate &today)
{
    if (due < today)
        return DueGroup::Overdue;
    return due == today ? DueGroup::Today : DueGroup::Upcoming;
}

QString FollowUpRules::mayCall(qint64 callerId, const QString &caller, qint64 servingAdvisorId,
                               const QString &servingAdvisor, const FollowUpSettings &s)
{
    if (!s.independentCaller)
        return {};
    const bool same = servingAdvisorId != 0
                          ? callerId == servingAdvisorId
                          : !caller.trimmed().isEmpty() &&
                                caller.trimmed().compare(servingAdvisor.trimmed(), Qt::CaseInsensitive) == 0;
    if (same)
        return tr("%1 served this customer: the dealership asks that a colleague makes the follow-up call.")
            .arg(servingAdvisor.trimmed());
    return {};
}

bool FollowUpRules::isFailed(CallOutcome o)
{
    return o == CallOutcome::NoAnswer || o == CallOutcome::Busy || o == CallOutcome::WrongNumber;
}

namespace {
bool reached(const QList<CallAttempt> &attempts)
{
    return std::any_of(attempts.begin(), attempts.end(), [](const CallAttempt &a) {
        return a.outcome == CallOutcome::Reached || a.outcome == CallOutcome::Refused;
    });
}
} // namespace

bool FollowUpRules::needsFallback(const QList<CallAttempt> &attempts, const QDate &due, const QDate &today,
                                  const FollowUpSettings &s)
{
    if (reached(attempts))
        return false;
    int failed = 0;
    for (const CallAttempt &a : attempts) {
        if (a.outcome == CallOutcome::WrongNumber)
            return true; // the number does not reach them: a letter, or a message to another number
        failed += isFailed(a.outcome) ? 1 : 0;
    }
    if (failed >= std::max(1, s.maxFailedAttempts))
        return true;
    return due.isValid() && today.isValid() && due.daysTo(today) >= std::max(1, s.fallbackAfterDays);
}

bool FollowUpRules::countsAsDone(const QList<CallAttempt> &attempts, bool messageSent)
{
    return messageSent || std::any_of(attempts.begin(), attempts.end(),
                                      [](const CallAttempt &a) { return a.outcome == CallOutcome::Reached; });
}

QString FollowUpRules::defaultFallbackTemplate()
{
    return QStringLiteral("尊敬的{name}，您好！感谢您{date}到{shop}为爱车{plate}进行保养维修。我们多次致电未能联系到您，"
                          "如对本次服务有任何意见或建议，欢迎致电 {phone}。祝您行车平安！");
}

QString FollowUpRules::fillTemplate(const QString &text, const MessageFields &f)
{
    const QString in = text.trimmed().isEmpty() ? defaultFallbackTemplate() : text;
    const QHash<QString, QString> fields{
        {QStringLiteral("name"), f.name},
        {QStringLiteral("plate"), f.plate},
        {QStringLiteral("date"), f.date.isValid() ? f.date.toString(QStringLiteral("yyyy-MM-dd")) : QString()},
        {QStringLiteral("amount"), money::yuan(f.amountFen)},
        {QStringLiteral("shop"), f.shop},
        {QStringLiteral("phone"), f.phone},
    };
    // One pass: a value that itself reads "{phone}" (a customer's name typed so) stays as it is.
    static const QRegularExpression field(QStringLiteral("\\{([a-z]+)\\}"));
    QString out;
    qsizetype at = 0;
    for (QRegularExpressionMatchIterator it = field.globalMatch(in); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += in.mid(at, m.capturedStart() - at);
        out += fields.contains(m.captured(1)) ? fields.value(m.captured(1)) : m.captured(0);
        at = m.capturedEnd();
    }
    return out + in.mid(at);
}

MessageChannel FollowUpRules::fallbackChannel(const QList<CallAttempt> &attempts)
{
    return std::any_of(attempts.begin(), attempts.end(),
                       [](const CallAttempt &a) { return a.outcome == CallOutcome::WrongNumber; })
               ? MessageChannel::Letter
               : MessageChannel::Sms;
}

QString FollowUpRules::maySurvey(const QDate &lastSurvey, const QDate &today, bool complaintOpen,
                                 const FollowUpSettings &s)
{
    if (complaintOpen)
        return tr("This customer has an open complaint: no satisfaction survey until it is closed.");
    if (lastSurvey.isValid() && today.isValid() && lastSurvey.daysTo(today) < s.surveyGapDays)
        return tr("Surveyed on %1, less than %2 days ago: not asked again yet.")
            .arg(lastSurvey.toString(Qt::ISODate))
            .arg(s.surveyGapDays);
    return {};
}

QString FollowUpRules::scoresText(const SurveyScores &s)
{
    const auto score = [](int v, int unanswered) { return v == unanswered ? QStringLiteral("—") : QString::number(v); };
    return tr("initiation %1, advisor %2, facility %3, pick-up %4, quality %5, recommend %6")
        .arg(score(s.initiation, 0), score(s.advisor, 0), score(s.facility, 0), score(s.pickup, 0), score(s.quality, 0),
             score(s.recommend, -1));
}

QStringList FollowUpRules::checkScores(const SurveyScores &scores)
{
    QStringList problems;
    for (const int f : scores.factors())
        if (f < 0 || f > 10) {
            problems << tr("A factor is scored 1 to 10 (0 when not answered), not %1.").arg(f);
            break;
        }
    if (scores.recommend < -1 || scores.recommend > 10)
        problems << tr("Would they recommend us is scored 0 to 10, not %1.").arg(scores.recommend);
    return problems;
}

bool FollowUpRules::opensComplaint(const SurveyScores &scores, const FollowUpSettings &s)
{
    for (const int f : scores.factors())
        if (f >= 1 && f <= s.lowScore)
            return true;
    return scores.recommend >= 0 && scores.recommend <= s.lowScore;
}

NpsGroup FollowUpRules::npsGroup(int recommend)
{
    if (recommend >= 9)
        return NpsGroup::Promoter;
    return recommend >= 7 ? NpsGroup::Passive : NpsGroup::Detractor;
}

std::optional<int> FollowUpRules::nps(const QList<int> &recommend)
{
    int n = 0, promoters = 0, detractors = 0;
    for (const int r : recommend) {
        if (r < 0 || r > 10)
            continue;
        ++n;
        const NpsGroup g = npsGroup(r);
        promoters += g == NpsGroup::Promoter ? 1 : 0;
        detractors += g == NpsGroup::Detractor ? 1 : 0;
    }
    if (n == 0)
        return std::nullopt;
    return int(std::lround(100.0 * (promoters - detractors) / n));
}

std::optional<int> FollowUpRules::averageTenths(const QList<int> &scores)
{
    int n = 0, sum = 0;
    for (const int s : scores)
        if (s >= 1 && s <= 10) {
            ++n;
            sum += s;
        }
    if (n == 0)
        return std::nullopt;
    return int(std::lround(10.0 * sum / n));
}

ComplaintDeadlines FollowUpRules::deadlines(ComplaintSeverity severity, const QDateTime &received, const FollowUpSettings &s)
{
    const bool major = severity == ComplaintSeverity::Major;
    return {received.addSecs(qint64(major ? s.replyHoursMajor : s.replyHoursGeneral) * 3600),
            received.addSecs(qint64(major ? s.resolveHoursMajor : s.resolveHoursGeneral) * 3600)};
}

bool FollowUpRules::escalates(ComplaintSeverity severity, const ComplaintDeadlines &d, bool replied, bool resolved,
                              const QDateTime &now)
{
    if (resolved)
        return false;
    if (severity == ComplaintSeverity::Major)
        return true;
    return (!replied && now > d.replyBy) || now > d.resolveBy;
}

QString FollowUpRules::mayClose(bool calledBack, bool satisfied)
{
    if (!calledBack)
        return tr("A complaint closes after the call-back in which the customer says whether they are satisfied.");
    if (!satisfied)
        return tr("The customer is not satisfied: the complaint stays open, or goes to the service manager.");
    return {};
}

QString FollowUpRules::checkStep(const ComplaintStep &step)
{
    if (step.action == ComplaintAction::Received)
        return tr("A complaint is received once, when it is registered.");
    if (!step.open && step.action != ComplaintAction::Reopened)
        return tr("The complaint is closed: reopen it first, saying why.");
    if (step.open && step.action == ComplaintAction::Reopened)
        return tr("The complaint is still open: there is nothing to reopen.");
    if (step.notes.trimmed().isEmpty())
        return step.action == ComplaintAction::Reopened ? tr("Say why the complaint is reopened.")
                                                        : tr("Note what was done or said.");
    switch (step.action) {
    case ComplaintAction::HandedOver:
        if (step.handTo <= 0)
            return tr("Choose who takes the complaint over.");
        if (step.handTo == step.responsible)
            return tr("That person is already responsible for the complaint.");
        break;
    case ComplaintAction::Comeback:
    case ComplaintAction::Goodwill:
        if (step.workOrderNumber.trimmed().isEmpty())
            return tr("Enter the number of the work order opened for it.");
        if (step.action == ComplaintAction::Goodwill && !step.workOrderHasGoodwill)
            return tr("Work order %1 has no goodwill line: add a line paid as goodwill to it first.")
                .arg(step.workOrderNumber.trimmed());
        break;
    case ComplaintAction::CalledBack:
        if (!step.satisfied.has_value())
            return tr("Record whether the customer is satisfied.");
        break;
    default:
        break;
    }
    return {};
}

namespace {
// The pace in km a day, unrounded; 0 when the readings do not tell.
double paceOf(QList<OdometerReading> readings)
{
    readings.erase(std::remove_if(readings.begin(), readings.end(),
                                  [](const OdometerReading &r) { return !r.on.isValid() || r.km < 0; }),
                   readings.end());
    if (readings.size() < 2)
        return 0;
    std::sort(readings.begin(), readings.end(), [](const OdometerReading &a, const OdometerReading &b) {
        return a.on < b.on || (a.on == b.on && a.km < b.km);
    });
    const OdometerReading &last = readings.last();
    // The last year tells the pace now; an older first reading only when the year holds too little.
    const OdometerReading *first = &readings.first();
    for (const OdometerReading &r : readings)
        if (r.on >= last.on.addDays(-365) && r.on.daysTo(last.on) >= 30) {
            first = &r;
            break;
        }
    const qint64 days = first->on.daysTo(last.on);
    const int km = last.km - first->km;
    if (days < 30 || km <= 0)
        return 0;
    return double(km) / double(days);
}
} // namespace

int FollowUpRules::kmPerDay(QList<OdometerReading> readings)
{
    return int(std::lround(paceOf(std::move(readings))));
}

MaintenanceDue FollowUpRules::maintenanceDue(const OdometerReading &lastService, int intervalKm, int intervalMonths,
                                             const QList<OdometerReading> &readings)
{
    MaintenanceDue m;
    m.due = lastService.on.addMonths(std::max(1, intervalMonths));
    QList<OdometerReading> all = readings;
    all << lastService;
    const double pace = paceOf(all); // unrounded: a car driven 0.4 km a day still projects
    m.kmPerDay = int(std::lround(pace));
    if (pace <= 0 || intervalKm <= 0)
        return m;
    OdometerReading latest = lastService;
    for (const OdometerReading &r : readings)
        if (r.on.isValid() && (r.on > latest.on || (r.on == latest.on && r.km > latest.km)))
            latest = r;
    const int remaining = lastService.km + intervalKm - latest.km;
    const QDate byKm = remaining <= 0 ? latest.on : latest.on.addDays(qint64(std::ceil(remaining / pace)));
    if (byKm < m.due) {
        m.due = byKm;
        m.byMileage = true;
    }
    return m;
}

} // namespace dd
