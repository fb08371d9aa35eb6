// Which encoding a CSV file is in, decided with ICU (see csv.h for the rules).
#include <QCoreApplication>
#include <QHash>
#include <algorithm>
#include <limits>
#include <memory>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include "csv.h"

namespace dd::Csv {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(dd::Csv)
};

// One strict decoding: the text, or where the first sequence is that the encoding does not allow (and then
// the text as read with U+FFFD for each such sequence, to weigh how well the encoding fits otherwise).
struct Attempt {
    const char *name = nullptr; // as we name it to the user
    QString text;
    qsizetype badOffset = -1; // from the start of the data; -1 when it all decoded
    QByteArray badBytes;
    int unlikely = 0; // see unlikelyCharacters(); bad sequences count too
    bool ok() const { return badOffset < 0; }
};

// Converts all of `data`; false (with `source` at the stop) when the callback stopped at a bad sequence.
bool convert(UConverter *conv, const QByteArray &data, QString &out, const char *&source)
{
    // None of these encodings gives more UTF-16 units than it had bytes; twice that is room to spare.
    out = QString(2 * data.size() + 16, Qt::Uninitialized);
    auto *target = reinterpret_cast<UChar *>(out.data());
    UChar *const targetStart = target;
    source = data.constData();
    UErrorCode status = U_ZERO_ERROR;
    ucnv_toUnicode(conv, &target, targetStart + out.size(), &source, data.constData() + data.size(), nullptr, true,
                   &status);
    out.resize(target - targetStart);
    return U_SUCCESS(status);
}

int unlikelyCharacters(const QString &text);

Attempt strictDecode(const char *name, const char *icuName, const QByteArray &data)
{
    Attempt a;
    a.name = name;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, decltype(&ucnv_close)> conv(ucnv_open(icuName, &status), &ucnv_close);
    if (U_FAILURE(status)) {
        a.badOffset = 0; // ICU without this converter: the encoding cannot be read here at all
        a.unlikely = std::numeric_limits<int>::max();
        return a;
    }
    // Stop at the first byte sequence the encoding does not allow, instead of substituting U+FFFD.
    ucnv_setToUCallBack(conv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    const char *source = nullptr;
    if (!convert(conv.get(), data, a.text, source)) {
        char bad[32];
        int8_t length = sizeof bad;
        UErrorCode ignored = U_ZERO_ERROR;
        ucnv_getInvalidChars(conv.get(), bad, &length, &ignored);
        if (U_FAILURE(ignored))
            length = 0;
        a.badOffset = std::max<qsizetype>(0, (source - data.constData()) - length);
        a.badBytes = length > 0 ? QByteArray(bad, length) : data.mid(a.badOffset, 1);
        ucnv_reset(conv.get());
        status = U_ZERO_ERROR;
        ucnv_setToUCallBack(conv.get(), UCNV_TO_U_CALLBACK_SUBSTITUTE, nullptr, nullptr, nullptr, &status);
        convert(conv.get(), data, a.text, source);
    }
    a.unlikely = unlikelyCharacters(a.text);
    return a;
}

// Characters a customer list, a vehicle list or a price list does not hold, but which a file read in the
// wrong one of GB18030 and Big5 is full of: private-use code points, kana, Hangul, Bopomofo, box drawing,
// Greek and Cyrillic letters, C1 controls.
int unlikelyCharacters(const QString &text)
{
    int n = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80) {
            n += u == 0x1A; // what ICU substitutes for a bad sequence in some encodings
            continue;
        }
        n += (u >= 0xE000 && u <= 0xF8FF) || (u >= 0x3040 && u <= 0x30FF) || (u >= 0x31F0 && u <= 0x31FF) ||
             (u >= 0xFF61 && u <= 0xFF9F) || (u >= 0x1100 && u <= 0x11FF) || (u >= 0x3130 && u <= 0x318F) ||
             (u >= 0xAC00 && u <= 0xD7AF) || (u >= 0x3100 && u <= 0x312F) || (u >= 0x31A0 && u <= 0x31BF) ||
             (u >= 0x2500 && u <= 0x257F) || (u >= 0x0370 && u <= 0x04FF) || u <= 0x9F || u == 0xFFFD;
    }
    return n;
}

// ICU's charset detector: its confidence (0-100) for each encoding it considers.
QHash<QString, int> detectorConfidence(const QByteArray &data)
{
    QHash<QString, int> out;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> det(ucsdet_open(&status), &ucsdet_close);
    if (U_FAILURE(status))
        return out;
    // The first megabyte tells as much as the whole file.
    ucsdet_setText(det.get(), data.constData(), int32_t(std::min<qsizetype>(data.size(), 1 << 20)), &status);
    int32_t count = 0;
    const UCharsetMatch **matches = ucsdet_detectAll(det.get(), &count, &status);
    if (U_FAILURE(status))
        return out;
    for (int32_t i = 0; i < count; ++i) {
        UErrorCode s = U_ZERO_ERROR;
        const char *name = ucsdet_getName(matches[i], &s);
        const int confidence = ucsdet_getConfidence(matches[i], &s);
        if (U_SUCCESS(s) && name)
            out.insert(QString::fromLatin1(name), confidence);
    }
    return out;
}

