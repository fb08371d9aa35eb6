#include "inspectionpage.h"

#include <algorithm>
#include <QSpinBox>

#include "core/customer.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QRadioButton>

#include "core/localformat.h"
#include "appcontext.h"
#include "damagemarkdialog.h"
#include "keycabinetdialog.h"
#include "printpreviewdialog.h"
#include "ui_inspectionpage.h"
#include "uihelpers.h"

namespace dd {

using ui::cell;

namespace {
QString localTime(const QDateTime &utc)
{
    return LocalFormat::when(utc);
}
QIcon swatch(const QColor &colour)
{
    QPixmap pm(14, 14);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(colour.darker(140));
    p.setBrush(colour);
    p.drawEllipse(QRectF(1.5, 1.5, 11, 11));
    return QIcon(pm);
}
QColor ratingColour(const QString &rating)
{
    if (rating == QLatin1String("green"))
        return QColor(0x2e, 0x7d, 0x32);
    if (rating == QLatin1String("yellow"))
        return QColor(0xf9, 0xa8, 0x25);
    return QColor(0xc6, 0x28, 0x28);
}
QString inspectionStateName(const QString &state)
{
    if (state == QLatin1String("completed"))
        return InspectionPage::tr("completed");
    if (state == QLatin1String("open"))
        return InspectionPage::tr("under way");
    return InspectionPage::tr("not started");
}
} // namespace

InspectionPage::InspectionPage(AppContext &ctx, QWidget *parent)
    : QWidget(parent), ui(std::make_unique<Ui::InspectionPage>()), m_ctx(ctx)
{
    ui->setupUi(this);
    ui->splitter->setStretchFactor(0, 0);
    ui->splitter->setStretchFactor(1, 1);
    ui->splitter->setSizes({420, 820});
    ui->saveButton->setText(tr("Save (Ctrl+S)"));
    buildGrids();
    setHeaders();
    setFocusProxy(ui->queueTable);

    connect(ui->queueTable, &QTableWidget::currentCellChanged, this, [this](int row, int, int previousRow) {
        if (m_loading || row < 0 || row >= m_queue.size() || row == previousRow)
            return;
        if (m_queue[row].workOrderId == m_inspection.workOrderId)
            return;
        if (!openWorkOrder(m_queue[row].workOrderId)) {
            // Staying with the unsaved inspection: the list points at it again.
            const QSignalBlocker block(ui->queueTable);
            ui->queueTable->setCurrentCell(previousRow, 0);
        }
    });
    connect(ui->refreshButton, &QPushButton::clicked, this, &InspectionPage::refresh);
    connect(ui->keyCabinetButton, &QPushButton::clicked, this, &InspectionPage::showKeyCabinet);

    connectMarks();

    connectReadings();

    connect(ui->saveButton, &QPushButton::clicked, this, &InspectionPage::save);
    connect(ui->completeButton, &QPushButton::clicked, this, &InspectionPage::complete);
    connect(ui->reloadButton, &QPushButton::clicked, this, [this] {
        if (!m_inspection.workOrderId)
            return;
        if (m_dirty && QMessageBox::question(this, tr("Undo changes"),
                                             tr("Forget the changes made since the last save?")) != QMessageBox::Yes)
            return;
        m_dirty = false;
        openWorkOrder(m_inspection.workOrderId);
    });
    connect(ui->printButton, &QPushButton::clicked, this, &InspectionPage::printIntake);
    connect(ui->estimateButton, &QPushButton::clicked, this, &InspectionPage::goToEstimate);

    // The page's keys, listed by F1.
    m_keys.add(QKeySequence(Qt::CTRL | Qt::Key_S), QT_TR_NOOP("Save the inspection"), [this] { save(); });
    m_keys.add(QKeySequence(Qt::CTRL | Qt::Key_Return), QT_TR_NOOP("Complete the inspection"), [this] { complete(); });
    m_keys.add(QKeySequence(Qt::CTRL | Qt::Key_Enter), nullptr, [this] { complete(); });
    m_keys.add(QKeySequence(Qt::CTRL | Qt::Key_P), QT_TR_NOOP("Print the intake sheet"), [this] { printIntake(); });
    m_keys.add(QKeySequence(Qt::CTRL | Qt::Key_E), QT_TR_NOOP("On to the work order's estimate"), [this] { goToEstimate(); });
    m_keys.add(QKeySequence(Qt::CTRL | Qt::Key_K), QT_TR_NOOP("Key cabinet"), [this] { showKeyCabinet(); });
    m_keys.add(QKeySequence(Qt::Key_Insert), QT_TR_NOOP("Add a damage mark (then the arrow keys move it)"), [this] { addMark(); });
    m_keys.add(QKeySequence(Qt::Key_F5), QT_TR_NOOP("Refresh the list of vehicles"), [this] { refresh(); });
    // The list of cars in the shop follows other stations; the inspection being typed is never reloaded.
    goLive(ctx);
    showInspection();
}

InspectionPage::~InspectionPage() = default;

// Every reading and handover field marks the inspection as changed; the key tag is checked as it is left.
void InspectionPage::connectReadings()
{
    connect(ui->odometerSpin, &QSpinBox::valueChanged, this, [this] {
        updateOdometerHint();
        markDirty();
    });
    connect(ui->reasonEdit, &QLineEdit::textEdited, this, &InspectionPage::markDirty);
    connect(ui->fuelCombo, &QComboBox::currentIndexChanged, this, &InspectionPage::markDirty);
    for (QSpinBox *spin : {ui->socSpin, ui->rangeSpin})
        connect(spin, &QSpinBox::valueChanged, this, &InspectionPage::markDirty);
    for (QLineEdit *e : {ui->otherEdit, ui->keyTagEdit})
        connect(e, &QLineEdit::textEdited, this, &InspectionPage::markDirty);
    for (QAbstractButton *b : std::initializer_list<QAbstractButton *>{
             ui->valuablesCheck, ui->customerTakesRadio, ui->shopDisposesRadio, ui->coversCheck, ui->washCheck,
             ui->leavesRadio, ui->waitsRadio})
        connect(b, &QAbstractButton::toggled, this, &InspectionPage::markDirty);
    connect(ui->keyTagEdit, &QLineEdit::editingFinished, this, [this] {
        const QString tag = InspectionRules::normalizeKeyTag(ui->keyTagEdit->text());
        if (tag != ui->keyTagEdit->text())
            ui->keyTagEdit->setText(tag);
        ui->keyTagHint->clear();
        if (tag.isEmpty())
            return;
        const Validation v = InspectionRules::checkKeyTag(tag);
        if (!v.ok()) {
            ui::showMessage(ui->keyTagHint, v.errors.join(QLatin1Char(' ')));
            return;
        }
        const QString taken = keyTagTaken(tag);
        if (!taken.isEmpty())
            ui::showMessage(ui->keyTagHint, taken);
    });
    connect(ui->promisedEdit, &QDateTimeEdit::dateTimeChanged, this, &InspectionPage::markDirty);
    connect(ui->promisedCheck, &QCheckBox::toggled, this, [this](bool none) {
        ui->promisedEdit->setEnabled(!none && !m_inspection.isCompleted());
        if (!none && !m_loading && ui->promisedEdit->dateTime() < QDateTime::currentDateTime()) {
            // A sensible start: 1.5 h of work from now, inside the workshop's hours (the advisor adjusts it).
            WorkshopHours hours;
            try {
                hours = m_ctx.dealership.load().workshopHours;
            } catch (const StoreError &) {
                // the default hours
            }
            ui->promisedEdit->setDateTime(WorkOrderRules::suggestPromise(QDateTime::currentDateTime(), 150, 0, 1, hours));
        }
        markDirty();
    });
}

QStringList InspectionPage::listensTo() const
{
    return {QStringLiteral("work_orders"), QStringLiteral("inspections"), QStringLiteral("visits"), QStringLiteral("vehicles")};
}

void InspectionPage::buildGrids()
{
    const QStringList lamps = InspectionRules::warningLamps();
    for (int i = 0; i < lamps.size(); ++i) {
        auto *c = new QCheckBox(ui->lampsGroup);
        c->setObjectName(QStringLiteral("lamp_") + lamps[i]);
        ui->lampsGrid->addWidget(c, i / 5, i % 5);
        connect(c, &QCheckBox::toggled, this, &InspectionPage::markDirty);
        m_lampChecks.insert(lamps[i], c);
    }
    const QStringList items = InspectionRules::checkItems();
    for (int i = 0; i < items.size(); ++i) {
        auto *label = new QLabel(ui->checksGroup);
        label->setObjectName(QStringLiteral("checkLabel_") + items[i]);
        auto *combo = new QComboBox(ui->checksGroup);
        combo->setObjectName(QStringLiteral("rating_") + items[i]);
        combo->setMinimumWidth(150);
        auto *note = new QLineEdit(ui->checksGroup);
        note->setObjectName(QStringLiteral("checkNote_") + items[i]);
        note->setMaxLength(200);
        label->setBuddy(combo);
        ui->checksGrid->addWidget(label, i, 0);
        ui->checksGrid->addWidget(combo, i, 1);
        ui->checksGrid->addWidget(note, i, 2);
        connect(combo, &QComboBox::currentIndexChanged, this, &InspectionPage::markDirty);
        connect(note, &QLineEdit::textEdited, this, &InspectionPage::markDirty);
        m_ratingCombos.insert(items[i], combo);
        m_checkNotes.insert(items[i], note);
    }
    ui->checksGrid->setColumnStretch(2, 1);
    const QStringList things = InspectionRules::belongings();
    for (int i = 0; i < things.size(); ++i) {
        auto *c = new QCheckBox(ui->belongingsGroup);
        c->setObjectName(QStringLiteral("belonging_") + things[i]);
        ui->belongingsGrid->addWidget(c, i / 4, i % 4);
        connect(c, &QCheckBox::toggled, this, &InspectionPage::markDirty);
        m_belongingChecks.insert(things[i], c);
    }
    // The keyboard goes through the generated fields in reading order.
    QWidget *last = ui->fuelCombo;
    for (const QString &l : lamps) {
        setTabOrder(last, m_lampChecks[l]);
        last = m_lampChecks[l];
    }
    for (const QString &i : items) {
        setTabOrder(last, m_ratingCombos[i]);
        setTabOrder(m_ratingCombos[i], m_checkNotes[i]);
        last = m_checkNotes[i];
    }
    last = nullptr;
    for (const QString &t : things) {
        if (last)
            setTabOrder(last, m_belongingChecks[t]);
        last = m_belongingChecks[t];
    }
    setTabOrder(last, ui->otherEdit);
}

void InspectionPage::setHeaders()
{
    ui->queueTable->setColumnCount(5);
    ui->queueTable->setHorizontalHeaderLabels({tr("Key"), tr("Vehicle"), tr("Inspection"), tr("Promised"), tr("Work order")});
    ui->marksTable->setColumnCount(6);
    ui->marksTable->setHorizontalHeaderLabels({tr("No."), tr("Where"), tr("Kind"), tr("This visit"), tr("Photos"), tr("Size or note")});
    for (QTableWidget *t : {ui->queueTable, ui->marksTable})
        t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    ui->queueTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    ui->queueTable->horizontalHeader()->setStretchLastSection(false);
    ui->marksTable->horizontalHeader()->setStretchLastSection(true);

    for (auto it = m_lampChecks.begin(); it != m_lampChecks.end(); ++it)
        it.value()->setText(InspectionRules::warningLampName(it.key()));
    for (auto it = m_belongingChecks.begin(); it != m_belongingChecks.end(); ++it)
        it.value()->setText(InspectionRules::belongingName(it.key()));
    for (auto it = m_ratingCombos.begin(); it != m_ratingCombos.end(); ++it) {
        const QSignalBlocker block(it.value());
        const int index = it.value()->currentIndex();
        it.value()->clear();
        it.value()->addItem(tr("not checked"), QString());
        for (const QString &r : InspectionRules::ratings())
            it.value()->addItem(swatch(ratingColour(r)), InspectionRules::ratingName(r), r);
        it.value()->setCurrentIndex(qMax(0, index));
        if (auto *label = ui->checksGroup->findChild<QLabel *>(QStringLiteral("checkLabel_") + it.key()))
            label->setText(InspectionRules::checkItemName(it.key()) + tr(":"));
        m_checkNotes[it.key()]->setPlaceholderText(tr("note, e.g. tread 2 mm front left"));
    }
    {
        const QSignalBlocker block(ui->fuelCombo);
        const int index = ui->fuelCombo->currentIndex();
        ui->fuelCombo->clear();
        ui->fuelCombo->addItem(InspectionRules::fuelText(-1), -1);
        for (int i = 0; i <= 8; ++i)
            ui->fuelCombo->addItem(InspectionRules::fuelText(i), i);
        ui->fuelCombo->setCurrentIndex(qMax(0, index));
    }
    ui->legendLabel->setText(
        tr("<span style='color:#c62828'>●</span> new this visit &nbsp; <span style='color:#1565c0'>○</span> "
           "from an earlier visit &nbsp; <span style='color:#888'>◌</span> found repaired. Click the car to mark "
           "damage, drag a new mark to move it, Delete removes it."));
}

void InspectionPage::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange) {
        const Inspection shown = current();
        const bool dirty = m_dirty;
        ui->retranslateUi(this);
        ui->saveButton->setText(tr("Save (Ctrl+S)"));
        setHeaders();
        m_inspection = shown;
        showInspection();
        m_dirty = dirty;
        refresh();
    }
    QWidget::changeEvent(e);
}

