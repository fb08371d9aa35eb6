#include "formrenderer.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <QUrl>

#include "barcode.h"
#include "htmltemplate.h"
#include "i18n/i18n.h"
#include "pdftext.h"

namespace dd {

namespace {
constexpr qreal kPointsPerMm = 72.0 / 25.4;

// Forms are laid out in points: a 72 dpi image is the layout device, so 1 unit = 1 pt on every printer.
QImage pointDevice()
{
    QImage img(1, 1, QImage::Format_RGB32);
    const int dpm = qRound(72.0 / 0.0254);
    img.setDotsPerMeterX(dpm);
    img.setDotsPerMeterY(dpm);
    return img;
}

QPageLayout pageLayoutFor(QPageSize::PageSizeId size)
{
    const QMarginsF margins = size == QPageSize::A5 ? QMarginsF(10, 8, 10, 8) : QMarginsF(12, 9, 12, 9);
    return QPageLayout(QPageSize(size), QPageLayout::Portrait, margins, QPageLayout::Millimeter);
}
} // namespace

// Moves the stretch from the block anchored "keep" to the end onto a new page when it would be split over two
// pages and fits on one: the signature block never stands alone at the top of a page.
void keepTogether(QTextDocument &doc, qreal pageHeight)
{
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        bool anchored = false;
        for (QTextBlock::iterator it = b.begin(); !it.atEnd() && !anchored; ++it)
            anchored = it.fragment().charFormat().anchorNames().contains(QStringLiteral("keep"));
        if (!anchored)
            continue;
        const qreal top = layout->blockBoundingRect(b).top();
        const qreal end = layout->documentSize().height();
        const int firstPage = int(top / pageHeight);
        const int lastPage = int((end - 0.5) / pageHeight);
        if (firstPage != lastPage && end - top <= pageHeight - 2) {
            QTextCursor c(b);
            QTextBlockFormat f = b.blockFormat();
            f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            c.setBlockFormat(f);
        }
        return;
    }
}

// Single thin rules. Qt's style sheets give border widths in whole pixels (0.5 pt becomes 0, drawn as a
// hairline on screen and as a thick bar when scaled to print), and neighbouring cells both draw the rule they
// share. So the widths are set here: every cell of a ruled table draws its right and bottom rule, the first
// row its top one and the first column its left one, each 0.5 pt; a signature line keeps its bottom rule and a
// seal its dashed box, at the same width. The table draws no frame of its own.
void thinRules(QTextFrame *frame)
{
    constexpr qreal kRule = 0.5;
    const QBrush grey(QColor(0x66, 0x66, 0x66));
    for (QTextFrame *child : frame->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(child)) {
            bool ruled = false;
            for (int r = 0; r < table->rows(); ++r)
                for (int c = 0; c < table->columns(); ++c) {
                    QTextTableCell cell = table->cellAt(r, c);
                    if (cell.row() != r || cell.column() != c)
                        continue; // a spanned cell, seen at its first row and column
                    QTextTableCellFormat f = cell.format().toTableCellFormat();
                    const auto styleOf = [&](QTextFormat::Property p) {
                        return f.hasProperty(p) ? QTextFrameFormat::BorderStyle(f.intProperty(p)) : QTextFrameFormat::BorderStyle_None;
                    };
                    const QTextFrameFormat::BorderStyle top = styleOf(QTextFormat::TableCellTopBorderStyle);
                    const QTextFrameFormat::BorderStyle bottom = styleOf(QTextFormat::TableCellBottomBorderStyle);
                    const QTextFrameFormat::BorderStyle left = styleOf(QTextFormat::TableCellLeftBorderStyle);
                    const QTextFrameFormat::BorderStyle right = styleOf(QTextFormat::TableCellRightBorderStyle);
                    constexpr QTextFrameFormat::BorderStyle none = QTextFrameFormat::BorderStyle_None;
                    if (top == none && bottom == none && left == none && right == none)
                        continue;
                    const bool box = top != none && bottom != none && left != none && right != none;
                    const bool dashed = top == QTextFrameFormat::BorderStyle_Dashed;
                    ruled = ruled || (box && !dashed);
                    const auto side = [&](bool drawn, QTextFrameFormat::BorderStyle style, auto setWidth, auto setStyle, auto setBrush) {
                        (f.*setWidth)(drawn ? kRule : 0);
                        (f.*setStyle)(drawn ? style : QTextFrameFormat::BorderStyle_None);
                        if (drawn && box && !dashed)
                            (f.*setBrush)(grey);
                    };
                    const bool grid = box && !dashed;
                    side(top != none && (!grid || cell.row() == 0), top, &QTextTableCellFormat::setTopBorder,
                         &QTextTableCellFormat::setTopBorderStyle, &QTextTableCellFormat::setTopBorderBrush);
                    side(left != none && (!grid || cell.column() == 0), left, &QTextTableCellFormat::setLeftBorder,
                         &QTextTableCellFormat::setLeftBorderStyle, &QTextTableCellFormat::setLeftBorderBrush);
                    side(bottom != none, bottom, &QTextTableCellFormat::setBottomBorder, &QTextTableCellFormat::setBottomBorderStyle,
                         &QTextTableCellFormat::setBottomBorderBrush);
                    side(right != none, right, &QTextTableCellFormat::setRightBorder, &QTextTableCellFormat::setRightBorderStyle,
                         &QTextTableCellFormat::setRightBorderBrush);
                    if (grid) { // the room the style sheet's padding meant, kept clear of the rules
                        f.setTopPadding(1);
                        f.setBottomPadding(1);
                        f.setLeftPadding(2);
                        f.setRightPadding(2);
                    }
                    cell.setFormat(f);
                }
            if (ruled) {
                QTextTableFormat tf = table->format();
                tf.setBorder(kRule); // room for the outer rules, not drawn itself
                tf.setBorderStyle(QTextFrameFormat::BorderStyle_None);
                tf.setBorderCollapse(false);
                tf.setCellSpacing(0);
                table->setFormat(tf);
            }
        }
        thinRules(child);
    }
}

