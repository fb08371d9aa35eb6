#pragma once
#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace dd::Csv {

// Files from old systems come as UTF-8 (with or without BOM), as GBK/GB18030 (Excel on a mainland Chinese
// Windows) or as Big5 (Taiwan; Hong Kong with its HKSCS characters). ICU's charset detector and strict ICU converters decide
// (csvencoding.cpp):
// - a UTF-8 BOM, or bytes that are valid UTF-8 throughout, are UTF-8;
// - bytes that are mostly valid UTF-8 with a damaged part are refused, never read as another encoding
//   (that is how one bad byte used to turn a whole UTF-8 file into GB18030 gibberish);
// - otherwise of GB18030, Big5 and Big5-HKSCS the one the bytes read best in wins: fewest characters a name or
//   price list never holds (private-use code points, kana, ...; a byte sequence the encoding does not allow
//   counts as one), then the one that decodes without error, then ICU's confidence, then that order. When the
//   winner has a bad sequence, the file is a damaged one in that encoding and is refused: a damaged Big5 file
//   may well be valid GB18030, as gibberish;
// - bytes valid in none of them are refused, naming the line and byte of the first bad sequence.
struct Decoded {
    QString text;
    QString encoding; // "UTF-8", "GB18030", "Big5" or "Big5-HKSCS"; empty when refused
    QString error;    // why the file is refused, in the user's language; empty when it decoded
    bool ok() const { return error.isEmpty(); }
};
Decoded decode(const QByteArray &data);

// RFC 4180: comma separated, fields in double quotes may hold commas, quotes ("") and line breaks.
// Lines end in CRLF, LF or a lone CR (old Mac and Excel files). Empty lines are skipped. Each row keeps the
// physical line it started on (from 1).
struct Row {
    int line = 0;
    QStringList fields;
    bool unclosedQuote = false; // a quoted field of this row runs to the end of the file
};
QList<Row> parse(const QString &text);

// Text from a file as a message quotes it: on one line, at most `max` characters (then "…"), so that an
// error never echoes a whole file.
QString excerpt(const QString &text, int max = 60);

// Writing CSV for a spreadsheet (every export goes through these). A field is quoted when it holds a comma,
// a quote or a line break. A field starting with = + - @ tab or carriage return (OWASP's list of what
// starts a formula) gets a leading apostrophe so that Excel or WPS shows it as text and never runs it; a
// plain number such as -738.00 stays a number.
QString field(const QString &value);
QString line(const QStringList &fields); // the fields, comma separated, ending in CRLF

} // namespace dd::Csv
