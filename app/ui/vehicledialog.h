#pragma once
#include <QDialog>
#include <memory>

#include "core/customer.h"

class QPushButton;

namespace Ui {
class VehicleDialog;
}

namespace dd {

struct AppContext;

// A customer and their vehicle, new or edited, saved together in one command. Duplicates are caught while
// typing: a VIN or plate already on file offers to open that vehicle; a known mobile offers that customer.
class VehicleDialog : public QDialog
{
    Q_OBJECT
public:
    VehicleDialog(AppContext &ctx, qint64 vehicleId, QWidget *parent = nullptr);
    ~VehicleDialog() override;
    // A new vehicle for a customer already on file (their fields filled in, the keyboard in the VIN).
    void setOwner(qint64 customerId);
    // The vehicle saved, or the existing one the user chose to open instead.
    qint64 vehicleId() const { return m_vehicleId; }
    QString message() const;

public slots:
    void accept() override;

private:
    void showCustomer(const Customer &c);
    void collect(Customer &c, Vehicle &v) const;
    void checkDuplicateVehicle(bool vin);
    void offerCustomerByPhone();
    // The vehicle was sold: empties the owner's fields for the new owner.
    void changeOwner();
    void updateKind();
    void retranslate();
    void changeEvent(QEvent *e) override;

    std::unique_ptr<Ui::VehicleDialog> ui;
    AppContext &m_ctx;
    Customer m_customer;
    Vehicle m_vehicle;
    qint64 m_vehicleId = 0;
    QString m_offeredPhone;
    bool m_asking = false;
    QPushButton *m_newOwnerButton = nullptr;
    QString m_previousOwner;
};

} // namespace dd
