#include "workorderlinedialog.h"

#include <QCompleter>
#include <QPushButton>
#include <QStandardItemModel>

#include "store/catalogstore.h"
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
    setTechnicians({});

    const bool estimate = mode == Mode::Estimate;
    for (QWidget *w : std::initializer_list<QWidget *>{ui->kindCombo, ui->otherKindCombo, ui->codeEdit, ui->descriptionEdit,
                                                       ui->hoursSpin, ui->rateCombo, ui->quantitySpin, ui->unitEdit,
                                                       ui->priceEdit, ui->sourceCombo, ui->consentCheck, ui->payCombo})
        w->setEnabled(estimate);
    ui->kindCombo->setEnabled(estimate && line.id == 0);
    ui->technicianCombo->setEnabled(mode != Mode::ReadOnly);
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
        ui->technicianCombo->setFocus();
    else if (line.id == 0)
        ui->kindCombo->setFocus();
    else
        ui->descriptionEdit->setFocus();
}

WorkOrderLineDialog::~WorkOrderLineDialog() = default;

WorkOrderLine WorkOrderLineDialog::blankLine(const QList<LaborRate> &rates)
{
    WorkOrderLine line;
    if (!rates.isEmpty()) {
        line.laborCategory = rates.first().code;
        line.rateFen = rates.first().ratePerHour;
    }
    return line;
}

void WorkOrderLineDialog::setCatalog(CatalogStore *catalog, const QString &vehicleModel)
{
    if (m_mode != Mode::Estimate || !catalog)
        return;
    m_catalog = catalog;
    m_vehicleModel = vehicleModel;
    try {
        m_operations = catalog->operations();
    } catch (const StoreError &e) {
        ui::showMessage(ui->messageLabel, e.message());
        return;
    }
    m_appliedCode = ui->codeEdit->text();
    m_suggestions = new QStandardItemModel(this);
    auto *completer = new QCompleter(m_suggestions, this);
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    completer->setCompletionRole(Qt::UserRole);
    completer->setMaxVisibleItems(12);
    ui->codeEdit->setCompleter(completer);
    ui->codeEdit->setPlaceholderText(tr("code, part number or name: the catalog suggests"));
    connect(ui->codeEdit, &QLineEdit::textEdited, this, &WorkOrderLineDialog::suggest);
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this,
            [this](const QString &code) { applyCatalogCode(code); });
    connect(ui->codeEdit, &QLineEdit::editingFinished, this, [this] {
        if (ui->codeEdit->text() != m_appliedCode)
            applyCatalogCode(ui->codeEdit->text());
    });
}

void WorkOrderLineDialog::suggest(const QString &text)
{
    if (!m_catalog || !m_suggestions)
        return;
    m_suggestions->clear();
    const QString kind = ui->kindCombo->currentData().toString();
    const QString t = text.simplified();
    if (t.isEmpty() || kind == QLatin1String("other"))
        return;
    auto add = [this](const QString &code, const QString &label) {
        auto *item = new QStandardItem(label);
        item->setData(code, Qt::UserRole);
        m_suggestions->appendRow(item);
    };
    // A new line offers both catalogs: the chosen code decides its kind.
    const bool anyKind = ui->kindCombo->isEnabled();
    if (kind == QLatin1String("labor") || anyKind) {
        const QString code = CatalogRules::normalizeCode(t);
        QStringList seen;
        for (const LaborOperation &op : std::as_const(m_operations)) {
            if (seen.contains(op.code) || !(op.code.startsWith(code) || op.description.contains(t, Qt::CaseInsensitive)))
                continue;
            QList<LaborOperation> rows;
            for (const LaborOperation &o : std::as_const(m_operations))
                if (o.code == op.code)
                    rows << o;
            if (const std::optional<LaborOperation> best = CatalogRules::bestFit(rows, m_vehicleModel)) {
                seen << op.code;
                add(best->code, tr("%1  %2  %3 h").arg(best->code, best->description, QString::number(best->centiHours / 100.0)));
            }
            if (seen.size() >= 20)
                break;
        }
    }
    if (kind == QLatin1String("part") || anyKind) {
        try {
            for (const CatalogPart &p : m_catalog->findParts(t, 20))
                add(p.partNumber, tr("%1  %2  %3  ¥%4").arg(p.partNumber, p.name, p.brandSpec, money::format(p.priceFen)));
        } catch (const StoreError &e) {
            ui::showMessage(ui->messageLabel, e.message());
            return;
        }
    }
    if (m_suggestions->rowCount() > 0)
        ui->codeEdit->completer()->complete();
}

