#pragma once
#include <QCoreApplication>
#include <QDateTime>
#include <optional>

#include "commands.h"
#include "core/inspection.h"

namespace dd {

// A vehicle in the shop, as the inspection queue and the key cabinet show it.
struct ShopVehicle {
    qint64 workOrderId = 0;
    QString workOrderNumber;
    QString workOrderState;
    qint64 vehicleId = 0;
    QString vehicleLabel;
    QString customerName;
    QString advisorName;
    QDateTime openedAt;
    QDateTime promisedAt;
    qint64 inspectionId = 0;
    QString inspectionState; // "", open, completed
    QString keyTag;
    bool customerWaits = false;
};

class InspectionStore
{
    Q_DECLARE_TR_FUNCTIONS(dd::InspectionStore)
public:
    explicit InspectionStore(Database &db) : m_db(db) {}

    // The inspection of a work order: the saved one, or a new one with the check-in's mileage and every
    // damage mark the vehicle still has from earlier visits. Throws NotFound for an unknown work order.
    Inspection load(qint64 workOrderId);
    // Saves the whole inspection in one command (marks placed, moved and removed; earlier marks confirmed;
    // photos added). With `complete`, also refuses while anything required is missing (naming each), then
    // records the odometer on the work order and the vehicle and closes the inspection.
    // Returns the inspection as stored.
    Inspection save(Commands &commands, const Inspection &inspection, bool complete = false);

    // Work orders whose car is still in the shop (not delivered or cancelled; a settled car waits for its owner),
    // those without a completed inspection first.
    QList<ShopVehicle> inShop();
    // Keys in the cabinet: tag, car, work order. Ordered by tag.
    QList<ShopVehicle> keyCabinet();
    QList<QByteArray> photos(qint64 markId);

private:
    Database &m_db;
};

} // namespace dd
