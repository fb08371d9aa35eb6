#pragma once
#include <QCoreApplication>

#include "commands.h"
#include "core/addon.h"

namespace dd {

// Add-on repairs (增修): findings proposed by the workshop or taken over from the inspection, the customer's
// decision on each line with its provenance, the workshop told, and re-approval after a price change.
class AddOnStore
{
    Q_DECLARE_TR_FUNCTIONS(dd::AddOnStore)
public:
    explicit AddOnStore(Database &db) : m_db(db) {}

    // Records a finding with its lines (and photos). A warranty-eligible finding's lines become warranty lines
    // at once; any other finding waits for the customer. Returns its id.
    qint64 propose(Commands &commands, const AddOnFinding &finding);
    AddOnFinding load(qint64 findingId);
    QList<AddOnFinding> forWorkOrder(qint64 workOrderId);
    // Waiting for the customer, oldest first.
    QList<AddOnFinding> pending();
    // Decided, but the workshop has not been told yet, oldest first.
    QList<AddOnFinding> toRelay();
    // The customer's decision on every line of a finding, with who decided, how, the number and when.
    AddOnFinding decide(Commands &commands, qint64 findingId, int version, const QList<LineDecision> &decisions,
                        const Provenance &provenance);
    // The decision passed to the workshop: who received it, and when (now).
    AddOnFinding relay(Commands &commands, qint64 findingId, int version, const QString &receivedBy);
    // A new price for an approved line: it goes back to the customer for a new approval (as a finding of its
    // own when it was part of the signed estimate). Returns the finding now waiting.
    qint64 reprice(Commands &commands, qint64 lineId, Fen unitPriceFen, int centiHours);
    // The decisions on record for a line, oldest first.
    QList<std::pair<LineDecision, Provenance>> decisions(qint64 lineId);

private:
    Database &m_db;
};

} // namespace dd
