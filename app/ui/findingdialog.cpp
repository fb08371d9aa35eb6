#include "findingdialog.h"

#include <QFileInfo>
#include <QHeaderView>

#include "appcontext.h"
#include "store/addonstore.h"
#include "store/catalogstore.h"
#include "ui_findingdialog.h"
#include "uihelpers.h"
#include "workorderlinedialog.h"

namespace dd {

FindingDialog::FindingDialog(AppContext &ctx, qint64 workOrderId, const QList<LaborRate> &rates, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::FindingDialog>()), m_ctx(ctx), m_rates(rates)
{
    ui->setupUi(this);
    m_finding.workOrderId = workOrderId;
    ui->extraSpin->setSuffix(tr(" min"));
    ui->warrantyCombo->addItem(tr("not a warranty matter"), QString());
    for (const QString &code : AddOnCodes::warranty().codes())
        ui->warrantyCombo->addItem(AddOnCodes::warranty().labelOf(code), code);
    ui->linesTable->setColumnCount(3);
    ui->linesTable->setHorizontalHeaderLabels({tr("Line"), tr("Hours / qty"), tr("Amount")});
    ui->linesTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    ui->linesTable->horizontalHeader()->setStretchLastSection(false);
    auto updateWarranty = [this] {
        ui->warrantyReasonEdit->setVisible(AddOnCodes::warranty().is(ui->warrantyCombo->currentData().toString(), WarrantyDecision::NotEligible));
    };
    connect(ui->warrantyCombo, &QComboBox::currentIndexChanged, this, updateWarranty);
    updateWarranty();
    connect(ui->addLineButton, &QPushButton::clicked, this, [this] {
        WorkOrderLineDialog d(WorkOrderLineDialog::blankLine(m_rates), m_rates, WorkOrderLineDialog::Mode::Estimate, this);
        CatalogStore catalog(m_ctx.db);
        d.setCatalog(&catalog, catalog.vehicleModelOf(m_finding.workOrderId));
        if (d.exec() == QDialog::Accepted)
            addLine(d.line());
    });
    connect(ui->removeLineButton, &QPushButton::clicked, this, [this] {
        const int r = ui->linesTable->currentRow();
        if (r >= 0 && r < m_finding.lines.size()) {
            m_finding.lines.removeAt(r);
            showLines();
        }
    });
    connect(ui->photoButton, &QPushButton::clicked, this, [this] {
        const QStringList files = ui::choosePhotos(this, tr("Photos of the finding"));
        if (!files.isEmpty())
            addPhotos(files);
    });
    connect(ui->buttons, &QDialogButtonBox::accepted, this, &FindingDialog::accept);
    connect(ui->buttons, &QDialogButtonBox::rejected, this, &FindingDialog::reject);
    showLines();
    ui->descriptionEdit->setFocus();
}

FindingDialog::~FindingDialog() = default;

void FindingDialog::addLine(const WorkOrderLine &line)
{
    m_finding.lines << line;
    showLines();
}

bool FindingDialog::addPhotos(const QStringList &files)
{
    QStringList unreadable;
    for (const QString &f : files) {
        const QByteArray jpeg = ui::photoFromFile(f);
        if (jpeg.isEmpty())
            unreadable << QFileInfo(f).fileName();
        else
            m_finding.newPhotos << jpeg;
    }
    ui->photoLabel->setText(m_finding.newPhotos.isEmpty() ? QString() : tr("%n photo(s)", nullptr, int(m_finding.newPhotos.size())));
    if (!unreadable.isEmpty()) {
        ui::showMessage(ui->messageLabel, tr("Not a picture this computer can read: %1.").arg(unreadable.join(QStringLiteral(", "))));
        return false;
    }
    return true;
}

void FindingDialog::showLines()
{
    ui->linesTable->setRowCount(int(m_finding.lines.size()));
    for (int r = 0; r < m_finding.lines.size(); ++r) {
        const WorkOrderLine &l = m_finding.lines[r];
        ui->linesTable->setItem(r, 0, new QTableWidgetItem(l.description));
        ui->linesTable->setItem(r, 1, new QTableWidgetItem(l.is(LineKind::Labor)
                                                               ? tr("%1 h").arg(l.centiHours / 100.0, 0, 'f', 2)
                                                               : QString::number(l.quantityMilli / 1000.0) + QLatin1Char(' ') + l.unit));
        auto *amount = new QTableWidgetItem(money::format(l.amount()));
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        ui->linesTable->setItem(r, 2, amount);
    }
    ui->totalLabel->setText(tr("Total ¥%1 (incl. VAT)").arg(money::format(m_finding.amount())));
    ui->removeLineButton->setEnabled(!m_finding.lines.isEmpty());
}

void FindingDialog::accept()
{
    m_finding.description = ui->descriptionEdit->text().trimmed();
    m_finding.reason = ui->reasonEdit->text().trimmed();
    m_finding.safetyCritical = ui->safetyCheck->isChecked();
    m_finding.extraMinutes = ui->extraSpin->value();
    m_finding.warranty = ui->warrantyCombo->currentData().toString();
    m_finding.warrantyReason = AddOnCodes::warranty().is(m_finding.warranty, WarrantyDecision::NotEligible) ? ui->warrantyReasonEdit->text().trimmed() : QString();
    ui::FieldChecks checks;
    const Validation v = AddOnRules::checkFinding(m_finding);
    for (const QString &e : v.errors) {
        QWidget *field = e == AddOnRules::tr("Describe what was found.") ? static_cast<QWidget *>(ui->descriptionEdit)
                         : e.contains(AddOnRules::tr("Note why the work is needed, in words the customer understands."))
                             ? static_cast<QWidget *>(ui->reasonEdit)
                         : e == AddOnRules::tr("Propose at least one line with its price.") ? static_cast<QWidget *>(ui->addLineButton)
                                                                                             : static_cast<QWidget *>(ui->warrantyReasonEdit);
        checks.error(e, field);
    }
    if (!checks.report(ui->messageLabel))
        return;
    try {
        Commands commands = m_ctx.commands();
        m_findingId = AddOnStore(m_ctx.db).propose(commands, m_finding);
    } catch (const StoreError &e) {
        ui::showMessage(ui->messageLabel, e.message());
        return;
    }
    QDialog::accept();
}

} // namespace dd
