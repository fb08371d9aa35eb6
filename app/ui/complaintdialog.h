#pragma once
#include <QDialog>
#include <memory>

#include "store/complaintstore.h"
#include "store/search.h"

namespace Ui {
class ComplaintDialog;
}

namespace dd {

struct AppContext;
struct FollowUpCall;

// Registers a complaint (投诉) from anywhere: the counter, a phone call, a letter, the manufacturer's hotline,
// online, or the follow-up call it came up on. Whose (found by plate, phone, name or work-order number), about
// which visit, the category, the severity and the customer's own words; the deadlines its severity gives. OK
// registers it as one command; a refusal keeps everything typed and says why.
class ComplaintDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ComplaintDialog(AppContext &ctx, QWidget *parent = nullptr);
    // From a follow-up call: the customer, the vehicle and the visit are the call's.
    ComplaintDialog(AppContext &ctx, const FollowUpCall &call, QWidget *parent = nullptr);
    ~ComplaintDialog() override;
    Complaint registered() const { return m_registered; }
    QString message() const;

public slots:
    void accept() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setUp();
    void find(const QString &text);
    void choose(const SearchHit &hit);
    void loadWorkOrders(qint64 selectWorkOrderId = 0);
    void showDeadlines();

    std::unique_ptr<Ui::ComplaintDialog> ui;
    AppContext &m_ctx;
    QList<SearchHit> m_hits;
    qint64 m_customerId = 0;
    qint64 m_vehicleId = 0;
    qint64 m_followUpId = 0;
    Complaint m_registered;
    FollowUpSettings m_rules; // the dealership's, for the deadlines shown
};

} // namespace dd
