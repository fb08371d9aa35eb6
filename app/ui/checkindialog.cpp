#include "checkindialog.h"

#include <QMessageBox>

#include <QLocale>
#include <QPushButton>

#include "core/localformat.h"
#include "appcontext.h"
#include "core/identifiers.h"
#include "store/appointmentstore.h"
#include "store/customerstore.h"
#include "store/reception.h"
#include "ui_checkindialog.h"
#include "uihelpers.h"

namespace dd {

CheckInDialog::CheckInDialog(AppContext &ctx, qint64 vehicleId, qint64 visitId, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::CheckInDialog>()), m_ctx(ctx), m_vehicleId(vehicleId), m_visitId(visitId)
{
    ui->setupUi(this);
    ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Open work order"));
    connect(ui->buttons, &QDialogButtonBox::accepted, this, &CheckInDialog::accept);
    connect(ui->buttons, &QDialogButtonBox::rejected, this, &CheckInDialog::reject);
    try {
        const std::optional<Vehicle> v = VehicleStore(ctx.db).byId(vehicleId);
        if (v) {
            const std::optional<Customer> owner = CustomerStore(ctx.db).byId(v->ownerId);
            QStringList facts{v->label()};
            if (owner)
                facts << owner->name;
            const VehicleStore::Reading last = VehicleStore::latestReading(ctx.db, vehicleId);
            if (last.km >= 0)
                facts << tr("last reading %L1 km on %2")
                             .arg(last.km)
                             .arg(QLocale().toString(last.at.toLocalTime().date(), QLocale::ShortFormat));
            ui->vehicleValue->setText(facts.join(QStringLiteral("  ·  ")));
            if (owner) {
                ui->dropOffEdit->setText(owner->name);
                if (!owner->phones.isEmpty())
                    ui->dropOffPhoneEdit->setText(Phone::display(owner->phones.first().number));
            }
            if (last.km >= 0)
                ui->mileageSpin->setToolTip(tr("Last recorded: %L1 km").arg(last.km));
            m_lastKm = last.km;
            ui->mileageSpin->setMinimum(-1);
        }
        std::optional<Appointment> a;
        QDateTime arrivedAt = ctx.db.now();
        if (visitId) {
            if (auto arrival = Reception(ctx.db).visit(visitId)) {
                arrivedAt = arrival->arrivedAt;
                if (arrival->appointmentId)
                    a = AppointmentStore(ctx.db).byId(arrival->appointmentId);
            }
        }
        if (!a)
            a = AppointmentStore(ctx.db).openFor(vehicleId, QDate::currentDate());
        if (a && a->isOpen()) {
            m_appointmentId = a->id;
            // Linked to this visit, and how early or late the customer came.
            ui->appointmentValue->setText(tr("%1 at %2, %3 — booked visit, %4")
                                              .arg(a->number,
                                                   LocalFormat::time(a->startsAt.toLocalTime().time()),
                                                   AppointmentRules::serviceTypeName(a->serviceType),
                                                   AppointmentRules::punctuality(a->startsAt, arrivedAt)));
            ui->concernsEdit->setPlainText(a->concerns);
        } else {
            ui->appointmentValue->setText(tr("None today — walk-in"));
        }
    } catch (const StoreError &e) {
        ui::showMessage(ui->messageLabel, e.message());
    }
    ui->mileageSpin->setFocus();
    ui->mileageSpin->selectAll();
}

CheckInDialog::~CheckInDialog() = default;

QString CheckInDialog::message() const
{
    return ui->messageLabel->text();
}

void CheckInDialog::accept()
{
    CheckIn in;
    in.visitId = m_visitId;
    in.vehicleId = m_vehicleId;
    in.appointmentId = m_appointmentId;
    in.dropOffName = ui->dropOffEdit->text();
    in.dropOffPhone = ui->dropOffPhoneEdit->text();
    in.mileageKm = ui->mileageSpin->value();
    in.concerns = ui->concernsEdit->toPlainText().split(QLatin1Char('\n'));
    ui::FieldChecks checks;
    if (in.mileageKm < 0)
        checks.error(tr("Enter the mileage shown on the odometer."), ui->mileageSpin);
    if (!in.dropOffPhone.trimmed().isEmpty())
        checks.add(Phone::validate(in.dropOffPhone), ui->dropOffPhoneEdit);
    if (ui->concernsEdit->toPlainText().trimmed().isEmpty())
        checks.error(tr("Write down at least one concern in the customer's own words."), ui->concernsEdit);
    if (!checks.report(ui->messageLabel))
        return;
    if (m_lastKm >= 0 && in.mileageKm < m_lastKm) {
        // Usually a typing slip; sometimes a replaced instrument cluster. The advisor decides.
        QMessageBox box(QMessageBox::Warning, tr("Lower mileage"),
                        tr("The odometer reads %L1 km, less than the last recorded %L2 km.").arg(in.mileageKm).arg(m_lastKm),
                        QMessageBox::NoButton, this);
        box.setInformativeText(tr("Check the reading. If the instrument cluster was replaced or the odometer reset, "
                                  "check in anyway: the inspection records the reason."));
        QPushButton *anyway = box.addButton(tr("Check in &anyway"), QMessageBox::AcceptRole);
        box.setDefaultButton(box.addButton(tr("&Correct the reading"), QMessageBox::RejectRole));
        box.exec();
        if (box.clickedButton() != anyway) {
            ui::focusField(ui->mileageSpin);
            return;
        }
        in.lowerMileageConfirmed = true;
    }
    try {
        Commands commands = m_ctx.commands();
        const CheckInResult result = Reception(m_ctx.db).checkIn(commands, in);
        m_number = result.number;
        m_workOrderId = result.workOrderId;
    } catch (const StoreError &e) {
        ui::showMessage(ui->messageLabel, e.message());
        if (e.field() == QLatin1String("mileage"))
            ui::focusField(ui->mileageSpin);
        return;
    }
    QDialog::accept();
}

bool CheckInDialog::offerInspection(QWidget *parent) const
{
    return QMessageBox::question(parent, tr("Checked in"),
                                 tr("Work order %1 is open as a draft. Go on with the walk-around inspection now?")
                                     .arg(m_number),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) == QMessageBox::Yes;
}

} // namespace dd
