#pragma once
#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QTime>

#include "docnumber.h"
#include "followup.h"
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

// When the workshop works: the daily hours (local time) and the weekdays it is closed. Promises and their
// suggestions stay inside them.
struct WorkshopHours {
    QTime opens{8, 30};
    QTime closes{18, 0};
    QList<int> daysOff; // ISO weekdays, 1 = Monday … 7 = Sunday

    bool isWorkday(const QDate &date) const { return !daysOff.contains(date.dayOfWeek()); }
    bool contains(const QDateTime &local) const; // on a workday, from opening to closing time
    // `local` itself when the workshop is open then, else the next opening time.
    QDateTime nextOpen(const QDateTime &local) const;
    // The weekdays off as stored ("6,7") and back; unknown or repeated days are dropped.
    static QString daysOffText(const QList<int> &days);
    static QList<int> parseDaysOff(const QString &text);
    bool operator==(const WorkshopHours &) const = default;
};

// The quality guarantee the dealership commits to for a repair category: at least the legal minimum.
struct Guarantee {
    int km = 0;
    int days = 0;
    bool operator==(const Guarantee &) const = default;
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
    WorkshopHours workshopHours;
    int noShowGraceMinutes = 30; // a booking this long past its time without the customer is a no-show
    // The labor rate (its code) a new line starts with; "" = the first active rate.
    QString defaultLaborRate;
    // What the dealership commits to beyond the legal minimum, per repair category; a category not listed
    // commits the minimum (WorkOrderRules::guaranteeKm/Days).
    QMap<QString, Guarantee> guarantees;
    // After the visit: when the follow-up calls fall due, who may call, retries, surveys, complaint deadlines.
    FollowUpSettings followUp;
    // The text of the message that replaces a call not made ({name}, {plate}, {date}, {amount}, {shop}, {phone});
    // empty: FollowUpRules::defaultFallbackTemplate.
    QString fallbackTemplate;
    int version = 0;          // 0 until first stored

    QString prefix(DocumentKind kind) const { return prefixes.value(kind, DocumentNumbers::defaultPrefix(kind)); }
    Guarantee guaranteeFor(const QString &repairCategory) const;
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
    static Validation validate(const WorkshopHours &hours);
    // The rates in the order a new line offers them: the dealership's default first, then the others by code.
    static QList<LaborRate> withDefaultFirst(QList<LaborRate> rates, const QString &defaultCode);
    // Unified social credit code (GB 32100-2015): 18 characters with a check character.
    static Validation validateTaxNumber(const QString &taxNumber);
    // The commitments as stored: "level2=8000/60;major=30000/120", and back (unknown categories dropped).
    static QString guaranteesText(const QMap<QString, Guarantee> &guarantees);
    static QMap<QString, Guarantee> parseGuarantees(const QString &text);
};

} // namespace dd
