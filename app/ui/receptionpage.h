#pragma once
#include <QFutureWatcher>
#include <QWidget>
#include <memory>

#include <QMutex>

#include "backgroundread.h"
#include "rowsmodel.h"
#include "workstation.h"
#include "store/reception.h"
#include "store/history.h"
#include "store/search.h"

class QTimer;

namespace Ui {
class ReceptionPage;
}

namespace dd {

struct AppContext;

// The advisor's first screen: one search box (results as you type, off the GUI thread), the open vehicle's
// history with what must resurface, and today's arrivals with the 2-minute greeting.
class ReceptionPage : public QWidget, public Workstation
{
    Q_OBJECT
public:
    ReceptionPage(AppContext &ctx, QWidget *parent = nullptr);
    ~ReceptionPage() override;

    // Workstation (workstation.h)
    QWidget *widget() override { return this; }
    QString id() const override { return QStringLiteral("reception"); }
    QString title() const override { return tr("Reception"); }
    QIcon icon() const override { return QIcon(QStringLiteral(":/icons/pages/reception.svg")); }
    QList<KeyRow> keys() const override { return m_keys.rows(); }
    QStringList listensTo() const override;
    void changed(const ChangeSet &set) override;
    Count count() override;
    void shown() override;
    void refresh() override;
    void focusSearch();
    // Shows what to do next above the results until the user types (e.g. "find the vehicle to book").
    void showHint(const QString &text);
    void openVehicle(qint64 vehicleId);
    qint64 currentVehicle() const { return m_vehicleId; }
    // For tests: waits until the search for the current text has finished.
    bool searchIdle() const { return !m_running; }
    // The open vehicle's history is on screen (it is read off the screen's thread).
    bool historyIdle() const { return !m_historyRead->isRunning() && m_shownHistory == m_vehicleId; }

public slots:
    void vehicleArrived();
    void startReception();
    void checkIn(qint64 visitId = 0);
    void newCustomerAndVehicle();
    void editVehicle();
    void bookAppointment();

signals:
    // The advisor goes on with the inspection of the work order just opened at check-in.
    void inspectionRequested(qint64 workOrderId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *e) override;

private:
    PageKeys m_keys{this};
    std::unique_ptr<BackgroundRead<QList<Arrival>>> m_boardRead; // the board, after a change
    void startSearch();
    void showResults(const QList<SearchHit> &hits);
    void openSelectedResult();
    void refreshBoard();
    // The board as loaded, with the waiting times as of now.
    void showBoard();
    void refreshVehicle();
    void setHeaders();
    std::optional<Arrival> selectedArrival() const;

    std::unique_ptr<Ui::ReceptionPage> ui;
    AppContext &m_ctx;
    QFutureWatcher<QList<SearchHit>> m_watcher;
    bool m_running = false;
    QString m_pendingText;
    QString m_searchedText;
    QList<SearchHit> m_hits;
    QList<Arrival> m_arrivals;
    RowsModel<SearchHit> *m_resultsModel = nullptr; // in the search's order: the best match first
    RowsModel<Arrival> *m_boardModel = nullptr;
    QDateTime m_boardNow; // the board's clock: waiting times count up to it
    void setUpModels(); // receptionlists.cpp
    void showHistory(const VehicleHistory &h);
    std::unique_ptr<BackgroundRead<VehicleHistory>> m_historyRead;
    QMutex m_historyMutex; // guards the vehicle the worker reads
    qint64 m_historyVehicle = 0;
    qint64 m_shownHistory = 0; // the vehicle whose history is on screen
    qint64 m_vehicleId = 0;
    QTimer *m_boardTimer = nullptr;
    int m_greetingLimit = 120; // seconds, from the dealership settings
};

} // namespace dd
