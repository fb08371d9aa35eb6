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

// The inspection page's damage marks: on the diagram, in the list, new, moved, confirmed and removed.
namespace dd {

// The diagram and the list of marks select together; moving, opening and removing work from both.
void InspectionPage::connectMarks()
{
    connect(ui->diagram, &DiagramWidget::placeRequested, this, &InspectionPage::placeMark);
    connect(ui->diagram, &DiagramWidget::selectionChanged, this, [this](int index) {
        if (index >= 0) {
            const QSignalBlocker block(ui->marksTable);
            ui->marksTable->selectRow(index);
        } else {
            ui->marksTable->clearSelection();
        }
        updateButtons();
    });
    connect(ui->diagram, &DiagramWidget::markMoved, this, [this](int index, int x, int y) {
        if (index < 0 || index >= m_inspection.marks.size())
            return;
        m_inspection.marks[index].x = x;
        m_inspection.marks[index].y = y;
        markDirty();
    });
    connect(ui->diagram, &DiagramWidget::removeRequested, this, [this](int index) {
        selectMark(index);
        removeMark();
    });
    connect(ui->diagram, &DiagramWidget::markActivated, this, &InspectionPage::openMark);
    connect(ui->marksTable, &QTableWidget::itemSelectionChanged, this, [this] {
        ui->diagram->setSelected(selectedMark());
        updateButtons();
    });
    connect(ui->marksTable, &QTableWidget::activated, this, [this] { editMark(); });
    connect(ui->marksTable, &QTableWidget::itemDoubleClicked, this, [this] { editMark(); });
    connect(ui->addMarkButton, &QPushButton::clicked, this, &InspectionPage::addMark);
    connect(ui->editMarkButton, &QPushButton::clicked, this, &InspectionPage::editMark);
    connect(ui->removeMarkButton, &QPushButton::clicked, this, &InspectionPage::removeMark);
    connect(ui->presentButton, &QPushButton::clicked, this, [this] { confirmMark(QStringLiteral("present")); });
    connect(ui->repairedButton, &QPushButton::clicked, this, [this] { confirmMark(QStringLiteral("repaired")); });
}

using ui::cell;

void InspectionPage::showMarks()
{
    m_inspection.renumberMarks();
    const int selected = selectedMark();
    const QSignalBlocker block(ui->marksTable);
    ui->marksTable->setRowCount(int(m_inspection.marks.size()));
    for (int r = 0; r < m_inspection.marks.size(); ++r) {
        const DamageMark &m = m_inspection.marks[r];
        ui->marksTable->setItem(r, 0, cell(QString::number(m.number)));
        ui->marksTable->setItem(r, 1, cell(InspectionRules::viewName(m.view)));
        ui->marksTable->setItem(r, 2, cell(InspectionRules::damageKindName(m.kind)));
        QTableWidgetItem *visit;
        if (m.isNew) {
            visit = cell(tr("new this visit"));
            visit->setForeground(QColor(0xc6, 0x28, 0x28));
        } else {
            visit = cell(InspectionRules::markStatusName(m.status));
            visit->setToolTip(tr("Found at visit %1 on %2")
                                  .arg(m.foundIn, QLocale().toString(m.foundAt.toLocalTime().date(), QLocale::ShortFormat)));
            if (m.status.isEmpty()) {
                QFont bold = visit->font();
                bold.setBold(true);
                visit->setFont(bold);
            }
        }
        ui->marksTable->setItem(r, 3, visit);
        const int photos = m.photoCount + int(m.newPhotos.size());
        ui->marksTable->setItem(r, 4, cell(photos ? QString::number(photos) : QString()));
        ui->marksTable->setItem(r, 5, cell(m.note));
    }
    ui->diagram->setMarks(m_inspection.marks);
    if (selected >= 0 && selected < m_inspection.marks.size())
        ui->marksTable->selectRow(selected);
    ui->diagram->setSelected(selectedMark());
    updateButtons();
}

int InspectionPage::selectedMark() const
{
    const QList<QTableWidgetSelectionRange> ranges = ui->marksTable->selectedRanges();
    return ranges.isEmpty() ? -1 : ranges.first().topRow();
}

void InspectionPage::selectMark(int index)
{
    if (index >= 0 && index < ui->marksTable->rowCount())
        ui->marksTable->selectRow(index);
    else
        ui->marksTable->clearSelection();
}

bool InspectionPage::placeMark(const QString &view, int x, int y)
{
    if (!ui->diagram->isEditable())
        return false;
    DamageMark m;
    m.view = view;
    m.x = x;
    m.y = y;
    m.isNew = true;
    DamageMarkDialog d(m, {}, true, this);
    if (d.exec() != QDialog::Accepted)
        return false;
    m_inspection.marks << d.mark();
    markDirty();
    showMarks();
    selectMark(int(m_inspection.marks.size()) - 1);
    return true;
}

void InspectionPage::addMark()
{
    // From the keyboard: the view is chosen in the dialog, the mark starts in its middle and the arrow keys
    // move it on the diagram.
    if (!placeMark(QStringLiteral("left"), 500, 500))
        return;
    ui->tabs->setCurrentWidget(ui->damageTab);
    ui->diagram->setFocus();
    ui::showMessage(ui->messageLabel, tr("Mark %1 placed in the middle of the view: move it with the arrow keys "
                                         "(Shift for larger steps).")
                                          .arg(m_inspection.marks.last().number),
                    false);
}

void InspectionPage::editMark()
{
    openMark(selectedMark());
}

void InspectionPage::openMark(int index)
{
    if (index < 0 || index >= m_inspection.marks.size())
        return;
    const DamageMark &m = m_inspection.marks[index];
    QList<QByteArray> saved;
    if (m.id && m.photoCount) {
        try {
            saved = InspectionStore(m_ctx.db).photos(m.id);
        } catch (const StoreError &e) {
            ui::showMessage(ui->messageLabel, e.message());
        }
    }
    DamageMarkDialog d(m, saved, ui->diagram->isEditable(), this);
    if (d.exec() != QDialog::Accepted)
        return;
    m_inspection.marks[index] = d.mark();
    markDirty();
    showMarks();
    selectMark(index);
}

void InspectionPage::removeMark()
{
    const int index = selectedMark();
    if (index < 0 || !ui->diagram->isEditable())
        return;
    const DamageMark m = m_inspection.marks[index];
    if (!m.isNew) {
        ui::showMessage(ui->messageLabel, tr("Mark %1 was found at an earlier visit and stays on the vehicle's record: "
                                             "confirm it still present or repaired.")
                                              .arg(m.number));
        return;
    }
    if ((m.photoCount || !m.newPhotos.isEmpty()) &&
        QMessageBox::question(this, tr("Remove damage mark"),
                              tr("Remove mark %1 and its photos?").arg(m.number)) != QMessageBox::Yes)
        return;
    if (m.id)
        m_inspection.removedMarkIds << m.id;
    m_inspection.marks.removeAt(index);
    markDirty();
    ui->marksTable->clearSelection();
    showMarks();
    selectMark(qMin(index, int(m_inspection.marks.size()) - 1));
}

void InspectionPage::confirmMark(const QString &status)
{
    const int index = selectedMark();
    if (index < 0 || m_inspection.marks[index].isNew || !ui->diagram->isEditable())
        return;
    m_inspection.marks[index].status = status;
    markDirty();
    showMarks();
    // On to the next earlier mark still to confirm, so a row of them goes quickly.
    int next = index;
    for (int i = 1; i <= m_inspection.marks.size(); ++i) {
        const int j = (index + i) % int(m_inspection.marks.size());
        if (!m_inspection.marks[j].isNew && m_inspection.marks[j].status.isEmpty()) {
            next = j;
            break;
        }
    }
    selectMark(next);
}

} // namespace dd
