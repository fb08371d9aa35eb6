#pragma once
#include <QDialog>
#include <memory>

#include "core/workorder.h"

namespace Ui {
class DeliveryDialog;
}

namespace dd {

struct AppContext;

// Telling the customer and handing the car over: when the customer is due to be told (1 h before the promise,
// 4 h for longer jobs), the log of notifications with who, when, how and why, a delay with a new promise, and
// after settlement the pickup checklist (belongings, keys, old parts, documents) and the delivered time.
class DeliveryDialog : public QDialog
{
    Q_OBJECT
public:
    DeliveryDialog(AppContext &ctx, qint64 workOrderId, QWidget *parent = nullptr);
    ~DeliveryDialog() override;
    bool delivered() const { return m_delivered; }
    // Once delivered: when, and how the pickup was signed, as the dialog said it.
    QString outcome() const { return m_outcome; }

public slots:
    void logNotification();
    void deliver();

private:
    void load();

    std::unique_ptr<Ui::DeliveryDialog> ui;
    AppContext &m_ctx;
    qint64 m_id;
    WorkOrder m_order;
    bool m_delivered = false;
    QString m_outcome;
};

} // namespace dd
