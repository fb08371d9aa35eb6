#include "inspectionfindingsdialog.h"

#include <QComboBox>
#include <QHeaderView>

#include "ui_inspectionfindingsdialog.h"

namespace dd {

InspectionFindingsDialog::InspectionFindingsDialog(const QList<QuickCheck> &findings, const QList<LaborRate> &rates,
                                                   QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::InspectionFindingsDialog>()), m_findings(findings), m_rates(rates)
{
    ui->setupUi(this);
    ui->findingsTable->setColumnCount(3);
    ui->findingsTable->setHorizontalHeaderLabels({tr("Finding"), tr("Rating"), tr("This visit")});
    ui->findingsTable->setRowCount(int(findings.size()));
    for (int r = 0; r < findings.size(); ++r) {
        const QuickCheck &f = findings[r];
        ui->findingsTable->setItem(r, 0, new QTableWidgetItem(describe(f)));
        auto *rating = new QTableWidgetItem(InspectionRules::ratingName(f.rating));
        rating->setForeground(f.rating == QLatin1String("red") ? QColor(0xc6, 0x28, 0x28) : QColor(0x9a, 0x6b, 0x00));
        ui->findingsTable->setItem(r, 1, rating);
        auto *combo = new QComboBox(ui->findingsTable);
        combo->setObjectName(QStringLiteral("choice_%1").arg(r));
        combo->addItem(tr("Add to the estimate"), QStringLiteral("estimate"));
        combo->addItem(tr("Recommend for later"), QStringLiteral("recommend"));
        combo->addItem(tr("The customer declines"), QStringLiteral("decline"));
        // Red needs work now; yellow is watched.
        combo->setCurrentIndex(f.rating == QLatin1String("red") ? 0 : 1);
        ui->findingsTable->setCellWidget(r, 2, combo);
    }
    ui->findingsTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    ui->findingsTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    ui->findingsTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    connect(ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (choice(0))
        choice(0)->setFocus();
}

InspectionFindingsDialog::~InspectionFindingsDialog() = default;

QString InspectionFindingsDialog::describe(const QuickCheck &f)
{
    const QString item = InspectionRules::checkItemName(f.item);
    return f.note.trimmed().isEmpty() ? item : tr("%1: %2").arg(item, f.note.trimmed());
}

QComboBox *InspectionFindingsDialog::choice(int row) const
{
    return qobject_cast<QComboBox *>(ui->findingsTable->cellWidget(row, 2));
}

void InspectionFindingsDialog::setChoice(int row, const QString &c)
{
    if (QComboBox *combo = choice(row))
        combo->setCurrentIndex(qMax(0, combo->findData(c)));
}

QList<WorkOrderLine> InspectionFindingsDialog::lines(const QDate &today) const
{
    QList<WorkOrderLine> out;
    for (int r = 0; r < m_findings.size(); ++r) {
        // Every finding gets a line: in the estimate, deferred with its date, or declined with the reason; a
        // declined or deferred one comes back at the next visit (History's "needs attention").
        const QString c = choice(r)->currentData().toString();
        WorkOrderLine l;
        l.kind = QStringLiteral("labor");
        l.description = describe(m_findings[r]);
        l.inspectionItem = m_findings[r].item;
        l.centiHours = 50;
        if (!m_rates.isEmpty()) {
            l.laborCategory = m_rates.first().code;
            l.rateFen = m_rates.first().ratePerHour;
        }
        if (c == QLatin1String("recommend")) {
            l.status = QStringLiteral("deferred");
            l.reason = tr("Recommended at the walk-around inspection");
            l.dueDate = today.addMonths(1);
        } else if (c == QLatin1String("decline")) {
            l.status = QStringLiteral("declined");
            l.reason = tr("Declined by the customer at the walk-around inspection");
        }
        out << l;
    }
    return out;
}

} // namespace dd
