#include "searchkeys.h"

#include <memory>

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include "core/identifiers.h"

namespace dd::SearchKeys {

namespace {
// ICU transliterators are not thread-safe: one per thread, made on first use.
icu::Transliterator *hanLatin()
{
    thread_local std::unique_ptr<icu::Transliterator> t = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> made(icu::Transliterator::createInstance(
            icu::UnicodeString::fromUTF8("Han-Latin/Names; Latin-ASCII; Lower"), UTRANS_FORWARD, status));
        if (U_FAILURE(status)) {
            status = U_ZERO_ERROR;
            made.reset(icu::Transliterator::createInstance(icu::UnicodeString::fromUTF8("Han-Latin; Latin-ASCII; Lower"),
                                                           UTRANS_FORWARD, status));
        }
        if (U_FAILURE(status))
            made.reset();
        return made;
    }();
    return t.get();
}
} // namespace

QStringList pinyinSyllables(const QString &name)
{
    QString text;
    // Separate Han characters so each becomes its own syllable, also next to Latin letters.
    for (QChar c : toHalfWidth(name)) {
        if (c.script() == QChar::Script_Han)
            text += QLatin1Char(' ') + c + QLatin1Char(' ');
        else
            text += c;
    }
    QString latin = text.toLower();
    if (icu::Transliterator *t = hanLatin()) {
        icu::UnicodeString u(reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()));
        t->transliterate(u);
        latin = QString(reinterpret_cast<const QChar *>(u.getBuffer()), u.length());
    }
    QStringList out;
    QString word;
    for (QChar c : latin) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))) {
            word += c;
        } else if (!word.isEmpty()) {
            out << word;
            word.clear();
        }
    }
    if (!word.isEmpty())
        out << word;
    return out;
}

QString pinyin(const QString &name)
{
    return pinyinSyllables(name).join(QString());
}

QString initials(const QString &name)
{
    QString out;
    for (const QString &s : pinyinSyllables(name))
        out += s.at(0);
    return out;
}

QString nameKey(const QString &name)
{
    QString out;
    for (QChar c : toHalfWidth(name))
        if (!c.isSpace())
            out += c.toLower();
    return out;
}

QString normalizeQuery(const QString &text)
{
    return nameKey(text);
}

QString reversed(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (auto it = text.crbegin(); it != text.crend(); ++it)
        out += *it;
    return out;
}

QString prefixEnd(const QString &prefix)
{
    // U+10FFFF sorts after every character a key can hold, in SQLite's BINARY and PostgreSQL's "C" collation
    // (both compare UTF-8 bytes).
    static const char32_t last = 0x10FFFF;
    return prefix + QString::fromUcs4(&last, 1);
}

QString likeEscaped(const QString &s)
{
    QString out = s;
    out.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    out.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    out.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return out;
}

QString ftsPhrase(const QString &s)
{
    QString out = s;
    out.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

} // namespace dd::SearchKeys
