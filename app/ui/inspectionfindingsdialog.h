#pragma once
#include <QDialog>
#include <memory>

#include "core/dealership.h"
#include "core/inspection.h"
#include "core/workorder.h"

class QComboBox;

namespace Ui {
class InspectionFindingsDialog;
}

namespace dd {

// The walk-around's yellow and red findings taken over in one step: each into this visit's estimate, as a
// recommendation for later (a deferred line that comes back at the next visit), or left.
class InspectionFindingsDialog : public QDialog
{
    Q_OBJECT
public:
    InspectionFindingsDialog(const QList<QuickCheck> &findings, const QList<LaborRate> &rates, QWidget *parent = nullptr);
    ~InspectionFindingsDialog() override;
    // What to do with finding `row`: estimate, recommend, decline (each becomes a line; none is dropped).
    void setChoice(int row, const QString &choice);
    // The lines to add to the work order.
    QList<WorkOrderLine> lines(const QDate &today) const;
    // "Tyres: tread 2.5 mm" — how a finding reads as a line.
    static QString describe(const QuickCheck &finding);

private:
    QComboBox *choice(int row) const;

    std::unique_ptr<Ui::InspectionFindingsDialog> ui;
    QList<QuickCheck> m_findings;
    QList<LaborRate> m_rates;
};

} // namespace dd
