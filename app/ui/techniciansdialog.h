#pragma once
#include <QDialog>
#include <memory>

#include "core/technician.h"

namespace Ui {
class TechniciansDialog;
}

namespace dd {

struct AppContext;

// Settings > Technicians (workshop controllers, managers, administrators): name, team, grade and whether
// still active, saved in one command; a row another station changed meanwhile refuses the save, input kept.
class TechniciansDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TechniciansDialog(AppContext &ctx, QWidget *parent = nullptr);
    ~TechniciansDialog() override;
    void addTechnician();
    // For tests: the rows as they would be saved, and the message shown.
    QList<Technician> onScreen() const;
    QString message() const;

public slots:
    void accept() override;

private:
    void load();
    void addRow(const Technician &t);
    std::unique_ptr<Ui::TechniciansDialog> ui;
    AppContext &m_ctx;
};

} // namespace dd