void InspectionPage::refresh()
{
    try {
        m_queue = InspectionStore(m_ctx.db).inShop();
        // A settled car only waits for its owner: nothing is inspected any more (it is handed over from the
        // work order).
        const QStringList closed = WorkOrderCodes::closed();
        m_queue.erase(std::remove_if(m_queue.begin(), m_queue.end(),
                                     [&](const ShopVehicle &v) { return closed.contains(v.workOrderState); }),
                      m_queue.end());
    } catch (const StoreError &e) {
        ui::showMessage(ui->messageLabel, e.message());
        return;
    }
    m_loading = true;
    ui->queueTable->setRowCount(int(m_queue.size()));
    int current = -1;
    for (int r = 0; r < m_queue.size(); ++r) {
        const ShopVehicle &v = m_queue[r];
        ui->queueTable->setItem(r, 0, cell(v.keyTag));
        ui->queueTable->setItem(r, 1, cell(v.vehicleLabel));
        ui->queueTable->item(r, 1)->setToolTip(v.vehicleLabel + QLatin1Char('\n') + v.customerName);
        ui->queueTable->setItem(r, 4, cell(v.workOrderNumber, v.workOrderId));
        auto *state = cell(inspectionStateName(v.inspectionState));
        if (v.inspectionState != QLatin1String("completed")) {
            QFont bold = state->font();
            bold.setBold(true);
            state->setFont(bold);
        }
        ui->queueTable->setItem(r, 2, state);
        ui->queueTable->setItem(r, 3, cell(localTime(v.promisedAt)));
        if (v.workOrderId == m_inspection.workOrderId)
            current = r;
    }
    if (current >= 0)
        ui->queueTable->setCurrentCell(current, ui->queueTable->currentColumn() < 0 ? 0 : ui->queueTable->currentColumn());
    else
        ui->queueTable->clearSelection();
    m_loading = false;
    ui->queueTableLabel->setText(m_queue.isEmpty() ? tr("&Vehicles in the shop: none checked in")
                                                   : tr("&Vehicles in the shop (%1):").arg(m_queue.size()));
    showHeader();
}

