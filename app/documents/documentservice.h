#pragma once
#include <QCoreApplication>

#include "printing/formdocument.h"
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

private:
    Database &m_db;
};

} // namespace dd
