#pragma once
#include <QDialog>
#include <memory>

#include "store/inspectionstore.h"

namespace Ui {
class KeyCabinetDialog;
}

namespace dd {

struct AppContext;

// The key cabinet: which tag hangs for which car, its work order, the customer and when it is promised.
// Typing narrows the list to a tag or plate; Enter opens that car's inspection.
class KeyCabinetDialog : public QDialog
{
    Q_OBJECT
public:
    KeyCabinetDialog(AppContext &ctx, QWidget *parent = nullptr);
    ~KeyCabinetDialog() override;
    qint64 chosenWorkOrder() const { return m_chosen; }
    int shownRows() const;

private:
    void showKeys(const QString &filter);
    void choose();

    std::unique_ptr<Ui::KeyCabinetDialog> ui;
    QList<ShopVehicle> m_keys;
    QList<ShopVehicle> m_shown;
    qint64 m_chosen = 0;
    QString m_error;
};

} // namespace dd
