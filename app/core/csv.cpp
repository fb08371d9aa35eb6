#include "csv.h"

#include <QRegularExpression>

namespace dd::Csv {

QList<Row> parse(const QString &text)
{
    QList<Row> rows;
    Row row;
    QString field;
    bool quoted = false, fieldStarted = false;
    int line = 1;
    row.line = 1;
    auto endField = [&] {
        row.fields << field;
        field.clear();
        fieldStarted = false;
    };
    auto endRow = [&] {
        endField();
        const bool empty = row.fields.size() == 1 && row.fields.first().trimmed().isEmpty() && !row.unclosedQuote;
        if (!empty)
            rows << row;
        row = Row();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        // CRLF, LF and a lone CR each end one line.
        const bool lineBreak = c == QLatin1Char('\n') || c == QLatin1Char('\r');
        if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
            ++i;
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else if (lineBreak) {
                ++line;
                field += QLatin1Char('\n');
            } else {
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted && field.isEmpty()) {
            quoted = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            endField();
        } else if (lineBreak) {
            endRow();
            ++line;
            row.line = line;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    row.unclosedQuote = quoted;
    if (fieldStarted || !field.isEmpty() || !row.fields.isEmpty())
        endRow();
    return rows;
}

QString excerpt(const QString &text, int max)
{
    const QString s = text.simplified();
    if (s.size() <= max)
        return s;
    return s.left(max) + QChar(0x2026); // …
}

QString field(const QString &value)
{
    QString v = value;
    static const QRegularExpression plainNumber(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?$"));
    if (!v.isEmpty()) {
        const QChar first = v.at(0);
        const bool formulaStart = first == QLatin1Char('=') || first == QLatin1Char('+') ||
                                  first == QLatin1Char('-') || first == QLatin1Char('@') ||
                                  first == QLatin1Char('\t') || first == QLatin1Char('\r');
        if (formulaStart && !plainNumber.match(v).hasMatch())
            v.prepend(QLatin1Char('\''));
    }
    if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n')) ||
        v.contains(QLatin1Char('\r')))
        v = QLatin1Char('"') + v.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return v;
}

QString line(const QStringList &fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString &f : fields)
        out << field(f);
    return out.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

} // namespace dd::Csv
