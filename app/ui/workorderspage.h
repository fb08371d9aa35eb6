#pragma once
#include <QMap>
#include <QWidget>

#include "backgroundread.h"
#include "rowsmodel.h"
#include "workstation.h"
#include "store/changes.h"
#include <memory>

#include "core/dealership.h"
#include "core/technician.h"
#include "core/workorder.h"
#include "store/inspectionstore.h"

class QPushButton;
namespace dd {
class Database;
}

namespace Ui {
class WorkOrdersPage;
}

namespace dd {

struct AppContext;

// The work order (委托书) after check-in: type and repair category, the concerns with the workshop's cause and
// correction, labor / parts / other lines with who pays, the estimate with its VAT, and the next steps as
// buttons (authorize, hand over, start, quality check, cancel ...). A refused step names what is missing.
class WorkOrdersPage : public QWidget, public Workstation
{
    Q_OBJECT
public:
    WorkOrdersPage(AppContext &ctx, QWidget *parent = nullptr);
    ~WorkOrdersPage() override;

    // The list, and the open work order when it changed (here or at another station): reloaded when nothing
    // is typed, otherwise the bar says who changed it and the typing stays.
    // Workstation (workstation.h)
    QWidget *widget() override { return this; }
    QString id() const override { return QStringLiteral("workorders"); }
    QString title() const override { return tr("Work orders"); }
    QIcon icon() const override { return QIcon(QStringLiteral(":/icons/pages/workorders.svg")); }
    QList<KeyRow> keys() const override { return m_keys.rows(); }
    QStringList listensTo() const override;
    void changed(const ChangeSet &set) override;
    Count count() override;
    void refresh() override;
    bool openWorkOrder(qint64 id);
    // What the bar over the work order says now; empty when it is hidden.
    QString staleMessage() const;
    qint64 workOrderId() const { return m_order.id; }
    WorkOrder current() const;
    bool hasUnsavedChanges() const { return m_dirty; }
    bool maySwitchAway() override;
    // The button of a step, for tests and the keyboard (nullptr when the step is not possible now).
    QPushButton *stepButton(const QString &transition) const;

public slots:
    bool save();
    void addLine();
    void editLine();
    void removeLine();
    // One technician or team for the selected labor lines, or all of them when none is selected.
    void assignTechnician();
    // The walk-around's yellow and red findings into the estimate or as recommendations, in one step.
    void takeOverFindings();
    // A canned job from the catalog (its operations and parts, priced for this car) in one step.
    void addCannedJob();
    // A promised time from the sold hours, the queue in the workshop and a margin.
    void suggestPromise();
    void addConcern();
    bool takeStep(const QString &transition);
    // The customer told (ready, delay) and, once settled, the car handed over: true when it was delivered.
    bool customerNotifications();
    // More work found: a finding with prices for the customer's decision.
    void proposeFinding();
    // The repair authorization (委托书) for the customer's signature: preview, print, PDF.
    // The repair authorization's preview, to print or to sign on screen; true when the customer signed it on
    // screen just now.
    bool printAuthorization();

signals:
    // A finding proposed here, waiting for the customer's decision on the approvals screen.
    void findingProposed(qint64 findingId);

protected:
    void changeEvent(QEvent *e) override;

private:
    enum ConcernColumn { Text, Cause, Correction, NoFault }; // the concerns table
    PageKeys m_keys{this};
    void syncCurrent(const ChangeSet &changes);
    void reloadCurrent();
    void setHeaders();
    void showOrder();
    void showLines();
    void showTotals();
    void updateButtons();
    void markDirty();
    void showNotifyDue(); // "tell the customer by", from the promise as shown
    int selectedLine() const;
    QList<int> selectedLines() const; // rows, in order

    std::unique_ptr<Ui::WorkOrdersPage> ui;
    AppContext &m_ctx;
    WorkOrder m_order;
    QList<ShopVehicle> m_list; // by the next promise (workorderlist.cpp)
    struct ListRead {
        QList<ShopVehicle> list;
        QList<LaborRate> rates;
        int vatBp = 1300;
        WorkshopHours hours;
        QList<Technician> technicians;
    };
    static ListRead readList(Database &db);
    void setUpList();
    void showList(ListRead read);
    void selectInList(); // the open work order's row, without opening anything
    RowsModel<ShopVehicle> *m_listModel = nullptr;
    RowsModel<WorkOrderLine> *m_linesModel = nullptr; // the estimate in its order (linecolumns.h)
    std::unique_ptr<BackgroundRead<ListRead>> m_listRead;
    QList<LaborRate> m_rates;
    int m_vatBp = 1300;
    WorkshopHours m_hours;
    QList<Technician> m_technicians; // the active ones, for the labor lines
    QMap<QString, QPushButton *> m_steps;
    bool m_loading = false;
    bool m_dirty = false;
    bool m_syncing = false;
};

} // namespace dd
