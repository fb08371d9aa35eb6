#pragma once
#include <QDialog>
#include <memory>

#include "core/dealership.h"

namespace Ui {
class FollowUpRulesDialog;
}

namespace dd {

struct AppContext;

// The dealership's follow-up and complaint rules (Settings ▸ Follow-up and complaint rules…, the administrator's):
// what a big job is, when the first and second calls fall due, the independent caller, when a call turns into a
// message, the survey gap and the low score, the complaint deadlines per severity. OK saves them for every PC in
// one command; a refusal keeps everything on screen and says why; a change made meanwhile at another PC is
// refused with who made it.
class FollowUpRulesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit FollowUpRulesDialog(AppContext &ctx, QWidget *parent = nullptr);
    ~FollowUpRulesDialog() override;
    FollowUpSettings onScreen() const;
    QString message() const;

public slots:
    void accept() override;

private:
    void show(const FollowUpSettings &s);

    std::unique_ptr<Ui::FollowUpRulesDialog> ui;
    AppContext &m_ctx;
    DealershipSettings m_loaded;
};

} // namespace dd
