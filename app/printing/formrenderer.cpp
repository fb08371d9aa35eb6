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
#include <QTextDocument>
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

struct FormRenderer::Layout {
    QImage device = pointDevice();
    QTextDocument doc;
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

    l.doc.documentLayout()->setPaintDevice(&l.device);
    l.doc.setUseDesignMetrics(true);
    l.doc.setDocumentMargin(0);
    l.doc.setDefaultFont(font(m_doc.language, 8.5));
    l.doc.setDefaultStyleSheet(HtmlTemplate::styleSheet());
    for (auto it = m_doc.images.cbegin(); it != m_doc.images.cend(); ++it)
        l.doc.addResource(QTextDocument::ImageResource, QUrl(it.key()), QImage::fromData(it.value(), "PNG"));
    l.doc.setHtml(m_doc.html);
    l.doc.setPageSize(QSizeF(l.paint.width(), l.bodyHeight));
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
    return m_layout->doc.pageCount();
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
    for (int copy = 0; copy < copies; ++copy) {
        for (int page = 0; page < pages; ++page) {
            if (copy || page)
                device->newPage();

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
            painter.translate(0, l.headerHeight - page * l.bodyHeight);
            QAbstractTextDocumentLayout::PaintContext ctx;
            ctx.clip = QRectF(0, page * l.bodyHeight, w, l.bodyHeight);
            ctx.palette.setColor(QPalette::Text, Qt::black);
            painter.setClipRect(ctx.clip);
            l.doc.documentLayout()->draw(&painter, ctx);
            painter.restore();

            // Footer: when and by whom printed (or reprinted), the form and its number, page x of y.
            const qreal fy = l.paint.height() - l.footerHeight;
            painter.setPen(QPen(Qt::black, 0.5));
            painter.drawLine(QPointF(0, fy + 3), QPointF(w, fy + 3));
            painter.setFont(smallFont);
            const QString when = QLocale().toString(options.printedAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"));
            QString left = options.printedBy.isEmpty() ? tr("Printed %1").arg(when)
                                                       : tr("Printed %1 by %2").arg(when, options.printedBy);
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
