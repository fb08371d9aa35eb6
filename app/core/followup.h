#pragma once
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

#include "codes.h"
#include "money.h"
#include "validation.h"

namespace dd {

// After the visit (issue 18): the follow-up calls (回访), satisfaction (CSI, NPS), complaints (投诉) and
// maintenance due. The rules only: dates are the dealership's local dates and times, the store converts.

// The closed code lists, each defined once (codes.h).
enum class FollowUpKind { NextDay, First, Second };
enum class FollowUpState { Due, Done, Messaged, Closed, Skipped, Refused };
enum class CallOutcome { Reached, NoAnswer, Busy, WrongNumber, CallBack, Refused };
enum class MessageChannel { Sms, WeChat, Letter };
enum class ComplaintSource { FollowUp, Counter, Phone, Letter, Hotline, Online };
enum class ComplaintCategory { RepairQuality, Price, Attitude, Waiting, Parts, Damage, Other };
enum class ComplaintSeverity { General, Major };
enum class NpsGroup { Detractor, Passive, Promoter };
enum class ComplaintState { Open, Closed };
// What is done about a complaint, each logged (seed 002: received, analysed, solved, called back).
enum class ComplaintAction { Received, Called, Investigated, Comeback, Goodwill, Replied, HandedOver, CalledBack, Reopened };

class FollowUpCodes
{
public:
    static const CodeTable<FollowUpKind, 3> &kinds();
    static const CodeTable<FollowUpState, 6> &states();
    static const CodeTable<CallOutcome, 6> &outcomes();
    static const CodeTable<MessageChannel, 3> &channels();
    static const CodeTable<ComplaintSource, 6> &complaintSources();
    static const CodeTable<ComplaintCategory, 7> &complaintCategories();
    static const CodeTable<ComplaintSeverity, 2> &severities();
    static const CodeTable<ComplaintState, 2> &complaintStates();
    static const CodeTable<ComplaintAction, 9> &complaintActions();
};

// The dealership's follow-up and complaint rules, with the seeds' defaults (seed 000 §10–12, 001 §14–15, 002).
struct FollowUpSettings {
    Fen bigJobFen = 300000;          // a visit of ¥3,000 or more is a big job: called the next day
    int bigJobCentiHours = 500;      // ... as is one of 5 sold hours or more
    int firstCallDay = 3;            // otherwise the first call, days after delivery (2 to 7)
    int secondCallAfterDays = 7;     // big and repeat jobs: a second call about a week after the first
    bool independentCaller = true;   // the advisor who served the customer does not make the call
    int maxFailedAttempts = 3;       // then a message or a letter instead
    int fallbackAfterDays = 5;       // ... or after this many days without reaching the customer
    int surveyGapDays = 30;          // no customer is surveyed twice within this
    int lowScore = 6;                // a factor or recommend score at or below this opens a complaint
    int replyHoursGeneral = 24;      // a complaint's first reply (seed 002: within 24 hours)
    int resolveHoursGeneral = 48;    // and its resolution (within 48 hours)
    int replyHoursMajor = 4;         // a major one (compensation, beyond the clerk): the manager replies sooner
    int resolveHoursMajor = 48;
    bool operator==(const FollowUpSettings &) const = default;
};

// What the follow-up rules read of a delivered visit.
struct DeliveredVisit {
    QDate delivered;             // local date
    Fen totalFen = 0;            // what the visit came to, tax included, every payer
    int laborCentiHours = 0;     // sold hours
    bool repeatRepair = false;   // the same concern within the guarantee period (a comeback)
    bool followUpConsent = true; // PIPL: the customer agreed to be called after the visit
    bool complaintOpen = false;  // an open complaint: no survey now
    bool internal = false;       // the dealership's own car (内部): nobody to call
    bool hasPhone = true;        // a number to call on file
};

struct PlannedCall {
    FollowUpKind kind = FollowUpKind::First;
    QDate due;
    bool survey = true; // asks the satisfaction questions (CSI, NPS); a second call checks the repair only
};

// The queue's groups, as the desk reads them.
enum class DueGroup { Overdue, Today, Upcoming };
// Deferred and declined work as the counter brings it back (Quorum's groups): past its date, due now (within the
// month ahead, and declined work, which has no date), upcoming.
enum class RecommendationGroup { PastDue, DueNow, Upcoming };

// One call attempt as logged.
struct CallAttempt {
    QDateTime at;                // local
    CallOutcome outcome = CallOutcome::NoAnswer;
};

struct FollowUpPlan {
    QList<PlannedCall> calls;
    QString notQueued;     // why nothing is queued (no consent), for the queue to say
    QString notQueuedCode; // the same as stored: "no_consent" (FollowUpRules::skipReason shows it)
};

// What a message's template may name: {name}, {plate}, {date}, {amount}, {shop}, {phone}.
struct MessageFields {
    QString name;   // the customer
    QString plate;
    QDate date;     // the visit's (delivery) date
    Fen amountFen = 0;
    QString shop;
    QString phone;  // the shop's
};

// One answered questionnaire: the five factors the trade measures (J.D. Power), each 1–10, and the recommend
// question 0–10; a factor left unanswered is 0.
struct SurveyScores {
    int initiation = 0; // service initiation: booking, greeting
    int advisor = 0;
    int facility = 0;
    int pickup = 0;     // vehicle pick-up
    int quality = 0;    // service quality
    int recommend = -1; // 0–10; -1 not asked or not answered
    QList<int> factors() const { return {initiation, advisor, facility, pickup, quality}; }
};

struct ComplaintDeadlines {
    QDateTime replyBy;   // local
    QDateTime resolveBy; // local
};

// One step logged on a complaint, as the rules check it before it is stored.
struct ComplaintStep {
    ComplaintAction action = ComplaintAction::Called;
    bool open = true;              // the complaint is open now
    QString notes;
    QString workOrderNumber;       // a comeback or goodwill: the work order opened for it
    bool workOrderHasGoodwill = false; // ... and for goodwill, whether it carries a goodwill line
    qint64 handTo = 0;             // a handover: to whom (a user's id)
    qint64 responsible = 0;        // who is responsible now
    std::optional<bool> satisfied; // a call-back: the customer's answer
};

// A reading of the odometer, for the mileage projection.
struct OdometerReading {
    QDate on;
    int km = 0;
};

// When the next service is due: by date or by mileage, whichever comes first.
struct MaintenanceDue {
    QDate due;
    bool byMileage = false; // the projected mileage reaches the interval before the date does
    int kmPerDay = 0;       // the vehicle's own pace, from its readings (0: not enough readings)
};

class FollowUpRules
{
    Q_DECLARE_TR_FUNCTIONS(dd::FollowUpRules)
public:
    // The rules as the dealership stores them ("first_call_day=3;independent_caller=1;…"), and back: a key not
    // given, or not a number, keeps its default.
    static QString settingsText(const FollowUpSettings &s);
    static FollowUpSettings parseSettings(const QString &text);
    // Refusals of the rules: out of the ranges the trade allows (the first call 2 to 7 days after delivery …).
    static Validation validate(const FollowUpSettings &s);
    // The rules in words, for the audit trail.
    static QString describe(const FollowUpSettings &s);

