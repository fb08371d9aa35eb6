#pragma once
#include <QCoreApplication>
#include <QDateTime>
#include <optional>

#include "commands.h"
#include "core/customer.h"

namespace dd {

// Customers and vehicles: loading, duplicate lookups and the commands that save them.
class CustomerStore
{
    Q_DECLARE_TR_FUNCTIONS(dd::CustomerStore)
public:
    explicit CustomerStore(Database &db) : m_db(db) {}

    std::optional<Customer> byId(qint64 id);
    // Customers holding this phone number (normalised), to offer for reuse instead of a duplicate.
    QList<Customer> byPhone(const QString &number);
    // Inserts (id 0) or updates (checking the version) after CustomerRules::validate; returns the id.
    qint64 save(Commands &commands, Customer c);
    qint64 saveIn(CommandContext &ctx, Customer c);

private:
    Database &m_db;
};

struct PlateChange {
    QString plate;
    QDateTime from;
    QDateTime to; // null while current
    QString recordedBy;
};

struct OwnerChange {
    qint64 customerId = 0;
    QString customerName;
    QDateTime from;
    QDateTime to;
    QString recordedBy;
};

class VehicleStore
{
    Q_DECLARE_TR_FUNCTIONS(dd::VehicleStore)
public:
    explicit VehicleStore(Database &db) : m_db(db) {}

    std::optional<Vehicle> byId(qint64 id);
    std::optional<Vehicle> byVin(const QString &vin);
    std::optional<Vehicle> byPlate(const QString &plate);
    QList<PlateChange> plateHistory(qint64 vehicleId);
    QList<OwnerChange> ownerHistory(qint64 vehicleId);

    // Inserts or updates after VehicleRules::validate. A VIN or plate another vehicle holds is refused with
    // that vehicle named; a plate or owner change closes the old history row and opens a new one.
    qint64 save(Commands &commands, Vehicle v);
    qint64 saveIn(CommandContext &ctx, Vehicle v);
    // Raises the last known mileage (never lowers it); a lower reading is refused with the last one named.
    // A reading lower than the last one is refused (StoreError::Kind::Validation naming both), unless
    // `lowerConfirmed`: then the vehicle keeps its last reading and the inspection asks for the reason.
    void recordMileageIn(CommandContext &ctx, qint64 vehicleId, int km, bool lowerConfirmed = false);
    // The one odometer truth every screen compares with and shows: the highest reading recorded for the vehicle
    // by any source (its record, a check-in, a completed inspection), with when it was taken; km -1 when none.
    struct Reading {
        int km = -1;
        QDateTime at; // UTC
    };
    static Reading latestReading(Database &db, qint64 vehicleId);

    static Vehicle fromQuery(const class QSqlQuery &q); // columns as in vehicleColumns()
    static QString vehicleColumns();

private:
    std::optional<Vehicle> one(const QString &where, const QVariant &value);
    Database &m_db;
};

} // namespace dd
