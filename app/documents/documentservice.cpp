#include "documentservice.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QSqlQuery>
#include <QPrinter>
#include <QPrinterInfo>
#include <stdexcept>

#include "core/docnumber.h"
#include "formregistry.h"
#include "i18n/i18n.h"
#include "printing/formrenderer.h"
#include "printing/pdftext.h"
#include "store/documentstore.h"
#include "store/formdata.h"
#include "store/workorderstore.h"

namespace dd {

FormDocument DocumentService::build(const QString &form, const QString &number)
{
    const FormSpec *spec = FormRegistry::find(form);
    if (!spec)
        throw StoreError(StoreError::Kind::Validation, tr("There is no form \"%1\". Forms: %2.")
                                                            .arg(form, FormRegistry::cliNames().join(QStringLiteral(", "))));
    FormData data(m_db);
    return spec->build(data, number, spec->identity(I18n::current()));
}

PrintOutcome DocumentService::issue(Commands &commands, const PrintRequest &request)
{
    // What to print: an exact earlier issue, or the form as it is now (a reprint when unchanged).
    DocumentStore store(m_db);
    FormDocument document;
    IssuedDocument issued;
    issued.copies = qMax(1, request.copies);
    QDateTime originalAt;
    if (request.reprintOf) {
        const std::optional<IssuedDocument> earlier = store.byId(request.reprintOf);
        if (!earlier)
            throw StoreError(StoreError::Kind::NotFound, tr("That printed document is no longer on record."));
        try {
            document = FormDocument::deserialize(earlier->snapshot);
        } catch (const std::exception &) {
            throw StoreError(StoreError::Kind::Failure,
                             tr("The stored copy of %1 %2 is damaged and cannot be reprinted.").arg(earlier->form, earlier->number));
        }
        issued.reprintOf = earlier->reprintOf ? earlier->reprintOf : earlier->id;
        originalAt = earlier->issuedAt;
        if (earlier->reprintOf)
            if (const std::optional<IssuedDocument> original = store.byId(earlier->reprintOf))
                originalAt = original->issuedAt;
        issued.snapshot = earlier->snapshot;
        issued.contentHash = earlier->contentHash;
    } else {
        document = build(request.form, request.number);
        issued.contentHash = document.contentHash();
        const std::optional<IssuedDocument> latest = store.latestOriginal(document.form, document.number);
        if (latest && latest->contentHash == issued.contentHash) {
            issued.reprintOf = latest->id;
            originalAt = latest->issuedAt;
            issued.snapshot = latest->snapshot;
            document = signedAs(std::move(document), *latest);
        } else {
            issued.snapshot = document.serialize();
        }
    }
    issued.form = document.form;
    issued.number = document.number;
    issued.language = document.language;

    // Where to: check before anything is recorded.
    QString output;
    std::unique_ptr<QPrinter> ownPrinter;
    QPrinter *printer = request.printer;
    if (!request.pdfPath.isEmpty()) {
        const QFileInfo info(request.pdfPath);
        if (!info.absoluteDir().exists())
            throw StoreError(StoreError::Kind::Validation,
                             tr("The folder %1 does not exist; choose another place for the PDF.")
                                 .arg(QDir::toNativeSeparators(info.absolutePath())));
        output = QStringLiteral("pdf: %1").arg(QDir::toNativeSeparators(info.absoluteFilePath()));
    } else if (!request.printerName.isEmpty()) {
        const QStringList names = QPrinterInfo::availablePrinterNames();
        if (!names.contains(request.printerName))
            throw StoreError(StoreError::Kind::Validation,
                             names.isEmpty() ? tr("There is no printer named \"%1\"; no printer is installed on this "
                                                  "computer.")
                                                   .arg(request.printerName)
                                             : tr("There is no printer named \"%1\". Installed printers: %2.")
                                                   .arg(request.printerName, names.join(QStringLiteral(", "))));
        ownPrinter = std::make_unique<QPrinter>(QPrinterInfo::printerInfo(request.printerName), QPrinter::HighResolution);
        printer = ownPrinter.get();
    } else if (!printer) {
        throw StoreError(StoreError::Kind::Validation, tr("Choose a printer or a PDF file."));
    }
    if (printer && output.isEmpty())
        output = printer->outputFormat() == QPrinter::PdfFormat
                     ? QStringLiteral("pdf: %1").arg(QDir::toNativeSeparators(printer->outputFileName()))
                     : QStringLiteral("printer: %1").arg(printer->printerName());
    issued.output = output;

    FormRenderer renderer(document);
    PrintOutcome outcome;
    outcome.reprint = issued.reprintOf != 0;
    outcome.pages = renderer.pageCount();
    const FormSpec *spec = FormRegistry::find(document.form);
    const Permission permission = spec ? spec->permission : Permission::PrintDocuments;
    outcome.documentId = commands.run(QStringLiteral("document.print"), permission, [&](CommandContext &ctx) {
        const qint64 id = DocumentStore::record(ctx, issued);
        if (!request.reprintOf && document.form == QLatin1String("authorization"))
            WorkOrderStore::recordAuthorizationPrinted(ctx, document.number, document.sourceVersion);
        RenderOptions options;
        options.printedAt = ctx.now();
        options.printedBy = ctx.session().displayName;
        options.station = ctx.session().station;
        // The copy of a document signed on screen is that document, not stamped as a reprint.
        options.reprint = outcome.reprint && document.signatures.isEmpty();
        options.originalIssuedAt = originalAt;
        options.copies = issued.copies;
        QString error;
        bool ok;
        if (!request.pdfPath.isEmpty()) {
            ok = renderer.writePdf(request.pdfPath, options, &error);
        } else {
            renderer.setUp(printer);
            printer->setDocName(document.title + QLatin1Char(' ') + document.number);
            ok = renderer.print(printer, options, &error);
            if (ok && printer->outputFormat() == QPrinter::PdfFormat)
                ok = PdfText::fixCjkRadicals(printer->outputFileName(),
                                             FormRenderer::fontFamilies(document.language).first(), &error);
        }
        if (!ok)
            throw StoreError(StoreError::Kind::Validation, error);
        return id;
    });
    return outcome;
}

FormDocument DocumentService::signedAs(FormDocument built, const IssuedDocument &latest)
{
    if (latest.contentHash != built.contentHash())
        return built;
    try {
        FormDocument earlier = FormDocument::deserialize(latest.snapshot);
        if (earlier.signatures.isEmpty())
            return built;
        earlier.sourceVersion = built.sourceVersion;
        return earlier;
    } catch (const std::exception &) {
        return built; // a damaged earlier copy: the form as it is now, with the same content
    }
}

qint64 DocumentService::sign(Commands &commands, const SignRequest &request)
{
    const FormSpec *spec = FormRegistry::find(request.form);
    if (!spec)
        throw StoreError(StoreError::Kind::Validation, tr("There is no form \"%1\".").arg(request.form));
    if (!spec->signable)
        throw StoreError(StoreError::Kind::Validation,
                         tr("The %1 is not signed on screen; print it for the customer's signature.").arg(spec->translatedTitle()));
    if (request.signer.simplified().isEmpty())
        throw StoreError(StoreError::Kind::Validation, tr("Enter the name of the person signing.")).onField(QStringLiteral("signer"));
    if (request.png.isEmpty() || QImage::fromData(request.png, "PNG").isNull())
        throw StoreError(StoreError::Kind::Validation, tr("There is no signature yet: the customer signs on the pad first."))
            .onField(QStringLiteral("signature"));
    if (!SignatureCodes::devices().contains(request.device))
        throw StoreError(StoreError::Kind::Validation, tr("Unknown signature device \"%1\".").arg(request.device));
    return commands.run(QStringLiteral("document.sign"), spec->permission, [&](CommandContext &ctx) {
        // Built again inside the transaction: what is signed is what is on record now, and must be what was shown.
        FormDocument document = build(request.form, request.number);
        const QString hash = document.contentHash();
        if (hash != request.shownHash)
            throw StoreError(StoreError::Kind::Conflict,
                             tr("%1 %2 changed after it was shown to the customer, so it was not signed. Look at it "
                                "again with the customer, then ask for the signature again.")
                                 .arg(document.title, document.number));
        FormSignature signature;
        signature.role = QStringLiteral("customer");
        signature.signer = request.signer.simplified();
        signature.png = request.png;
        signature.signedAt = ctx.now();
        signature.station = ctx.session().station;
        signature.device = request.device;
        document.signatures = {signature};

        IssuedDocument issued;
        issued.form = document.form;
        issued.number = document.number;
        issued.language = document.language;
        issued.copies = 1;
        issued.output = QStringLiteral("signed on screen: %1").arg(ctx.session().station);
        issued.contentHash = hash;
        issued.snapshot = document.serialize();
        const qint64 id = DocumentStore::record(ctx, issued);
        DocumentSignature stored;
        stored.documentId = id;
        stored.role = signature.role;
        stored.signer = signature.signer;
        stored.device = signature.device;
        stored.png = signature.png;
        stored.contentHash = hash;
        DocumentStore::recordSignature(ctx, stored);
        if (document.form == QLatin1String("authorization"))
            WorkOrderStore::recordAuthorizationPrinted(ctx, document.number, document.sourceVersion);
        return id;
    });
}

QString DocumentService::defaultSigner(const QString &form, const QString &number)
{
    if (form == QLatin1String("appointment") || form == QLatin1String("dayclose"))
        return {};
    QSqlQuery q = m_db.query(QStringLiteral("SELECT w.drop_off_name, c.name FROM work_orders w JOIN customers c ON "
                                            "c.id = w.customer_id WHERE w.number = ?"),
                             {number});
    if (!q.next())
        return {};
    const QString dropOff = q.value(0).toString().simplified();
    return dropOff.isEmpty() ? q.value(1).toString().simplified() : dropOff;
}

} // namespace dd
