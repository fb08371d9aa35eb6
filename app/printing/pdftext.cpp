#include "pdftext.h"

#include <QCoreApplication>
#include <QFile>
#include <QFont>
#include <QMutex>
#include <QRawFont>

namespace dd {

QHash<char16_t, char16_t> PdfText::radicalMap(const QString &fontFamily)
{
    static QMutex mutex;
    static QHash<QString, QHash<char16_t, char16_t>> cache;
    QMutexLocker lock(&mutex);
    auto cached = cache.constFind(fontFamily);
    if (cached != cache.cend())
        return *cached;

    QFont font(fontFamily);
    font.setPixelSize(16);
    const QRawFont raw = QRawFont::fromFont(font);
    QHash<char16_t, char16_t> map;
    if (raw.isValid()) {
        QString ideographs;
        for (char16_t c = 0x4E00; c <= 0x9FFF; ++c)
            ideographs += QChar(c);
        const QList<quint32> ideographGlyphs = raw.glyphIndexesForString(ideographs);
        QHash<quint32, char16_t> byGlyph;
        for (int i = 0; i < ideographGlyphs.size(); ++i)
            if (ideographGlyphs[i] && !byGlyph.contains(ideographGlyphs[i]))
                byGlyph.insert(ideographGlyphs[i], char16_t(0x4E00 + i));
        QString radicals;
        for (char16_t c = 0x2E80; c <= 0x2FDF; ++c)
            radicals += QChar(c);
        const QList<quint32> radicalGlyphs = raw.glyphIndexesForString(radicals);
        for (int i = 0; i < radicalGlyphs.size(); ++i) {
            auto it = byGlyph.constFind(radicalGlyphs[i]);
            if (radicalGlyphs[i] && it != byGlyph.cend())
                map.insert(char16_t(0x2E80 + i), *it);
        }
    }
    cache.insert(fontFamily, map);
    return map;
}

namespace {
int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

// Replaces a <XXXX> token at `pos` (pointing at '<') when the map knows it.
bool replaceToken(QByteArray &pdf, qsizetype pos, const QHash<char16_t, char16_t> &map)
{
    if (pos + 5 >= pdf.size() || pdf[pos] != '<' || pdf[pos + 5] != '>')
        return false;
    int value = 0;
    for (int i = 1; i <= 4; ++i) {
        const int h = hexValue(pdf[pos + i]);
        if (h < 0)
            return false;
        value = value * 16 + h;
    }
    auto it = map.constFind(char16_t(value));
    if (it == map.cend())
        return false;
    const QByteArray hex = QByteArray::number(int(*it), 16).toUpper().rightJustified(4, '0');
    for (int i = 0; i < 4; ++i)
        pdf[pos + 1 + i] = hex[i];
    return true;
}
} // namespace

// Calls `line(start, text)` for each line between every `begin` marker and its `end` marker.
namespace {
template <typename LineFn>
void forEachLine(const QByteArray &pdf, const char *begin, const char *end, LineFn line)
{
    for (qsizetype from = 0;;) {
        const qsizetype b = pdf.indexOf(begin, from);
        if (b < 0)
            return;
        const qsizetype e = pdf.indexOf(end, b);
        if (e < 0)
            return;
        for (qsizetype lineStart = pdf.indexOf('\n', b) + 1; lineStart > 0 && lineStart < e;) {
            qsizetype lineEnd = pdf.indexOf('\n', lineStart);
            if (lineEnd < 0 || lineEnd > e)
                lineEnd = e;
            line(lineStart, pdf.mid(lineStart, lineEnd - lineStart));
            lineStart = lineEnd + 1;
        }
        from = e;
    }
}
} // namespace

int PdfText::rewrite(QByteArray &pdf, const QHash<char16_t, char16_t> &map)
{
    int changed = 0;
    // Lines: "<lo> <hi> [<u1> <u2> ...]" or "<lo> <hi> <start>" (a run; only a one-glyph run is safe to change).
    forEachLine(pdf, "beginbfrange", "endbfrange", [&](qsizetype start, const QByteArray &line) {
        const qsizetype bracket = line.indexOf('[');
        if (bracket >= 0) {
            for (qsizetype p = line.indexOf('<', bracket); p >= 0; p = line.indexOf('<', p + 1))
                changed += replaceToken(pdf, start + p, map) ? 1 : 0;
        } else if (line.size() >= 20 && line.mid(0, 6) == line.mid(7, 6)) {
            changed += replaceToken(pdf, start + 14, map) ? 1 : 0;
        }
    });
    // Lines: "<src> <dst>"
    forEachLine(pdf, "beginbfchar", "endbfchar", [&](qsizetype start, const QByteArray &line) {
        if (line.size() >= 13)
            changed += replaceToken(pdf, start + 7, map) ? 1 : 0;
    });
    return changed;
}

bool PdfText::fixCjkRadicals(const QString &pdfPath, const QString &fontFamily, QString *error)
{
    QFile f(pdfPath);
    if (!f.open(QIODevice::ReadWrite)) {
        if (error)
            *error = QCoreApplication::translate("dd::PdfText", "The PDF %1 could not be opened: %2")
                         .arg(pdfPath, f.errorString());
        return false;
    }
    QByteArray data = f.readAll();
    if (rewrite(data, radicalMap(fontFamily)) == 0)
        return true;
    f.seek(0);
    if (f.write(data) != data.size() || !f.flush()) {
        if (error)
            *error = QCoreApplication::translate("dd::PdfText", "The PDF %1 could not be written: %2")
                         .arg(pdfPath, f.errorString());
        return false;
    }
    return true;
}

} // namespace dd