struct FormRenderer::Layout {
    QImage device = pointDevice();
    std::vector<std::unique_ptr<QTextDocument>> docs; // one per copy
    QSizeF paint;       // the printable area, in points
    qreal headerHeight = 0;
    qreal footerHeight = 0;
    qreal bodyHeight = 0;
    Barcode barcode;
};

FormRenderer::FormRenderer(FormDocument document) : m_doc(std::move(document)), m_layout(std::make_unique<Layout>())
{
    Layout &l = *m_layout;
    const bool a5 = m_doc.pageSize == QPageSize::A5;
    l.paint = pageLayoutFor(m_doc.pageSize).paintRect(QPageLayout::Point).size();
    l.headerHeight = a5 ? 50 : 56;
    l.footerHeight = 18;
    l.bodyHeight = l.paint.height() - l.headerHeight - l.footerHeight;
    l.barcode = Barcode::code128(m_doc.number);

    // Signatures given on screen go onto their lines, with when and where they were given.
    for (const QString &body : m_doc.signedBodies(tr("Signed on screen %1 at %2"))) {
        auto doc = std::make_unique<QTextDocument>();
        doc->documentLayout()->setPaintDevice(&l.device);
        doc->setUseDesignMetrics(true);
        doc->setDocumentMargin(0);
        doc->setDefaultFont(font(m_doc.language, 8.5));
        doc->setDefaultStyleSheet(HtmlTemplate::styleSheet());
        for (auto it = m_doc.images.cbegin(); it != m_doc.images.cend(); ++it)
            doc->addResource(QTextDocument::ImageResource, QUrl(it.key()), QImage::fromData(it.value(), "PNG"));
        for (const FormSignature &s : m_doc.signatures)
            doc->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("signature-") + s.role),
                             QImage::fromData(s.png, "PNG"));
        doc->setHtml(body);
        thinRules(doc->rootFrame());
        doc->setPageSize(QSizeF(l.paint.width(), l.bodyHeight));
        keepTogether(*doc, l.bodyHeight);
        l.docs.push_back(std::move(doc));
    }
}

FormRenderer::~FormRenderer() = default;

QStringList FormRenderer::fontFamilies(const QString &language)
{
    const QString cjk = I18n::cjkFontFamily(language);
    // Symbola draws emoji and symbols the CJK face lacks, as outlines that embed in a PDF.
    return {cjk, QStringLiteral("Symbola")};
}

