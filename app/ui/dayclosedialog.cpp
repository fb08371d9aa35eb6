#include "dayclosedialog.h"
#include "filedialogs.h"

#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QStandardPaths>

#include "appcontext.h"
#include "printpreviewdialog.h"
#include "ui_dayclosedialog.h"
#include "uihelpers.h"

namespace dd
{

using ui::cell;

DayCloseDialog::DayCloseDialog(AppContext &ctx, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::DayCloseDialog>()), m_ctx(ctx), m_store(ctx.db, ctx.hasher)
{
    ui->setupUi(this);
    ui->rowsTable->setColumnCount(4);
    ui->rowsTable->setHorizontalHeaderLabels(
        {tr("Cashier"), tr("Payment method"), tr("Payments"), tr("Amount")});
    ui->rowsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    ui->rowsTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    try {
        ui->dayEdit->setDate(m_store.openBusinessDate(QDate::currentDate()));
    } catch (const StoreError &e) {
        ui::showMessage(ui->messageLabel, e.message());
    }
    connect(ui->dayEdit, &QDateEdit::dateChanged, this, &DayCloseDialog::load);
    connect(ui->printButton, &QPushButton::clicked, this, [this] {
        PrintPreviewDialog d(m_ctx, QStringLiteral("dayclose"), m_report.businessDate.toString(Qt::ISODate),
                             this);
        if (!d.isReady()) {
            ui::showMessage(ui->messageLabel, d.problem());
            return;
        }
        d.exec();
    });
    connect(ui->csvButton, &QPushButton::clicked, this, [this] {
        const QString file = ui::FileDialogs::saveFile(
            this, QStringLiteral("csv-export"), tr("Export the day close"),
            QStringLiteral("dayclose-%1.csv").arg(m_report.businessDate.toString(Qt::ISODate)), tr("CSV files (*.csv)"),
            &m_ctx.db);
        if (!file.isEmpty())
            exportCsv(file);
    });
    connect(ui->closeDayButton, &QPushButton::clicked, this, [this] {
        if (QMessageBox::question(
                this, tr("Close the day"),
                tr("Close %1? A day is closed once; settlements made after it belong to the next day.")
                    .arg(QLocale().toString(m_report.businessDate, QLocale::LongFormat))) == QMessageBox::Yes)
            closeDay();
    });
    load();
}

DayCloseDialog::~DayCloseDialog() = default;

void DayCloseDialog::load()
{
    try {
        m_report = m_store.dayReport(ui->dayEdit->date());
    } catch (const StoreError &e) {
        ui::showMessage(ui->messageLabel, e.message());
        return;
    }
    ui->rowsTable->setRowCount(int(m_report.rows.size()));
    for (int r = 0; r < m_report.rows.size(); ++r) {
        const DayCloseRow &row = m_report.rows[r];
        ui->rowsTable->setItem(r, 0, cell(row.cashier));
        ui->rowsTable->setItem(r, 1, cell(SettlementRules::methodName(row.method)));
        ui->rowsTable->setItem(r, 2, cell(QString::number(row.count)));
        QTableWidgetItem *amount = cell(money::yuan(row.amountFen));
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        ui->rowsTable->setItem(r, 3, amount);
    }
    QString state = m_report.closed
                        ? tr("Closed by %1 at %2.")
                              .arg(m_report.closedBy.toHtmlEscaped(),
                                   QLocale().toString(m_report.closedAt.toLocalTime(), QLocale::ShortFormat))
                        : tr("Not closed yet.");
    ui->summaryLabel->setText(
        tr("%1 settlements, %2 reversals (%3). Collected <b>%4</b>; new receivables <b>%5</b>. %6")
            .arg(m_report.settlements)
            .arg(m_report.reversals)
            .arg(money::yuan(m_report.reversalsFen), money::yuan(m_report.collectedFen),
                 money::yuan(m_report.receivableFen), state));
    ui->closeDayButton->setEnabled(!m_report.closed && m_ctx.can(Permission::SettleWorkOrders) &&
                                   m_report.businessDate <= QDate::currentDate());
}

bool DayCloseDialog::exportCsv(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(SettlementStore::csv(m_report)) < 0) {
        ui::showMessage(ui->messageLabel, tr("Could not write %1: %2").arg(file, f.errorString()));
        return false;
    }
    ui::showMessage(ui->messageLabel, tr("Exported to %1.").arg(file), false);
    return true;
}

void DayCloseDialog::closeDay()
{
    try {
        Commands commands = m_ctx.commands();
        m_store.closeDay(commands, ui->dayEdit->date());
        load();
        ui::showMessage(ui->messageLabel,
                        tr("%1 is closed. Print the report for the cash count.")
                            .arg(QLocale().toString(m_report.businessDate, QLocale::ShortFormat)),
                        false);
    } catch (const StoreError &e) {
        ui::showMessage(ui->messageLabel, e.message());
    }
}

} // namespace dd
