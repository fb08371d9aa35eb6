#pragma once
#include <QWidget>
#include <atomic>
#include <memory>

#include "backgroundread.h"
#include "rowsmodel.h"
#include "store/complaintstore.h"

namespace Ui {
class ComplaintsPanel;
}

namespace dd {

struct AppContext;
class Database;
struct FollowUpCall;

// The complaints half of the follow-up desk (投诉): the open ones by their resolution deadline, overdue and
// escalated ones in red with whose they are now; the selected one's words and every step taken; Enter logs a
// step, Alt+N registers one, Alt+R prints its handling form. Follows other stations by itself (the page passes
// the changes on).
class ComplaintsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ComplaintsPanel(AppContext &ctx, QWidget *parent = nullptr);
    ~ComplaintsPanel() override;

    void refresh();
    void reread(); // on the pool, after a change from any station
    int rowCount() const { return int(m_rows.size()); }
    bool select(qint64 complaintId);
    QString message() const;

public slots:
    void registerNew();
    // True when the complaint was registered.
    bool registerFromCall(const FollowUpCall &call);
    void logStep();
    void printForm();

protected:
    void changeEvent(QEvent *e) override;

private:
    struct Read {
        QList<Complaint> rows;
        QHash<qint64, QList<ComplaintEntry>> logs; // every listed complaint's steps
        QDateTime now;  // the database's clock, for what is overdue
        int generation = 0; // which read: one started before a refresh is dropped when it lands
    };
    static Read read(Database &db, bool withClosed, int generation);
    void show(Read read);
    void showDetail();
    void setUpModel();
    void registered(const Complaint &k);

    RowsModel<Complaint> *m_model = nullptr;
    std::unique_ptr<BackgroundRead<Read>> m_read;
    std::unique_ptr<Ui::ComplaintsPanel> ui;
    AppContext &m_ctx;
    QList<Complaint> m_rows;
    QHash<qint64, QList<ComplaintEntry>> m_logs;
    QDateTime m_now;
    std::atomic<int> m_generation{0};
    std::atomic<bool> m_withClosed{false}; // read on the pool thread too
};

} // namespace dd
