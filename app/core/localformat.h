#pragma once
#include <QDateTime>
#include <QString>

namespace dd {

// Times for people, in the current locale's short form. Qt 6.4 takes zh_TW's pattern "Bh:mm" from CLDR but
// cannot write the day period "B" and prints a literal B ("B17:30"); such patterns become 24-hour ones.
namespace LocalFormat {
QString timeFormat();
QString dateTimeFormat();
QString time(const QTime &time);
// `at` as given: convert UTC to local time first.
QString dateTime(const QDateTime &at);
// For lists and labels: the local time alone when it falls today, else with its date (UTC or local in).
QString when(const QDateTime &at, const QDate &today = QDate::currentDate());
// Repairs one pattern: "Bh:mm" -> "H:mm". Exposed for the tests.
QString withoutDayPeriod(QString pattern);
} // namespace LocalFormat

} // namespace dd
