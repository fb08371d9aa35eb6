#pragma once
#include <QWidget>
#include <memory>

#include "backgroundread.h"
#include "rowsmodel.h"
#include "workstation.h"
#include "store/dispatchboard.h"

class QSortFilterProxyModel;
class QTimer;

namespace Ui {
class DispatchBoardPage;
}

namespace dd {

struct AppContext;

// The dispatch board (车间调度): work from authorization to ready for settlement, with technicians, bay,
// handover to the minute and by whom, planned hours and how far they have run (a progress check is due at
// 75 %), and the promised time (overdue in red). It follows other stations by itself every few seconds.
class DispatchBoardPage : public QWidget, public Workstation
{
    Q_OBJECT
public:
    DispatchBoardPage(AppContext &ctx, QWidget *parent = nullptr);
    ~DispatchBoardPage() override;

    // Workstation (workstation.h)
    QWidget *widget() override { return this; }
    QString id() const override { return QStringLiteral("dispatch"); }
    QString title() const override { return tr("Dispatch board"); }
    QIcon icon() const override { return QIcon(QStringLiteral(":/icons/pages/dispatch.svg")); }
    QList<KeyRow> keys() const override { return m_keys.rows(); }
    QStringList listensTo() const override;
    // Another station's or this one's change: the board is read again off the screen's thread.
    void changed(const ChangeSet &) override;
    void refresh() override;
    // Re-reads the board only when the data changed since (what the timer calls).
    bool poll();
    int rowCount() const;
    QList<BoardRow> rows() const { return m_rows; }

signals:
    void openWorkOrder(qint64 workOrderId);

protected:
    void changeEvent(QEvent *e) override;

private:
    PageKeys m_keys{this};
    void setHeaders();
    void showRows();

    std::unique_ptr<Ui::DispatchBoardPage> ui;
    AppContext &m_ctx;
    QList<BoardRow> m_rows;
    RowsModel<BoardRow> *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr; // sorted by a header click, filtered by "Find on the board"
    QDateTime m_now;                          // the board's clock: lateness and progress count up to it
    void setUpModel();
    bool late(const BoardRow &b) const;
    bool checkDue(const BoardRow &b) const;
    int percent(const BoardRow &b) const;
    QString m_version;
    QTimer *m_timer = nullptr;
    struct Board {
        QString version;
        QList<BoardRow> rows;
    };
    std::unique_ptr<BackgroundRead<Board>> m_read;
};

} // namespace dd
