#pragma once
#include <QCoreApplication>
#include <QDateTime>
#include <optional>

#include "commands.h"
#include "core/workorder.h"

namespace dd {

// One step a work order took.
struct TransitionRecord {
    QString transition;
    QString fromState;
    QString toState;
    QDateTime at; // UTC
    QString by;
    QString station;
    QString note;
};

// Work orders (委托书): the estimate while it is a draft, the workshop's cause and correction, and the steps
// from authorization to delivery, each a command whose gate names what is missing.
class WorkOrderStore
{
    Q_DECLARE_TR_FUNCTIONS(dd::WorkOrderStore)
public:
    explicit WorkOrderStore(Database &db) : m_db(db) {}

    // Throws NotFound for an unknown id.
    WorkOrder load(qint64 id);
    // Who saved the work order last, where and when (its bookkeeping columns).
    Change lastChange(qint64 id);
    std::optional<qint64> idOf(const QString &number);
    // The estimate of a draft: type, repair category, promised time, the concerns' words and the lines.
    // Refused once the customer authorized the work (changes then go through add-on approval) and when
    // another station saved first (Conflict). Returns the work order as stored.
    WorkOrder saveEstimate(Commands &commands, const WorkOrder &order);
    // The workshop's cause and correction (or "no fault found") per concern, until the work order is ready.
    WorkOrder saveConcerns(Commands &commands, qint64 id, int version, const QList<Concern> &concerns);
    // Who does a labor line, from the handover until the job is checked.
    WorkOrder assignTechnician(Commands &commands, qint64 id, int version, qint64 lineId, qint64 technicianId,
                               const QString &technicianName);
    // One technician (technicians.id, or 0 with a team's name) on several labor lines, in one command.
    WorkOrder assignTechnicians(Commands &commands, qint64 id, int version, const QList<qint64> &lineIds,
                                qint64 technicianId, const QString &technicianName);
    // Takes one step (WorkOrderRules::transitions()), refused with every blocker named. Timestamped, kept in
    // the work order's history and audited.
    WorkOrder transition(Commands &commands, qint64 id, int version, const QString &transition,
                         const TransitionInput &input = {});
    // The same step inside a caller's command (settlement, reversal, delivery), with every gate.
    static void transitionIn(CommandContext &ctx, qint64 id, int version, const QString &transition,
                             const TransitionInput &input = {});
    QList<TransitionRecord> history(qint64 id);
    // Adds a line inside the caller's command (estimate, add-on finding), with its audit row; returns its id.
    // Inside the print command of a repair authorization: the paper shows the work order at this version.
    // Not a change of the work order itself (its version stays); the issued document carries the audit row.
    static void recordAuthorizationPrinted(CommandContext &ctx, const QString &number, int version);
    static qint64 insertLine(CommandContext &ctx, qint64 workOrderId, const WorkOrderLine &line, int position,
                             qint64 findingId = 0);

private:
    Database &m_db;
};

} // namespace dd
