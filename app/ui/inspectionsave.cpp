#include "inspectionpage.h"

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

// The inspection page's saving and completing: what is still missing, the key tag, the intake sheet and the key cabinet.
namespace dd {

using ui::cell;

void InspectionPage::focusFirstMissing(const Inspection &in)
{
    QWidget *field = nullptr;
    if (in.odometerKm < 0)
        field = ui->odometerSpin;
    else if (!InspectionRules::checkOdometer(in.odometerKm, in.previousOdometerKm, in.odometerReason).ok())
        field = ui->reasonEdit;
    else if (in.fuelEighths < 0)
        field = ui->fuelCombo;
    else if (!in.valuablesReminded)
        field = ui->valuablesCheck;
    else if (in.oldParts.isEmpty())
        field = ui->customerTakesRadio;
    else if (in.keyTag.isEmpty())
        field = ui->keyTagEdit;
    else {
        for (int i = 0; i < in.marks.size(); ++i)
            if (!in.marks[i].isNew && in.marks[i].status.isEmpty()) {
                ui->tabs->setCurrentWidget(ui->damageTab);
                selectMark(i);
                ui->marksTable->setFocus();
                return;
            }
    }
    if (!field)
        return;
    for (QWidget *tab : {ui->damageTab, ui->readingsTab, ui->handoverTab})
        if (tab->isAncestorOf(field))
            ui->tabs->setCurrentWidget(tab);
    ui::focusField(field);
}

QString InspectionPage::keyTagTaken(const QString &tag) const
{
    if (tag.isEmpty())
        return {};
    try {
        for (const ShopVehicle &k : InspectionStore(m_ctx.db).keyCabinet())
            if (k.keyTag == tag && k.workOrderId != m_inspection.workOrderId)
                return tr("Key tag %1 is already on %2 (%3): take another tag.").arg(tag, k.vehicleLabel, k.workOrderNumber);
    } catch (const StoreError &) {
        // the save reports the database problem
    }
    return {};
}

bool InspectionPage::store(bool completeIt)
{
    const Inspection in = current();
    // A tag already hanging for another car: said here, with the car, before the database refuses it.
    if (const QString taken = keyTagTaken(in.keyTag); !taken.isEmpty()) {
        ui::showMessage(ui->messageLabel, taken);
        ui->tabs->setCurrentWidget(ui->handoverTab);
        ui::focusField(ui->keyTagEdit);
        return false;
    }
    try {
        Commands commands = m_ctx.commands();
        m_inspection = InspectionStore(m_ctx.db).save(commands, in, completeIt);
    } catch (const StoreError &e) {
        // Whatever was entered stays on the screen.
        if (e.kind() == StoreError::Kind::Conflict) {
            QMessageBox box(QMessageBox::Warning, ui::errorTitle(e), e.message(), QMessageBox::NoButton, this);
            QPushButton *reload = box.addButton(tr("Load their version"), QMessageBox::DestructiveRole);
            box.addButton(tr("Keep my entries on screen"), QMessageBox::RejectRole);
            box.setInformativeText(tr("Loading their version replaces what is on this screen. To keep your entries, "
                                      "note them first, then load and enter them again."));
            box.exec();
            if (box.clickedButton() == reload) {
                m_dirty = false;
                openWorkOrder(in.workOrderId);
            }
            return false;
        }
        ui::showMessage(ui->messageLabel, e.message());
        if (e.kind() == StoreError::Kind::Validation)
            focusFirstMissing(in);
        return false;
    }
    m_dirty = false;
    refresh();
    showInspection();
    return true;
}

bool InspectionPage::save()
{
    if (!m_inspection.workOrderId || !ui->saveButton->isEnabled())
        return false;
    if (!store(false))
        return false;
    ui::showMessage(ui->messageLabel, tr("Saved at %1.").arg(LocalFormat::time(QTime::currentTime())), false);
    return true;
}

bool InspectionPage::complete()
{
    if (!m_inspection.workOrderId || !ui->completeButton->isEnabled())
        return false;
    const Inspection in = current();
    const QStringList missing = InspectionRules::missingForCompletion(in);
    if (!missing.isEmpty()) {
        ui::showMessage(ui->messageLabel, tr("The inspection cannot be completed yet. Still missing: %1.")
                                              .arg(missing.join(tr(", "))));
        focusFirstMissing(in);
        return false;
    }
    if (!store(true))
        return false;
    ui::showMessage(ui->messageLabel, tr("Inspection completed. The customer signs the intake sheet (Ctrl+P); Enter "
                                         "goes on to the estimate."),
                    false);
    ui->estimateButton->setFocus();
    return true;
}

void InspectionPage::goToEstimate()
{
    if (!m_inspection.workOrderId)
        return;
    // Typed but not saved: kept, not left behind (a completed inspection has nothing to save).
    if (m_dirty && !m_inspection.isCompleted() && !save())
        return;
    emit estimateRequested(m_inspection.workOrderId);
}

void InspectionPage::printIntake()
{
    if (!m_inspection.workOrderId || !ui->printButton->isEnabled())
        return;
    if (m_dirty && !m_inspection.isCompleted() && !save())
        return;
    const QString number = ui->headerLabel->property("number").toString();
    PrintPreviewDialog d(m_ctx, QStringLiteral("intake"), number, this);
    if (!d.isReady()) {
        ui::showMessage(ui->messageLabel, d.problem());
        if (!m_inspection.isCompleted())
            focusFirstMissing(current());
        return;
    }
    d.exec();
}

void InspectionPage::showKeyCabinet()
{
    KeyCabinetDialog d(m_ctx, this);
    if (d.exec() == QDialog::Accepted && d.chosenWorkOrder())
        openWorkOrder(d.chosenWorkOrder());
}

} // namespace dd
