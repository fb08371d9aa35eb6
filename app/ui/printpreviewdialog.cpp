#include "printpreviewdialog.h"
#include "filedialogs.h"

#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLocale>
#include <QPrintDialog>
#include <QPrinter>
#include <QPrintPreviewWidget>
#include <QStandardPaths>

#include "core/localformat.h"
#include "appcontext.h"
#include "documents/documentservice.h"
#include "documents/formregistry.h"
#include "printing/formrenderer.h"
#include "signaturedialog.h"
#include "ui_printpreviewdialog.h"
#include "uihelpers.h"

namespace dd {

PrintPreviewDialog::PrintPreviewDialog(AppContext &ctx, const QString &form, const QString &number, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::PrintPreviewDialog>()), m_ctx(ctx), m_form(form), m_number(number)
{
    ui->setupUi(this);
    setWindowTitle(tr("Print %1 %2").arg(FormRegistry::title(form), number));
    ui->historyTable->setColumnCount(4);
    ui->historyTable->setHorizontalHeaderLabels({tr("Printed"), tr("By"), tr("Copies"), tr("Kind")});
    ui->historyTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    try {
        m_doc = DocumentService(ctx.db).build(form, number);
        m_ready = true;
    } catch (const StoreError &e) {
        m_problem = e.message();
    }
    connect(ui->buttons, &QDialogButtonBox::rejected, this, &PrintPreviewDialog::reject);
    if (!m_ready)
        return;
    try {
        // The same content printed before goes out as a reprint of that first copy, and is previewed so.
        if (const auto latest = DocumentStore(ctx.db).latestOriginal(m_doc.form, m_doc.number);
            latest && latest->contentHash == m_doc.contentHash()) {
            m_printedBefore = true;
            m_firstIssuedAt = latest->issuedAt;
            // Signed on screen: what prints is the signed copy, so that is what the preview shows.
            m_doc = DocumentService::signedAs(std::move(m_doc), *latest);
        }
    } catch (const StoreError &e) {
        ui::showMessage(ui->messageLabel, e.message());
    }
    connect(ui->preview, &QPrintPreviewWidget::paintRequested, this, &PrintPreviewDialog::paint);
    connect(ui->fitWidthButton, &QPushButton::clicked, ui->preview, &QPrintPreviewWidget::fitToWidth);
    connect(ui->fitPageButton, &QPushButton::clicked, ui->preview, &QPrintPreviewWidget::fitInView);
    connect(ui->zoomInButton, &QPushButton::clicked, ui->preview, [this] { ui->preview->zoomIn(); });
    connect(ui->zoomOutButton, &QPushButton::clicked, ui->preview, [this] { ui->preview->zoomOut(); });
    ui->zoomInButton->setToolTip(tr("Zoom in"));
    ui->zoomOutButton->setToolTip(tr("Zoom out"));
    connect(ui->printButton, &QPushButton::clicked, this, [this] {
        QPrinter printer(QPrinter::HighResolution);
        QPrintDialog dialog(&printer, this);
        ui::FileDialogs::harden(&dialog, &m_ctx.db, QStringLiteral("%1-%2.pdf").arg(m_form, m_number));
        dialog.setWindowTitle(windowTitle());
        if (dialog.exec() == QDialog::Accepted)
            issueOn(&printer);
    });
    connect(ui->pdfButton, &QPushButton::clicked, this, [this] {
        const QString path = ui::FileDialogs::saveFile(this, QStringLiteral("pdf"), tr("Save as PDF"),
                                                       QStringLiteral("%1-%2.pdf").arg(m_form, m_number),
                                                       tr("PDF files (*.pdf)"), &m_ctx.db);
        if (!path.isEmpty())
            issuePdf(path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) ? path : path + QStringLiteral(".pdf"));
    });
    connect(ui->reprintButton, &QPushButton::clicked, this, &PrintPreviewDialog::reprint);
    const FormSpec *spec = FormRegistry::find(form);
    ui->signButton->setVisible(spec && spec->signable);
    connect(ui->signButton, &QPushButton::clicked, this, &PrintPreviewDialog::signOnScreen);
    connect(ui->historyTable, &QTableWidget::itemSelectionChanged, this,
            [this] { ui->reprintButton->setEnabled(selectedIssue() != 0 && m_ctx.can(Permission::PrintDocuments)); });
    const bool may = m_ctx.can(Permission::PrintDocuments);
    ui->printButton->setEnabled(may);
    ui->pdfButton->setEnabled(may);
    ui->signButton->setEnabled(may && !isSigned());
    ui->reprintButton->setEnabled(false);
    describe();
    showHistory();
    resize(qMin(1100, parent ? parent->window()->width() - 40 : 1100), qMin(720, parent ? parent->window()->height() - 40 : 720));
    ui->printButton->setFocus();
}