bool InspectionPage::maySwitchAway()
{
    return ui::maySwitchAway(this, m_dirty, tr("Unsaved inspection"),
                             tr("The inspection of %1 has changes that are not saved yet. Save them now?")
                                 .arg(ui->headerLabel->property("number").toString()),
                             [this] { return save(); });
}

bool InspectionPage::openWorkOrder(qint64 workOrderId)
{
    if (workOrderId != m_inspection.workOrderId && !maySwitchAway())
        return false;
    try {
        m_inspection = InspectionStore(m_ctx.db).load(workOrderId);
    } catch (const StoreError &e) {
        ui::showError(this, e);
        return false;
    }
    m_dirty = false;
    ui::clearMessage(ui->messageLabel);
    ui->keyTagHint->clear();
    refresh();
    showInspection();
    return true;
}

void InspectionPage::showHeader()
{
    if (!m_inspection.workOrderId) {
        ui->headerLabel->setText(m_queue.isEmpty() ? tr("No vehicle is checked in. Check one in at reception (Ctrl+1, F4).")
                                                   : tr("Choose a vehicle in the list to inspect it."));
        ui->headerLabel->setProperty("number", QString());
        return;
    }
    for (const ShopVehicle &v : m_queue) {
        if (v.workOrderId != m_inspection.workOrderId)
            continue;
        QString state;
        if (m_inspection.isCompleted())
            state = tr("completed %1 by %2").arg(localTime(m_inspection.completedAt), m_inspection.completedBy.toHtmlEscaped());
        else
            state = m_inspection.id ? tr("under way") : tr("not started");
        ui->headerLabel->setText(QStringLiteral("<b>%1</b> &nbsp; %2 &nbsp;·&nbsp; %3 &nbsp;·&nbsp; %4 &nbsp;—&nbsp; %5")
                                     .arg(v.workOrderNumber.toHtmlEscaped(), v.vehicleLabel.toHtmlEscaped(),
                                          v.customerName.toHtmlEscaped(),
                                          tr("advisor %1").arg(v.advisorName.toHtmlEscaped()), state));
        ui->headerLabel->setProperty("number", v.workOrderNumber);
        return;
    }
}

