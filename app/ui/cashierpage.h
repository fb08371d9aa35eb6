#pragma once
#include <QWidget>
#include <memory>
#include <optional>

#include "backgroundread.h"
#include "rowsmodel.h"
#include "workstation.h"
#include "store/settlementstore.h"

namespace Ui {
class CashierPage;
}

namespace dd {

struct AppContext;
class ScannerInput;

// The cashier desk (Ctrl+5): work orders ready for settlement by promised time, opened by scanning the barcode on
// the customer's form (anywhere on the screen) or typing its number; the statement's figures with line and order
// discounts and 抹零; split payments with change; settling in one step (a service manager approves discounts
// above the limit at the counter); the statement and release notice printed; reversal (冲红); the day close.
class CashierPage : public QWidget, public Workstation
{
    Q_OBJECT
public:
    CashierPage(AppContext &ctx, QWidget *parent = nullptr);
    ~CashierPage() override;

    // Workstation (workstation.h)
    QWidget *widget() override { return this; }
    QString id() const override { return QStringLiteral("cashier"); }
    QString title() const override { return tr("Cashier"); }
    QIcon icon() const override { return QIcon(QStringLiteral(":/icons/pages/cashier.svg")); }
    std::optional<Permission> permission() const override { return Permission::SettleWorkOrders; }
    QList<KeyRow> keys() const override { return m_keys.rows(); }
    QStringList listensTo() const override;
    Count count() override;
    // Shown: the queue is read at once. Changed at any station: read again off the screen's thread.
    void refresh() override;
    void changed(const ChangeSet &) override;
    // Opens a work order by its id; false (with the reason shown) when there is nothing to settle or show.
    bool openWorkOrder(qint64 id);
    // What was scanned or typed: a work-order or statement number.
    bool openNumber(const QString &number);
    qint64 currentWorkOrder() const { return m_orderId; }
    const SettlementPreview &preview() const { return m_preview; }
    std::optional<Settlement> settlement() const { return m_settlement; }

public slots:
    void addPayment();
    void settle();
    void reverse();
    void dayClose();

protected:
    void changeEvent(QEvent *e) override;

private:
    PageKeys m_keys{this};
    void setHeaders();
    void setUpQueue(); // cashierqueue.cpp
    void setUpLines(); // the statement's lines, each with its line discount (cashierqueue.cpp)
    void showQueue(QList<CashierQueueRow> queue);
    void recompute();
    void showLines();
    void showPayments();
    void showTotals();
    void updateButtons();
    void print(const QString &form);
    Fen remaining() const;
    // The payment amount: what is left to pay, unless the cashier typed their own figure (force: always).
    void fillAmount(bool force);
    QList<Discount> discounts(QStringList *problems) const;

    std::unique_ptr<Ui::CashierPage> ui;
    AppContext &m_ctx;
    SettlementStore m_store;
    ScannerInput *m_scanner = nullptr;
    QList<CashierQueueRow> m_queue;
    RowsModel<CashierQueueRow> *m_queueModel = nullptr; // by promised time; a header click sorts otherwise
    std::unique_ptr<BackgroundRead<QList<CashierQueueRow>>> m_queueRead;
    RowsModel<WorkOrderLine> *m_linesModel = nullptr;
    qint64 m_orderId = 0;
    SettlementPreview m_preview;
    QMap<qint64, Discount> m_lineDiscounts; // by line id
    QString m_autoAmount; // the amount the page last proposed
    QList<Payment> m_payments;              // the customer's
    std::optional<Settlement> m_settlement; // when the work order is settled
};

} // namespace dd
