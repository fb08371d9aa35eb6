#include "catalogdialog.h"
#include "filedialogs.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>

#include "appcontext.h"
#include "store/catalogstore.h"
#include "store/importer.h"
#include "ui_catalogdialog.h"
#include "uihelpers.h"

namespace dd
{

namespace
{
Importer::Kind kindOfTab(int tab)
{
    return tab == 0   ? Importer::Kind::LaborOperations
           : tab == 1 ? Importer::Kind::Parts
                      : Importer::Kind::CannedJobs;
}

QString hours(int centiHours)
{
    return QString::number(centiHours / 100.0);
}

void fitColumns(QTableWidget *t, int stretch)
{
    t->resizeColumnsToContents();
    t->horizontalHeader()->setSectionResizeMode(stretch, QHeaderView::Stretch);
}
} // namespace

CatalogDialog::CatalogDialog(AppContext &ctx, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::CatalogDialog>()), m_ctx(ctx)
{
    ui->setupUi(this);
    ui->laborTable->setColumnCount(5);
    ui->laborTable->setHorizontalHeaderLabels(
        {tr("Code"), tr("Description"), tr("Model family"), tr("Hours"), tr("Labor category")});
    ui->partsTable->setColumnCount(6);
    ui->partsTable->setHorizontalHeaderLabels({tr("Part number"), tr("Name"), tr("Brand or specification"),
                                               tr("Unit"), tr("Price (¥)"), tr("Source")});
    ui->jobsTable->setColumnCount(4);
    ui->jobsTable->setHorizontalHeaderLabels(
        {tr("Code"), tr("Job"), tr("Model family"), tr("Operations and parts")});
    const bool mayImport = ctx.can(Permission::ImportData);
    ui->importButton->setEnabled(mayImport);
    if (!mayImport)
        ui->importButton->setToolTip(
            tr("Importing catalogs needs the service manager's or the administrator's role."));
    connect(ui->importButton, &QPushButton::clicked, this, &CatalogDialog::chooseAndImport);
    connect(ui->findEdit, &QLineEdit::textChanged, this, &CatalogDialog::showParts);
    connect(ui->tabs, &QTabWidget::currentChanged, this, &CatalogDialog::showFormat);
    connect(ui->buttons, &QDialogButtonBox::rejected, this, &CatalogDialog::reject);
    refresh();
    showFormat();
}

CatalogDialog::~CatalogDialog() = default;

void CatalogDialog::refresh()
{
    CatalogStore catalog(m_ctx.db);
    QList<LaborOperation> ops;
    QList<CannedJob> jobs;
    try {
        ops = catalog.operations();
        jobs = catalog.jobs();
    } catch (const StoreError &e) {
        ui::showMessage(ui->messageLabel, e.message());
        return;
    }
    ui->laborTable->setRowCount(int(ops.size()));
    for (int r = 0; r < ops.size(); ++r) {
        const LaborOperation &op = ops[r];
        ui->laborTable->setItem(r, 0, ui::cell(op.code));
        ui->laborTable->setItem(r, 1, ui::cell(op.description));
        ui->laborTable->setItem(r, 2, ui::cell(op.modelFamily.isEmpty() ? tr("all models") : op.modelFamily));
        ui->laborTable->setItem(r, 3, ui::cell(hours(op.centiHours)));
        ui->laborTable->setItem(r, 4,
                                ui::cell(op.laborCategory.isEmpty() ? tr("first rate") : op.laborCategory));
    }
    fitColumns(ui->laborTable, 1);
    ui->jobsTable->setRowCount(int(jobs.size()));
    for (int r = 0; r < jobs.size(); ++r) {
        const CannedJob &j = jobs[r];
        QStringList items;
        for (const CannedJobItem &i : j.items)
            items << (i.is(LineKind::Part)
                          ? tr("%1 × %2").arg(i.code, QString::number(i.quantityMilli / 1000.0))
                      : i.quantityMilli > 0 ? tr("%1 (%2 h)").arg(i.code, hours(int(i.quantityMilli / 10)))
                                            : i.code);
        ui->jobsTable->setItem(r, 0, ui::cell(j.code));
        ui->jobsTable->setItem(r, 1, ui::cell(j.name));
        ui->jobsTable->setItem(r, 2, ui::cell(j.modelFamily.isEmpty() ? tr("all models") : j.modelFamily));
        ui->jobsTable->setItem(r, 3, ui::cell(items.join(tr(", "))));
    }
    ui->jobsTable->resizeColumnsToContents();
    ui->jobsTable->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    ui->jobsTable->resizeRowsToContents();
    showParts();
}

void CatalogDialog::showParts()
{
    CatalogStore catalog(m_ctx.db);
    QList<CatalogPart> parts;
    int count = 0;
    try {
        parts = catalog.findParts(ui->findEdit->text(), 200);
        count = catalog.partCount();
    } catch (const StoreError &e) {
        ui::showMessage(ui->messageLabel, e.message());
        return;
    }
    ui->partCountLabel->setText(tr("%n part(s) in the price list", nullptr, count));
    ui->partsTable->setRowCount(int(parts.size()));
    for (int r = 0; r < parts.size(); ++r) {
        const CatalogPart &p = parts[r];
        ui->partsTable->setItem(r, 0, ui::cell(p.partNumber));
        ui->partsTable->setItem(r, 1, ui::cell(p.name));
        ui->partsTable->setItem(r, 2, ui::cell(p.brandSpec));
        ui->partsTable->setItem(r, 3, ui::cell(p.unit));
        auto *price = ui::cell(money::format(p.priceFen));
        price->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        ui->partsTable->setItem(r, 4, price);
        ui->partsTable->setItem(r, 5, ui::cell(WorkOrderRules::partSourceName(p.source)));
    }
    fitColumns(ui->partsTable, 1);
}

void CatalogDialog::showFormat()
{
    const Importer::Kind kind = kindOfTab(ui->tabs->currentIndex());
    QString rules;
    if (kind == Importer::Kind::LaborOperations)
        rules = tr(
            "One row per operation, and one more per model family with its own standard hours (an empty "
            "family "
            "is for all other models). labor_category is a labor rate's code; empty takes the first rate.");
    else if (kind == Importer::Kind::Parts)
        rules = tr("Prices in yuan including VAT. source: oem, equivalent or reconditioned (原厂, 同质, "
                   "修复); empty is OEM.");
    else
        rules = tr("One row per operation or part of a job (kind: labor or part). quantity: the part's "
                   "quantity, or for "
                   "labor other hours than the standard. Import the labor operations and parts first.");
    ui->formatLabel->setText(
        tr("CSV columns (UTF-8, GB18030/GBK or Big5): %1. %2 A row whose code is already on file replaces it.")
            .arg(Importer::header(kind).join(QLatin1Char(',')), rules));
}

void CatalogDialog::chooseAndImport()
{
    const QString path = ui::FileDialogs::openFile(
        this, QStringLiteral("import"),
        tr("Import into the catalog: %1")
            .arg(ui->tabs->tabText(ui->tabs->currentIndex()).remove(QLatin1Char('&'))),
        tr("CSV files (*.csv);;All files (*)"), &m_ctx.db);
    if (!path.isEmpty())
        importFile(path);
}

bool CatalogDialog::importFile(const QString &path, bool confirm)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ui::showMessage(ui->messageLabel,
                        tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    const QByteArray data = file.readAll();
    const Importer::Kind kind = kindOfTab(ui->tabs->currentIndex());
    auto problems = [](const Importer::Report &r) {
        QStringList lines;
        for (const Importer::Line &l : r.lines.mid(0, 8))
            lines << tr("line %1: %2").arg(QString::number(l.line), l.reason);
        if (r.lines.size() > 8)
            lines << tr("… and %n more", nullptr, int(r.lines.size() - 8));
        return lines.join(QLatin1Char('\n'));
    };
    try {
        Commands commands = m_ctx.commands();
        if (confirm) {
            const Importer::Report dry = Importer::run(commands, kind, data, true);
            QMessageBox box(QMessageBox::Question, windowTitle(),
                            tr("%1: %2 row(s) can be imported, %3 with a warning, %4 rejected.")
                                .arg(QFileInfo(path).fileName(), QString::number(dry.imported),
                                     QString::number(dry.warnings), QString::number(dry.rejected)),
                            QMessageBox::Cancel, this);
            // The encoding and the first names as read: the person sees whether the file came out right.
            const QString asRead =
                dry.samples.isEmpty()
                    ? tr("Read as %1.").arg(dry.encoding)
                    : tr("Read as %1. The first names: %2. If they look wrong, cancel and save the file as CSV "
                         "UTF-8.")
                          .arg(dry.encoding, dry.samples.join(tr(", ")));
            box.setInformativeText(asRead + QLatin1Char('\n') +
                                   (dry.imported ? tr("Import the accepted rows now? Rejected rows are left out.")
                                                 : tr("Nothing can be imported. Correct the file and try again.")));
            box.setDetailedText(problems(dry));
            if (dry.imported)
                box.addButton(tr("&Import"), QMessageBox::AcceptRole);
            if (box.exec() != QMessageBox::AcceptRole || !dry.imported)
                return false;
        }
        const Importer::Report r = Importer::run(commands, kind, data, false);
        refresh();
        ui::showMessage(ui->messageLabel,
                        tr("Imported %1 row(s) from %2; %3 rejected.")
                                .arg(QString::number(r.imported), QFileInfo(path).fileName(),
                                     QString::number(r.rejected)) +
                            (r.lines.isEmpty() ? QString() : QLatin1Char('\n') + problems(r)),
                        r.rejected > 0);
        return true;
    } catch (const StoreError &e) {
        ui::showMessage(ui->messageLabel, e.message());
        return false;
    }
}

} // namespace dd
