#pragma once
#include <QString>
#include <QStringList>

namespace dd {

// The keys a customer or vehicle is found by, computed once when it is saved and stored beside it.
namespace SearchKeys {

// Han characters to toneless pinyin syllables with ICU's Han-Latin transliteration: "张三" → {"zhang", "san"}.
// Latin words pass through lower-cased; other characters are dropped.
QStringList pinyinSyllables(const QString &name);
// "张三" → "zhangsan"
QString pinyin(const QString &name);
// "张三" → "zs"
QString initials(const QString &name);
// The name as compared when searching: half-width, lower case, no spaces.
QString nameKey(const QString &name);
// What the user typed, made comparable with the stored keys the same way.
QString normalizeQuery(const QString &text);
// "13812345678" → "87654321831"; the end of a number becomes a prefix, which an index can find.
QString reversed(const QString &text);
// The upper bound of a prefix range: every key starting with `prefix` is >= prefix and < prefixEnd(prefix).
QString prefixEnd(const QString &prefix);
// A value for LIKE with its own % _ and \ escaped (backslash is the escape character on both databases).
QString likeEscaped(const QString &s);
// A value as one FTS5 phrase, quotes doubled.
QString ftsPhrase(const QString &s);

} // namespace SearchKeys
} // namespace dd
