#pragma once
#include <QDialog>
#include <memory>

#include "store/complaintstore.h"

namespace Ui {
class ComplaintStepDialog;
}

namespace dd {

struct AppContext;

// One step on a complaint: called, investigated, a comeback or goodwill work order, the reply, a handover to a
// colleague, the call-back in which the customer says whether they are satisfied (satisfied closes it), or
// reopening a closed one. Only the fields the step needs are open. OK logs it as one command; a refusal keeps
// everything typed and says why.
class ComplaintStepDialog : public QDialog
{
    Q_OBJECT
public:
    ComplaintStepDialog(AppContext &ctx, const Complaint &complaint, QWidget *parent = nullptr);
    ~ComplaintStepDialog() override;
    Complaint logged() const { return m_complaint; }
    void setAction(ComplaintAction action);
    QString message() const;

public slots:
    void accept() override;

private:
    void updateFields();

    std::unique_ptr<Ui::ComplaintStepDialog> ui;
    AppContext &m_ctx;
    Complaint m_complaint;
};

} // namespace dd
