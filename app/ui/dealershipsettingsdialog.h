#pragma once
#include <QCheckBox>
#include <QDialog>
#include <memory>

#include "core/dealership.h"

namespace Ui {
class DealershipSettingsDialog;
}

class QSpinBox;

namespace dd {

struct AppContext;

// Settings > Dealership (administrators): name, address, phone, tax number, logo, VAT, labour rates, document
// number prefixes and handover terms. Saved in one command; a stale edit is refused and the input kept.
class DealershipSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DealershipSettingsDialog(AppContext &ctx, QWidget *parent = nullptr);
    ~DealershipSettingsDialog() override;
    QString message() const;
    void addRate();
    // For tests: the values on screen, and whether they would be saved.
    DealershipSettings settingsOnScreen(QStringList *problems = nullptr) const;
    QList<LaborRate> ratesOnScreen(QStringList *problems = nullptr) const;
    void load();

public slots:
    void accept() override;

private:
    void chooseLogo();
    void showLogo();
    void updateExample();
    void fillDefaultRates(const QString &selected);
    std::unique_ptr<Ui::DealershipSettingsDialog> ui;
    AppContext &m_ctx;
    DealershipSettings m_loaded;
    QByteArray m_logo;
    QList<QCheckBox *> m_daysOff; // Monday … Sunday
    // The guarantee committed per repair category: km and days, in WorkOrderRules::repairCategories() order.
    QList<std::pair<QSpinBox *, QSpinBox *>> m_guarantees;
    bool m_filling = false;              // the rates table is being filled
};

} // namespace dd