bool WorkOrderLineDialog::applyCatalogCode(const QString &code)
{
    if (!m_catalog || code.trimmed().isEmpty())
        return false;
    std::optional<LaborOperation> op;
    std::optional<CatalogPart> part;
    try {
        const QString kind = ui->kindCombo->currentData().toString();
        if (kind == QLatin1String("other"))
            return false;
        // The code decides the kind of a new line: a part number typed while "Labor" was chosen is a part.
        if (kind == QLatin1String("labor") || ui->kindCombo->isEnabled())
            op = m_catalog->operationFor(code, m_vehicleModel);
        if ((kind == QLatin1String("part") || ui->kindCombo->isEnabled()) && !(op && kind == QLatin1String("labor")))
            part = m_catalog->part(code);
        if (op && part) { // both catalogs know the code: the chosen kind decides
            if (kind == QLatin1String("labor"))
                part.reset();
            else
                op.reset();
        }
    } catch (const StoreError &e) {
        ui::showMessage(ui->messageLabel, e.message());
        return false;
    }
    if (!op && !(part && part->active))
        return false;
    if (op) {
        ui->kindCombo->setCurrentIndex(ui->kindCombo->findData(QStringLiteral("labor")));
        const WorkOrderLine l = CatalogRules::line(*op, m_rates);
        ui->codeEdit->setText(l.code);
        ui->descriptionEdit->setText(l.description);
        ui->hoursSpin->setValue(l.centiHours / 100.0);
        if (ui->rateCombo->findData(l.laborCategory) >= 0)
            ui->rateCombo->setCurrentIndex(ui->rateCombo->findData(l.laborCategory));
        ui->noteLabel->setText(op->modelFamily.isEmpty()
                                   ? tr("From the catalog: %1 h standard hours.").arg(QString::number(op->centiHours / 100.0))
                                   : tr("From the catalog: %1 h standard hours for %2.")
                                         .arg(QString::number(op->centiHours / 100.0), op->modelFamily));
        ui->hoursSpin->setFocus();
    } else {
        ui->kindCombo->setCurrentIndex(ui->kindCombo->findData(QStringLiteral("part")));
        const WorkOrderLine l = CatalogRules::line(*part, qRound64(ui->quantitySpin->value() * 1000));
        ui->codeEdit->setText(l.code);
        ui->descriptionEdit->setText(l.description);
        ui->unitEdit->setText(l.unit);
        ui->priceEdit->setText(money::format(l.unitPriceFen, false));
        ui->sourceCombo->setCurrentIndex(qMax(0, ui->sourceCombo->findData(l.partSource)));
        m_line.brandSpec = l.brandSpec;
        ui->noteLabel->setText(part->brandSpec.isEmpty() ? tr("From the price list.")
                                                         : tr("From the price list: %1.").arg(part->brandSpec));
        ui->quantitySpin->setFocus();
        ui->quantitySpin->selectAll();
    }
    m_appliedCode = ui->codeEdit->text();
    updateAmount();
    return true;
}

void WorkOrderLineDialog::setTechnicians(const QList<Technician> &technicians)
{
    fillTechnicians(ui->technicianCombo, technicians, m_line.technicianId, m_line.technicianName);
}

