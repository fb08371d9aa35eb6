#pragma once
#include <QWidget>
#include <memory>

#include "backgroundread.h"
#include "rowsmodel.h"
#include "workstation.h"
#include "core/addon.h"

class QTimer;

namespace Ui {
class ApprovalsPage;
}

namespace dd {

struct AppContext;
class Database;

// Add-on approvals (增修确认): findings waiting for the customer, oldest first, those waiting longer than the
// dealership's limit in red; the decision recorded per line with its provenance; then the workshop told, with
// who received it and when. Follows other stations by itself.
class ApprovalsPage : public QWidget, public Workstation
{
    Q_OBJECT
public:
    ApprovalsPage(AppContext &ctx, QWidget *parent = nullptr);
    ~ApprovalsPage() override;

    // Workstation (workstation.h)
    QWidget *widget() override { return this; }
    QString id() const override { return QStringLiteral("approvals"); }
    QString title() const override { return tr("Approvals"); }
    QIcon icon() const override { return QIcon(QStringLiteral(":/icons/pages/approvals.svg")); }
    std::optional<Permission> permission() const override { return Permission::EditWorkOrders; }
    QList<KeyRow> keys() const override { return m_keys.rows(); }
    QStringList listensTo() const override;
    Count count() override;
    // Shown: read at once. Changed at any station: read again off the screen's thread.
    void refresh() override;
    void changed(const ChangeSet &) override;
    int pendingCount() const { return int(m_pending.size()); }
    int relayCount() const { return int(m_relay.size()); }
    bool selectPending(qint64 findingId);
    // The finding the advisor has just proposed: selected now if listed, else once it is read, so the screen
    // opens on it and Enter records its decision.
    void offer(qint64 findingId);

public slots:
    void decide();
    void relay();

protected:
    void changeEvent(QEvent *e) override;

private:
    PageKeys m_keys{this};
    qint64 m_offered = 0;
    int m_offerStale = 0; // reads under way when the finding was offered
    void setHeaders();
    void showDetail();
    // The selected finding's row in m_pending or m_relay (through the sorting proxy), -1 for none.
    int selectedRow(const QTableView *table) const;
    struct Contact {
        QString name;
        QString phone; // stored digits
    };
    static Contact contactOf(const AddOnFinding &f); // whom to call about it
    struct Lists {
        QList<AddOnFinding> pending;
        QList<AddOnFinding> relay;
        int alertMinutes = 15;
    };
    static Lists read(Database &db);
    void showLists(Lists lists, bool predatesOffer = false);
    void setUpModels();
    RowsModel<AddOnFinding> *m_pendingModel = nullptr; // oldest first
    RowsModel<AddOnFinding> *m_relayModel = nullptr;
    std::unique_ptr<BackgroundRead<Lists>> m_read;

    std::unique_ptr<Ui::ApprovalsPage> ui;
    AppContext &m_ctx;
    QList<AddOnFinding> m_pending;
    QList<AddOnFinding> m_relay;
    int m_alertMinutes = 15;
};

} // namespace dd
