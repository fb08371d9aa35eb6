#pragma once
#include <QDialog>
#include <memory>
#include <optional>

#include "store/settlementstore.h"

namespace Ui {
class DayCloseDialog;
}

namespace dd {

struct AppContext;

// The day close (日结): a business day's totals per cashier and payment method, reversals and new receivables;
// printed, exported as CSV, and closed once. Settlements after the close belong to the next day.
class DayCloseDialog : public QDialog
{
    Q_OBJECT
public:
    DayCloseDialog(AppContext &ctx, QWidget *parent = nullptr);
    ~DayCloseDialog() override;
    const DayCloseReport &report() const { return m_report; }
    // Writes the CSV to `file`; false (with the reason shown) when it cannot.
    bool exportCsv(const QString &file);
    // Closes with the cash counted on screen; cars ready and unsettled are listed and confirmed first.
    void closeDay();
    // Another cashier takes the desk over: the drawer counted on screen, the successor asked for.
    void handOver();
    QString message() const;

private:
    void load();
    void showOverShort();
    std::optional<Fen> counted() const; // the amount typed, if it is one

    std::unique_ptr<Ui::DayCloseDialog> ui;
    AppContext &m_ctx;
    SettlementStore m_store;
    DayCloseReport m_report;
};

} // namespace dd
