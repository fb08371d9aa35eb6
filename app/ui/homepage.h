#pragma once
#include <QWidget>

#include "workstation.h"
#include <atomic>
#include <memory>

class QThread;
class QTimer;

namespace Ui {
class HomePage;
}

namespace dd {

struct AppContext;

// The overview: the dealership, who is signed in, and for administrators and managers a set-up checklist
// built from the data (dealership details, tax number, labour rates, staff passwords, last backup).
class HomePage : public QWidget, public Workstation
{
    Q_OBJECT
public:
    explicit HomePage(AppContext &ctx, QWidget *parent = nullptr);
    ~HomePage() override;
    // Workstation (workstation.h)
    QWidget *widget() override { return this; }
    QString id() const override { return QStringLiteral("overview"); }
    QString title() const override { return tr("Overview"); }
    QIcon icon() const override { return QIcon(QStringLiteral(":/icons/pages/overview.svg")); }
    QList<KeyRow> keys() const override { return m_keys.rows(); }
    QStringList listensTo() const override;
    void refresh() override;
    // The checklist as plain lines, "done|todo<TAB>text" (for tests and the log).
    QStringList checklist() const { return m_checklist; }
    // Starts the daily full database check on a thread of its own when one is due; the result shows here.
    void startDatabaseCheckIfDue();
    bool databaseCheckRunning() const { return m_check != nullptr; }
    QString databaseCheckText() const;

signals:
    void openDealershipSettings();
    void openUsers();
    void backUp();

protected:
    void changeEvent(QEvent *event) override;

private:
    PageKeys m_keys{this};
    std::unique_ptr<Ui::HomePage> ui;
    AppContext &m_ctx;
    QStringList m_checklist;
    QThread *m_check = nullptr;
    std::atomic<bool> m_cancelCheck{false};
    QTimer *m_checkTimer = nullptr;
};

} // namespace dd
