#pragma once
#include <QCoreApplication>

#include "codes.h"
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include "dealership.h"
#include "money.h"
#include "roles.h"
#include "validation.h"

namespace dd {

// A concern in the customer's words, with the workshop's cause and correction (3C). A concern may instead
// be closed as "no fault found".
// The work order's closed code lists, each defined once (codes.h): enum, stored text, label.
enum class WorkOrderState { Draft, Open, Dispatched, InProgress, AwaitingApproval, QualityCheck, Ready, Settled, Delivered, Cancelled };
enum class WorkOrderType { Maintenance, Repair, BodyPaint, Warranty, Insurance, Internal, Comeback };
enum class RepairCategory { Major, Level2, Minor };
enum class PayType { Customer, Warranty, Insurance, Internal, Goodwill };
enum class PartSource { Oem, Equivalent, Reconditioned, CustomerSupplied };
enum class OtherKind { Diagnosis, Sublet, Materials };
enum class LineKind { Labor, Part, Other };
enum class LineStatus { Proposed, Approved, Declined, Deferred };
enum class WorkOrderStep { Authorize, Dispatch, Start, AwaitApproval, Resume, SubmitQc, QcPass, QcFail, Settle, Deliver, Cancel, Reverse };

struct Concern {
    qint64 id = 0;
    QString text;
    QString cause;
    QString correction;
    bool noFaultFound = false;

    bool isResolved() const { return noFaultFound || !correction.trimmed().isEmpty(); }
};

// One line of a work order: labor (sold hours at a rate), a part (quantity at a unit price) or something
// else (diagnosis fee, sublet work, materials). Amounts are tax-inclusive fen.
struct WorkOrderLine {
    qint64 id = 0;
    QString kind = QStringLiteral("labor"); // labor, part, other
    QString otherKind;                      // other lines: diagnosis, sublet, materials
    QString code;                           // operation code or part number
    QString description;
    int centiHours = 0;                     // labor: sold hours in hundredths (1.5 h = 150)
    QString laborCategory;                  // labor: the rate's code from the dealership settings
    Fen rateFen = 0;                        // labor: per hour
    qint64 quantityMilli = 1000;            // parts and others: thousandths of the unit
    QString unit;                           // parts: 个, L, 套 ...
    Fen unitPriceFen = 0;
    QString payType = QStringLiteral("customer"); // customer, warranty, insurance, internal, goodwill
    QString partSource;                     // parts: oem, equivalent, reconditioned, customer_supplied
    QString brandSpec;                      // parts: brand or specification, from the price list
    bool consentRecorded = false;           // reconditioned parts: the customer's written consent
    qint64 technicianId = 0;                // labor: who does it
    QString technicianName;
    QString status = QStringLiteral("approved"); // proposed, approved, declined, deferred
    QString reason;                         // declined or deferred: why
    QDate dueDate;                          // deferred: when to bring it up again
    qint64 findingId = 0;                   // proposed by an add-on finding
    Fen approvedAmountFen = -1;             // what the customer approved; -1 when not (yet) approved
    QString inspectionItem;                 // taken over from the walk-around: the quick-check item it answers

    // Labor: rate x hours; others: unit price x quantity. Half-up to the fen.
    Fen amount() const;
    bool counts() const { return is(LineStatus::Approved); }
    bool is(LineKind k) const;     // the stored kind is k's code
    bool is(LineStatus s) const;
    bool is(PayType p) const;
    bool is(PartSource p) const;
};

struct WorkOrderTotals {
    Fen labor = 0;
    Fen parts = 0;
    Fen other = 0;
    Fen total = 0;        // tax-inclusive, approved lines
    Fen vat = 0;          // contained in total
    Fen customerPays = 0; // lines with pay type "customer"
    int centiHours = 0;   // sold labor hours
};

// A yellow or red quick-check finding of the walk-around inspection (InspectionCodes::checkItems, ratings).
struct WalkAroundFinding {
    QString item;
    QString rating;
    QString note;
};

struct WorkOrder {
    qint64 id = 0;
    int version = 0;
    QString number;
    QString state = QStringLiteral("draft");
    QString type;           // maintenance, repair, body_paint, warranty, insurance, internal, comeback
    QString repairCategory; // major, level2, minor
    qint64 vehicleId = 0;
    qint64 customerId = 0;
    int mileageKm = -1;
    QDateTime openedAt;     // UTC
    QDateTime promisedAt;   // UTC
    QString advisorName;
    QList<Concern> concerns;
    QList<WorkOrderLine> lines;
    // Recorded by the transitions
    QDateTime authorizedAt;
    QString handedOverTo;   // the workshop person who received the car
    QDateTime handedOverAt;
    QString inspectorName;  // quality check
    int reworkCount = 0;
    QString cancelReason;
    int pendingFindings = 0; // add-on findings waiting for the customer's decision
    // The version of the work order whose repair authorization was last printed for the customer's
    // signature; authorizing needs it to be the current version (nothing changed since the paper).
    int authorizationPrintedVersion = 0;
    QDateTime deliveredAt; // UTC: the car left with the customer
    QString dropOffName;   // the person who brought the car (送修人)
    int odometerOutKm = -1; // read when the car left; -1 = not read
    QString certificateNo;  // 合格证编号, given when the quality check passes a level-2 or major repair

