#pragma once
#include <QCoreApplication>
#include <QDate>

#include "core/customer.h"
#include "core/money.h"
#include "database.h"

namespace dd {

struct PastVisit {
    qint64 workOrderId = 0;
    QString number;
    QDateTime openedAt;
    int mileageKm = -1;
    QStringList items;
    Fen amountFen = 0;
    QString advisor;
    QString state;
};

// Something that must come back at the counter, with where it came from.
struct AttentionItem {
    enum class Kind { Declined, Deferred, Promise, MaintenanceDue, Damage };
    Kind kind = Kind::Promise;
    QString text;
    QString reason;
    QDate due;
    QString origin; // work-order number, when it came from one
    Fen amountFen = 0;
};

struct VehicleHistory {
    Vehicle vehicle;
    QString ownerName;
    QString ownerPhone;
    int odometerKm = -1;              // the latest reliable reading (VehicleStore::latestReading) and when
    QDateTime odometerAt;
    QList<PastVisit> visits;          // newest first
    QList<AttentionItem> attention;   // declined/deferred work, open promises, body damage, maintenance due
};

class History
{
    Q_DECLARE_TR_FUNCTIONS(dd::History)
public:
    explicit History(Database &db) : m_db(db) {}
    // Everything the counter needs about a vehicle in a handful of indexed queries.
    VehicleHistory load(qint64 vehicleId, const QDate &today);
    static QString kindName(AttentionItem::Kind kind);

private:
    Database &m_db;
};

} // namespace dd
