#pragma once
#include <QDialog>
#include <memory>

#include "core/catalog.h"
#include "core/dealership.h"
#include "core/technician.h"
#include "core/workorder.h"

namespace Ui {
class WorkOrderLineDialog;
}

class QComboBox;
class QStandardItemModel;

namespace dd {

class CatalogStore;

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
    // A new line as the dialog starts it: labor at the dealership's first rate.
    static WorkOrderLine blankLine(const QList<LaborRate> &rates);
    // With the catalogs, the code field suggests operations and parts as it is typed, and a chosen or typed
    // code fills in the description, the standard hours for this vehicle's model family or the list price.
    void setCatalog(CatalogStore *catalog, const QString &vehicleModel);
    // The technicians (and their teams) a labor line is given to; the line's own stays chosen.
    void setTechnicians(const QList<Technician> &technicians);
    // Fills a technician chooser: "not assigned yet", each active technician, each team; the item for
    // (currentId, currentName) chosen. Items carry IdRole (technicians.id, 0 for a team) and NameRole.
    static void fillTechnicians(QComboBox *combo, const QList<Technician> &technicians, qint64 currentId,
                                const QString &currentName);
    static constexpr int IdRole = Qt::UserRole + 10;
    static constexpr int NameRole = Qt::UserRole + 11;
    // Fills the line from the catalog row of this code (as choosing it from the suggestions does).
    bool applyCatalogCode(const QString &code);

public slots:
    void accept() override;

private:
    WorkOrderLine collect() const;
    void updateKind();
    void updateAmount();
    void suggest(const QString &text);

    std::unique_ptr<Ui::WorkOrderLineDialog> ui;
    WorkOrderLine m_line;
    QList<LaborRate> m_rates;
    Mode m_mode;
    CatalogStore *m_catalog = nullptr;
    QString m_vehicleModel;
    QList<LaborOperation> m_operations; // the whole list is short: filtered in memory
    QStandardItemModel *m_suggestions = nullptr;
    QString m_appliedCode;
};

} // namespace dd
