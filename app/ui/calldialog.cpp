#include "calldialog.h"

#include <QLocale>
#include <QPushButton>

#include "core/localformat.h"
#include "appcontext.h"
#include "core/identifiers.h"
#include "store/appointmentstore.h"
#include "ui_calldialog.h"
#include "uihelpers.h"

namespace dd {

CallDialog::CallDialog(AppContext &ctx, const Appointment &appointment, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::CallDialog>()), m_ctx(ctx), m_appointment(appointment)
{
    ui->setupUi(this);
    ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Log call"));
    ui->buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Close"));
    connect(ui->buttons, &QDialogButtonBox::accepted, this, &CallDialog::accept);
    connect(ui->buttons, &QDialogButtonBox::rejected, this, &CallDialog::reject);
    const QLocale locale;
    ui->appointmentValue->setText(
        tr("%1, %2 at %3 — %4, %5")
            .arg(appointment.number, locale.toString(appointment.startsAt.toLocalTime().date(), QLocale::ShortFormat),
                 LocalFormat::time(appointment.startsAt.toLocalTime().time()),
                 AppointmentRules::serviceTypeName(appointment.serviceType), appointment.vehicleLabel));
    ui->phoneValue->setText(appointment.customerName + QStringLiteral("  ") + Phone::display(appointment.phone));
    for (const QString &code : AppointmentRules::callResults())
        ui->resultCombo->addItem(AppointmentRules::callResultName(code), code);
    try {
        const QList<AppointmentCall> calls = AppointmentStore(ctx.db).calls(appointment.id);
        for (const AppointmentCall &c : calls)
            ui->earlierList->addItem(tr("%1  %2: %3%4")
                                         .arg(LocalFormat::dateTime(c.at.toLocalTime()), c.by,
                                              AppointmentRules::callResultName(c.result),
                                              c.note.isEmpty() ? QString() : QStringLiteral(" — ") + c.note));
        if (calls.isEmpty())
            ui->earlierList->addItem(tr("No call yet."));
    } catch (const StoreError &e) {
        ui::showMessage(ui->messageLabel, e.message());
    }
    ui->resultCombo->setFocus();
}

CallDialog::~CallDialog() = default;

QString CallDialog::message() const
{
    return ui->messageLabel->text();
}

QString CallDialog::result() const
{
    return ui->resultCombo->currentData().toString();
}

void CallDialog::accept()
{
    const QString result = ui->resultCombo->currentData().toString();
    if (result == QLatin1String("cancelled") && ui->noteEdit->text().trimmed().isEmpty()) {
        ui::showMessage(ui->messageLabel, tr("Note why the customer cancelled."));
        ui::focusField(ui->noteEdit);
        return;
    }
    try {
        Commands commands = m_ctx.commands();
        AppointmentStore(m_ctx.db).logCall(commands, m_appointment.id, result, ui->noteEdit->text());
    } catch (const StoreError &e) {
        ui::showMessage(ui->messageLabel, e.message());
        return;
    }
    QDialog::accept();
}

} // namespace dd
