#pragma once
#include <QDialog>
#include <memory>

#include "core/addon.h"

class QComboBox;

namespace Ui {
class DecisionDialog;
}

namespace dd {

struct AppContext;

// The customer's decision on an add-on finding: approved, declined or deferred for each line (with the
// reason and, when deferred, when to bring it up again), and who decided, how, on which number and when.
// Saved here; refused input stays on screen with what is wrong.
class DecisionDialog : public QDialog
{
    Q_OBJECT
public:
    DecisionDialog(AppContext &ctx, const AddOnFinding &finding, const QString &customerName, const QString &phone,
                   QWidget *parent = nullptr);
    ~DecisionDialog() override;
    // For tests and the keyboard: the decision of line `row` (approved, declined, deferred).
    void setDecision(int row, const QString &decision, const QString &reason = {}, const QDate &due = {});
    QString message() const;
    // How the customer decided (AddOnRules::methods()): in person, signed; by phone; by message.
    QString method() const;

public slots:
    void accept() override;

private:
    QComboBox *decisionCombo(int row) const;

    std::unique_ptr<Ui::DecisionDialog> ui;
    AppContext &m_ctx;
    AddOnFinding m_finding;
};

} // namespace dd
