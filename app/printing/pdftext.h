#pragma once
#include <QHash>
#include <QString>

namespace dd {

// Qt's PDF writer builds each font's ToUnicode map by searching code points upwards for a glyph. Noto Sans
// CJK draws 车 and the radical ⻋ (U+2ECB) with one glyph, so the map says ⻋, and text copied or searched
// in the PDF (and pdftotext) reads the radical instead of the character printed. This rewrites such entries
// to the ideograph the font draws with the same glyph. Each entry keeps its length, so the file's byte
// offsets stay valid.
class PdfText
{
public:
    static bool fixCjkRadicals(const QString &pdfPath, const QString &fontFamily, QString *error = nullptr);
    // Radical code point -> the unified ideograph sharing its glyph in `fontFamily`.
    static QHash<char16_t, char16_t> radicalMap(const QString &fontFamily);
    // Rewrites the ToUnicode entries of PDF data in place; returns how many were changed.
    static int rewrite(QByteArray &pdf, const QHash<char16_t, char16_t> &map);
};

} // namespace dd