void InspectionPage::showInspection()
{
    m_loading = true;
    const Inspection &in = m_inspection;
    const bool open = in.workOrderId != 0;
    const bool editable = open && !in.isCompleted() && m_ctx.can(Permission::InspectVehicles);
    ui->tabs->setEnabled(open);

    ui->odometerSpin->setValue(in.odometerKm);
    ui->reasonEdit->setText(in.odometerReason);
    ui->fuelCombo->setCurrentIndex(qMax(0, ui->fuelCombo->findData(in.fuelEighths)));
    ui->socSpin->setValue(in.socPercent);
    ui->rangeSpin->setValue(in.rangeKm);
    // What applies to this car: fuel, charge or both; the high-voltage checks only where there is such a system.
    const bool fuel = EnergyRules::usesFuel(in.energyType), charge = EnergyRules::usesCharge(in.energyType);
    ui->fuelCombo->setVisible(fuel);
    ui->fuelComboLabel->setText(fuel ? tr("Fuel &level:") : tr("Charge:"));
    ui->fuelComboLabel->setBuddy(fuel ? static_cast<QWidget *>(ui->fuelCombo) : ui->socSpin);
    for (QWidget *w : std::initializer_list<QWidget *>{ui->socSpinLabel, ui->socSpin, ui->rangeSpinLabel, ui->rangeSpin})
        w->setVisible(charge);
    const QStringList applies = InspectionRules::checkItemsFor(in.energyType);
    for (auto it = m_ratingCombos.begin(); it != m_ratingCombos.end(); ++it) {
        const bool shown = applies.contains(it.key());
        it.value()->setVisible(shown);
        m_checkNotes[it.key()]->setVisible(shown);
        if (auto *label = ui->checksGroup->findChild<QLabel *>(QStringLiteral("checkLabel_") + it.key()))
            label->setVisible(shown);
    }
    for (auto it = m_lampChecks.begin(); it != m_lampChecks.end(); ++it)
        it.value()->setChecked(in.warningLamps.contains(it.key()));
    for (auto it = m_ratingCombos.begin(); it != m_ratingCombos.end(); ++it) {
        it.value()->setCurrentIndex(0);
        m_checkNotes[it.key()]->clear();
    }
    for (const QuickCheck &c : in.checks) {
        if (QComboBox *combo = m_ratingCombos.value(c.item))
            combo->setCurrentIndex(qMax(0, combo->findData(c.rating)));
        if (QLineEdit *note = m_checkNotes.value(c.item))
            note->setText(c.note);
    }
    for (auto it = m_belongingChecks.begin(); it != m_belongingChecks.end(); ++it)
        it.value()->setChecked(in.belongings.contains(it.key()));
    ui->otherEdit->setText(in.belongingsOther);
    ui->valuablesCheck->setChecked(in.valuablesReminded);
    // A button group cannot be left with nothing chosen unless exclusivity is lifted for a moment.
    ui->oldPartsGroup->setExclusive(false);
    ui->customerTakesRadio->setChecked(in.oldParts == QLatin1String("customer_takes"));
    ui->shopDisposesRadio->setChecked(in.oldParts == QLatin1String("shop_disposes"));
    ui->oldPartsGroup->setExclusive(true);
    ui->coversCheck->setChecked(in.coversFitted);
    ui->washCheck->setChecked(in.wash);
    ui->waitsRadio->setChecked(in.customerWaits);
    ui->leavesRadio->setChecked(!in.customerWaits);
    ui->keyTagEdit->setText(in.keyTag);
    ui->promisedCheck->setChecked(!in.promisedAt.isValid());
    ui->promisedEdit->setDateTime(in.promisedAt.isValid() ? in.promisedAt.toLocalTime() : QDateTime::currentDateTime());

    for (QWidget *w : std::initializer_list<QWidget *>{
             ui->odometerSpin, ui->reasonEdit, ui->fuelCombo, ui->socSpin, ui->rangeSpin, ui->lampsGroup, ui->checksGroup, ui->belongingsGroup,
             ui->otherEdit, ui->valuablesCheck, ui->customerTakesRadio, ui->shopDisposesRadio, ui->coversCheck,
             ui->washCheck, ui->leavesRadio, ui->waitsRadio, ui->keyTagEdit, ui->promisedCheck})
        w->setEnabled(editable);
    ui->promisedEdit->setEnabled(editable && in.promisedAt.isValid());
    ui->diagram->setEditable(editable);
    updateOdometerHint();
    showMarks();
    showHeader();
    m_loading = false;
    m_dirty = false;
    updateButtons();
}

