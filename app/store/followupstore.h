#pragma once
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <optional>

#include "commands.h"
#include "core/followup.h"

namespace dd {

// One follow-up call (回访) as the desk lists it.
struct FollowUpCall {
    qint64 id = 0;
    int version = 0;
    qint64 workOrderId = 0;
    QString workOrderNumber;
    qint64 customerId = 0;
    QString customerName;
    QString phone;
    QString vehicleLabel;
    QString kind;           // FollowUpCodes::kinds()
    QDate due;              // the dealership's local date
    bool survey = true;
    QString state;          // FollowUpCodes::states()
    QString note;           // skipped: why, as a code (FollowUpRules::skipReason)
    QString servingAdvisor; // who served the customer (the independent-caller rule)
    qint64 servingAdvisorId = 0;
    bool consent = true;    // the customer's consent to be called, as it is now
    QDateTime deliveredAt;  // UTC
    int attempts = 0;
    bool is(FollowUpState s) const { return FollowUpCodes::states().is(state, s); }
};

// After the visit: the follow-up calls a delivery creates, and the desk's queue of them.
class FollowUpStore
{
    Q_DECLARE_TR_FUNCTIONS(dd::FollowUpStore)
public:
    explicit FollowUpStore(Database &db) : m_db(db) {}

    // The rules every call is made by: the dealership's (DealershipSettings::followUp), or those given (tests).
    static FollowUpSettings rules(Database &db, const std::optional<FollowUpSettings> &given = std::nullopt);

    // Inside the delivery's own command: the calls the dealership's rules create for the visit (FollowUpRules::
    // plan), or one skipped row saying why nobody calls. Audited with the delivery.
    static void planDelivery(CommandContext &ctx, qint64 workOrderId, std::optional<FollowUpSettings> settings = std::nullopt);

    // One attempt at a call, by the signed-in person: the outcome, the number dialled, notes, and when to call
    // back if the customer asked. Reached (or a refusal) makes the call done; three failed attempts, a wrong
    // number or days without reaching the customer say a message is due instead (FollowUpRules::needsFallback).
    // Refused when the call is not due any more, changed at another station, or when the dealership asks that
    // the advisor who served the customer does not call.
    struct Attempt {
        CallOutcome outcome = CallOutcome::NoAnswer;
        QString number;
        QString notes;
        QDateTime callBackAt; // UTC; the customer asked to be called back then
        // Reached on a survey call: the customer's answers. A score at or below the dealership's threshold opens
        // a complaint with the call attached, for the service manager.
        std::optional<SurveyScores> survey;
        QString comment; // the customer's own words on the questionnaire
    };
    FollowUpCall logAttempt(Commands &commands, qint64 followUpId, int version, const Attempt &attempt,
                            std::optional<FollowUpSettings> settings = std::nullopt);
    FollowUpCall load(qint64 followUpId);
    // Why the call's questionnaire is not asked now (not a survey call, surveyed within the gap, an open
    // complaint); empty when it may be.
    QString surveyRefusal(const FollowUpCall &call, const QDate &today, std::optional<FollowUpSettings> settings = std::nullopt);
    // The questionnaire answered on the call, if any.
    struct Survey {
        SurveyScores scores;
        QString comment;
        QDateTime at; // UTC
        QString complaintNumber; // the complaint a low score opened
    };
    std::optional<Survey> survey(qint64 followUpId);
    QList<CallAttempt> attempts(qint64 followUpId);
    // Whether the call should now turn into a message (the rules on its attempts, today).
    bool needsFallback(const FollowUpCall &call, const QDate &today, std::optional<FollowUpSettings> settings = std::nullopt);

    // The message that replaces a call the rules say cannot be made (FollowUpRules::needsFallback): by SMS,
    // WeChat or letter, to the number or address given, with the text as sent. Logged in `messages` (the day's
    // are exported for the shop's SMS platform) and the call counts as done (state messaged). Refused when the
    // rules do not call for it yet, the call is not due any more, or it changed at another station.
    FollowUpCall sendMessage(Commands &commands, qint64 followUpId, int version, MessageChannel channel,
                             const QString &recipient, const QString &body);
    // The text the dealership's template gives for a call's message.
    QString messageText(const FollowUpCall &call);
    struct Message {
        QDateTime queuedAt; // UTC
        QString channel;
        QString recipient;
        QString customerName;
        QString workOrderNumber;
        QString body;
        QString byName;
        QDateTime exportedAt;
    };
    // The messages queued on a local day, in order.
    QList<Message> messagesOn(const QDate &day);
    // The day's messages as CSV (UTF-8 with BOM, formula-safe) for the bulk-SMS platform: time, channel,
    // recipient, customer, work order, text.
    static QByteArray messagesCsv(const QList<Message> &messages);
    // Records that the day's messages went out by the export (command "messages.export"); returns how many.
    int markExported(Commands &commands, const QDate &day);

    // The calls of one visit, in due order (skipped ones too).
    QList<FollowUpCall> forWorkOrder(qint64 workOrderId);
    // The desk's queue: every call still due, overdue first, up to `upcomingDays` after `today`.
    QList<FollowUpCall> queue(const QDate &today, int upcomingDays = 7);

private:
    Database &m_db;
};

} // namespace dd
