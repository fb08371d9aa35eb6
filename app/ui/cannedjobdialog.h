#pragma once
#include <QDialog>
#include <memory>

#include "core/catalog.h"
#include "core/dealership.h"
#include "core/workorder.h"

namespace Ui
{
class CannedJobDialog;
}

namespace dd
{

class CatalogStore;

// A canned job ("10,000 km maintenance") added to the estimate in one step: the jobs for this car's model
// family (else the general ones), each shown with its operations and parts priced from the catalogs as they
// are now.
class CannedJobDialog : public QDialog
{
    Q_OBJECT
public:
    CannedJobDialog(CatalogStore &catalog, const QString &vehicleModel, const QList<LaborRate> &rates,
                    QWidget *parent = nullptr);
    ~CannedJobDialog() override;
    int jobCount() const;
    bool selectJob(const QString &code);
    // The chosen job's lines, with the chosen pay type.
    QList<WorkOrderLine> lines() const;
    QString jobName() const;
    QString jobType() const; // the work-order type the chosen job sets, "" for none

public slots:
    void accept() override;

private:
    void showItems();

    std::unique_ptr<Ui::CannedJobDialog> ui;
    CatalogStore &m_catalog;
    QString m_vehicleModel;
    QList<LaborRate> m_rates;
    QList<CannedJob> m_jobs;
    QList<WorkOrderLine> m_lines;
    QStringList m_missing;
};

} // namespace dd
