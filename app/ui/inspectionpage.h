#pragma once
#include <QWidget>
#include <memory>

#include "workstation.h"
#include "core/inspection.h"
#include "store/inspectionstore.h"

class QAction;
class QCheckBox;
class QComboBox;
class QLineEdit;

namespace Ui {
class InspectionPage;
}

namespace dd {

struct AppContext;

// The walk-around inspection (环车检查) of a checked-in vehicle: damage marks on the diagram (earlier visits'
// marks confirmed present or repaired, new ones placed, moved, removed), readings and quick checks, handover
// and the key tag. Save keeps it open; Complete names whatever is still missing. Once completed it is
// read-only and the intake sheet can be printed for the customer to sign.
class InspectionPage : public QWidget, public Workstation
{
    Q_OBJECT
public:
    InspectionPage(AppContext &ctx, QWidget *parent = nullptr);
    ~InspectionPage() override;

    // Workstation (workstation.h)
    QWidget *widget() override { return this; }
    QString id() const override { return QStringLiteral("inspection"); }
    QString title() const override { return tr("Inspection", "navigator"); }
    QIcon icon() const override { return QIcon(QStringLiteral(":/icons/pages/inspection.svg")); }
    std::optional<Permission> permission() const override { return Permission::InspectVehicles; }
    QList<KeyRow> keys() const override { return m_keys.rows(); }
    QStringList listensTo() const override;
    void refresh() override;
    // Opens a work order's inspection (from reception after check-in, or from the list). False when the
    // user chose to stay with unsaved changes.
    bool openWorkOrder(qint64 workOrderId);
    qint64 workOrderId() const { return m_inspection.workOrderId; }
    // What the screen holds now, unsaved changes included.
    Inspection current() const;
    bool hasUnsavedChanges() const { return m_dirty; }
    // Asks to keep, discard or stay when there are unsaved changes; true when it is fine to move on.
    bool maySwitchAway() override;

public slots:
    bool save();
    bool complete();
    void printIntake();
    void showKeyCabinet();
    void addMark();
    void editMark();
    void removeMark();
    void confirmMark(const QString &status);
    // On to the work order (its estimate) of the car on screen, saving what was typed first.
    void goToEstimate();

signals:
    void estimateRequested(qint64 workOrderId);

protected:
    void changeEvent(QEvent *e) override;

private:
    void connectMarks();
    void connectReadings();
    PageKeys m_keys{this};
    void buildGrids();
    void setHeaders();
    void showInspection();
    void showMarks();
    void showHeader();
    void updateOdometerHint();
    void updateButtons();
    void markDirty();
    bool placeMark(const QString &view, int x, int y);
    void openMark(int index);
    bool store(bool completeIt);
    // "Key tag A07 is already on ...", or empty when no other car in the shop holds it.
    QString keyTagTaken(const QString &tag) const;
    void focusFirstMissing(const Inspection &in);
    int selectedMark() const;
    void selectMark(int index);

    std::unique_ptr<Ui::InspectionPage> ui;
    AppContext &m_ctx;
    Inspection m_inspection;       // as loaded or saved, with the marks as edited on screen
    QList<ShopVehicle> m_queue;
    QMap<QString, QCheckBox *> m_lampChecks;
    QMap<QString, QCheckBox *> m_belongingChecks;
    QMap<QString, QComboBox *> m_ratingCombos;
    QMap<QString, QLineEdit *> m_checkNotes;
    bool m_loading = false;
    bool m_dirty = false;
};

} // namespace dd
