#pragma once
#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include "addon.h"
#include "inspection.h"
#include "workorder.h"
#include "money.h"
#include "settlement.h"

namespace dd {

// The data each of the shop's forms prints, gathered by the store (FormData) and laid out by the printing
// library; nothing here knows about SQL or paint. Which forms there are: documents/formregistry.h.

// What every page header carries.
struct FormHeader {
    QString dealershipName;
    QString address;
    QString phone;
    QByteArray logoPng;
};

struct PlannedItem {
    QString kind;        // labor, part, other
    QString description;
    QString quantity;    // as printed: "1", "4.5 L"
    Fen amountFen = 0;
};

// 接车单 / 环车检查单: what the customer signs at the end of the walk-around.
struct IntakeSheet {
    FormHeader header;
    QString workOrderNumber;
    QDateTime timeIn;          // UTC
    QString advisorName;
    QString customerName;
    QString customerPhone;     // full; the form masks it
    QString dropOffName;
    QString dropOffPhone;
    QString plate;
    QString vin;
    QString model;             // brand series model
    QString color;
    Inspection inspection;     // readings, handover, marks
    QStringList concerns;
    QList<PlannedItem> plannedItems;
    Fen estimateFen = 0;
    QDateTime promisedAt;      // UTC; invalid when not yet promised
    QString handoverTerms;
};

// 维修预约单
struct AppointmentSlip {
    FormHeader header;
    QString number;
    QDateTime startsAt;        // UTC
    int durationMin = 0;
    QString customerName;
    QString customerPhone;     // full; the form masks it
    QString vehicle;           // plate and model
    QString vin;
    QString serviceType;       // code
    QString concerns;
    QString advisorName;
    QString bayName;
    Fen partsPriceFen = 0;
    Fen depositFen = 0;
    bool depositPaid = false;
    QString state;             // booked, confirmed, ...
};

// Who the work is for, as the work-order forms print it.
struct WorkOrderParty {
    QString workOrderNumber;
    QDateTime timeIn;       // UTC
    QString advisorName;
    QString customerName;
    QString customerPhone;  // full; the forms mask it
    QString dropOffName;
    QString dropOffPhone;
    QString plate;
    QString vin;
    QString model;
    int mileageKm = -1;
    QString engineNo;
    QString vehicleType; // VehicleCodes::vehicleTypes(), "" when not recorded
    QString plateColor;  // VehicleCodes::plateColors(): as recorded, else as the plate's shape says
};

// 维修委托书: the work order with its estimate, which the customer signs before work starts.
struct AuthorizationForm {
    FormHeader header;
    WorkOrderParty party;
    WorkOrder order;
    int vatRateBp = 1300;
    QString oldParts;       // from the inspection: customer_takes, shop_disposes, ""
    QString handoverTerms;
};

// 增修确认单: findings with prices and extra time, for the customer's signature.
struct AddOnForm {
    FormHeader header;
    WorkOrderParty party;
    QList<AddOnFinding> findings;
    QDateTime promisedAt;   // the promise before the add-on
    int vatRateBp = 1300;
};

// 竣工出厂合格证: only for level-2 maintenance and major repairs, after the quality check.
struct CompletionCertificate {
    FormHeader header;
    WorkOrderParty party;
    QString certificateNo;   // 合格证编号, its own sequence
    QString repairCategory;
    QStringList work;        // the approved work, as done
    QDateTime completedAt;   // UTC: the quality check passed
    QDateTime deliveredAt;   // UTC: the car left (invalid: filled in by pen at release)
    int odometerOutKm = -1;  // read as the car left; -1: the pen fills it in
    QString inspectorName;
    int reworkCount = 0;
    int guaranteeKm = 0;     // what the dealership commits to (never below the legal minimum)
    int guaranteeDays = 0;
};

// 维修结算单 after JT/T 1133-2017: the work order's lines with the settlement's discounts and payments.
struct SettlementStatement {
    FormHeader header;
    QString taxNumber;      // the dealership's unified social credit code
    WorkOrderParty party;
    WorkOrder order;        // odometerOutKm and deliveredAt: -1 / invalid until the car leaves
    Settlement settlement;
    int guaranteeKm = 0;    // committed for the order's repair category; 0 when it has none
    int guaranteeDays = 0;
};

// 出厂通知单 / 出门证: what the customer takes home and the gate checks.
struct ReleaseNotice {
    FormHeader header;
    WorkOrderParty party;   // mileageKm: the odometer at check-in
    WorkOrder order;
    QString settlementNumber;
    QDateTime settledAt;    // UTC
    QDateTime completedAt;  // UTC: the quality check passed
    int odometerOutKm = -1;
    QString oldParts;       // customer_takes, waived, none
    QStringList belongings; // as listed at check-in
    QString keyTag;
    QStringList pickedUp;   // once delivered: the pickup items confirmed (DeliveryRules::pickupItems()), ticked
    int maintenanceIntervalKm = 5000;
    int maintenanceIntervalMonths = 6;
};

// 日结: a business day's settlements per cashier and method.
struct DayCloseSheet {
    FormHeader header;
    DayCloseReport report;
};

// 客户投诉处理单: one complaint as received, every step taken, and how it ended (seed 002).
struct ComplaintSheet {
    FormHeader header;
    QString number;
    QDateTime receivedAt; // UTC
    QString receivedBy;
    QString source;       // code (FollowUpCodes::complaintSources)
    QString customerName;
    QString customerPhone; // full; the form masks it
    QString vehicle;
    QString vin;
    QString workOrderNumber;
    QString category;     // code
    QString severity;     // code
    QString words;
    QString responsible;
    QDateTime replyBy;    // UTC
    QDateTime resolveBy;
    QDateTime repliedAt;
    QDateTime closedAt;
    QString state;        // code
    int satisfied = -1;   // the last call-back's answer: 1 yes, 0 no, -1 not asked yet
    QString scores;       // the low scores that opened it, in words (FollowUpRules::scoresText); empty if none
    QDateTime now;        // UTC, the database's clock when printed: what is overdue
    struct Step {
        QDateTime at; // UTC
        QString byName;
        QString action; // code (FollowUpCodes::complaintActions)
        QString notes;
        QString detail;     // the work order, whom it was handed to
        int satisfied = -1; // a call-back: the customer's answer (1 yes, 0 no)
    };
    QList<Step> steps;
};

} // namespace dd
