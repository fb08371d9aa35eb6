#include "workorderlinedialog.h"

#include <QPushButton>

#include "ui_workorderlinedialog.h"
#include "uihelpers.h"

namespace dd {

WorkOrderLineDialog::WorkOrderLineDialog(const WorkOrderLine &line, const QList<LaborRate> &rates, Mode mode,
                                         QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::WorkOrderLineDialog>()), m_line(line), m_rates(rates), m_mode(mode)
{
    ui->setupUi(this);
    ui->kindCombo->addItem(tr("Labor"), QStringLiteral("labor"));
    ui->kindCombo->addItem(tr("Part"), QStringLiteral("part"));
    ui->kindCombo->addItem(tr("Other charge"), QStringLiteral("other"));
    for (const QString &k : WorkOrderRules::otherKinds())
        ui->otherKindCombo->addItem(WorkOrderRules::otherKindName(k), k);
    for (const LaborRate &r : rates)
        ui->rateCombo->addItem(tr("%1, ¥%2/h").arg(r.name, money::format(r.ratePerHour)), r.code);
    if (!line.laborCategory.isEmpty() && ui->rateCombo->findData(line.laborCategory) < 0)
        ui->rateCombo->addItem(tr("%1, ¥%2/h").arg(line.laborCategory, money::format(line.rateFen)), line.laborCategory);
    for (const QString &s : WorkOrderRules::partSources())
        ui->sourceCombo->addItem(WorkOrderRules::partSourceName(s), s);
    for (const QString &p : WorkOrderRules::payTypes())
        ui->payCombo->addItem(WorkOrderRules::payTypeName(p), p);

    ui->kindCombo->setCurrentIndex(qMax(0, ui->kindCombo->findData(line.kind)));
    ui->otherKindCombo->setCurrentIndex(qMax(0, ui->otherKindCombo->findData(line.otherKind)));
    ui->codeEdit->setText(line.code);
    ui->descriptionEdit->setText(line.description);
    ui->hoursSpin->setValue(line.centiHours / 100.0);
    ui->rateCombo->setCurrentIndex(qMax(0, ui->rateCombo->findData(line.laborCategory)));
    ui->quantitySpin->setValue(line.quantityMilli / 1000.0);
    ui->unitEdit->setText(line.unit);
    ui->priceEdit->setText(line.unitPriceFen || line.id ? money::format(line.unitPriceFen, false) : QString());
    ui->sourceCombo->setCurrentIndex(qMax(0, ui->sourceCombo->findData(line.partSource)));
    ui->consentCheck->setChecked(line.consentRecorded);
    ui->payCombo->setCurrentIndex(qMax(0, ui->payCombo->findData(line.payType)));
    ui->technicianEdit->setText(line.technicianName);

    const bool estimate = mode == Mode::Estimate;
    for (QWidget *w : std::initializer_list<QWidget *>{ui->kindCombo, ui->otherKindCombo, ui->codeEdit, ui->descriptionEdit,
                                                       ui->hoursSpin, ui->rateCombo, ui->quantitySpin, ui->unitEdit,
                                                       ui->priceEdit, ui->sourceCombo, ui->consentCheck, ui->payCombo})
        w->setEnabled(estimate);
    ui->kindCombo->setEnabled(estimate && line.id == 0);
    ui->technicianEdit->setEnabled(mode != Mode::ReadOnly);
    if (mode == Mode::TechnicianOnly)
        ui->noteLabel->setText(tr("The customer signed the estimate: prices and quantities change only through add-on "
                                  "approval. The technician can be set here."));
    if (mode == Mode::ReadOnly)
        ui->buttons->setStandardButtons(QDialogButtonBox::Close);
    setWindowTitle(line.id ? tr("Line: %1").arg(line.description) : tr("New line"));

    connect(ui->kindCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateKind();
        updateAmount();
    });
    connect(ui->sourceCombo, &QComboBox::currentIndexChanged, this, &WorkOrderLineDialog::updateKind);
    for (QDoubleSpinBox *s : {ui->hoursSpin, ui->quantitySpin})
        connect(s, &QDoubleSpinBox::valueChanged, this, &WorkOrderLineDialog::updateAmount);
    connect(ui->rateCombo, &QComboBox::currentIndexChanged, this, &WorkOrderLineDialog::updateAmount);
    connect(ui->priceEdit, &QLineEdit::textChanged, this, &WorkOrderLineDialog::updateAmount);
    connect(ui->buttons, &QDialogButtonBox::accepted, this, &WorkOrderLineDialog::accept);
    connect(ui->buttons, &QDialogButtonBox::rejected, this, &WorkOrderLineDialog::reject);
    updateKind();
    updateAmount();
    if (mode == Mode::TechnicianOnly)
        ui->technicianEdit->setFocus();
    else if (line.id == 0)
        ui->kindCombo->setFocus();
    else
        ui->descriptionEdit->setFocus();
}

