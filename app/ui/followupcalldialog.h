#pragma once
#include <QDialog>
#include <memory>

#include "store/followupstore.h"

namespace Ui {
class FollowUpCallDialog;
}

namespace dd {

struct AppContext;

// One call from the follow-up desk: whom and about what (the script: the work done, its amount, the advisor,
// when the car left, the work deferred or declined), the number dialled, the outcome, when to call back if
// asked, and notes. OK logs the attempt as one command; a refusal keeps everything typed and says why.
class FollowUpCallDialog : public QDialog
{
    Q_OBJECT
public:
    FollowUpCallDialog(AppContext &ctx, const FollowUpCall &call, QWidget *parent = nullptr);
    ~FollowUpCallDialog() override;
    FollowUpCall logged() const { return m_call; }
    // For tests and the keyboard: pick an outcome by its code.
    void setOutcome(CallOutcome outcome);
    QString message() const;
    // Whether the questionnaire is offered on this call (reached, a survey call, not surveyed lately, no open
    // complaint).
    bool surveyOffered() const;

public slots:
    void accept() override;

private:
    void showScript();
    void updateFields();

    std::unique_ptr<Ui::FollowUpCallDialog> ui;
    AppContext &m_ctx;
    FollowUpCall m_call;
    QString m_surveyRefusal; // why no questionnaire on this call; empty when it may be asked
};

} // namespace dd
