#pragma once
#include <QDialog>
#include <QKeySequence>
#include <memory>

namespace Ui {
class ShortcutsDialog;
}

namespace dd {

// Help > Keyboard shortcuts (F1): the keys of the main window, read from its actions and pages.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    struct Row {
        QString what;
        QKeySequence keys; // empty: `what` is a heading (a page's name) for the rows after it
    };
    explicit ShortcutsDialog(const QList<Row> &rows, QWidget *parent = nullptr);
    ~ShortcutsDialog() override;

private:
    std::unique_ptr<Ui::ShortcutsDialog> ui;
};

} // namespace dd
