#include "vehicledialog.h"

#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopedValueRollback>

#include "core/localformat.h"
#include "appcontext.h"
#include "core/identifiers.h"
#include "store/customerstore.h"
#include "ui_vehicledialog.h"
#include "uihelpers.h"

namespace dd {

VehicleDialog::VehicleDialog(AppContext &ctx, qint64 vehicleId, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::VehicleDialog>()), m_ctx(ctx)
{
    ui->setupUi(this);
    retranslate();
    ui->registrationEdit->setMinimumDate(QDate(1949, 10, 1));
    ui->registrationEdit->setSpecialValueText(tr("unknown"));
    ui->registrationEdit->setDate(ui->registrationEdit->minimumDate());
    ui->yearSpin->setValue(ui->yearSpin->minimum());
    ui->mileageSpin->setValue(-1);
    ui->duplicateLabel->hide();
    if (vehicleId) {
        VehicleStore vehicles(ctx.db);
        CustomerStore customers(ctx.db);
        if (auto v = vehicles.byId(vehicleId)) {
            m_vehicle = *v;
            if (auto c = customers.byId(v->ownerId))
                m_customer = *c;
        }
        setWindowTitle(tr("Customer and vehicle %1").arg(m_vehicle.label()));
        // Said again in the current language (the stored text is in the language of the day it was accepted).
        const QStringList warnings = Vin::validate(m_vehicle.vin).warnings;
        if (!m_vehicle.vinWarning.isEmpty() && !warnings.isEmpty())
            ui::showMessage(ui->messageLabel, tr("VIN accepted with a warning: %1").arg(warnings.first()), false);
    }
    showCustomer(m_customer);
    ui->vinEdit->setText(m_vehicle.vin);
    ui->plateEdit->setText(m_vehicle.plate);
    ui->brandEdit->setText(m_vehicle.brand);
    ui->seriesEdit->setText(m_vehicle.series);
    ui->modelEdit->setText(m_vehicle.model);
    if (m_vehicle.modelYear)
        ui->yearSpin->setValue(m_vehicle.modelYear);
    ui->colorEdit->setText(m_vehicle.color);
    ui->engineEdit->setText(m_vehicle.engineNo);
    if (m_vehicle.firstRegistration.isValid())
        ui->registrationEdit->setDate(m_vehicle.firstRegistration);
    ui->mileageSpin->setValue(m_vehicle.mileageKm);
    ui->energyCombo->addItem(tr("not recorded"), QString());
    for (const QString &e : VehicleCodes::energyTypes().codes())
        ui->energyCombo->addItem(VehicleCodes::energyTypes().labelOf(e), e);
    ui->energyCombo->setCurrentIndex(qMax(0, ui->energyCombo->findData(m_vehicle.energyType)));
    ui->typeCombo->addItem(tr("not recorded"), QString());
    for (const QString &t : VehicleCodes::vehicleTypes().codes())
        ui->typeCombo->addItem(VehicleCodes::vehicleTypes().labelOf(t), t);
    ui->typeCombo->setCurrentIndex(qMax(0, ui->typeCombo->findData(m_vehicle.vehicleType)));
    ui->plateColorCombo->addItem(tr("as the plate says"), QString());
    for (const QString &c : VehicleCodes::plateColors().codes())
        ui->plateColorCombo->addItem(VehicleCodes::plateColors().labelOf(c), c);
    ui->plateColorCombo->setCurrentIndex(qMax(0, ui->plateColorCombo->findData(m_vehicle.plateColor)));

    connect(ui->kindCombo, &QComboBox::currentIndexChanged, this, &VehicleDialog::updateKind);
    connect(ui->vinEdit, &QLineEdit::editingFinished, this, [this] { checkDuplicateVehicle(true); });
    connect(ui->plateEdit, &QLineEdit::editingFinished, this, [this] {
        checkDuplicateVehicle(false);
        // A new-energy plate (8 characters) suggests the powertrain while none is chosen; the advisor confirms.
        const QString suggested = EnergyRules::suggestFromPlate(Plate::normalize(ui->plateEdit->text()));
        if (!suggested.isEmpty() && ui->energyCombo->currentData().toString().isEmpty()) {
            ui->energyCombo->setCurrentIndex(ui->energyCombo->findData(suggested));
            ui::showMessage(ui->messageLabel,
                            tr("A new-energy plate: %1 is suggested. Check the powertrain with the customer.")
                                .arg(VehicleCodes::energyTypes().labelOf(suggested)),
                            false);
        }
    });
    connect(ui->phoneEdit, &QLineEdit::editingFinished, this, &VehicleDialog::offerCustomerByPhone);
    connect(ui->buttons, &QDialogButtonBox::accepted, this, &VehicleDialog::accept);
    connect(ui->buttons, &QDialogButtonBox::rejected, this, &VehicleDialog::reject);
    if (m_vehicle.id) {
        // A sale: the car changes hands; the previous owner stays in its history.
        m_newOwnerButton = ui->buttons->addButton(tr("Ne&w owner (sold)…"), QDialogButtonBox::ActionRole);
        m_newOwnerButton->setAutoDefault(false);
        connect(m_newOwnerButton, &QPushButton::clicked, this, &VehicleDialog::changeOwner);
    }
    updateKind();
    resize(width(), sizeHint().height()); // no empty band under the fields
    ui->nameEdit->setFocus();
}

VehicleDialog::~VehicleDialog() = default;

void VehicleDialog::setOwner(qint64 customerId)
{
    if (m_vehicle.id)
        return;
    try {
        if (auto c = CustomerStore(m_ctx.db).byId(customerId)) {
            m_customer = *c;
            showCustomer(m_customer);
            setWindowTitle(tr("New vehicle for %1").arg(c->name));
            ui->vinEdit->setFocus();
        }
    } catch (const StoreError &e) {
        ui::showMessage(ui->messageLabel, e.message());
    }
}

QString VehicleDialog::message() const
{
    return ui->messageLabel->text();
}

void VehicleDialog::retranslate()
{
    const int kind = ui->kindCombo->currentIndex();
    ui->kindCombo->clear();
    ui->kindCombo->addItem(tr("Person"));
    ui->kindCombo->addItem(tr("Company"));
    ui->kindCombo->setCurrentIndex(qMax(0, kind));
    const QString contact = ui->contactCombo->currentData().toString();
    ui->contactCombo->clear();
    for (const QString &code : CustomerRules::contactMethods())
        ui->contactCombo->addItem(CustomerRules::contactMethodName(code), code);
    ui->contactCombo->setCurrentIndex(qMax(0, ui->contactCombo->findData(contact)));
    if (m_newOwnerButton)
        m_newOwnerButton->setText(tr("Ne&w owner (sold)…"));
    if (!m_previousOwner.isEmpty())
        ui->customerGroup->setTitle(tr("New owner (previously %1)").arg(m_previousOwner));
    if (!windowTitle().contains(QLatin1Char(' ')) || m_vehicle.id == 0)
        setWindowTitle(m_vehicle.id ? tr("Customer and vehicle %1").arg(m_vehicle.label())
                                    : tr("New customer and vehicle"));
}

void VehicleDialog::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(e);
}

