#include "decisiondialog.h"

#include <QComboBox>
#include <QHeaderView>

#include "appcontext.h"
#include "core/localformat.h"
#include "store/addonstore.h"
#include "ui_decisiondialog.h"
#include "uihelpers.h"

namespace dd {

namespace {
enum Column { Line, Amount, Decision, Reason, Due };
}

DecisionDialog::DecisionDialog(AppContext &ctx, const AddOnFinding &finding, const QString &customerName,
                               const QString &phone, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::DecisionDialog>()), m_ctx(ctx), m_finding(finding)
{
    ui->setupUi(this);
    setWindowTitle(tr("The customer's decision: %1").arg(finding.description));
    QString about = QStringLiteral("<b>%1</b> — %2").arg(finding.workOrderNumber.toHtmlEscaped(), finding.vehicleLabel.toHtmlEscaped());
    if (!finding.customerName.isEmpty() && finding.customerName != customerName)
        about += QStringLiteral("<br>") + tr("Owner: %1; brought in by %2").arg(finding.customerName, customerName).toHtmlEscaped();
    about += QStringLiteral("<br><b>%1</b>").arg(finding.description.toHtmlEscaped());
    if (finding.safetyCritical)
        about += QStringLiteral(" <span style='color:#c62828'>%1</span>").arg(tr("Safety-critical").toHtmlEscaped());
    about += QStringLiteral("<br>") + tr("Why: %1").arg(finding.reason).toHtmlEscaped();
    if (AddOnCodes::warranty().is(finding.warranty, WarrantyDecision::NotEligible))
        about += QStringLiteral("<br>") + tr("Not covered by warranty: %1").arg(finding.warrantyReason).toHtmlEscaped();
    if (finding.extraMinutes)
        about += QStringLiteral("<br>") + tr("Extra time: %1 min; new promised time %2")
                                              .arg(finding.extraMinutes)
                                              .arg(LocalFormat::dateTime(finding.newPromisedAt.toLocalTime()))
                                              .toHtmlEscaped();
    ui->findingLabel->setText(about);

    ui->linesTable->setColumnCount(5);
    ui->linesTable->setHorizontalHeaderLabels({tr("Line"), tr("Amount"), tr("Decision"), tr("Reason"), tr("Bring up again on")});
    ui->linesTable->setRowCount(int(finding.lines.size()));
    for (int r = 0; r < finding.lines.size(); ++r) {
        const WorkOrderLine &l = finding.lines[r];
        auto *line = new QTableWidgetItem(l.description);
        line->setFlags(line->flags() & ~Qt::ItemIsEditable);
        ui->linesTable->setItem(r, Line, line);
        auto *amount = new QTableWidgetItem(QStringLiteral("¥") + money::format(l.amount()));
        amount->setFlags(amount->flags() & ~Qt::ItemIsEditable);
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        ui->linesTable->setItem(r, Amount, amount);
        auto *combo = new QComboBox(ui->linesTable);
        combo->setObjectName(QStringLiteral("decision_%1").arg(r));
        combo->addItem(tr("choose…"), QString());
        for (const char *d : {"approved", "declined", "deferred"})
            combo->addItem(WorkOrderRules::lineStatusName(QString::fromLatin1(d)), QString::fromLatin1(d));
        ui->linesTable->setCellWidget(r, Decision, combo);
        ui->linesTable->setItem(r, Reason, new QTableWidgetItem);
        ui->linesTable->setItem(r, Due, new QTableWidgetItem);
    }
    ui->linesTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    ui->linesTable->horizontalHeader()->setSectionResizeMode(Line, QHeaderView::Stretch);
    ui->linesTable->horizontalHeader()->setSectionResizeMode(Reason, QHeaderView::Stretch);
    ui->linesTable->horizontalHeader()->setStretchLastSection(false);
    ui->linesTable->setColumnWidth(Due, 120);
    // The decision combos are cell widgets, which ResizeToContents does not measure.
    int comboWidth = 0;
    for (int r = 0; r < ui->linesTable->rowCount(); ++r)
        if (QWidget *w = ui->linesTable->cellWidget(r, Decision))
            comboWidth = qMax(comboWidth, w->sizeHint().width());
    if (comboWidth > 0) {
        ui->linesTable->horizontalHeader()->setSectionResizeMode(Decision, QHeaderView::Fixed);
        ui->linesTable->setColumnWidth(Decision, comboWidth + 4);
    }

    for (const QString &m : AddOnRules::methods())
        ui->methodCombo->addItem(AddOnRules::methodName(m), m);
    ui->methodCombo->setCurrentIndex(ui->methodCombo->findData(QStringLiteral("phone")));
    ui->decidedByEdit->setText(customerName);
    ui->contactEdit->setText(phone);
    ui->decidedAtEdit->setDateTime(QDateTime::currentDateTime());
    connect(ui->approveAllButton, &QPushButton::clicked, this, [this] {
        for (int r = 0; r < m_finding.lines.size(); ++r)
            setDecision(r, QStringLiteral("approved"));
    });
    connect(ui->buttons, &QDialogButtonBox::accepted, this, &DecisionDialog::accept);
    connect(ui->buttons, &QDialogButtonBox::rejected, this, &DecisionDialog::reject);
    if (decisionCombo(0))
        decisionCombo(0)->setFocus();
}

DecisionDialog::~DecisionDialog() = default;

QString DecisionDialog::method() const
{
    return ui->methodCombo->currentData().toString();
}

QComboBox *DecisionDialog::decisionCombo(int row) const
{
    return qobject_cast<QComboBox *>(ui->linesTable->cellWidget(row, Decision));
}

void DecisionDialog::setDecision(int row, const QString &decision, const QString &reason, const QDate &due)
{
    if (QComboBox *c = decisionCombo(row))
        c->setCurrentIndex(qMax(0, c->findData(decision)));
    if (!reason.isEmpty())
        ui->linesTable->item(row, Reason)->setText(reason);
    if (due.isValid())
        ui->linesTable->item(row, Due)->setText(due.toString(Qt::ISODate));
}

QString DecisionDialog::message() const
{
    return ui->messageLabel->text();
}

void DecisionDialog::accept()
{
    QList<LineDecision> decisions;
    QStringList problems;
    for (int r = 0; r < m_finding.lines.size(); ++r) {
        const WorkOrderLine &l = m_finding.lines[r];
        LineDecision d;
        d.lineId = l.id;
        d.decision = decisionCombo(r)->currentData().toString();
        d.amountFen = l.amount(); // the price shown in this dialog is the price told
        d.reason = ui->linesTable->item(r, Reason)->text().trimmed();
        const QString due = ui->linesTable->item(r, Due)->text().trimmed();
        if (!due.isEmpty()) {
            d.dueDate = QDate::fromString(due, Qt::ISODate);
            if (!d.dueDate.isValid())
                problems << tr("\"%1\" is not a date; write it as 2027-03-01.").arg(due);
        }
        decisions << d;
    }
    const Provenance p{ui->decidedByEdit->text().trimmed(), ui->methodCombo->currentData().toString(),
                       ui->contactEdit->text().trimmed(), ui->decidedAtEdit->dateTime().toUTC()};
    if (problems.isEmpty()) {
        try {
            Commands commands = m_ctx.commands();
            AddOnStore(m_ctx.db).decide(commands, m_finding.id, m_finding.version, decisions, p);
            QDialog::accept();
            return;
        } catch (const StoreError &e) {
            problems << e.message();
        }
    }
    ui::showMessage(ui->messageLabel, problems.join(QLatin1Char('\n')));
}

} // namespace dd