    QList<WalkAroundFinding> walkAroundFindings; // the inspection's yellow and red ones
    WorkOrderTotals totals(int vatRateBp) const;
    bool is(WorkOrderState s) const; // the stored state is s's code
};

// What a transition needs besides the work order itself.
struct TransitionInput {
    QString receivedBy;  // dispatch: the workshop person receiving the car
    QString inspector;   // quality check: who checked
    QString notes;       // quality check fail: what is wrong; deliver: remarks at pickup
    QString reason;      // cancel, reverse: why
    QStringList pickedUp; // deliver: the pickup checklist items confirmed (DeliveryRules::pickupItems())
    int odometerKm = -1;  // deliver: the odometer as the car leaves (-1 = not read)
};

class WorkOrderCodes
{
public:
    static const CodeTable<WorkOrderState, 10> &states();
    static const CodeTable<WorkOrderType, 7> &types();
    static const CodeTable<RepairCategory, 3> &repairCategories();
    static const CodeTable<PayType, 5> &payTypes();
    static const CodeTable<PartSource, 4> &partSources();
    static const CodeTable<OtherKind, 3> &otherKinds();
    static const CodeTable<LineStatus, 4> &lineStatuses();
    static const CodeTable<LineKind, 3> &lineKinds();
    static const CodeTable<WorkOrderStep, 12> &steps(); // "reverse" is the cashier's, recorded in the history

    // The shared sets of states, defined once; their SQL form with sql().
    // In the workshop: authorized and not yet at the quality check (technicians may still be changed, add-ons proposed).
    static QStringList inWorkshop();
    // Not ready yet: from the draft to the quality check (a promise can still be missed).
    static QStringList beforeReady();
    // On the dispatch board: from the authorization to ready for settlement.
    static QStringList onBoard();
    // No longer in the shop's hands: settled, delivered or cancelled.
    static QStringList closed();
    // Gone from the yard: delivered or cancelled. A settled car waits there for its owner, and is handed over
    // from the work order.
    static QStringList gone();
    static QString sql(const QStringList &states) { return CodeTable<WorkOrderState, 10>::sql(states); }
    static QString code(WorkOrderState s) { return states().code(s); }
};

class WorkOrderRules
{
    Q_DECLARE_TR_FUNCTIONS(dd::WorkOrderRules)
public:
    static QStringList types();
    static QString typeName(const QString &code);
    // Repair categories with their quality-guarantee periods (JT/T: whichever of distance or time first).
    static QStringList repairCategories(); // major, level2, minor
    static QString repairCategoryName(const QString &code);
    static int guaranteeKm(const QString &category);
    static int guaranteeDays(const QString &category);
    // A completion certificate (竣工出厂合格证) exists only for level-2 maintenance and major repairs.
    static bool needsCertificate(const QString &category);
    static QStringList payTypes();
    static QString payTypeName(const QString &code);
    static QStringList partSources();
    static QString partSourceName(const QString &code);
    static QStringList otherKinds(); // diagnosis, sublet, materials
    static QString otherKindName(const QString &code);
    static QStringList states();
    static QString stateName(const QString &code);
    static QString lineStatusName(const QString &code);

    // The transitions between states, each a command with a gate.
    static QStringList transitions(); // authorize, dispatch, start, await_approval, resume, submit_qc, qc_pass, qc_fail, settle, deliver, cancel
    static QString transitionName(const QString &code);
    // The states a transition leaves from, and the one it reaches.
    static QStringList fromStates(const QString &transition);
    static QString toState(const QString &transition);
    // Who may take a step: the advisor's, the workshop's, the inspector's or the cashier's.
    static Permission permissionFor(const QString &transition);
    // Everything that stands in the way, each named; empty when the transition may happen.
    static QStringList blockers(const WorkOrder &order, const QString &transition, const TransitionInput &input = {});
    // The walk-around's yellow and red findings no line answers yet: neither in the estimate, recommended for
    // later (deferred with a date) nor declined by the customer (with the reason). Authorizing asks about each.
    static QList<WalkAroundFinding> undecidedFindings(const WorkOrder &order);
    // The lines themselves: descriptions, hours, quantities, prices, pay types and sources valid.
    static Validation checkLines(const QList<WorkOrderLine> &lines);
    // Lines a canned job would add twice: for each incoming line, the index of the estimate line with the same
    // kind and code (the same description when it has no code) still in the estimate, or -1.
    static QList<int> duplicatesOf(const QList<WorkOrderLine> &estimate, const QList<WorkOrderLine> &incoming);
    enum class Duplicates { Keep, Merge, Skip };
    // The estimate with the incoming lines added: duplicates kept as second lines, merged into the line already
    // there (a part's quantity adds up; an operation is done once: its hours stay), or skipped.
    static QList<WorkOrderLine> addLines(QList<WorkOrderLine> estimate, const QList<WorkOrderLine> &incoming,
                                         Duplicates duplicates);
    // How far the planned duration (the sold hours) has run since the handover, in percent; -1 when unknown.
    static int progressPercent(const QDateTime &handedOverAt, int soldCentiHours, const QDateTime &now);
    // The advisor asks the workshop whether the promise holds once 75 % of the planned duration has passed.
    static bool progressCheckDue(const QDateTime &handedOverAt, int soldCentiHours, const QDateTime &now);
    // A promised completion time: the queue ahead shared among the technicians, this job's sold hours, and a
    // 30-minute margin, within the workshop's hours (what does not fit goes on the next workday's morning),
    // rounded up to the quarter hour. `nowLocal` and the result are local time.
    static QDateTime suggestPromise(const QDateTime &nowLocal, int soldCentiHours, int queuedCentiHours, int technicians,
                                    const WorkshopHours &hours = {});
    // Customer-supplied parts carry the shop's no-guarantee note on the forms.
    static QString noGuaranteeNote();
};

} // namespace dd