WorkOrderLineDialog::~WorkOrderLineDialog() = default;

void WorkOrderLineDialog::updateKind()
{
    const QString kind = ui->kindCombo->currentData().toString();
    const bool labor = kind == QLatin1String("labor");
    const bool part = kind == QLatin1String("part");
    ui->otherKindCombo->setVisible(kind == QLatin1String("other"));
    for (QWidget *w : std::initializer_list<QWidget *>{ui->hoursSpinLabel, ui->hoursSpin, ui->rateCombo,
                                                       ui->technicianEditLabel, ui->technicianEdit})
        w->setVisible(labor);
    for (QWidget *w : std::initializer_list<QWidget *>{ui->quantitySpinLabel, ui->quantitySpin, ui->unitEdit,
                                                       ui->priceEditLabel, ui->priceEdit})
        w->setVisible(!labor);
    ui->sourceComboLabel->setVisible(part);
    ui->sourceCombo->setVisible(part);
    const QString source = ui->sourceCombo->currentData().toString();
    ui->consentCheck->setVisible(part && source == QLatin1String("reconditioned"));
    if (part && source == QLatin1String("customer_supplied"))
        ui->noteLabel->setText(WorkOrderRules::noGuaranteeNote());
    else if (m_mode == Mode::Estimate)
        ui->noteLabel->clear();
}

WorkOrderLine WorkOrderLineDialog::collect() const
{
    WorkOrderLine l = m_line;
    if (m_mode == Mode::Estimate) {
        l.kind = ui->kindCombo->currentData().toString();
        l.otherKind = l.kind == QLatin1String("other") ? ui->otherKindCombo->currentData().toString() : QString();
        l.code = ui->codeEdit->text().trimmed();
        l.description = ui->descriptionEdit->text().trimmed();
        l.payType = ui->payCombo->currentData().toString();
        if (l.kind == QLatin1String("labor")) {
            l.centiHours = qRound(ui->hoursSpin->value() * 100);
            l.laborCategory = ui->rateCombo->currentData().toString();
            l.rateFen = l.rateFen;
            for (const LaborRate &r : m_rates)
                if (r.code == l.laborCategory)
                    l.rateFen = r.ratePerHour;
            l.partSource.clear();
        } else {
            l.quantityMilli = qRound64(ui->quantitySpin->value() * 1000);
            l.unit = ui->unitEdit->text().trimmed();
            l.unitPriceFen = money::parse(ui->priceEdit->text()).value_or(-1);
            l.partSource = l.kind == QLatin1String("part") ? ui->sourceCombo->currentData().toString() : QString();
            l.consentRecorded = ui->consentCheck->isChecked() && l.partSource == QLatin1String("reconditioned");
        }
    }
    if (l.kind == QLatin1String("labor"))
        l.technicianName = ui->technicianEdit->text().trimmed();
    return l;
}

void WorkOrderLineDialog::updateAmount()
{
    const WorkOrderLine l = collect();
    ui->amountValue->setText(l.unitPriceFen < 0 && l.kind != QLatin1String("labor") ? QStringLiteral("—")
                                                                                   : QStringLiteral("¥") + money::format(l.amount()));
}

void WorkOrderLineDialog::accept()
{
    if (m_mode == Mode::ReadOnly)
        return QDialog::reject();
    const WorkOrderLine l = collect();
    ui::FieldChecks checks;
    if (l.kind != QLatin1String("labor") && l.unitPriceFen < 0)
        checks.error(tr("\"%1\" is not a price in yuan, e.g. 120.00.").arg(ui->priceEdit->text()), ui->priceEdit);
    else
        checks.add(WorkOrderRules::checkLines({l}), l.description.isEmpty() ? static_cast<QWidget *>(ui->descriptionEdit)
                                                   : l.kind == QLatin1String("labor") ? static_cast<QWidget *>(ui->hoursSpin)
                                                                                      : static_cast<QWidget *>(ui->quantitySpin));
    if (!checks.report(ui->messageLabel))
        return;
    m_line = l;
    QDialog::accept();
}

} // namespace dd
