#include "cannedjobdialog.h"

#include <QHeaderView>
#include <QPushButton>

#include "store/catalogstore.h"
#include "ui_cannedjobdialog.h"
#include "uihelpers.h"

namespace dd
{

namespace
{
QString quantityText(const WorkOrderLine &l)
{
    if (l.is(LineKind::Labor))
        return CannedJobDialog::tr("%1 h").arg(QString::number(l.centiHours / 100.0));
    return QStringLiteral("%1 %2").arg(QString::number(l.quantityMilli / 1000.0), l.unit).trimmed();
}
} // namespace

CannedJobDialog::CannedJobDialog(CatalogStore &catalog, const QString &vehicleModel,
                                 const QList<LaborRate> &rates, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::CannedJobDialog>()), m_catalog(catalog),
      m_vehicleModel(vehicleModel), m_rates(rates)
{
    ui->setupUi(this);
    ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("Add to the &estimate"));
    for (const QString &p : WorkOrderRules::payTypes())
        ui->payCombo->addItem(WorkOrderRules::payTypeName(p), p);
    ui->jobsTable->setColumnCount(3);
    ui->jobsTable->setHorizontalHeaderLabels({tr("Job"), tr("Code"), tr("For")});
    ui->jobsTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    ui->itemsTable->setColumnCount(5);
    ui->itemsTable->setHorizontalHeaderLabels(
        {tr("Code"), tr("Operation or part"), tr("Hours / qty"), tr("Source"), tr("Amount")});
    ui->itemsTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    ui->jobsTableLabel->setText(vehicleModel.isEmpty() ? tr("&Jobs:")
                                                       : tr("&Jobs for %1:").arg(vehicleModel));

    try {
        m_jobs = catalog.jobsFor(vehicleModel);
    } catch (const StoreError &e) {
        ui::showMessage(ui->messageLabel, e.message());
    }
    ui->jobsTable->setRowCount(int(m_jobs.size()));
    for (int r = 0; r < m_jobs.size(); ++r) {
        const CannedJob &j = m_jobs[r];
        ui->jobsTable->setItem(r, 0, ui::cell(j.name));
        ui->jobsTable->setItem(r, 1, ui::cell(j.code));
        ui->jobsTable->setItem(r, 2, ui::cell(j.modelFamily.isEmpty() ? tr("all models") : j.modelFamily));
    }
    ui->jobsTable->resizeColumnsToContents();
    ui->jobsTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    if (m_jobs.isEmpty() && ui->messageLabel->text().isEmpty())
        ui::showMessage(ui->messageLabel,
                        tr("There are no canned jobs in the catalog yet. A manager imports them as a CSV "
                           "file (Catalogs…, or dealerdesk import jobs FILE.csv)."));
    connect(ui->jobsTable, &QTableWidget::currentCellChanged, this, &CannedJobDialog::showItems);
    connect(ui->jobsTable, &QTableWidget::cellDoubleClicked, this, &CannedJobDialog::accept);
    connect(ui->buttons, &QDialogButtonBox::accepted, this, &CannedJobDialog::accept);
    connect(ui->buttons, &QDialogButtonBox::rejected, this, &CannedJobDialog::reject);
    if (!m_jobs.isEmpty())
        ui->jobsTable->selectRow(0);
    ui->jobsTable->setFocus();
    showItems();
}

CannedJobDialog::~CannedJobDialog() = default;

int CannedJobDialog::jobCount() const
{
    return int(m_jobs.size());
}

bool CannedJobDialog::selectJob(const QString &code)
{
    for (int r = 0; r < m_jobs.size(); ++r)
        if (m_jobs[r].code == code) {
            ui->jobsTable->selectRow(r);
            return true;
        }
    return false;
}

QString CannedJobDialog::jobName() const
{
    const int r = ui->jobsTable->currentRow();
    return r >= 0 && r < m_jobs.size() ? m_jobs[r].name : QString();
}

QString CannedJobDialog::jobType() const
{
    const int r = ui->jobsTable->currentRow();
    return r >= 0 && r < m_jobs.size() ? m_jobs[r].woType : QString();
}

void CannedJobDialog::showItems()
{
    m_lines.clear();
    m_missing.clear();
    const int r = ui->jobsTable->currentRow();
    if (r >= 0 && r < m_jobs.size()) {
        try {
            const CatalogStore::Resolved resolved = m_catalog.resolve(m_jobs[r], m_vehicleModel, m_rates);
            m_lines = resolved.lines;
            m_missing = resolved.missing;
        } catch (const StoreError &e) {
            ui::showMessage(ui->messageLabel, e.message());
        }
    }
    ui->itemsTable->setRowCount(int(m_lines.size()));
    Fen total = 0;
    for (int i = 0; i < m_lines.size(); ++i) {
        const WorkOrderLine &l = m_lines[i];
        ui->itemsTable->setItem(i, 0, ui::cell(l.code));
        ui->itemsTable->setItem(i, 1, ui::cell(l.description));
        ui->itemsTable->setItem(i, 2, ui::cell(quantityText(l)));
        ui->itemsTable->setItem(i, 3,
                                ui::cell(l.is(LineKind::Part)
                                             ? WorkOrderRules::partSourceName(l.partSource)
                                             : QString()));
        auto *amount = ui::cell(QStringLiteral("¥") + money::format(l.amount()));
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        ui->itemsTable->setItem(i, 4, amount);
        total += l.amount();
    }
    ui->itemsTable->resizeColumnsToContents();
    ui->itemsTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    ui->totalLabel->setText(tr("Total ¥%1 incl. VAT").arg(money::format(total)));
    if (!m_missing.isEmpty())
        ui::showMessage(ui->messageLabel,
                        tr("No longer in the catalogs, so left out: %1. Add them by hand if the job "
                           "needs them.")
                            .arg(m_missing.join(tr(", "))));
    else if (!m_jobs.isEmpty())
        ui::clearMessage(ui->messageLabel);
    ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_lines.isEmpty());
}

QList<WorkOrderLine> CannedJobDialog::lines() const
{
    QList<WorkOrderLine> out = m_lines;
    for (WorkOrderLine &l : out)
        l.payType = ui->payCombo->currentData().toString();
    return out;
}

void CannedJobDialog::accept()
{
    if (m_lines.isEmpty())
        return;
    QDialog::accept();
}

} // namespace dd
