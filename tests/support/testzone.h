#pragma once
// Every test process runs at a pinned local time of day, so no test depends on when CI happens to run.
// The desk's rules are about local days ("today's arrivals", "tomorrow's calls", "an appointment in two
// minutes"), and a run at 23:58 used to book into tomorrow and fail. The process's time zone is set to a
// fixed offset under which the local clock reads about 10:30 at start; the clock still ticks. Because the
// offset differs from hour to hour, the suite also exercises "stored in UTC, shown in local time" under
// many zones. DD_TEST_TZ=<POSIX TZ> (e.g. Asia/Shanghai or XXX+0:02) runs the suite in a chosen zone,
// which reproduces a failure seen at another time of day. Subprocesses (the dealerdesk binary in CLI
// tests) inherit the zone.

#include <QByteArray>
#include <QDateTime>
#include <QtGlobal>

#include <cstdlib>
#include <ctime>

namespace dd::test {

inline QByteArray pinnedZone(qint64 utcSecs, int localMinutes = 10 * 60 + 30)
{
    const int utcMinutes = int((utcSecs / 60) % 1440);
    int offset = localMinutes - utcMinutes; // local = UTC + offset
    while (offset > 720)
        offset -= 1440;
    while (offset <= -720)
        offset += 1440;
    // POSIX TZ "NAME-hh:mm" means UTC + hh:mm.
    const int magnitude = std::abs(offset);
    return QByteArrayLiteral("DDT") + (offset >= 0 ? "-" : "+") + QByteArray::number(magnitude / 60) + ':'
        + QByteArray::number(magnitude % 60).rightJustified(2, '0');
}

inline void pinLocalTimeOfDay()
{
    const QByteArray chosen = qgetenv("DD_TEST_TZ");
    qputenv("TZ", chosen.isEmpty() ? pinnedZone(QDateTime::currentSecsSinceEpoch()) : chosen);
    tzset();
}

} // namespace dd::test
