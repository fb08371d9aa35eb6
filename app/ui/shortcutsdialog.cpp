#include "shortcutsdialog.h"

#include <QHeaderView>

#include "ui_shortcutsdialog.h"

namespace dd {

ShortcutsDialog::ShortcutsDialog(const QList<Row> &rows, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::ShortcutsDialog>())
{
    ui->setupUi(this);
    ui->table->setColumnCount(2);
    ui->table->setHorizontalHeaderLabels({tr("Keys"), tr("What they do")});
    ui->table->setRowCount(rows.size());
    for (int r = 0; r < rows.size(); ++r) {
        if (rows[r].keys.isEmpty()) { // a heading: the page whose keys follow
            auto *heading = new QTableWidgetItem(rows[r].what);
            QFont f = heading->font();
            f.setBold(true);
            heading->setFont(f);
            heading->setBackground(QColor(0xdd, 0xe8, 0xf3));
            ui->table->setItem(r, 0, heading);
            ui->table->setSpan(r, 0, 1, 2);
            continue;
        }
        auto *keys = new QTableWidgetItem(rows[r].keys.toString(QKeySequence::NativeText));
        QFont f = keys->font();
        f.setBold(true);
        keys->setFont(f);
        ui->table->setItem(r, 0, keys);
        ui->table->setItem(r, 1, new QTableWidgetItem(rows[r].what));
    }
    ui->table->resizeColumnToContents(0);
    ui->table->setColumnWidth(0, ui->table->columnWidth(0) + 24);
}

ShortcutsDialog::~ShortcutsDialog() = default;

} // namespace dd
