#include "workorderspage.h"

#include <QAction>
#include <QComboBox>
#include <algorithm>
#include <QHeaderView>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

#include "appcontext.h"
#include "core/localformat.h"
#include "store/dispatchboard.h"
#include "store/catalogstore.h"
#include "store/workorderstore.h"
#include "store/deskcounts.h"
#include "ui_workorderspage.h"
#include "core/settlement.h"
#include "deliverydialog.h"
#include "uihelpers.h"
#include "liveupdates.h"
#include "stalebar.h"
#include "cannedjobdialog.h"
#include "findingdialog.h"
#include "inspectionfindingsdialog.h"
#include "printpreviewdialog.h"
#include "workorderlinedialog.h"

// The work-order page's estimate: concerns, lines, canned jobs, the inspection's findings and the promise.
namespace dd {

using ui::cell;

void WorkOrdersPage::addConcern()
{
    if (!ui->addConcernButton->isEnabled())
        return;
    m_order = current();
    m_order.concerns << Concern{};
    const bool dirty = true;
    showOrder();
    m_dirty = dirty;
    const int row = ui->concernsTable->rowCount() - 1;
    ui->concernsTable->setCurrentCell(row, Text);
    ui->concernsTable->setFocus();
    ui->concernsTable->editItem(ui->concernsTable->item(row, Text));
}

void WorkOrdersPage::addLine()
{
    if (!ui->addLineButton->isEnabled())
        return;
    WorkOrderLineDialog d(WorkOrderLineDialog::blankLine(m_rates), m_rates, WorkOrderLineDialog::Mode::Estimate, this);
    d.setTechnicians(m_technicians);
    CatalogStore catalog(m_ctx.db);
    d.setCatalog(&catalog, catalog.vehicleModelOf(m_order.id));
    if (d.exec() != QDialog::Accepted)
        return;
    const WorkOrder shown = current();
    m_order = shown;
    m_order.lines << d.line();
    m_dirty = true;
    showLines();
    ui->linesTable->selectRow(int(m_order.lines.size()) - 1);
    updateButtons();
}

void WorkOrdersPage::editLine()
{
    const int s = selectedLine();
    if (s < 0)
        return;
    const WorkOrderLine line = m_order.lines[s];
    const QStringList technicianStates = WorkOrderCodes::inWorkshop();
    const auto mode = m_order.is(WorkOrderState::Draft) && m_ctx.can(Permission::EditWorkOrders)
                          ? WorkOrderLineDialog::Mode::Estimate
                      : technicianStates.contains(m_order.state) && line.is(LineKind::Labor) &&
                              m_ctx.can(Permission::RunWorkshop)
                          ? WorkOrderLineDialog::Mode::TechnicianOnly
                          : WorkOrderLineDialog::Mode::ReadOnly;
    WorkOrderLineDialog d(line, m_rates, mode, this);
    d.setTechnicians(m_technicians);
    CatalogStore catalog(m_ctx.db);
    d.setCatalog(&catalog, catalog.vehicleModelOf(m_order.id));
    if (d.exec() != QDialog::Accepted)
        return;
    if (mode == WorkOrderLineDialog::Mode::TechnicianOnly) {
        if (d.line().technicianName == line.technicianName && d.line().technicianId == line.technicianId)
            return;
        try {
            Commands commands = m_ctx.commands();
            const WorkOrder shown = current();
            m_order = WorkOrderStore(m_ctx.db).assignTechnician(commands, m_order.id, m_order.version, line.id,
                                                                d.line().technicianId, d.line().technicianName);
            // Keep what was typed in the concerns meanwhile.
            for (int i = 0; i < m_order.concerns.size() && i < shown.concerns.size(); ++i)
                m_order.concerns[i] = shown.concerns[i];
            const bool dirty = m_dirty;
            showOrder();
            m_dirty = dirty;
            ui->linesTable->selectRow(s);
        } catch (const StoreError &e) {
            ui::showMessage(ui->messageLabel, e.message());
        }
        return;
    }
    m_order = current();
    m_order.lines[s] = d.line();
    m_dirty = true;
    showLines();
}

void WorkOrdersPage::suggestPromise()
{
    if (!ui->suggestButton->isEnabled())
        return;
    const WorkOrder o = current();
    int queued = 0;
    QStringList technicians;
    try {
        const QStringList ahead = WorkOrderCodes::inWorkshop();
        for (const BoardRow &r : DispatchBoard(m_ctx.db).rows()) {
            if (r.workOrderId == o.id || !ahead.contains(r.state))
                continue;
            queued += r.soldCentiHours;
            for (const QString &t : r.technicians)
                if (!technicians.contains(t))
                    technicians << t;
        }
    } catch (const StoreError &e) {
        ui::showMessage(ui->messageLabel, e.message());
        return;
    }
    const WorkOrderTotals t = o.totals(m_vatBp);
    const QDateTime promise = WorkOrderRules::suggestPromise(QDateTime::currentDateTime(), t.centiHours, queued,
                                                             int(technicians.size()), m_hours);
    ui->promisedEdit->setDateTime(promise);
    ui::showMessage(ui->messageLabel,
                    tr("Suggested from %1 h of work, %2 h queued for %n technician(s) and a half-hour margin; change it "
                       "if parts must be ordered.", nullptr, qMax(1, int(technicians.size())))
                        .arg(QString::number(t.centiHours / 100.0, 'f', 1), QString::number(queued / 100.0, 'f', 1)),
                    false);
}

void WorkOrdersPage::addCannedJob()
{
    if (!ui->jobButton->isEnabled())
        return;
    CatalogStore catalog(m_ctx.db);
    QString model;
    try {
        model = catalog.vehicleModelOf(m_order.id);
    } catch (const StoreError &e) {
        ui::showMessage(ui->messageLabel, e.message());
        return;
    }
    CannedJobDialog d(catalog, model, m_rates, this);
    if (d.exec() != QDialog::Accepted)
        return;
    const QList<WorkOrderLine> incoming = d.lines();
    const WorkOrder shown = current();
    // A line the estimate has already: the advisor says whether it is wanted twice.
    const QList<int> dup = WorkOrderRules::duplicatesOf(shown.lines, incoming);
    QStringList twice;
    for (int i = 0; i < incoming.size(); ++i)
        if (dup[i] >= 0)
            twice << incoming[i].description;
    auto choice = WorkOrderRules::Duplicates::Keep;
    if (!twice.isEmpty()) {
        QMessageBox box(QMessageBox::Question, tr("Already on the estimate"),
                        tr("%1 would add what the estimate has already: %2.\n\nKeep both lines, merge them into one (a "
                           "part's quantity adds up, an operation is done once), or skip the job's line?")
                            .arg(d.jobName(), twice.join(tr(", "))),
                        QMessageBox::Cancel, this);
        QPushButton *merge = box.addButton(tr("&Merge"), QMessageBox::AcceptRole);
        QPushButton *keep = box.addButton(tr("&Keep both"), QMessageBox::AcceptRole);
        QPushButton *skip = box.addButton(tr("&Skip them"), QMessageBox::AcceptRole);
        box.setDefaultButton(merge);
        box.exec();
        if (box.clickedButton() == merge)
            choice = WorkOrderRules::Duplicates::Merge;
        else if (box.clickedButton() == skip)
            choice = WorkOrderRules::Duplicates::Skip;
        else if (box.clickedButton() != keep)
            return; // cancelled: the estimate stays as it was
    }
    m_order = shown;
    const int before = int(m_order.lines.size());
    m_order.lines = WorkOrderRules::addLines(m_order.lines, incoming, choice);
    // The job sets the work-order type when none is chosen yet; a different one chosen by the advisor stays.
    QString typeNote;
    const QString jobType = d.jobType();
    if (!jobType.isEmpty() && m_order.type.isEmpty()) {
        m_order.type = jobType;
        ui->typeCombo->setCurrentIndex(qMax(0, ui->typeCombo->findData(jobType)));
        typeNote = QLatin1Char(' ') + tr("Type: %1.").arg(WorkOrderRules::typeName(jobType));
    } else if (!jobType.isEmpty() && m_order.type != jobType) {
        typeNote = QLatin1Char(' ') + tr("The job is %1; the work order stays %2.")
                                          .arg(WorkOrderRules::typeName(jobType), WorkOrderRules::typeName(m_order.type));
    }
    m_dirty = true;
    showLines();
    ui->linesTable->selectRow(int(m_order.lines.size()) - 1);
    updateButtons();
    const int added = int(m_order.lines.size()) - before;
    const int others = int(incoming.size()) - added;
    QString text = tr("%1: %n line(s) added to the estimate", nullptr, added).arg(d.jobName());
    if (others)
        text += tr(", %n already there (%1)", nullptr, others)
                    .arg(choice == WorkOrderRules::Duplicates::Merge ? tr("merged") : tr("skipped"));
    ui::showMessage(ui->messageLabel, text + tr("; check them, then save.") + typeNote, false);
}

void WorkOrdersPage::takeOverFindings()
{
    if (!ui->findingsButton->isEnabled())
        return;
    // Those a line answers already are not offered twice.
    QList<QuickCheck> findings;
    for (const WalkAroundFinding &f : WorkOrderRules::undecidedFindings(current()))
        findings << QuickCheck{f.item, f.rating, f.note};
    if (findings.isEmpty()) {
        ui::showMessage(ui->messageLabel, tr("The inspection has no yellow or red findings left to take over."), false);
        return;
    }
    InspectionFindingsDialog d(findings, m_rates, this);
    if (d.exec() != QDialog::Accepted)
        return;
    const QList<WorkOrderLine> lines = d.lines(QDate::currentDate());
    if (lines.isEmpty())
        return;
    m_order = current();
    m_order.lines << lines;
    m_dirty = true;
    showLines();
    updateButtons();
    ui::showMessage(ui->messageLabel, tr("%n line(s) taken over from the inspection: check their hours and prices, then save.",
                                         nullptr, int(lines.size())),
                    false);
}

void WorkOrdersPage::assignTechnician()
{
    if (!ui->assignButton->isEnabled())
        return;
    // The selected labor lines; none selected (or no labor among them): every labor line.
    const WorkOrder shown = current();
    QList<int> rows;
    for (int r : selectedLines())
        if (r < shown.lines.size() && shown.lines[r].is(LineKind::Labor) && shown.lines[r].counts())
            rows << r;
    const bool some = !rows.isEmpty() && selectedLines().size() > 1;
    if (!some) {
        rows.clear();
        for (int r = 0; r < shown.lines.size(); ++r)
            if (shown.lines[r].is(LineKind::Labor) && shown.lines[r].counts())
                rows << r;
    }
    if (rows.isEmpty()) {
        ui::showMessage(ui->messageLabel, tr("The estimate has no labor lines to assign."));
        return;
    }
    if (m_technicians.isEmpty()) {
        ui::showMessage(ui->messageLabel, tr("The list of technicians is empty: a workshop controller or an administrator "
                                             "adds them under Settings, Technicians…"));
        return;
    }
    QComboBox choices;
    WorkOrderLineDialog::fillTechnicians(&choices, m_technicians, 0, QString());
    QStringList items;
    for (int i = 1; i < choices.count(); ++i) // not "not assigned yet"
        items << choices.itemText(i);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Assign a technician"),
        some ? tr("Who does the %n selected labor line(s)?", nullptr, int(rows.size()))
             : tr("Who does all %n labor line(s) of %1?", nullptr, int(rows.size())).arg(shown.number),
        items, 0, false, &ok);
    if (!ok)
        return;
    const int index = int(items.indexOf(chosen)) + 1;
    const qint64 id = choices.itemData(index, WorkOrderLineDialog::IdRole).toLongLong();
    const QString name = choices.itemData(index, WorkOrderLineDialog::NameRole).toString();
    if (shown.is(WorkOrderState::Draft)) {
        // Part of the estimate being edited: saved with it.
        m_order = shown;
        for (int r : rows) {
            m_order.lines[r].technicianId = id;
            m_order.lines[r].technicianName = name;
        }
        m_dirty = true;
        showLines();
    } else {
        QList<qint64> ids;
        for (int r : rows)
            ids << shown.lines[r].id;
        try {
            Commands commands = m_ctx.commands();
            m_order = WorkOrderStore(m_ctx.db).assignTechnicians(commands, shown.id, shown.version, ids, id, name);
            for (int i = 0; i < m_order.concerns.size() && i < shown.concerns.size(); ++i)
                m_order.concerns[i] = shown.concerns[i]; // what was typed in the concerns meanwhile
            const bool dirty = m_dirty;
            showOrder();
            m_dirty = dirty;
        } catch (const StoreError &e) {
            ui::showMessage(ui->messageLabel, e.message());
            return;
        }
    }
    ui::showMessage(ui->messageLabel, tr("%1 assigned to %n labor line(s).", nullptr, int(rows.size())).arg(name), false);
}

void WorkOrdersPage::removeLine()
{
    const int s = selectedLine();
    if (s < 0 || !ui->removeLineButton->isEnabled())
        return;
    m_order = current();
    m_order.lines.removeAt(s);
    m_dirty = true;
    showLines();
    if (!m_order.lines.isEmpty())
        ui->linesTable->selectRow(qMin(s, int(m_order.lines.size()) - 1));
    updateButtons();
}

} // namespace dd
