#pragma once
#include <QDialog>
#include <memory>

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
    void closeDay();

private:
    void load();

    std::unique_ptr<Ui::DayCloseDialog> ui;
    AppContext &m_ctx;
    SettlementStore m_store;
    DayCloseReport m_report;
};

} // namespace dd
