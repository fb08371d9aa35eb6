#pragma once
#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

#include "docnumber.h"
#include "money.h"
#include "validation.h"

namespace dd {

// A labour category with its hourly rate, e.g. "Mechanical" at 180.00 yuan per hour.
struct LaborRate {
    qint64 id = 0; // 0 for a rate not yet stored
    QString code;
    QString name;
    Fen ratePerHour = 0;
    bool active = true;
    int version = 0;

    bool operator==(const LaborRate &) const = default;
};

// The dealership's own data, printed on every form and used by pricing.
struct DealershipSettings {
    QString name;
    QString address;
    QString phone;
    QString taxNumber; // 统一社会信用代码 / 纳税人识别号
    QByteArray logoPng;
    int vatRateBp = 1300; // 13 %
    QMap<DocumentKind, QString> prefixes;
    QString handoverTerms;
    int autoLockMinutes = 10; // a counter PC left alone this long locks itself; 0 = never
    int greetingLimitSeconds = 120; // an arrival waiting longer than this for an advisor is shown in red
    int approvalAlertMinutes = 15;  // an add-on finding waiting longer than this for the customer is highlighted
    // The discount each role may grant without a service manager, in basis points of what the customer pays.
    int discountLimitAdvisorBp = 500;
    int discountLimitCashierBp = 300;
    // The maintenance interval printed on the release notice as the next service due.
    int maintenanceIntervalKm = 5000;
    int maintenanceIntervalMonths = 6;
    int version = 0;          // 0 until first stored

    QString prefix(DocumentKind kind) const { return prefixes.value(kind, DocumentNumbers::defaultPrefix(kind)); }
    bool operator==(const DealershipSettings &) const = default;
};

class DealershipRules
{
    Q_DECLARE_TR_FUNCTIONS(dd::DealershipRules)
public:
    static DealershipSettings defaults();
    static QString defaultHandoverTerms();
    static Validation validate(const DealershipSettings &settings);
    static Validation validate(const LaborRate &rate);
    // Unified social credit code (GB 32100-2015): 18 characters with a check character.
    static Validation validateTaxNumber(const QString &taxNumber);
};

} // namespace dd
