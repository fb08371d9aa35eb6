// The suite's own clock discipline (tests/support/testzone.h): every test process starts at about 10:30
// local time, whatever the hour CI runs at, so "today" and "in two minutes" never straddle midnight.
#include <catch2/catch.hpp>

#include "support/testzone.h"

#include <QDateTime>

TEST_CASE("tests: each process runs at a pinned local time of day, in a zone chosen for the hour", "[core][tests]")
{
    if (qEnvironmentVariableIsEmpty("DD_TEST_TZ")) {
        const QTime now = QTime::currentTime();
        CHECK(now >= QTime(10, 29));
        CHECK(now < QTime(13, 0)); // a test process lives minutes, never hours
    }

    const QByteArray saved = qgetenv("TZ");
    const QDateTime base(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC);
    for (int minute = 0; minute < 1440; minute += 37) {
        const qint64 secs = base.addSecs(minute * 60 + 17).toSecsSinceEpoch();
        qputenv("TZ", dd::test::pinnedZone(secs));
        tzset();
        const QDateTime local = QDateTime::fromSecsSinceEpoch(secs, Qt::LocalTime);
        INFO("UTC minute " << minute << " zone " << qgetenv("TZ").constData());
        CHECK(local.time().hour() == 10);
        CHECK(local.time().minute() == 30);
        CHECK(local.toUTC().toSecsSinceEpoch() == secs); // the zone is consistent both ways
    }
    qputenv("TZ", saved);
    tzset();
}