// Non-ASCII sequences that are valid UTF-8 outnumber the invalid ones: a UTF-8 file with a damaged part. Real
// GB18030 or Big5 text hardly ever forms valid UTF-8 sequences (their lead bytes 0x81-0xDF are mostly UTF-8
// continuation bytes or two-byte leads their trail bytes do not fit), so this tells a damaged UTF-8 file from
// one in another encoding. Counted as ICU's UTF-8 recognizer counts: a lead byte with the continuation bytes
// that follow it is one sequence, valid when complete; a stray continuation byte is one invalid sequence.
bool mostlyUtf8(const QByteArray &data)
{
    const auto *p = reinterpret_cast<const uchar *>(data.constData());
    const qsizetype n = data.size();
    qsizetype valid = 0, invalid = 0;
    for (qsizetype i = 0; i < n;) {
        const uchar b = p[i];
        if (b < 0x80) {
            ++i;
            continue;
        }
        const int trail = b >= 0xC2 && b <= 0xDF ? 1 : b >= 0xE0 && b <= 0xEF ? 2 : b >= 0xF0 && b <= 0xF4 ? 3 : 0;
        qsizetype j = i + 1;
        int got = 0;
        while (got < trail && j < n && (p[j] & 0xC0) == 0x80) {
            ++j;
            ++got;
        }
        if (trail > 0 && got == trail)
            ++valid;
        else
            ++invalid;
        i = j;
    }
    return valid > invalid;
}

// "line 3, byte 17 of the file (bytes FF 41)"
QString where(const QByteArray &data, const Attempt &a)
{
    int line = 1;
    for (qsizetype i = 0; i < a.badOffset && i < data.size(); ++i) {
        const char c = data.at(i);
        if (c == '\n' || (c == '\r' && (i + 1 >= data.size() || data.at(i + 1) != '\n')))
            ++line;
    }
    QStringList hex;
    for (const char b : a.badBytes.left(4))
        hex << QStringLiteral("%1").arg(uchar(b), 2, 16, QLatin1Char('0')).toUpper();
    return Text::tr("line %1, byte %2 of the file (%3)")
        .arg(QString::number(line), QString::number(a.badOffset + 1), hex.join(QLatin1Char(' ')));
}

Attempt shifted(Attempt a, qsizetype by)
{
    if (!a.ok())
        a.badOffset += by;
    return a;
}
} // namespace

Decoded decode(const QByteArray &data)
{
    Decoded d;
    if (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF")) {
        d.error = Text::tr("The file is UTF-16 (\"Unicode text\"). Save it as CSV in UTF-8 (in Excel: CSV UTF-8) "
                           "and import it again.");
        return d;
    }
    if (data.startsWith("\xEF\xBB\xBF")) {
        const Attempt a = shifted(strictDecode("UTF-8", "UTF-8", data.mid(3)), 3);
        if (!a.ok()) {
            d.error = Text::tr("The file says it is UTF-8, but it is damaged at %1. Nothing was imported; save the "
                               "file again as CSV UTF-8 and import it again.")
                          .arg(where(data, a));
            return d;
        }
        d.text = a.text;
        d.encoding = QStringLiteral("UTF-8");
        return d;
    }
    const Attempt utf8 = strictDecode("UTF-8", "UTF-8", data);
    if (utf8.ok()) {
        d.text = utf8.text;
        d.encoding = QStringLiteral("UTF-8");
        return d;
    }
    if (mostlyUtf8(data)) {
        d.error = Text::tr("The file is UTF-8, but it is damaged at %1. Nothing was imported; save the file again "
                           "as CSV UTF-8 and import it again.")
                      .arg(where(data, utf8));
        return d;
    }
    // Big5 as Windows in Taiwan writes it (ICU's "Big5" alias would also take the single bytes 0x80 and 0xFF,
    // which no Big5 text holds), and Hong Kong's HKSCS extension of it, told apart by the characters only
    // HKSCS has (the other reads them as private-use code points).
    const QList<Attempt> attempts{strictDecode("GB18030", "GB18030", data),
                                  strictDecode("Big5", "ibm-1373_P100-2002", data),
                                  strictDecode("Big5-HKSCS", "ibm-1375_P100-2008", data)};
    const QHash<QString, int> confidence = detectorConfidence(data);
    auto confidenceOf = [&](const Attempt &a) {
        return confidence.value(qstrcmp(a.name, "GB18030") == 0 ? QStringLiteral("GB18030") : QStringLiteral("Big5"));
    };
    // The encoding the bytes read best in: fewest unlikely characters (a sequence the encoding does not allow
    // counts as one), then the one that decodes without error, then ICU's confidence, then the order above.
    const Attempt *best = nullptr;
    for (const Attempt &a : attempts) {
        if (!best || a.unlikely < best->unlikely ||
            (a.unlikely == best->unlikely &&
             (a.ok() != best->ok() ? a.ok() : confidenceOf(a) > confidenceOf(*best))))
            best = &a;
    }
    if (best->ok()) {
        d.text = best->text;
        d.encoding = QString::fromLatin1(best->name);
        return d;
    }
    bool anyValid = false;
    for (const Attempt &a : attempts)
        anyValid = anyValid || a.ok();
    if (anyValid) {
        // Valid in another encoding only as gibberish: a damaged file in this one.
        d.error = Text::tr("The file reads as %1 text, but it is damaged at %2. Nothing was imported; save the file "
                           "again as CSV UTF-8 and import it again.")
                      .arg(QString::fromLatin1(best->name), where(data, *best));
        return d;
    }
    // Valid in none: name the place where the encoding that got furthest broke down.
    const Attempt *furthest = &utf8;
    for (const Attempt &a : attempts)
        if (a.badOffset > furthest->badOffset)
            furthest = &a;
    d.error = Text::tr("The file is not text in UTF-8, GB18030 (GBK) or Big5: the first bytes that fit none of them "
                       "are at %1. Nothing was imported; save the file as CSV UTF-8 and import it again.")
                  .arg(where(data, *furthest));
    return d;
}

} // namespace dd::Csv
