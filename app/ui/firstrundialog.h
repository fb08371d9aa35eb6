#pragma once
#include <QDialog>
#include <functional>
#include <memory>

#include "store/setup.h"

namespace Ui {
class FirstRunDialog;
}

namespace dd {

// First start on a database with no administrator: the administrator's account, and an empty dealership
// or the demo one. What is typed stays when creating fails; the reason is shown in the dialog.
class FirstRunDialog : public QDialog
{
    Q_OBJECT
public:
    using Input = FirstStart::Input;
    // Does the work; throws StoreError to keep the dialog open with the message.
    using Submit = std::function<void(const Input &)>;

    FirstRunDialog(Submit submit, bool demoAvailable, QWidget *parent = nullptr);
    ~FirstRunDialog() override;
    Input input() const;

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateEnabled();
    std::unique_ptr<Ui::FirstRunDialog> ui;
    Submit m_submit;
};

} // namespace dd