QFont FormRenderer::font(const QString &language, qreal pointSize)
{
    QFont f;
    f.setFamilies(fontFamilies(language));
    f.setPointSizeF(pointSize);
    f.setStyleHint(QFont::SansSerif);
    // Shaping Latin runs with the CJK face picks proportional-digit glyphs that its character map does not
    // reach, and Qt's PDF writer then leaves them out of the text layer: "WO2026..." would read back as "WO".
    // Forms need no ligatures or complex shaping.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

void FormRenderer::setUp(QPagedPaintDevice *device) const
{
    device->setPageLayout(pageLayoutFor(m_doc.pageSize));
}

int FormRenderer::pageCount() const
{
    int pages = 0;
    for (const auto &doc : m_layout->docs)
        pages += doc->pageCount();
    return pages;
}

bool FormRenderer::print(QPagedPaintDevice *device, const RenderOptions &options, QString *error) const
{
    const Layout &l = *m_layout;
    QPainter painter;
    if (!painter.begin(device)) {
        if (error)
            *error = tr("The printer could not be opened.");
        return false;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    const qreal scale = device->logicalDpiX() / 72.0;
    painter.scale(scale, scale);

    // The painter is scaled to points; a font resolved for the device would be scaled twice.
    auto pointFont = [&](qreal pt, bool bold = false) {
        QFont f = font(m_doc.language, pt * 72.0 / device->logicalDpiY());
        f.setBold(bold);
        return f;
    };
    auto metrics = [&](const QFont &f) { return QFontMetricsF(f, device); };
    const bool a5 = m_doc.pageSize == QPageSize::A5;
    const int pages = pageCount();
    QPrinter *printer = dynamic_cast<QPrinter *>(device);
    int copies = qMax(1, options.copies);
    if (printer && copies > 1 && printer->outputFormat() == QPrinter::NativeFormat && printer->supportsMultipleCopies()) {
        printer->setCopyCount(copies);
        copies = 1;
    }
    const qreal w = l.paint.width();
    // Each page: which copy's body and which of its pages.
    QList<std::pair<const QTextDocument *, int>> sheets;
    for (const auto &doc : l.docs)
        for (int p = 0; p < doc->pageCount(); ++p)
            sheets << std::pair{doc.get(), p};
    for (int copy = 0; copy < copies; ++copy) {
        for (int page = 0; page < pages; ++page) {
            if (copy || page)
                device->newPage();
            const QTextDocument *body = sheets.at(page).first;
            const int bodyPage = sheets.at(page).second;

            // Header: logo, dealership, address and phone on the left; the barcode and its number on the right.
            painter.setPen(Qt::black);
            qreal textLeft = 0;
            const QImage logo = QImage::fromData(m_doc.header.logoPng);
            if (!logo.isNull()) {
                const QSizeF s = QSizeF(logo.size()).scaled(QSizeF(a5 ? 60 : 80, l.headerHeight - 14), Qt::KeepAspectRatio);
                painter.drawImage(QRectF(QPointF(0, 0), s), logo);
                textLeft = s.width() + 8;
            }
            const qreal barWidth = l.barcode.isValid() ? qMin(w * 0.42, l.barcode.modules() * (a5 ? 0.75 : 0.85)) : 0;
            const qreal barHeight = a5 ? 24 : 28;
            const qreal textWidth = w - textLeft - barWidth - 10;
            const QFont nameFont = pointFont(a5 ? 11 : 12.5, true);
            const QFont smallFont = pointFont(a5 ? 7 : 7.5);
            painter.setFont(nameFont);
            const QString name = m_doc.header.dealershipName.isEmpty() ? tr("(Dealership name not set)")
                                                                       : m_doc.header.dealershipName;
            painter.drawText(QRectF(textLeft, 0, textWidth, 18), Qt::AlignLeft | Qt::AlignVCenter,
                             metrics(nameFont).elidedText(name, Qt::ElideRight, textWidth));
            painter.setFont(smallFont);
            const QFontMetricsF small = metrics(smallFont);
            qreal y = 19;
            for (const QString &line : {m_doc.header.address.isEmpty() ? QString() : tr("Address: %1").arg(m_doc.header.address),
                                        m_doc.header.phone.isEmpty() ? QString() : tr("Phone: %1").arg(m_doc.header.phone)}) {
                if (line.isEmpty())
                    continue;
                painter.drawText(QRectF(textLeft, y, textWidth, small.height() + 1), Qt::AlignLeft | Qt::AlignVCenter,
                                 small.elidedText(line.simplified(), Qt::ElideRight, textWidth));
                y += small.height() + 1;
            }
            if (l.barcode.isValid()) {
                const QRectF bars(w - barWidth, 0, barWidth, barHeight);
                l.barcode.paint(&painter, bars);
                painter.setFont(pointFont(a5 ? 7.5 : 8));
                painter.drawText(QRectF(bars.left(), barHeight + 1, barWidth, 11), Qt::AlignHCenter | Qt::AlignTop,
                                 m_doc.number);
            }
            if (options.reprint) {
                const QFont stampFont = pointFont(a5 ? 9 : 10, true);
                painter.setFont(stampFont);
                const QString stamp = tr("REPRINT");
                const qreal sw = metrics(stampFont).horizontalAdvance(stamp) + 12;
                const QRectF box(w - barWidth - sw - 10, 4, sw, 18);
                painter.setPen(QPen(QColor(0xc6, 0x28, 0x28), 1.2));
                painter.setBrush(Qt::NoBrush);
                painter.drawRect(box);
                painter.drawText(box, Qt::AlignCenter, stamp);
            }
            painter.setPen(QPen(Qt::black, 0.8));
            painter.drawLine(QPointF(0, l.headerHeight - 6), QPointF(w, l.headerHeight - 6));

            // Body: this page's slice of the document.
            painter.save();
            painter.translate(0, l.headerHeight - bodyPage * l.bodyHeight);
            QAbstractTextDocumentLayout::PaintContext ctx;
            ctx.clip = QRectF(0, bodyPage * l.bodyHeight, w, l.bodyHeight);
            ctx.palette.setColor(QPalette::Text, Qt::black);
            painter.setClipRect(ctx.clip);
            body->documentLayout()->draw(&painter, ctx);
            painter.restore();

            // Footer: when and by whom printed (or reprinted), the form and its number, page x of y.
            const qreal fy = l.paint.height() - l.footerHeight;
            painter.setPen(QPen(Qt::black, 0.5));
            painter.drawLine(QPointF(0, fy + 3), QPointF(w, fy + 3));
            painter.setFont(smallFont);
            const QString when = QLocale().toString(options.printedAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"));
            QString left = options.printedBy.isEmpty() ? tr("Printed %1").arg(when)
                           : options.station.isEmpty() ? tr("Printed %1 by %2").arg(when, options.printedBy)
                                                       : tr("Printed %1 by %2 at %3").arg(when, options.printedBy, options.station);
            if (options.reprint && options.originalIssuedAt.isValid())
                left = tr("Reprint of the copy issued %1. %2")
                           .arg(QLocale().toString(options.originalIssuedAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm")),
                                left);
            const QRectF line(0, fy + 5, w, l.footerHeight - 5);
            // Right: the form, its number and the page; left: who printed it and when, in what room is left.
            const QString right = tr("%1 %2 · Page %3 of %4").arg(m_doc.title, m_doc.number).arg(page + 1).arg(pages);
            const qreal rightWidth = qMin(small.horizontalAdvance(right) + 2, w * 0.55);
            painter.drawText(QRectF(w - rightWidth, line.top(), rightWidth, line.height()), Qt::AlignRight | Qt::AlignVCenter,
                             small.elidedText(right, Qt::ElideLeft, rightWidth));
            const qreal leftWidth = w - rightWidth - 12;
            painter.drawText(QRectF(0, line.top(), leftWidth, line.height()), Qt::AlignLeft | Qt::AlignVCenter,
                             small.elidedText(left, Qt::ElideRight, leftWidth));
        }
    }
    if (!painter.end()) {
        if (error)
            *error = tr("The printer did not accept the document.");
        return false;
    }
    return true;
}

bool FormRenderer::writePdf(const QString &path, const RenderOptions &options, QString *error) const
{
    const QString part = path + QStringLiteral(".part");
    {
        QPdfWriter writer(part);
        writer.setResolution(1200);
        writer.setCreator(QStringLiteral("DealerDesk"));
        writer.setTitle(m_doc.title + QLatin1Char(' ') + m_doc.number);
        setUp(&writer);
        RenderOptions once = options;
        once.copies = 1; // a file is one copy; copies are for paper
        if (!print(&writer, once, error)) {
            QFile::remove(part);
            return false;
        }
    }
    QString fixError;
    if (!PdfText::fixCjkRadicals(part, fontFamilies(m_doc.language).first(), &fixError)) {
        QFile::remove(part);
        if (error)
            *error = fixError;
        return false;
    }
    QFile::remove(path);
    if (!QFile::rename(part, path)) {
        QFile::remove(part);
        if (error)
            *error = tr("The PDF could not be written to %1. Check that the folder exists and you may write to it.")
                         .arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

} // namespace dd
