#pragma once
#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace dd::Csv {

// Files from old systems come as UTF-8 (with or without BOM) or as GBK/GB18030 (Excel on a Chinese Windows).
// Returns the text and the encoding found ("UTF-8" or "GB18030").
QString decode(const QByteArray &data, QString *encoding = nullptr);
// RFC 4180: comma separated, fields in double quotes may hold commas, quotes ("") and line breaks.
// Empty lines are skipped. Each row keeps the physical line it started on (from 1).
struct Row {
    int line = 0;
    QStringList fields;
};
QList<Row> parse(const QString &text);

} // namespace dd::Csv
