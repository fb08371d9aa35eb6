#pragma once
#include <QDialog>
#include <memory>

#include "store/settlementstore.h"

namespace Ui {
class ManagerApprovalDialog;
}

namespace dd {

// A service manager approves at the counter (a discount above the limit, a reversal) with their own sign-in
// name and password, and the reason. When the signed-in user is a manager, only the reason is asked.
class ManagerApprovalDialog : public QDialog
{
    Q_OBJECT
public:
    ManagerApprovalDialog(const QString &what, bool askCredentials, QWidget *parent = nullptr);
    ~ManagerApprovalDialog() override;
    ManagerApproval approval() const;

private:
    std::unique_ptr<Ui::ManagerApprovalDialog> ui;
    bool m_askCredentials;
};

} // namespace dd
