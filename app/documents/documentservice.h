#pragma once
#include <QCoreApplication>

#include "printing/formdocument.h"
#include "store/documentstore.h"
#include "store/commands.h"

class QPrinter;

namespace dd {

struct PrintRequest {
    QString form;          // intake, appointment, ...
    QString number;        // the work order's or appointment's number
    QString pdfPath;       // write a PDF here, or
    QString printerName;   // print on this installed printer, or
    QPrinter *printer = nullptr; // print on this printer, already chosen in a print dialog
    int copies = 1;
    qint64 reprintOf = 0;  // reprint this earlier issue exactly (from the printing history)
};

// The customer signs a form on screen: the document as it was shown, and the ink.
struct SignRequest {
    QString form;
    QString number;
    QString shownHash;  // contentHash() of the document the customer saw
    QString signer;     // who signs (the customer, or the person dropping off or collecting the car)
    QByteArray png;     // the ink (SignaturePad::png)
    QString device;     // pen, touch, mouse
};

struct PrintOutcome {
    qint64 documentId = 0;
    bool reprint = false;
    int pages = 0;
};

// Issues the shop's forms. Printing the same content again is a reprint of the first copy, marked as
// such; changed content (an appointment moved, say) is issued anew. Every issue is recorded with its snapshot.
class DocumentService
{
    Q_DECLARE_TR_FUNCTIONS(dd::DocumentService)
public:
    explicit DocumentService(Database &db) : m_db(db) {}

    // The form as it would print now, for the preview. Throws StoreError with what to do when the form
    // cannot be printed (unknown number, inspection not completed, form not available yet).
    FormDocument build(const QString &form, const QString &number);
    PrintOutcome issue(Commands &commands, const PrintRequest &request);
    // Issues the form signed on screen (command document.sign): a new original with its frozen snapshot, the
    // signature painted on its line, and the signature's own record (ink, signer, device, time, station, the
    // content's hash). Refused when the form is not one the customer signs, when there is no ink, or when the
    // document changed since it was shown (StoreError Conflict: show it again). Signing the repair
    // authorization counts as its printing for the signature. Returns the issued document's id; print or save
    // the signed copy with PrintRequest::reprintOf.
    qint64 sign(Commands &commands, const SignRequest &request);
    // The same content signed on screen before (`latest`, with its snapshot): what prints, and is previewed, is
    // that signed document; otherwise `built` as it is.
    static FormDocument signedAs(FormDocument built, const IssuedDocument &latest);
    // Who signs by default: for a work order's form, the person who brought the car in (or collects it), else
    // the customer.
    QString defaultSigner(const QString &form, const QString &number);

private:
    Database &m_db;
};

} // namespace dd