PrintPreviewDialog::~PrintPreviewDialog() = default;

void PrintPreviewDialog::describe()
{
    QString about = QStringLiteral("<b>%1</b><br>%2").arg(m_doc.title.toHtmlEscaped(), m_doc.number.toHtmlEscaped());
    if (const FormSignature *s = m_doc.signature(QStringLiteral("customer")))
        about += QStringLiteral("<br>") +
                 tr("Signed on screen by %1 on %2 at %3: printing gives the signed copy.")
                     .arg(s->signer, LocalFormat::dateTime(s->signedAt.toLocalTime()), s->station)
                     .toHtmlEscaped();
    else if (m_printedBefore)
        about += QStringLiteral("<br>") +
                 tr("Printed before on %1 with the same content: printing again gives a copy marked \"reprint\".")
                     .arg(LocalFormat::dateTime(m_firstIssuedAt.toLocalTime()))
                     .toHtmlEscaped();
    ui->documentLabel->setText(about);
    ui->pagesLabel->setText(tr("%n page(s)", nullptr, pageCount()));
}

bool PrintPreviewDialog::signOnScreen()
{
    if (!m_ready || isSigned())
        return false;
    DocumentService service(m_ctx.db);
    QString signer;
    try {
        signer = service.defaultSigner(m_form, m_number);
    } catch (const StoreError &) {
        // The name is typed in the dialog instead.
    }
    const QString shown = m_doc.contentHash();
    qint64 signedId = 0;
    QString refused;
    SignatureDialog dialog(
        QStringLiteral("%1 %2").arg(m_doc.title, m_doc.number), signer,
        [&](const SignatureDialog::Capture &c) -> QString {
            try {
                Commands commands = m_ctx.commands();
                signedId = service.sign(commands, SignRequest{m_form, m_number, shown, c.signer, c.png, c.device});
                return {};
            } catch (const StoreError &e) {
                if (e.kind() != StoreError::Kind::Conflict)
                    return e.message(); // the ink stays: try again, or cancel and print for the pen
                refused = e.message();
                dialog.done(QDialog::Rejected);
                return e.message();
            }
        },
        this);
    dialog.setWindowTitle(tr("%1 %2: the customer signs").arg(FormRegistry::title(m_form), m_number));
    const bool accepted = dialog.exec() == QDialog::Accepted && signedId;
    if (!refused.isEmpty()) {
        // What changed is shown now: the customer looks at it again before signing.
        try {
            m_doc = service.build(m_form, m_number);
            m_printedBefore = false;
        } catch (const StoreError &e) {
            refused += QLatin1Char(' ') + e.message();
        }
        ui->preview->updatePreview();
        describe();
        ui::showMessage(ui->messageLabel, refused);
        return false;
    }
    if (!accepted)
        return false;
    try {
        if (const std::optional<IssuedDocument> issued = DocumentStore(m_ctx.db).byId(signedId)) {
            m_doc = FormDocument::deserialize(issued->snapshot);
            m_printedBefore = true;
            m_firstIssuedAt = issued->issuedAt;
        }
    } catch (const StoreError &) {
        // Recorded all the same; the preview keeps the unsigned form.
    } catch (const std::runtime_error &) {
        // Recorded all the same; the preview keeps the unsigned form.
    }
    ui->preview->updatePreview();
    describe();
    showHistory();
    ui->signButton->setEnabled(false);
    ui::showMessage(ui->messageLabel,
                    tr("Signed on screen and recorded with the document as shown. Print or save the signed copy for "
                       "the customer if they want paper."),
                    false);
    ui->printButton->setFocus();
    return true;
}

