#pragma once
#include <QDialog>
#include <memory>

#include "core/appointment.h"

namespace Ui {
class CallDialog;
}

namespace dd {

struct AppContext;

// A reminder call for an appointment: the number to dial, earlier calls, and the result to log
// (confirmed, rescheduled, no answer, message left, cancelled with the reason).
class CallDialog : public QDialog
{
    Q_OBJECT
public:
    CallDialog(AppContext &ctx, const Appointment &appointment, QWidget *parent = nullptr);
    ~CallDialog() override;
    QString message() const;
    // The result logged, once accepted.
    QString result() const;

public slots:
    void accept() override;

private:
    std::unique_ptr<Ui::CallDialog> ui;
    AppContext &m_ctx;
    Appointment m_appointment;
};

} // namespace dd
