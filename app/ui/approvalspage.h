#pragma once
#include <QWidget>
#include <memory>

#include "core/addon.h"

class QTimer;

namespace Ui {
class ApprovalsPage;
}

namespace dd {

struct AppContext;

// Add-on approvals (增修确认): findings waiting for the customer, oldest first, those waiting longer than the
// dealership's limit in red; the decision recorded per line with its provenance; then the workshop told, with
// who received it and when. Follows other stations by itself.
class ApprovalsPage : public QWidget
{
    Q_OBJECT
public:
    ApprovalsPage(AppContext &ctx, QWidget *parent = nullptr);
    ~ApprovalsPage() override;

    void refresh();
    int pendingCount() const { return int(m_pending.size()); }
    int relayCount() const { return int(m_relay.size()); }
    bool selectPending(qint64 findingId);

public slots:
    void decide();
    void relay();

protected:
    void changeEvent(QEvent *e) override;

private:
    void setHeaders();
    void showDetail();
    int selectedRow(const QWidget *table) const;

    std::unique_ptr<Ui::ApprovalsPage> ui;
    AppContext &m_ctx;
    QList<AddOnFinding> m_pending;
    QList<AddOnFinding> m_relay;
    int m_alertMinutes = 15;
    QTimer *m_timer = nullptr;
};

} // namespace dd
