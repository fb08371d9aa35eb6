#pragma once
#include <QDialog>
#include <memory>

#include "store/followupstore.h"

namespace Ui {
class FollowUpMessageDialog;
}

namespace dd {

struct AppContext;

// The message that replaces a call the customer could not be reached on: by SMS, WeChat or letter (a letter when
// the number was wrong), to whom, and the text from the dealership's template, which may be edited. OK (or
// Ctrl+Enter) queues it as one command and the call counts as done; a refusal keeps everything and says why.
class FollowUpMessageDialog : public QDialog
{
    Q_OBJECT
public:
    FollowUpMessageDialog(AppContext &ctx, const FollowUpCall &call, QWidget *parent = nullptr);
    ~FollowUpMessageDialog() override;
    FollowUpCall sent() const { return m_call; }
    QString message() const;

public slots:
    void accept() override;

private:
    void channelChanged();

    std::unique_ptr<Ui::FollowUpMessageDialog> ui;
    AppContext &m_ctx;
    FollowUpCall m_call;
    QString m_address; // the customer's postal address, for a letter
};

} // namespace dd