void VehicleDialog::showCustomer(const Customer &c)
{
    ui->kindCombo->setCurrentIndex(c.kind == Customer::Kind::Company ? 1 : 0);
    ui->nameEdit->setText(c.name);
    QString mobile, other;
    for (const PhoneNumber &p : c.phones) {
        if (p.mobile && mobile.isEmpty())
            mobile = Phone::display(p.number);
        else if (other.isEmpty())
            other = Phone::display(p.number);
    }
    ui->phoneEdit->setText(mobile.isEmpty() ? other : mobile);
    ui->phone2Edit->setText(mobile.isEmpty() ? QString() : other);
    ui->idEdit->setText(c.idNumber);
    ui->addressEdit->setText(c.address);
    ui->contactCombo->setCurrentIndex(qMax(0, ui->contactCombo->findData(c.preferredContact)));
    ui->timeEdit->setText(c.preferredTime);
    ui->followUpCheck->setChecked(c.followUpConsent);
    ui->marketingCheck->setChecked(c.marketingConsent);
    ui->taxEdit->setText(c.taxNumber);
    ui->accountCheck->setChecked(c.onAccount);
    ui->creditEdit->setText(c.onAccount ? money::format(c.creditLimitFen, false) : QString());
    ui->notesEdit->setText(c.notes);
    if (!c.contacts.isEmpty()) {
        const ContactPerson &p = c.contacts.first();
        ui->contactEdit->setText(QStringList{p.name, p.phone, p.title}.join(QStringLiteral(", ")));
    } else {
        ui->contactEdit->clear();
    }
    if (c.followUpConsentAt.isValid())
        ui->followUpCheck->setToolTip(tr("Agreed on %1").arg(LocalFormat::dateTime(c.followUpConsentAt.toLocalTime())));
    if (c.marketingConsentAt.isValid())
        ui->marketingCheck->setToolTip(tr("Agreed on %1").arg(LocalFormat::dateTime(c.marketingConsentAt.toLocalTime())));
    updateKind();
}

