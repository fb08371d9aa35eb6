#pragma once
#include <QDialog>
#include <memory>

#include "core/dbtarget.h"

namespace Ui {
class DatabaseDialog;
}

namespace dd {

// Settings > Database connection (administrators): this PC's database, an SQLite file or a PostgreSQL
// server shared by several PCs. "Test connection" looks at the target without writing to it; Save remembers
// it for the next start (the password is never saved: libpq reads ~/.pgpass).
class DatabaseDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DatabaseDialog(const DbTarget &current, QWidget *parent = nullptr);
    ~DatabaseDialog() override;

    // The target on screen, or the reason it cannot be used.
    DbTargets::Parsed targetOnScreen() const;
    // Looks at the target; true when DealerDesk can use it. The outcome is shown in the dialog.
    bool test();
    QString message() const;
    DbTarget saved() const { return m_saved; }

public slots:
    void accept() override;

private:
    void browse();
    void updateEnabled();
    std::unique_ptr<Ui::DatabaseDialog> ui;
    DbTarget m_saved;
};

} // namespace dd
