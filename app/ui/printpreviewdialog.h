#pragma once
#include <QDialog>
#include <memory>

#include "printing/formdocument.h"
#include "store/documentstore.h"

class QPrinter;

namespace Ui {
class PrintPreviewDialog;
}

namespace dd {

struct AppContext;
struct PrintRequest;

// A form before it goes out: the pages as they will print (a reprint marked as one), copies, print on any
// installed printer or save as PDF, and the printing history with reprints of an earlier issue. Looking at
// the preview records nothing; every print or PDF is recorded with what was printed.
class PrintPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    PrintPreviewDialog(AppContext &ctx, const QString &form, const QString &number, QWidget *parent = nullptr);
    ~PrintPreviewDialog() override;

    // False when the form cannot be printed now; problem() says why and what to do.
    bool isReady() const { return m_ready; }
    QString problem() const { return m_problem; }
    int pageCount() const;
    int historyRows() const;

    // Issue the form as a PDF (the Save as PDF button after its file dialog); with `reprintOf`, an exact
    // reprint of that earlier issue. False with the reason shown.
    bool issuePdf(const QString &path, qint64 reprintOf = 0);
    bool issueOn(QPrinter *printer, qint64 reprintOf = 0);
    qint64 selectedIssue() const;
    // The customer signs the form on screen (the Sign button; its dialog): the form as previewed is issued
    // signed, and the preview shows the signed copy. False when it was not signed (cancelled or refused).
    bool signOnScreen();
    bool isSigned() const { return !m_doc.signatures.isEmpty(); }

private:
    void paint(QPrinter *printer);
    void showHistory();
    bool issue(const PrintRequest &request);
    void reprint();
    void describe();

    std::unique_ptr<Ui::PrintPreviewDialog> ui;
    AppContext &m_ctx;
    QString m_form;
    QString m_number;
    FormDocument m_doc;
    bool m_ready = false;
    bool m_printedBefore = false;
    QDateTime m_firstIssuedAt;
    QString m_problem;
    QList<IssuedDocument> m_history;
};

} // namespace dd