void VehicleDialog::updateKind()
{
    const bool company = ui->kindCombo->currentIndex() == 1;
    for (QWidget *w : {static_cast<QWidget *>(ui->taxEdit), static_cast<QWidget *>(ui->taxEditLabel),
                       static_cast<QWidget *>(ui->contactEdit), static_cast<QWidget *>(ui->contactEditLabel),
                       static_cast<QWidget *>(ui->accountCheck), static_cast<QWidget *>(ui->creditLabel),
                       static_cast<QWidget *>(ui->creditEdit)})
        w->setVisible(company);
}

void VehicleDialog::collect(Customer &c, Vehicle &v) const
{
    c.kind = ui->kindCombo->currentIndex() == 1 ? Customer::Kind::Company : Customer::Kind::Person;
    c.name = ui->nameEdit->text();
    c.phones.clear();
    for (const QLineEdit *e : {ui->phoneEdit, ui->phone2Edit}) {
        if (e->text().trimmed().isEmpty())
            continue;
        QString label;
        for (const PhoneNumber &old : m_customer.phones)
            if (Phone::parse(e->text()).number == old.number)
                label = old.label;
        c.phones << PhoneNumber{e->text(), true, label};
    }
    c.idNumber = ui->idEdit->text();
    c.address = ui->addressEdit->text();
    c.preferredContact = ui->contactCombo->currentData().toString();
    c.preferredTime = ui->timeEdit->text();
    c.followUpConsent = ui->followUpCheck->isChecked();
    c.marketingConsent = ui->marketingCheck->isChecked();
    c.taxNumber = ui->taxEdit->text();
    c.onAccount = ui->accountCheck->isChecked();
    const QString credit = ui->creditEdit->text().trimmed();
    const std::optional<Fen> limit = credit.isEmpty() ? std::optional<Fen>(0) : money::parse(credit);
    c.creditLimitFen = limit && *limit >= 0 ? *limit : -1;
    c.notes = ui->notesEdit->text();
    c.contacts.clear();
    if (!ui->contactEdit->text().trimmed().isEmpty()) {
        const QStringList parts = ui->contactEdit->text().split(QRegularExpression(QStringLiteral("[,，]")));
        c.contacts << ContactPerson{parts.value(0).trimmed(), parts.value(1).trimmed(), parts.value(2).trimmed()};
    }
    v.vin = ui->vinEdit->text();
    v.plate = ui->plateEdit->text();
    v.brand = ui->brandEdit->text();
    v.series = ui->seriesEdit->text();
    v.model = ui->modelEdit->text();
    v.modelYear = ui->yearSpin->value() == ui->yearSpin->minimum() ? 0 : ui->yearSpin->value();
    v.color = ui->colorEdit->text();
    v.engineNo = ui->engineEdit->text();
    v.firstRegistration = ui->registrationEdit->date() == ui->registrationEdit->minimumDate() ? QDate()
                                                                                             : ui->registrationEdit->date();
    v.mileageKm = ui->mileageSpin->value();
    v.energyType = ui->energyCombo->currentData().toString();
    v.vehicleType = ui->typeCombo->currentData().toString();
    v.plateColor = ui->plateColorCombo->currentData().toString();
}

void VehicleDialog::checkDuplicateVehicle(bool vin)
{
    // Only while a new vehicle is being typed: not once saved (closing moves the focus), not re-entered while
    // a question is open.
    if (m_vehicle.id || m_vehicleId || m_asking || !isVisible())
        return;
    QScopedValueRollback<bool> asking(m_asking, true);
    VehicleStore vehicles(m_ctx.db);
    std::optional<Vehicle> found;
    try {
        found = vin ? vehicles.byVin(ui->vinEdit->text()) : vehicles.byPlate(ui->plateEdit->text());
    } catch (const StoreError &) {
        return; // the save will report the database problem
    }
    if (!found) {
        ui->duplicateLabel->hide();
        return;
    }
    const QString what = vin ? tr("The VIN %1").arg(found->vin) : tr("The plate %1").arg(found->plate);
    if (QMessageBox::question(this, tr("Vehicle already on file"),
                              tr("%1 is already on file: %2. Open that vehicle instead of entering it again?")
                                  .arg(what, found->label()),
                              QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Open)
        == QMessageBox::Open) {
        m_vehicleId = found->id;
        QDialog::accept();
        return;
    }
    ui->duplicateLabel->setText(tr("%1 is already on file for %2; saving would be refused.").arg(what, found->label()));
    ui->duplicateLabel->show();
}