void WorkOrderLineDialog::fillTechnicians(QComboBox *combo, const QList<Technician> &technicians, qint64 currentId,
                                          const QString &currentName)
{
    combo->clear();
    combo->addItem(tr("not assigned yet"));
    combo->setItemData(0, qint64(0), IdRole);
    combo->setItemData(0, QString(), NameRole);
    int current = 0;
    const auto add = [&](const QString &label, qint64 id, const QString &name) {
        combo->addItem(label);
        const int i = combo->count() - 1;
        combo->setItemData(i, id, IdRole);
        combo->setItemData(i, name, NameRole);
        if ((currentId && id == currentId) || (!currentId && !id && !currentName.isEmpty() && name == currentName))
            current = i;
    };
    for (const Technician &t : technicians)
        if (t.active)
            add(t.label(), t.id, t.name);
    for (const QString &team : TechnicianRules::teams(technicians))
        add(tr("Team: %1").arg(team), 0, TechnicianRules::teamAssignment(team));
    // A name recorded before the list, or of someone retired since: kept, and said so.
    if (current == 0 && !currentName.isEmpty()) {
        add(tr("%1 (not on the list)").arg(currentName), currentId, currentName);
        current = combo->count() - 1;
    }
    combo->setCurrentIndex(current);
}

void WorkOrderLineDialog::updateKind()
{
    const QString kind = ui->kindCombo->currentData().toString();
    const bool labor = kind == QLatin1String("labor");
    const bool part = kind == QLatin1String("part");
    ui->otherKindCombo->setVisible(kind == QLatin1String("other"));
    for (QWidget *w : std::initializer_list<QWidget *>{ui->hoursSpinLabel, ui->hoursSpin, ui->rateCombo,
                                                       ui->technicianComboLabel, ui->technicianCombo})
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
        l.otherKind = l.is(LineKind::Other) ? ui->otherKindCombo->currentData().toString() : QString();
        l.code = ui->codeEdit->text().trimmed();
        l.description = ui->descriptionEdit->text().trimmed();
        l.payType = ui->payCombo->currentData().toString();
        if (l.is(LineKind::Labor)) {
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
            l.partSource = l.is(LineKind::Part) ? ui->sourceCombo->currentData().toString() : QString();
            l.consentRecorded = ui->consentCheck->isChecked() && l.is(PartSource::Reconditioned);
        }
        if (!l.is(LineKind::Part))
            l.brandSpec.clear();
    }
    if (l.is(LineKind::Labor)) {
        l.technicianId = ui->technicianCombo->currentData(IdRole).toLongLong();
        l.technicianName = ui->technicianCombo->currentData(NameRole).toString();
    }
    return l;
}

void WorkOrderLineDialog::updateAmount()
{
    const WorkOrderLine l = collect();
    ui->amountValue->setText(l.unitPriceFen < 0 && !l.is(LineKind::Labor) ? QStringLiteral("—")
                                                                                   : QStringLiteral("¥") + money::format(l.amount()));
}

void WorkOrderLineDialog::accept()
{
    if (m_mode == Mode::ReadOnly)
        return QDialog::reject();
    const WorkOrderLine l = collect();
    ui::FieldChecks checks;
    if (!l.is(LineKind::Labor) && l.unitPriceFen < 0)
        checks.error(tr("\"%1\" is not a price in yuan, e.g. 120.00.").arg(ui->priceEdit->text()), ui->priceEdit);
    else
        checks.add(WorkOrderRules::checkLines({l}), l.description.isEmpty() ? static_cast<QWidget *>(ui->descriptionEdit)
                                                   : l.is(LineKind::Labor) ? static_cast<QWidget *>(ui->hoursSpin)
                                                                                      : static_cast<QWidget *>(ui->quantitySpin));
    if (!checks.report(ui->messageLabel))
        return;
    m_line = l;
    QDialog::accept();
}

} // namespace dd
