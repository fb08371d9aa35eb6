#pragma once
#include <QDialog>
#include <memory>

#include "core/appointment.h"

namespace Ui {
class AppointmentDialog;
}

namespace dd {

struct AppContext;

// Books or changes an appointment; shows the advisor's and bay's load as the time changes and warns on
// overbooking before saving.
class AppointmentDialog : public QDialog
{
    Q_OBJECT
public:
    AppointmentDialog(AppContext &ctx, Appointment appointment, QWidget *parent = nullptr);
    ~AppointmentDialog() override;
    qint64 appointmentId() const { return m_appointment.id; }
    QString message() const;

public slots:
    void accept() override;

private:
    bool collect(Appointment &a);
    void updateLoad();
    std::unique_ptr<Ui::AppointmentDialog> ui;
    AppContext &m_ctx;
    Appointment m_appointment;
};

} // namespace dd
