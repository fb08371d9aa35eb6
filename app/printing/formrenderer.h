#pragma once
#include <QCoreApplication>
#include <QDateTime>
#include <QFont>
#include <QStringList>
#include <memory>

#include "formdocument.h"

class QPrinter;
class QPagedPaintDevice;

namespace dd {

struct RenderOptions {
    QDateTime printedAt;       // UTC; shown in local time in the footer
    QString printedBy;
    QString station;           // the workstation that printed it, named in the footer
    bool reprint = false;      // marked "reprint" on every page
    QDateTime originalIssuedAt; // UTC, for the reprint's footer
    int copies = 1;
};

// Lays a FormDocument out on its page size and paints it page by page: the dealership header with the
// barcode at the top of every page, "page x of y" at the bottom. Body text in Noto Sans CJK SC or TC. A form
// in several copies (FormDocument::parts) starts each copy on a new page. A body whose block anchored "keep"
// (<a name="keep">) would start the last stretch of a page and run over to the next one (the signature block
// alone on page 2) moves that stretch to the next page whole, when it fits on one.
class FormRenderer
{
    Q_DECLARE_TR_FUNCTIONS(dd::FormRenderer)
public:
    explicit FormRenderer(FormDocument document);
    ~FormRenderer();

    static QStringList fontFamilies(const QString &language);
    static QFont font(const QString &language, qreal pointSize = 9);

    // Sets the page size and margins the form is laid out for.
    void setUp(QPagedPaintDevice *device) const;
    int pageCount() const;
    // Paints every page (and copy) onto a printer already set up; false with `error` when it cannot.
    bool print(QPagedPaintDevice *device, const RenderOptions &options, QString *error = nullptr) const;
    // Writes a PDF with embedded fonts whose text reads back as printed.
    bool writePdf(const QString &path, const RenderOptions &options, QString *error = nullptr) const;

    const FormDocument &document() const { return m_doc; }

private:
    struct Layout;
    FormDocument m_doc;
    std::unique_ptr<Layout> m_layout;
};

} // namespace dd
