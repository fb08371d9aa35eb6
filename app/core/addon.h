#pragma once
#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include "validation.h"
#include "workorder.h"

namespace dd {

// An add-on finding (增修): more work found by the workshop or taken over from the inspection. It proposes
// lines with prices and extra time; a warranty-eligible finding becomes warranty lines, any other waits for
// the customer's decision on each line.
struct AddOnFinding {
    qint64 id = 0;
    int version = 0;
    qint64 workOrderId = 0;
    QString workOrderNumber; // for lists
    QString vehicleLabel;    // for lists
    QString customerName;    // whom to call: the owner (may be a company),
    QString customerPhone;   //   the owner's first number,
    QString dropOffName;     //   the person who brought the car in (送修人),
    QString dropOffPhone;    //   and that person's number (may be empty)
    QString source = QStringLiteral("workshop"); // workshop, inspection
    QString description;
    QString reason;          // why it is needed, in words the advisor can tell the customer
    bool safetyCritical = false;
    int extraMinutes = 0;
    QDateTime newPromisedAt; // UTC
    QString warranty;        // "", eligible, not_eligible
    QString warrantyReason;  // not eligible: why, for the customer
    QString state = QStringLiteral("pending"); // pending, decided
    QString foundBy;
    QString relayedTo;       // the workshop person told of the decision
    QDateTime relayedAt;
    QDateTime customerToldAt;
    QDateTime createdAt;
    QList<WorkOrderLine> lines;
    QList<QByteArray> newPhotos;
    int photoCount = 0;

    Fen amount() const; // of all its lines
};

// Who decided and how: the provenance kept with every decision.
struct Provenance {
    QString decidedBy;     // the customer's (or their representative's) name
    QString method;        // in_person, phone, message
    QString contactNumber; // the number used (phone, message)
    QDateTime decidedAt;   // UTC
};

struct LineDecision {
    qint64 lineId = 0;
    QString decision;      // approved, declined, deferred
    Fen amountFen = 0;     // the amount the customer was told
    QString reason;        // declined, deferred
    QDate dueDate;         // deferred: when to bring it up again
};

// The add-on's closed code lists, each defined once (codes.h).
enum class ApprovalMethod { InPerson, Phone, Message };
enum class WarrantyDecision { Eligible, NotEligible };
enum class FindingSource { Workshop, Inspection };

class AddOnCodes
{
public:
    static const CodeTable<ApprovalMethod, 3> &methods();
    static const CodeTable<WarrantyDecision, 2> &warranty();
    static const CodeTable<FindingSource, 2> &sources();
};

class AddOnRules
{
    Q_DECLARE_TR_FUNCTIONS(dd::AddOnRules)
public:
    static QStringList methods(); // in_person, phone, message
    static QString methodName(const QString &code);
    static Validation checkFinding(const AddOnFinding &finding);
    // Every line of the finding decided once, approved amounts equal to the lines' current amounts, reasons and
    // due dates where needed, and who, how, which number and when.
    static Validation checkDecision(const AddOnFinding &finding, const QList<LineDecision> &decisions,
                                    const Provenance &provenance, const QDateTime &nowUtc);
};

} // namespace dd
