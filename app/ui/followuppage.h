#pragma once
#include <QWidget>
#include <atomic>
#include <memory>

#include "backgroundread.h"
#include "rowsmodel.h"
#include "workstation.h"
#include "store/followupstore.h"

namespace Ui {
class FollowUpPage;
}

namespace dd {

struct AppContext;
class ComplaintsPanel;
class Database;

// The follow-up desk (回访 and 投诉, the customer-service clerk's), in two tabs. The call queue: the calls the
// deliveries created, overdue first in red, then today's, then the week ahead; the selected call's script; Enter
// logs a call (with the satisfaction questions when the customer is reached); a call that should turn into a
// message says so; Alt+G registers a complaint from the call. The complaints (ComplaintsPanel). Follows other
// stations by itself.
class FollowUpPage : public QWidget, public Workstation
{
    Q_OBJECT
public:
    FollowUpPage(AppContext &ctx, QWidget *parent = nullptr);
    ~FollowUpPage() override;

    // Workstation (workstation.h)
    QWidget *widget() override { return this; }
    QString id() const override { return QStringLiteral("followups"); }
    QString title() const override { return tr("Follow-up"); }
    QIcon icon() const override { return QIcon(QStringLiteral(":/icons/pages/followups.svg")); }
    std::optional<Permission> permission() const override { return Permission::FollowUpCustomers; }
    QList<KeyRow> keys() const override { return m_keys.rows(); }
    QStringList listensTo() const override;
    Count count() override;
    void refresh() override;
    void changed(const ChangeSet &) override;
    int rowCount() const { return int(m_calls.size()); }
    bool select(qint64 followUpId);
    ComplaintsPanel *complaints() const { return m_complaints; }
    void showComplaints();

public slots:
    // The selected call: the dialog, and the attempt logged.
    void logCall();
    void complainFromCall();
    // The selected call, when the rules turn it into a message: the dialog, and the message queued.
    void sendMessage();

protected:
    void changeEvent(QEvent *e) override;

private:
    struct Read {
        QList<FollowUpCall> calls;
        QHash<qint64, bool> messageDue; // the calls the rules now turn into a message
        int generation = 0;             // a read started before a refresh is dropped when it lands
    };
    static Read read(Database &db, int generation);
    void show(Read read);
    void showDetail();
    void setUpModel();

    PageKeys m_keys{this};
    RowsModel<FollowUpCall> *m_model = nullptr;
    std::unique_ptr<BackgroundRead<Read>> m_read;
    std::unique_ptr<Ui::FollowUpPage> ui;
    AppContext &m_ctx;
    ComplaintsPanel *m_complaints = nullptr;
    QList<FollowUpCall> m_calls;
    QHash<qint64, bool> m_messageDue;
    std::atomic<int> m_generation{0};
};

} // namespace dd
