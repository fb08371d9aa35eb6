#include <catch2/catch.hpp>

#include "core/appointment.h"

using namespace dd;

namespace {
Appointment at(qint64 id, int hour, int minute, int duration, qint64 advisor, qint64 bay,
               const QString &state = QStringLiteral("booked"))
{
    Appointment a;
    a.id = id;
    a.startsAt = QDateTime(QDate(2026, 11, 23), QTime(hour, minute), Qt::UTC);
    a.durationMin = duration;
    a.advisorId = advisor;
    a.advisorName = advisor == 1 ? QStringLiteral("王芳") : QStringLiteral("李强");
    a.bayId = bay;
    a.bayName = QStringLiteral("Bay %1").arg(bay);
    a.state = state;
    return a;
}
} // namespace

TEST_CASE("a day's load per advisor and bay shows overbooking", "[core][appointments]")
{
    const QList<Appointment> day{
        at(1, 9, 0, 60, 1, 10),                              // 王芳, bay 10, 9:00-10:00
        at(2, 9, 30, 60, 1, 11),                             // 王芳 again at 9:30: the advisor is overbooked
        at(3, 10, 0, 120, 2, 10),                            // bay 10 from 10:00: touches, does not overlap
        at(4, 9, 15, 30, 2, 10, QStringLiteral("cancelled")), // cancelled: takes no time
        at(5, 11, 0, 60, 2, 0, QStringLiteral("arrived")),    // arrived: still takes the advisor's time
    };
    QList<qint64> overbooked;
    const QList<ResourceLoad> load = AppointmentRules::load(day, &overbooked);
    REQUIRE(load.size() == 4); // two advisors, then two bays
    CHECK(load.at(0).kind == ResourceLoad::Kind::Advisor);
    CHECK(load.at(0).name == QStringLiteral("李强"));
    CHECK(load.at(0).appointments == 2);
    CHECK(load.at(0).minutes == 180);
    CHECK(load.at(0).overlaps == 2); // 10:00-12:00 and the arrived 11:00 one overlap each other
    CHECK(load.at(1).name == QStringLiteral("王芳"));
    CHECK(load.at(1).appointments == 2);
    CHECK(load.at(1).overlaps == 2);
    CHECK(load.at(2).kind == ResourceLoad::Kind::Bay);
    CHECK(load.at(2).name == QStringLiteral("Bay 10"));
    CHECK(load.at(2).appointments == 2);
    CHECK(load.at(2).minutes == 180);
    CHECK(load.at(2).overlaps == 0);
    CHECK(load.at(3).appointments == 1);
    CHECK(overbooked == QList<qint64>{1, 2, 3, 5});
}

TEST_CASE("an appointment needing parts asks at least half their price as deposit", "[core][appointments]")
{
    CHECK(AppointmentRules::minimumDeposit(260000) == 130000);
    CHECK(AppointmentRules::minimumDeposit(1) == 1);
    Appointment a = at(0, 9, 0, 60, 1, 10);
    a.customerId = 1;
    a.vehicleId = 1;
    a.partsPriceFen = 100000;
    a.depositFen = 40000;
    const QDateTime now(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC);
    const Validation v = AppointmentRules::validate(a, now);
    REQUIRE_FALSE(v.ok());
    CHECK(v.errors.join(QString()).contains(QStringLiteral("500.00")));
    a.depositFen = 50000;
    CHECK(AppointmentRules::validate(a, now).ok());
}

TEST_CASE("the booked time against the arrival: on time, early or late in words", "[core][appointments]")
{
    const QDateTime booked = QDateTime(QDate(2026, 11, 22), QTime(9, 0)).toUTC();
    CHECK(AppointmentRules::punctuality(booked, booked.addSecs(8 * 60)) == QStringLiteral("on time"));
    CHECK(AppointmentRules::punctuality(booked, booked.addSecs(-25 * 60)) == QStringLiteral("25 min early"));
    CHECK(AppointmentRules::punctuality(booked, booked.addSecs(9 * 3600 + 30 * 60)) == QStringLiteral("9 h 30 min late"));
    CHECK(AppointmentRules::punctuality(booked, booked.addSecs(2 * 3600)) == QStringLiteral("2 h late"));
}

TEST_CASE("the appointment book: free times per advisor and bay inside the workshop's hours", "[core][appointment]")
{
    const QDate day(2026, 11, 23); // a Monday
    Appointment a;
    a.id = 1;
    a.advisorId = 7;
    a.advisorName = QStringLiteral("王芳");
    a.bayId = 3;
    a.bayName = QStringLiteral("1 号工位");
    a.startsAt = QDateTime(day, QTime(9, 0)).toUTC();
    a.durationMin = 90;
    Appointment b = a;
    b.id = 2;
    b.bayId = 0;
    b.startsAt = QDateTime(day, QTime(14, 0)).toUTC();
    b.durationMin = 60;
    const QList<ResourceLoad> load =
        AppointmentRules::load({a, b}, nullptr, {{7, QStringLiteral("王芳")}, {8, QStringLiteral("李娜")}},
                               {{3, QStringLiteral("1 号工位")}, {4, QStringLiteral("2 号工位")}});
    REQUIRE(load.size() == 4); // both advisors and both bays, also the free ones
    WorkshopHours hours;       // 08:30-18:00
    const ResourceLoad &wang = load[0].id == 7 ? load[0] : load[1];
    CHECK(AppointmentRules::freeSlotsText(AppointmentRules::freeSlots(wang, day, hours)) ==
          QStringLiteral("08:30–09:00, 10:30–14:00, 15:00–18:00"));
    const ResourceLoad &li = load[0].id == 8 ? load[0] : load[1];
    CHECK(AppointmentRules::freeSlotsText(AppointmentRules::freeSlots(li, day, hours)) == QStringLiteral("08:30–18:00"));
    hours.daysOff = {1};
    CHECK(AppointmentRules::freeSlots(li, day, hours).isEmpty()); // closed on Mondays
}
