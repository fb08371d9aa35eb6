#include "appointmentdialog.h"

#include <QMessageBox>

#include "appcontext.h"
#include "core/money.h"
#include "store/appointmentstore.h"
#include "store/customerstore.h"
#include "ui_appointmentdialog.h"
#include "uihelpers.h"

namespace dd {

AppointmentDialog::AppointmentDialog(AppContext &ctx, Appointment appointment, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::AppointmentDialog>()), m_ctx(ctx), m_appointment(std::move(appointment))
{
    ui->setupUi(this);
    setWindowTitle(m_appointment.id ? tr("Appointment %1").arg(m_appointment.number) : tr("New appointment"));
    for (const QString &code : AppointmentRules::serviceTypes())
        ui->serviceCombo->addItem(AppointmentRules::serviceTypeName(code), code);
    ui->advisorCombo->addItem(tr("(any advisor)"), 0);
    ui->bayCombo->addItem(tr("(no bay yet)"), 0);
    try {
        for (const UserRecord &u : ctx.users.list())
            if (u.active && u.roles.contains(Role::ServiceAdvisor))
                ui->advisorCombo->addItem(u.displayName, u.id);
        for (const Bay &b : AppointmentStore(ctx.db).bays())
            ui->bayCombo->addItem(b.name, b.id);
        if (m_appointment.vehicleLabel.isEmpty()) {
            if (auto v = VehicleStore(ctx.db).byId(m_appointment.vehicleId)) {
                m_appointment.vehicleLabel = v->label();
                if (auto c = CustomerStore(ctx.db).byId(v->ownerId))
                    m_appointment.customerName = c->name;
            }
        }
    } catch (const StoreError &e) {
        ui::showMessage(ui->messageLabel, e.message());
    }
    ui->vehicleValue->setText(m_appointment.vehicleLabel + QStringLiteral("  ·  ") + m_appointment.customerName);
    if (!m_appointment.startsAt.isValid()) {
        // Tomorrow at nine is the usual first suggestion.
        m_appointment.startsAt = QDateTime(QDate::currentDate().addDays(1), QTime(9, 0)).toUTC();
        if (!m_appointment.advisorId && ctx.session.roles.contains(Role::ServiceAdvisor))
            m_appointment.advisorId = ctx.session.userId;
    }
    ui->startEdit->setDateTime(m_appointment.startsAt.toLocalTime());
    ui->durationSpin->setValue(m_appointment.durationMin);
    ui->serviceCombo->setCurrentIndex(qMax(0, ui->serviceCombo->findData(m_appointment.serviceType)));
    ui->advisorCombo->setCurrentIndex(qMax(0, ui->advisorCombo->findData(m_appointment.advisorId)));
    ui->bayCombo->setCurrentIndex(qMax(0, ui->bayCombo->findData(m_appointment.bayId)));
    ui->concernsEdit->setPlainText(m_appointment.concerns);
    if (m_appointment.partsPriceFen)
        ui->partsEdit->setText(money::format(m_appointment.partsPriceFen, false));
    if (m_appointment.depositFen)
        ui->depositEdit->setText(money::format(m_appointment.depositFen, false));
    ui->depositPaidCheck->setChecked(m_appointment.depositPaid);
    connect(ui->startEdit, &QDateTimeEdit::dateTimeChanged, this, &AppointmentDialog::updateLoad);
    connect(ui->durationSpin, &QSpinBox::valueChanged, this, &AppointmentDialog::updateLoad);
    connect(ui->advisorCombo, &QComboBox::currentIndexChanged, this, &AppointmentDialog::updateLoad);
    connect(ui->bayCombo, &QComboBox::currentIndexChanged, this, &AppointmentDialog::updateLoad);
    connect(ui->buttons, &QDialogButtonBox::accepted, this, &AppointmentDialog::accept);
    connect(ui->buttons, &QDialogButtonBox::rejected, this, &AppointmentDialog::reject);
    updateLoad();
    ui->startEdit->setFocus();
}

AppointmentDialog::~AppointmentDialog() = default;

QString AppointmentDialog::message() const
{
    return ui->messageLabel->text();
}

bool AppointmentDialog::collect(Appointment &a)
{
    a.startsAt = ui->startEdit->dateTime().toUTC();
    a.durationMin = ui->durationSpin->value();
    a.serviceType = ui->serviceCombo->currentData().toString();
    a.advisorId = ui->advisorCombo->currentData().toLongLong();
    a.bayId = ui->bayCombo->currentData().toLongLong();
    a.concerns = ui->concernsEdit->toPlainText();
    a.depositPaid = ui->depositPaidCheck->isChecked();
    ui::FieldChecks checks;
    const auto amount = [&](QLineEdit *edit, Fen &out) {
        if (edit->text().trimmed().isEmpty()) {
            out = 0;
            return;
        }
        if (auto v = money::parse(edit->text()))
            out = *v;
        else
            checks.error(tr("\"%1\" is not an amount in yuan, e.g. 1200.00.").arg(edit->text()), edit);
    };
    amount(ui->partsEdit, a.partsPriceFen);
    amount(ui->depositEdit, a.depositFen);
    if (checks.ok()) {
        const Validation v = AppointmentRules::validate(a, QDateTime::currentDateTimeUtc());
        const bool deposit = a.partsPriceFen > 0 && a.depositFen < AppointmentRules::minimumDeposit(a.partsPriceFen);
        checks.add(v, deposit ? static_cast<QWidget *>(ui->depositEdit) : static_cast<QWidget *>(ui->startEdit));
    }
    return checks.report(ui->messageLabel);
}

void AppointmentDialog::updateLoad()
{
    Appointment a = m_appointment;
    a.startsAt = ui->startEdit->dateTime().toUTC();
    a.durationMin = ui->durationSpin->value();
    a.advisorId = ui->advisorCombo->currentData().toLongLong();
    a.bayId = ui->bayCombo->currentData().toLongLong();
    try {
        AppointmentStore store(m_ctx.db);
        const QList<Appointment> day = store.day(a.startsAt.toLocalTime().date());
        int advisorCount = 0, bayCount = 0;
        for (const Appointment &o : day) {
            if (o.id == a.id || !o.isOpen())
                continue;
            advisorCount += a.advisorId && o.advisorId == a.advisorId;
            bayCount += a.bayId && o.bayId == a.bayId;
        }
        QStringList lines;
        lines << tr("That day: %n appointment(s) in all", nullptr, int(day.size()));
        if (a.advisorId)
            lines << tr("%1 has %n other appointment(s)", nullptr, advisorCount).arg(ui->advisorCombo->currentText());
        if (a.bayId)
            lines << tr("%1 has %n other booking(s)", nullptr, bayCount).arg(ui->bayCombo->currentText());
        const QStringList warnings = store.overbooking(a);
        ui->loadLabel->setText(lines.join(QStringLiteral("  ·  "))
                               + (warnings.isEmpty() ? QString() : QStringLiteral("\n⚠ ") + warnings.join(QStringLiteral("\n⚠ "))));
        ui->loadLabel->setStyleSheet(warnings.isEmpty() ? QString() : QStringLiteral("color: #b35c00;"));
    } catch (const StoreError &) {
        ui->loadLabel->clear();
    }
}

void AppointmentDialog::accept()
{
    Appointment a = m_appointment;
    if (!collect(a))
        return;
    try {
        AppointmentStore store(m_ctx.db);
        const QStringList warnings = store.overbooking(a);
        if (!warnings.isEmpty()
            && QMessageBox::warning(this, tr("Overbooked"),
                                    warnings.join(QLatin1Char('\n')) + QStringLiteral("\n\n") + tr("Book anyway?"),
                                    QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel)
                != QMessageBox::Save)
            return;
        Commands commands = m_ctx.commands();
        m_appointment.id = store.save(commands, a);
    } catch (const StoreError &e) {
        ui::showMessage(ui->messageLabel, e.message());
        return;
    }
    QDialog::accept();
}

} // namespace dd