void InspectionPage::updateOdometerHint()
{
    const int reading = ui->odometerSpin->value();
    const int previous = m_inspection.previousOdometerKm;
    const bool lower = reading >= 0 && previous >= 0 && reading < previous;
    ui->reasonEdit->setVisible(lower || !ui->reasonEdit->text().isEmpty());
    ui->reasonEditLabel->setVisible(ui->reasonEdit->isVisible());
    if (previous < 0)
        ui->previousLabel->setText(tr("no earlier reading on file"));
    else if (lower)
        ui::showMessage(ui->previousLabel, tr("lower than the last reading, %L1 km: correct it, or record why below").arg(previous));
    else
        ui::showMessage(ui->previousLabel, tr("last reading %L1 km").arg(previous), false);
}

void InspectionPage::updateButtons()
{
    const bool open = m_inspection.workOrderId != 0;
    const bool editable = open && !m_inspection.isCompleted() && m_ctx.can(Permission::InspectVehicles);
    const int s = selectedMark();
    const bool earlier = s >= 0 && !m_inspection.marks[s].isNew;
    ui->addMarkButton->setEnabled(editable);
    ui->editMarkButton->setEnabled(s >= 0);
    ui->presentButton->setEnabled(editable && earlier);
    ui->repairedButton->setEnabled(editable && earlier);
    ui->removeMarkButton->setEnabled(editable && s >= 0 && m_inspection.marks[s].isNew);
    ui->saveButton->setEnabled(editable);
    ui->completeButton->setEnabled(editable);
    ui->reloadButton->setEnabled(editable && m_dirty);
    ui->printButton->setEnabled(open && m_ctx.can(Permission::PrintDocuments));
    ui->estimateButton->setEnabled(open);
}

