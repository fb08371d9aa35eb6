#pragma once
#include <QDateTime>
#include <QFutureWatcher>
#include <QTimer>
#include <QWidget>
#include <atomic>
#include <memory>

#include "audittrailmodel.h"
#include "workstation.h"

class QSortFilterProxyModel;
#include "store/auditchain.h"
#include "store/auditlog.h"

namespace Ui {
class AuditPage;
}

namespace dd {

struct AppContext;

// Reads the audit trail (managers and administrators): who changed what, when, at which PC, old and new values.
class AuditPage : public QWidget, public Workstation
{
    Q_OBJECT
public:
    explicit AuditPage(AppContext &ctx, QWidget *parent = nullptr);
    ~AuditPage() override;
    // Workstation (workstation.h)
    QWidget *widget() override { return this; }
    QString id() const override { return QStringLiteral("audit"); }
    QString title() const override { return tr("Audit trail"); }
    QIcon icon() const override { return QIcon(QStringLiteral(":/icons/pages/audit.svg")); }
    std::optional<Permission> permission() const override { return Permission::ViewAuditTrail; }
    QList<KeyRow> keys() const override { return m_keys.rows(); }
    QStringList listensTo() const override;
    void refresh() override;
    int rowCount() const;
    // Checks the audit chain on a pool thread (the page stays usable); the result shows above the table.
    void verifyChain();
    bool isVerifying() const { return m_verifying; }
    QString chainState() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    PageKeys m_keys{this};
    void showDetails();
    void fillFilters();
    void showCount();
    static QString summary(const AuditEntry &e);

public:
    // Words for the command and record codes stored in the trail; unknown codes show as they are.
    static QString commandName(const QString &code);
    static QString tableName(const QString &code);
    // The rows shown (filtered and sorted) as CSV, in the user's words; false, with the reason shown, if not.
    bool exportCsv(const QString &file);
    std::unique_ptr<Ui::AuditPage> ui;
    AppContext &m_ctx;
    QList<AuditEntry> m_rows;
    AuditTrailModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr; // sorting by a header, and the text filter

private:
    struct ChainCheck {
        AuditChain::Report report;
        bool loginCanRewrite = false;
        QString error; // the database could not be read
    };
    void showChain();
    QFutureWatcher<ChainCheck> m_chainWatcher;
    std::shared_ptr<std::atomic<bool>> m_stop = std::make_shared<std::atomic<bool>>(false);
    std::shared_ptr<std::atomic<qint64>> m_checked = std::make_shared<std::atomic<qint64>>(0);
    QTimer m_progress;
    bool m_verifying = false;
    bool m_verifiedOnce = false;
    std::optional<ChainCheck> m_chain;
    QDateTime m_chainCheckedAt;
};

} // namespace dd
