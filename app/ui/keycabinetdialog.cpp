#include "keycabinetdialog.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLocale>
#include <QPushButton>

#include "core/localformat.h"
#include "appcontext.h"
#include "ui_keycabinetdialog.h"
#include "uihelpers.h"

namespace dd {

KeyCabinetDialog::KeyCabinetDialog(AppContext &ctx, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::KeyCabinetDialog>())
{
    ui->setupUi(this);
    ui->keysTable->setColumnCount(6);
    ui->keysTable->setHorizontalHeaderLabels(
        {tr("Key tag"), tr("Vehicle"), tr("Customer"), tr("Work order"), tr("Promised"), tr("Customer is")});
    ui->keysTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QPushButton *open = ui->buttons->addButton(tr("&Open inspection"), QDialogButtonBox::AcceptRole);
    open->setDefault(true);
    connect(ui->buttons, &QDialogButtonBox::accepted, this, &KeyCabinetDialog::choose);
    connect(ui->buttons, &QDialogButtonBox::rejected, this, &KeyCabinetDialog::reject);
    connect(ui->keysTable, &QTableWidget::activated, this, &KeyCabinetDialog::choose);
    connect(ui->filterEdit, &QLineEdit::textChanged, this, &KeyCabinetDialog::showKeys);
    try {
        m_keys = InspectionStore(ctx.db).keyCabinet();
    } catch (const StoreError &e) {
        m_error = e.message();
    }
    showKeys(QString());
    ui->filterEdit->setFocus();
}

KeyCabinetDialog::~KeyCabinetDialog() = default;

int KeyCabinetDialog::shownRows() const
{
    return ui->keysTable->rowCount();
}

void KeyCabinetDialog::showKeys(const QString &filter)
{
    const QString f = filter.trimmed();
    m_shown.clear();
    for (const ShopVehicle &k : m_keys)
        if (f.isEmpty() || k.keyTag.contains(f, Qt::CaseInsensitive) || k.vehicleLabel.contains(f, Qt::CaseInsensitive))
            m_shown << k;
    ui->keysTable->setRowCount(int(m_shown.size()));
    for (int r = 0; r < m_shown.size(); ++r) {
        const ShopVehicle &k = m_shown[r];
        const QDateTime promised = k.promisedAt.toLocalTime();
        const QStringList cells{k.keyTag,
                                k.vehicleLabel,
                                k.customerName,
                                k.workOrderNumber,
                                promised.isValid() ? LocalFormat::dateTime(promised) : QString(),
                                k.customerWaits ? tr("waiting in the lounge") : tr("away")};
        for (int c = 0; c < cells.size(); ++c)
            ui->keysTable->setItem(r, c, new QTableWidgetItem(cells[c]));
        QFont bold = ui->keysTable->item(r, 0)->font();
        bold.setBold(true);
        ui->keysTable->item(r, 0)->setFont(bold);
    }
    if (!m_shown.isEmpty())
        ui->keysTable->selectRow(0);
    if (!m_error.isEmpty())
        ui::showMessage(ui->summaryLabel, m_error);
    else
        ui::showMessage(ui->summaryLabel,
                        m_keys.isEmpty() ? tr("No keys in the cabinet: no vehicle in the shop has a key tag yet.")
                                         : tr("%n key(s) in the cabinet.", nullptr, int(m_keys.size())),
                        false);
}

void KeyCabinetDialog::choose()
{
    const QList<QTableWidgetSelectionRange> ranges = ui->keysTable->selectedRanges();
    if (ranges.isEmpty())
        return;
    m_chosen = m_shown[ranges.first().topRow()].workOrderId;
    accept();
}

} // namespace dd