int PrintPreviewDialog::pageCount() const
{
    return m_ready ? FormRenderer(m_doc).pageCount() : 0;
}

int PrintPreviewDialog::historyRows() const
{
    return ui->historyTable->rowCount();
}

void PrintPreviewDialog::paint(QPrinter *printer)
{
    FormRenderer renderer(m_doc);
    renderer.setUp(printer);
    RenderOptions options;
    options.printedAt = QDateTime::currentDateTimeUtc();
    options.printedBy = m_ctx.session.displayName;
    options.station = m_ctx.session.station;
    options.reprint = m_printedBefore && !isSigned(); // the signed copy is not stamped as a reprint
    options.originalIssuedAt = m_firstIssuedAt;
    QString error;
    if (!renderer.print(printer, options, &error))
        ui::showMessage(ui->messageLabel, error);
}

void PrintPreviewDialog::showHistory()
{
    try {
        m_history = DocumentStore(m_ctx.db).history(m_form, m_number);
    } catch (const StoreError &e) {
        ui::showMessage(ui->messageLabel, e.message());
        return;
    }
    ui->historyTable->setRowCount(int(m_history.size()));
    for (int r = 0; r < m_history.size(); ++r) {
        const IssuedDocument &d = m_history[r];
        const QStringList cells{LocalFormat::dateTime(d.issuedAt.toLocalTime()), d.issuedBy, QString::number(d.copies),
                                !d.signedBy.isEmpty() ? tr("signed on screen by %1").arg(d.signedBy)
                                : d.reprintOf       ? tr("reprint")
                                                    : tr("original")};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setToolTip(d.output + QLatin1Char('\n') + d.station);
            item->setData(Qt::UserRole, d.id);
            ui->historyTable->setItem(r, c, item);
        }
    }
    ui->historyTableLabel->setText(m_history.isEmpty() ? tr("Printing &history: not printed yet")
                                                       : tr("Printing &history:"));
}

qint64 PrintPreviewDialog::selectedIssue() const
{
    const QList<QTableWidgetSelectionRange> ranges = ui->historyTable->selectedRanges();
    return ranges.isEmpty() ? 0 : m_history.value(ranges.first().topRow()).id;
}

bool PrintPreviewDialog::issue(const PrintRequest &request)
{
    try {
        Commands commands = m_ctx.commands();
        const PrintOutcome outcome = DocumentService(m_ctx.db).issue(commands, request);
        ui::showMessage(ui->messageLabel,
                        (outcome.reprint ? tr("Printed as a reprint: %n page(s).", nullptr, outcome.pages)
                                         : tr("Printed: %n page(s).", nullptr, outcome.pages)) +
                            QLatin1Char(' ') + tr("Recorded in the printing history."),
                        false);
    } catch (const StoreError &e) {
        ui::showMessage(ui->messageLabel, e.message());
        return false;
    }
    showHistory();
    return true;
}

bool PrintPreviewDialog::issuePdf(const QString &path, qint64 reprintOf)
{
    PrintRequest request;
    request.form = m_form;
    request.number = m_number;
    request.pdfPath = path;
    request.copies = ui->copiesSpin->value();
    request.reprintOf = reprintOf;
    return issue(request);
}

bool PrintPreviewDialog::issueOn(QPrinter *printer, qint64 reprintOf)
{
    PrintRequest request;
    request.form = m_form;
    request.number = m_number;
    request.printer = printer;
    // The form paints its copies itself (each one complete, in order); the printer prints once.
    request.copies = qMax(ui->copiesSpin->value(), printer->copyCount());
    printer->setCopyCount(1);
    request.reprintOf = reprintOf;
    if (printer->outputFormat() == QPrinter::PdfFormat && printer->outputFileName().isEmpty()) {
        ui::showMessage(ui->messageLabel, tr("Choose a file name for the PDF."));
        return false;
    }
    return issue(request);
}

void PrintPreviewDialog::reprint()
{
    const qint64 id = selectedIssue();
    if (!id)
        return;
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Reprint %1 %2").arg(FormRegistry::title(m_form), m_number));
    if (dialog.exec() == QDialog::Accepted)
        issueOn(&printer, id);
}

} // namespace dd