void VehicleDialog::offerCustomerByPhone()
{
    if (m_customer.id || m_vehicleId || m_asking || !isVisible())
        return;
    QScopedValueRollback<bool> asking(m_asking, true);
    const Phone::Parsed p = Phone::parse(ui->phoneEdit->text());
    if (p.kind == Phone::Kind::Invalid || p.number == m_offeredPhone)
        return;
    m_offeredPhone = p.number;
    QList<Customer> found;
    try {
        found = CustomerStore(m_ctx.db).byPhone(p.number);
    } catch (const StoreError &) {
        return;
    }
    if (found.isEmpty())
        return;
    const Customer &c = found.first();
    if (QMessageBox::question(this, tr("Customer already on file"),
                              tr("%1 already uses %2. Is the vehicle theirs? Yes fills in that customer; No enters a "
                                 "new one.")
                                  .arg(c.name, Phone::display(p.number)),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
        == QMessageBox::Yes) {
        m_customer = c;
        showCustomer(c);
        ui->vinEdit->setFocus();
    }
}

void VehicleDialog::changeOwner()
{
    if (!m_vehicle.id || !m_customer.id)
        return;
    if (QMessageBox::question(this, tr("New owner"),
                              tr("%1 has been sold? The owner's fields are emptied for the new owner; %2 stays in "
                                 "the vehicle's history. Typing a mobile number already on file offers that customer.")
                                  .arg(m_vehicle.label(), m_customer.name))
        != QMessageBox::Yes)
        return;
    m_previousOwner = m_customer.name;
    m_customer = Customer();
    m_offeredPhone.clear();
    showCustomer(m_customer);
    ui->customerGroup->setTitle(tr("New owner (previously %1)").arg(m_previousOwner));
    m_newOwnerButton->setEnabled(false);
    ui::focusField(ui->nameEdit);
}

void VehicleDialog::accept()
{
    Customer c = m_customer;
    Vehicle v = m_vehicle;
    collect(c, v);
    ui::FieldChecks checks;
    Customer checkedCustomer = c;
    checks.add(CustomerRules::validate(checkedCustomer), ui->nameEdit);
    Vehicle checkedVehicle = v;
    checkedVehicle.ownerId = qMax<qint64>(1, c.id);
    const Validation vv = VehicleRules::validate(checkedVehicle, QDate::currentDate());
    Validation errorsOnly;
    errorsOnly.errors = vv.errors;
    QWidget *vehicleField = ui->vinEdit;
    if (Vin::normalize(v.vin).isEmpty() || Vin::validate(v.vin).ok())
        vehicleField = ui->plateEdit;
    checks.add(errorsOnly, vehicleField);
    if (!checks.report(ui->messageLabel))
        return;
    if (!vv.warnings.isEmpty()) {
        if (QMessageBox::warning(this, tr("Please check the VIN"),
                                 vv.warnings.join(QLatin1Char('\n')) + QStringLiteral("\n\n") + tr("Save with this VIN?"),
                                 QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Save) {
            ui::focusField(ui->vinEdit);
            return;
        }
        v.vinWarning = vv.warnings.first();
    }
    try {
        Commands commands = m_ctx.commands();
        m_vehicleId = commands.run(v.id ? QStringLiteral("vehicle.update") : QStringLiteral("vehicle.register"),
                                   Permission::EditCustomers, [&](CommandContext &cmd) {
                                       const qint64 owner = CustomerStore(m_ctx.db).saveIn(cmd, c);
                                       v.ownerId = owner;
                                       return VehicleStore(m_ctx.db).saveIn(cmd, v);
                                   });
    } catch (const StoreError &e) {
        ui::showMessage(ui->messageLabel, e.message());
        return;
    }
    QDialog::accept();
}

} // namespace dd
