#pragma once
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <optional>

#include "commands.h"
#include "core/followup.h"

namespace dd {

// One complaint (投诉) as the desk lists it and the form prints it.
struct Complaint {
    qint64 id = 0;
    int version = 0;
    QString number;
    qint64 customerId = 0;
    QString customerName;
    QString phone;
    qint64 vehicleId = 0;
    QString vehicleLabel;
    QString plate;
    qint64 workOrderId = 0;
    QString workOrderNumber;
    qint64 followUpId = 0;
    QString source;   // FollowUpCodes::complaintSources()
    QString category; // FollowUpCodes::complaintCategories()
    QString severity; // FollowUpCodes::severities()
    QString words;    // the customer's words
    QDateTime receivedAt; // UTC
    QString receivedBy;
    QString responsible;  // the first receiver, unless handed over
    qint64 responsibleId = 0;
    QDateTime replyBy;    // UTC
    QDateTime resolveBy;  // UTC
    QDateTime repliedAt;  // UTC; null before the first reply
    QString state;        // FollowUpCodes::complaintStates()
    std::optional<bool> satisfied; // the customer's answer at the last call-back
    QDateTime closedAt;   // UTC
    int steps = 0;        // actions logged, the reception included
    std::optional<SurveyScores> scores; // the questionnaire whose low score opened it

    bool is(ComplaintState s) const { return FollowUpCodes::complaintStates().is(state, s); }
    bool is(ComplaintSeverity s) const { return FollowUpCodes::severities().is(severity, s); }
    bool replyOverdue(const QDateTime &now) const { return is(ComplaintState::Open) && !repliedAt.isValid() && now > replyBy; }
    bool resolveOverdue(const QDateTime &now) const { return is(ComplaintState::Open) && now > resolveBy; }
    bool overdue(const QDateTime &now) const { return replyOverdue(now) || resolveOverdue(now); }
    // The service manager's: every major one, and a general one past a deadline (FollowUpRules::escalates).
    bool escalated(const QDateTime &now) const;
};

// One step logged on a complaint.
struct ComplaintEntry {
    QDateTime at; // UTC
    QString byName;
    QString station;
    QString action; // FollowUpCodes::complaintActions()
    QString notes;
    QString workOrderNumber;
    QString handedTo;
    std::optional<bool> satisfied;
};

// Complaints: registered from anywhere, their deadlines, every step logged, the responsible person kept, closed
// only after a call-back in which the customer says they are satisfied.
class ComplaintStore
{
    Q_DECLARE_TR_FUNCTIONS(dd::ComplaintStore)
public:
    explicit ComplaintStore(Database &db) : m_db(db) {}

    struct NewComplaint {
        qint64 customerId = 0;
        qint64 vehicleId = 0;   // 0: not about one car
        qint64 workOrderId = 0; // 0: not about one visit
        qint64 followUpId = 0;  // the follow-up call it came from
        ComplaintSource source = ComplaintSource::Counter;
        ComplaintCategory category = ComplaintCategory::Other;
        ComplaintSeverity severity = ComplaintSeverity::General;
        QString words;
        bool fromSurvey = false; // opened by a low score: the words may be empty, the scores say it
    };
    // Command "complaint.register": the complaint with its number (TS…), its deadlines by the dealership's hours
    // for its severity (DealershipSettings::followUp), the signed-in person as receiver and responsible, and its first log entry.
    Complaint registerComplaint(Commands &commands, const NewComplaint &c);
    // The same inside another command (a low satisfaction score opens one from the call); `responsibleId` other
    // than 0 makes that person responsible (the service manager). Returns the new id.
    static qint64 registerIn(CommandContext &ctx, const NewComplaint &c, const FollowUpSettings &settings,
                             qint64 responsibleId = 0);

    struct Step {
        ComplaintAction action = ComplaintAction::Called;
        QString notes;
        QString workOrderNumber;       // comeback, goodwill
        qint64 handTo = 0;             // handover: the user taking over
        std::optional<bool> satisfied; // call-back
    };
    // Command "complaint.step": one step, checked by FollowUpRules::checkStep. A reply sets the first reply; a
    // call-back with a satisfied customer closes it; an unsatisfied one keeps it open; a handover makes someone
    // else responsible; a reopening opens it again. The reply and the closing of a major complaint are the
    // service manager's. Refused when it changed at another station since it was read.
    Complaint logStep(Commands &commands, qint64 complaintId, int version, const Step &step);
    static void logStepIn(CommandContext &ctx, qint64 complaintId, int version, const Step &step);

    Complaint load(qint64 complaintId);
    Complaint byNumber(const QString &number);
    QList<ComplaintEntry> log(qint64 complaintId);
    // The desk's list: open ones by their resolution deadline (overdue first), then, with `closedDays` > 0, the
    // ones closed in that many days.
    QList<Complaint> list(bool openOnly, int closedDays = 30);
    // Whether the customer has an open complaint (no survey, no marketing message meanwhile).
    bool hasOpen(qint64 customerId);
    static bool hasOpenIn(CommandContext &ctx, qint64 customerId);
    // The vehicle's visits for that customer, the latest first, for choosing the one complained about.
    struct Visit {
        qint64 workOrderId = 0;
        QString number;
        QDateTime openedAt; // UTC
    };
    QList<Visit> visitsOf(qint64 vehicleId, qint64 customerId, int limit = 12);
    // The users a complaint may be handed to: active, with the follow-up desk.
    QList<QPair<qint64, QString>> handlers();

private:
    Database &m_db;
};

} // namespace dd