void InspectionPage::markDirty()
{
    if (m_loading)
        return;
    m_dirty = true;
    ui->reloadButton->setEnabled(true);
}

Inspection InspectionPage::current() const
{
    Inspection in = m_inspection;
    if (!in.workOrderId || in.isCompleted())
        return in;
    in.odometerKm = ui->odometerSpin->value();
    in.odometerReason = ui->reasonEdit->text().trimmed();
    in.fuelEighths = EnergyRules::usesFuel(in.energyType) ? ui->fuelCombo->currentData().toInt() : -1;
    in.socPercent = EnergyRules::usesCharge(in.energyType) ? ui->socSpin->value() : -1;
    in.rangeKm = EnergyRules::usesCharge(in.energyType) ? ui->rangeSpin->value() : -1;
    in.warningLamps.clear();
    for (const QString &l : InspectionRules::warningLamps())
        if (m_lampChecks[l]->isChecked())
            in.warningLamps << l;
    in.checks.clear();
    for (const QString &item : InspectionRules::checkItemsFor(in.energyType)) {
        const QString rating = m_ratingCombos[item]->currentData().toString();
        const QString note = m_checkNotes[item]->text().trimmed();
        if (!rating.isEmpty() || !note.isEmpty())
            in.checks << QuickCheck{item, rating, note};
    }
    in.belongings.clear();
    for (const QString &b : InspectionRules::belongings())
        if (m_belongingChecks[b]->isChecked())
            in.belongings << b;
    in.belongingsOther = ui->otherEdit->text().trimmed();
    in.valuablesReminded = ui->valuablesCheck->isChecked();
    in.oldParts = ui->customerTakesRadio->isChecked()  ? QStringLiteral("customer_takes")
                  : ui->shopDisposesRadio->isChecked() ? QStringLiteral("shop_disposes")
                                                       : QString();
    in.coversFitted = ui->coversCheck->isChecked();
    in.wash = ui->washCheck->isChecked();
    in.customerWaits = ui->waitsRadio->isChecked();
    in.keyTag = InspectionRules::normalizeKeyTag(ui->keyTagEdit->text());
    in.promisedAt = ui->promisedCheck->isChecked() ? QDateTime() : ui->promisedEdit->dateTime().toUTC();
    return in;
}

} // namespace dd
