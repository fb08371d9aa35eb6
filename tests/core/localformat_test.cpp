#include <QLocale>
#include <catch2/catch.hpp>

#include "core/localformat.h"

using namespace dd;

TEST_CASE("times never show a day period Qt cannot write", "[core][format]")
{
    CHECK(LocalFormat::withoutDayPeriod(QStringLiteral("Bh:mm")) == QStringLiteral("H:mm"));
    CHECK(LocalFormat::withoutDayPeriod(QStringLiteral("yyyy/M/d Bh:mm")) == QStringLiteral("yyyy/M/d H:mm"));
    CHECK(LocalFormat::withoutDayPeriod(QStringLiteral("HH:mm")) == QStringLiteral("HH:mm"));
    CHECK(LocalFormat::withoutDayPeriod(QStringLiteral("h:mm AP")) == QStringLiteral("h:mm AP"));

    const QLocale before;
    for (const char *name : {"zh_TW", "zh_CN", "en_US"}) {
        QLocale::setDefault(QLocale(QString::fromLatin1(name)));
        INFO(name);
        const QString t = LocalFormat::time(QTime(17, 30));
        CHECK_FALSE(t.contains(QLatin1Char('B')));
        CHECK((t.contains(QStringLiteral("17:30")) || t.contains(QStringLiteral("5:30"))));
        CHECK_FALSE(LocalFormat::dateTime(QDateTime(QDate(2026, 11, 22), QTime(9, 5))).contains(QLatin1Char('B')));
    }
    QLocale::setDefault(QLocale(QStringLiteral("zh_TW")));
    CHECK(LocalFormat::time(QTime(17, 30)) == QStringLiteral("17:30"));
    CHECK(LocalFormat::time(QTime()).isEmpty());
    QLocale::setDefault(before);
}
