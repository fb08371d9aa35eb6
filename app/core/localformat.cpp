#include "localformat.h"

#include <QLocale>
#include <QRegularExpression>

namespace dd::LocalFormat {

QString withoutDayPeriod(QString pattern)
{
    if (!pattern.contains(QLatin1Char('B')))
        return pattern;
    static const QRegularExpression dayPeriodHour(QStringLiteral("B+\\s*h"));
    pattern.replace(dayPeriodHour, QStringLiteral("H"));
    pattern.remove(QLatin1Char('B'));
    return pattern.trimmed();
}

QString timeFormat()
{
    return withoutDayPeriod(QLocale().timeFormat(QLocale::ShortFormat));
}

QString dateTimeFormat()
{
    return withoutDayPeriod(QLocale().dateTimeFormat(QLocale::ShortFormat));
}

QString time(const QTime &t)
{
    return t.isValid() ? QLocale().toString(t, timeFormat()) : QString();
}

QString dateTime(const QDateTime &at)
{
    return at.isValid() ? QLocale().toString(at, dateTimeFormat()) : QString();
}

QString when(const QDateTime &at, const QDate &today)
{
    if (!at.isValid())
        return {};
    const QDateTime local = at.toLocalTime();
    return local.date() == today ? time(local.time()) : dateTime(local);
}

} // namespace dd::LocalFormat