    static bool isBigJob(const DeliveredVisit &v, const FollowUpSettings &s);
    // The calls a delivery creates: the next day for a big or repeat job (then a second a week later),
    // otherwise the first call on the set day. None without consent, and why.
    static FollowUpPlan plan(const DeliveredVisit &v, const FollowUpSettings &s);
    // A stored reason for a call not made ("no_consent"), in the reader's language.
    static QString skipReason(const QString &code);
    static DueGroup group(const QDate &due, const QDate &today);
    static RecommendationGroup recommendationGroup(const QDate &due, const QDate &today);
    static QString recommendationGroupName(RecommendationGroup g);
    // Who may make the call: not the advisor who served the customer, when the dealership asks for it. Told by
    // the users' ids (two colleagues may share a name); by name only when the visit has no advisor on record.
    // Empty when allowed, else why not.
    static QString mayCall(qint64 callerId, const QString &caller, qint64 servingAdvisorId, const QString &servingAdvisor,
                           const FollowUpSettings &s);
    static bool isFailed(CallOutcome o);
    // After three failed attempts, or some days after it was due without reaching the customer, the call turns
    // into a message (a letter when the number is wrong: FollowUpRules::fallbackChannel). A refusal ends it;
    // reaching the customer does not need one.
    static bool needsFallback(const QList<CallAttempt> &attempts, const QDate &due, const QDate &today,
                              const FollowUpSettings &s);
    // The message that replaces a call: a letter when the number dialled was wrong (an SMS to it would reach a
    // stranger), else an SMS.
    static MessageChannel fallbackChannel(const QList<CallAttempt> &attempts);
    // Done only when the customer was reached or the fallback message went out (DealerMine's rule); a refusal
    // ends the calls of the visit without credit.
    static bool countsAsDone(const QList<CallAttempt> &attempts, bool messageSent);
    // The message that replaces a call not made, from the dealership's template (empty: the default, in Chinese,
    // the language the shop writes to its customers in); each {field} filled, unknown ones left as written.
    static QString defaultFallbackTemplate();
    static QString fillTemplate(const QString &text, const MessageFields &fields);
    // A survey may be asked when the customer was not surveyed within the gap and has no open complaint;
    // empty when it may, else why not.
    static QString maySurvey(const QDate &lastSurvey, const QDate &today, bool complaintOpen,
                             const FollowUpSettings &s);
    // The answers in words: "initiation 8, advisor 9, facility —, pick-up 7, quality 3, recommend 4".
    static QString scoresText(const SurveyScores &scores);
    // Refusals of a questionnaire's scores: out of range.
    static QStringList checkScores(const SurveyScores &scores);
    // A score at or below the threshold: a complaint opens with the call attached.
    static bool opensComplaint(const SurveyScores &scores, const FollowUpSettings &s);
    static NpsGroup npsGroup(int recommend);
    // Net Promoter Score: % promoters − % detractors, of the answers given (0–10); nullopt with none.
    static std::optional<int> nps(const QList<int> &recommend);
    // The average of the answered values (1–10) in tenths, e.g. 87 for 8.7; nullopt with none.
    static std::optional<int> averageTenths(const QList<int> &scores);

    static ComplaintDeadlines deadlines(ComplaintSeverity severity, const QDateTime &received, const FollowUpSettings &s);
    // An overdue general complaint goes to the service manager, and every major one does at once.
    static bool escalates(ComplaintSeverity severity, const ComplaintDeadlines &d, bool replied, bool resolved,
                          const QDateTime &now);
    // A complaint closes only after a call-back in which the customer said whether they are satisfied;
    // satisfied closes it, unsatisfied keeps it open. Empty when it may close, else why not.
    static QString mayClose(bool calledBack, bool satisfied);
    // Refusals of one step on a complaint: a closed complaint takes only a reopening (with why); a handover
    // names someone else; a comeback or goodwill names its work order (goodwill: one with a goodwill line); a
    // call-back records whether the customer is satisfied; what was done is said in the notes.
    static QString checkStep(const ComplaintStep &step);

    // The vehicle's pace in km a day, from its readings (the last year of them, at least 30 days apart
    // overall); 0 when they do not tell.
    static int kmPerDay(QList<OdometerReading> readings);
    static MaintenanceDue maintenanceDue(const OdometerReading &lastService, int intervalKm, int intervalMonths,
                                         const QList<OdometerReading> &readings);
};

} // namespace dd
