#pragma once
#include <QDialog>
#include <memory>

#include "core/dealership.h"
#include "core/workorder.h"

namespace Ui {
class WorkOrderLineDialog;
}

namespace dd {

// One line of a work order: labor (sold hours at a labor rate), a part (quantity, unit, price, source) or
// another charge (diagnosis fee, sublet work, materials), with who pays and, for labor, the technician.
// Once the customer signed the estimate only the technician can change here.
class WorkOrderLineDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Estimate, TechnicianOnly, ReadOnly };
    WorkOrderLineDialog(const WorkOrderLine &line, const QList<LaborRate> &rates, Mode mode, QWidget *parent = nullptr);
    ~WorkOrderLineDialog() override;
    WorkOrderLine line() const { return m_line; }

public slots:
    void accept() override;

private:
    WorkOrderLine collect() const;
    void updateKind();
    void updateAmount();

    std::unique_ptr<Ui::WorkOrderLineDialog> ui;
    WorkOrderLine m_line;
    QList<LaborRate> m_rates;
    Mode m_mode;
};

} // namespace dd
