#pragma once
#include <QDialog>
#include <memory>

#include "core/addon.h"
#include "core/dealership.h"

namespace Ui {
class FindingDialog;
}

namespace dd {

struct AppContext;

// An add-on finding from the workshop: what was found, why it is needed, safety, extra time, the warranty
// decision and the proposed lines with prices. Saved here; it then waits for the customer on the approvals
// screen (or becomes warranty work at once).
class FindingDialog : public QDialog
{
    Q_OBJECT
public:
    FindingDialog(AppContext &ctx, qint64 workOrderId, const QList<LaborRate> &rates, QWidget *parent = nullptr);
    ~FindingDialog() override;
    qint64 findingId() const { return m_findingId; }
    void addLine(const WorkOrderLine &line);
    // Photos from files (the Photos button after its file dialog); false with a message for a file that is not
    // a picture.
    bool addPhotos(const QStringList &files);

public slots:
    void accept() override;

private:
    void showLines();

    std::unique_ptr<Ui::FindingDialog> ui;
    AppContext &m_ctx;
    AddOnFinding m_finding;
    QList<LaborRate> m_rates;
    qint64 m_findingId = 0;
};

} // namespace dd
