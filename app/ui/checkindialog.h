#pragma once
#include <QDialog>
#include <memory>

namespace Ui {
class CheckInDialog;
}

namespace dd {

struct AppContext;

// Check-in (接待登记): the person dropping off, the mileage and the concerns in the customer's words;
// opens a draft work order. An appointment for the vehicle today is carried over.
class CheckInDialog : public QDialog
{
    Q_OBJECT
public:
    CheckInDialog(AppContext &ctx, qint64 vehicleId, qint64 visitId, QWidget *parent = nullptr);
    ~CheckInDialog() override;
    QString workOrderNumber() const { return m_number; }
    qint64 workOrderId() const { return m_workOrderId; }
    // After check-in: asks whether to go on with the walk-around inspection now.
    bool offerInspection(QWidget *parent) const;
    QString message() const;

public slots:
    void accept() override;

private:
    std::unique_ptr<Ui::CheckInDialog> ui;
    AppContext &m_ctx;
    qint64 m_vehicleId;
    qint64 m_visitId;
    qint64 m_appointmentId = 0;
    QString m_number;
    qint64 m_workOrderId = 0;
    int m_lastKm = -1;
};

} // namespace dd
