#include "dayclosedialog.h"
#include "filedialogs.h"

#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>
#include <QStandardPaths>

#include "appcontext.h"
#include "core/localformat.h"
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
    ui->discountsTable->setColumnCount(6);
    ui->discountsTable->setHorizontalHeaderLabels(
        {tr("Statement"), tr("Work order"), tr("Cashier"), tr("Discount"), tr("Approved by"), tr("Reason")});
    ui->discountsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    ui->discountsTable->horizontalHeader()->setStretchLastSection(true);
    connect(ui->dayEdit, &QDateEdit::dateChanged, this, &DayCloseDialog::load);
    connect(ui->cashEdit, &QLineEdit::textChanged, this, &DayCloseDialog::showOverShort);
    connect(ui->handoverButton, &QPushButton::clicked, this, &DayCloseDialog::handOver);
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
    connect(ui->closeDayButton, &QPushButton::clicked, this, &DayCloseDialog::closeDay);
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
        auto *count = cell(QLocale().toString(row.count));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        ui->rowsTable->setItem(r, 2, count);
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
    ui->handoverButton->setEnabled(ui->closeDayButton->isEnabled());
    for (QWidget *w : std::initializer_list<QWidget *>{ui->cashEdit, ui->reasonEdit})
        w->setEnabled(ui->closeDayButton->isEnabled());

    // Ready for settlement and not settled: in red, before anyone closes.
    ui->unsettledLabel->setVisible(!m_report.unsettled.isEmpty());
    ui->unsettledLabel->setText(QStringLiteral("<span style=\"color:#c62828\">%1</span>")
                                    .arg(tr("%n car(s) ready for settlement and not settled: %1", nullptr,
                                            int(m_report.unsettled.size()))
                                             .arg(m_report.unsettled.join(tr(", ")))
                                             .toHtmlEscaped()));
    ui->discountsTable->setRowCount(int(m_report.discounts.size()));
    for (int r = 0; r < m_report.discounts.size(); ++r) {
        const DiscountGiven &d = m_report.discounts[r];
        ui->discountsTable->setItem(r, 0, cell(d.statement));
        ui->discountsTable->setItem(r, 1, cell(d.workOrder));
        ui->discountsTable->setItem(r, 2, cell(d.cashier));
        QTableWidgetItem *amount = cell(money::yuan(d.amountFen));
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        ui->discountsTable->setItem(r, 3, amount);
        ui->discountsTable->setItem(r, 4, cell(d.approvedBy.isEmpty() ? tr("within the cashier's limit") : d.approvedBy));
        ui->discountsTable->setItem(r, 5, cell(d.reason));
    }
    ui->discountsTableLabel->setText(m_report.discounts.isEmpty()
                                         ? tr("Discounts given: none.")
                                         : tr("Discounts given, and who approved them: %1 in all").arg(money::yuan(m_report.discountsFen)));
    ui->discountsTable->setVisible(!m_report.discounts.isEmpty());
    ui->expectedLabel->setText(money::yuan(m_report.cashExpectedFen));
    QStringList counts;
    for (const CashCount &c : m_report.counts) {
        QString line = c.kind == QLatin1String("shift")
                           ? tr("%1: %2 handed over to %3, counted %4").arg(LocalFormat::time(c.at.toLocalTime().time()), c.cashierName, c.handedTo, money::yuan(c.countedFen))
                           : tr("%1: day close by %2, counted %3").arg(LocalFormat::time(c.at.toLocalTime().time()), c.cashierName, money::yuan(c.countedFen));
        if (c.overShort())
            line += QStringLiteral(" (") + (c.overShort() > 0 ? tr("over %1").arg(money::yuan(c.overShort()))
                                                              : tr("short %1").arg(money::yuan(-c.overShort())))
                    + QStringLiteral(": ") + c.reason + QStringLiteral(")");
        counts << line;
    }
    ui->countsLabel->setText(counts.join(QLatin1Char('\n')));
    ui->countsLabel->setVisible(!counts.isEmpty());
    showOverShort();
}

std::optional<Fen> DayCloseDialog::counted() const
{
    const QString text = ui->cashEdit->text().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    const std::optional<Fen> fen = money::parse(text);
    return fen && *fen >= 0 ? fen : std::nullopt;
}

void DayCloseDialog::showOverShort()
{
    const std::optional<Fen> c = counted();
    if (!c) {
        ui->overShortLabel->setText(ui->cashEdit->text().trimmed().isEmpty()
                                        ? tr("count the drawer and enter the amount")
                                        : tr("\"%1\" is not an amount; enter e.g. 1250.00").arg(ui->cashEdit->text().trimmed()));
        return;
    }
    const Fen diff = *c - m_report.cashExpectedFen;
    ui->overShortLabel->setText(diff == 0 ? tr("exact")
                                : diff > 0 ? tr("over %1: say why").arg(money::yuan(diff))
                                           : tr("short %1: say why").arg(money::yuan(-diff)));
}

QString DayCloseDialog::message() const
{
    return ui->messageLabel->text();
}

void DayCloseDialog::handOver()
{
    if (!ui->handoverButton->isEnabled())
        return;
    if (!counted()) {
        ui::showMessage(ui->messageLabel, tr("Count the drawer first and enter the amount (%1 expected).").arg(money::yuan(m_report.cashExpectedFen)));
        ui->cashEdit->setFocus();
        return;
    }
    bool ok = false;
    const QString to = QInputDialog::getText(this, tr("Hand over the shift"), tr("Who takes the cashier's desk over?"),
                                             QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    try {
        Commands commands = m_ctx.commands();
        m_store.handOverShift(commands, ui->dayEdit->date(), *counted(), ui->reasonEdit->text(), to);
    } catch (const StoreError &e) {
        ui::showMessage(ui->messageLabel, e.message());
        return;
    }
    ui->cashEdit->clear();
    ui->reasonEdit->clear();
    load();
    ui::showMessage(ui->messageLabel, tr("Handed over to %1. The drawer is counted again at the day close.").arg(to.trimmed()), false);
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
    if (!ui->closeDayButton->isEnabled())
        return;
    if (!counted()) {
        ui::showMessage(ui->messageLabel, tr("Count the drawer and enter the amount (%1 expected) before closing the day.")
                                              .arg(money::yuan(m_report.cashExpectedFen)));
        ui->cashEdit->setFocus();
        return;
    }
    QString question = tr("Close %1? A day is closed once; settlements made after it belong to the next day.")
                           .arg(QLocale().toString(m_report.businessDate, QLocale::LongFormat));
    if (!m_report.unsettled.isEmpty())
        question = tr("%n car(s) are ready for settlement and not settled: %1. They will be settled on the next day.", nullptr,
                      int(m_report.unsettled.size()))
                       .arg(m_report.unsettled.join(tr(", ")))
                   + QStringLiteral("\n\n") + question;
    if (QMessageBox::question(this, tr("Close the day"), question) != QMessageBox::Yes)
        return;
    try {
        Commands commands = m_ctx.commands();
        m_store.closeDay(commands, ui->dayEdit->date(), *counted(), ui->reasonEdit->text(), true);
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
