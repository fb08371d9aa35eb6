// The appointment book as a timeline per advisor and bay (issue 17, point 1), and dates and times typed as a
// user types them.
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QSpinBox>
#include <QTableView>

#include "uitest.h"
#include "core/appointment.h"
#include "store/appointmentstore.h"
#include "ui/appointmentdialog.h"
#include "ui/appointmentspage.h"
#include "ui/daytimeline.h"
#include "ui/uihelpers.h"

using namespace uitest;

TEST_CASE("appointments: the timeline has a lane per advisor and per bay, every booking in both, the free times green",
          "[ui][appointments]")
{
    Shop shop;
    shop.ctx.session = shop.as(QStringLiteral("advisor"), {Role::ServiceAdvisor});
    AppointmentStore store(*shop.db);
    AppointmentsPage page(shop.ctx);
    page.resize(1400, 900);
    page.show();
    const QDate tomorrow = QDate::currentDate().addDays(1);
    page.setDay(tomorrow);
    auto *timeline = child<DayTimeline>(&page, "timeline");
    auto *day = child<QTableView>(&page, "dayTable");
    const QList<Appointment> booked = store.day(tomorrow);
    REQUIRE(booked.size() >= 4);

    // Lanes: every active advisor, then every bay.
    int advisors = 0, bays = 0;
    for (int l = 0; l < timeline->laneCount(); ++l)
        (timeline->laneIsBay(l) ? bays : advisors)++;
    CHECK(bays == int(store.bays().size()));
    CHECK(advisors >= 2);
    for (int l = 1; l < timeline->laneCount(); ++l)
        CHECK_FALSE((timeline->laneIsBay(l - 1) && !timeline->laneIsBay(l))); // advisors first

    // Each booking that takes time shows once in its advisor's lane and once in its bay's, where its time is.
    for (const Appointment &a : booked) {
        if (!AppointmentRules::takesTime(a))
            continue;
        int inAdvisor = 0, inBay = 0;
        for (int l = 0; l < timeline->laneCount(); ++l) {
            if (!timeline->bookingsIn(l).contains(a.id))
                continue;
            const QRect r = timeline->blockRect(l, a.id);
            CHECK(r.width() > 10);
            CHECK(timeline->toolTipAt(r.center()).contains(a.number));
            if (timeline->laneIsBay(l)) {
                ++inBay;
                CHECK(timeline->laneName(l) == (a.bayName.isEmpty() ? QStringLiteral("(no bay yet)") : a.bayName));
            } else {
                ++inAdvisor;
                CHECK(timeline->laneName(l) == (a.advisorName.isEmpty() ? QStringLiteral("(any advisor)") : a.advisorName));
            }
        }
        INFO(a.number.toStdString());
        CHECK(inAdvisor == 1);
        CHECK(inBay == 1);
    }

    // The free times are those the load table lists, and they say so under the mouse.
    QList<qint64> overbooked;
    const QList<ResourceLoad> load = AppointmentRules::load(booked, &overbooked);
    bool sawFree = false;
    for (int l = 0; l < timeline->laneCount(); ++l) {
        for (const ResourceLoad &r : load)
            if (r.name == timeline->laneName(l) && (r.kind == ResourceLoad::Kind::Bay) == timeline->laneIsBay(l))
                CHECK(timeline->freeIn(l) == AppointmentRules::freeSlots(r, tomorrow, shop.ctx.dealership.load().workshopHours));
        for (int s = 0; s < timeline->freeIn(l).size(); ++s) {
            const QRect f = timeline->freeRect(l, s);
            if (f.width() < 8)
                continue;
            const QString tip = timeline->toolTipAt(f.center());
            CHECK(tip.contains(QStringLiteral("is free")));
            CHECK(tip.contains(timeline->freeIn(l).at(s).first.toString(QStringLiteral("HH:mm"))));
            sawFree = true;
        }
    }
    CHECK(sawFree);

    // A click on a block chooses that booking in the list too; the list's choice shows on the timeline.
    int lane = -1;
    for (int l = 0; l < timeline->laneCount() && lane < 0; ++l)
        if (timeline->bookingsIn(l).size() >= 2)
            lane = l;
    REQUIRE(lane >= 0);
    const QList<qint64> ids = timeline->bookingsIn(lane);
    QTest::mouseClick(timeline, Qt::LeftButton, {}, timeline->blockRect(lane, ids.at(0)).center());
    CHECK(timeline->current() == ids.at(0));
    CHECK(ui::selectedKey(day) == ids.at(0));
    REQUIRE(page.selectAppointment(ids.at(1)));
    CHECK(timeline->current() == ids.at(1));

    // The keyboard: Left goes back in the lane, Down to the nearest booking in the lane below, Enter opens it.
    timeline->setFocus();
    QTest::keyClick(timeline, Qt::Key_Left);
    CHECK(timeline->current() == ids.at(0));
    CHECK(ui::selectedKey(day) == ids.at(0));
    QTest::keyClick(timeline, Qt::Key_End);
    CHECK(timeline->current() == ids.last());
    const int before = timeline->currentLane();
    QTest::keyClick(timeline, Qt::Key_Down);
    CHECK(timeline->currentLane() > before);
    CHECK(ui::selectedKey(day) == timeline->current());
    const qint64 chosen = timeline->current();
    qint64 opened = 0;
    whenModal<AppointmentDialog>([&](AppointmentDialog *d) {
        opened = chosen;
        CHECK(d->windowTitle().contains(store.byId(chosen)->number));
        d->reject();
    });
    QTest::keyClick(timeline, Qt::Key_Return);
    CHECK(opened == chosen);
}

TEST_CASE("appointments: a booking nobody is assigned to has its own lane, overlapping ones stack, a day off is grey",
          "[ui][appointments]")
{
    Shop shop;
    DayTimeline timeline;
    timeline.resize(1000, 300);
    const QDate day = QDate::currentDate().addDays(3);
    WorkshopHours hours; // 08:30–18:00
    const auto at = [&](int h, int m) { return QDateTime(day, QTime(h, m)).toUTC(); };
    Appointment a, b, c;
    a.id = 1, a.number = QStringLiteral("AP1"), a.startsAt = at(9, 0), a.durationMin = 90, a.advisorId = 7,
    a.advisorName = QStringLiteral("王芳"), a.bayId = 0, a.vehicleLabel = QStringLiteral("京A12345 大众");
    b = a, b.id = 2, b.number = QStringLiteral("AP2"), b.startsAt = at(10, 0), b.bayId = 3, b.bayName = QStringLiteral("1号工位");
    c = a, c.id = 3, c.number = QStringLiteral("AP3"), c.startsAt = at(14, 0), c.advisorId = 0, c.advisorName.clear();
    const QList<Appointment> list{a, b, c};
    QList<qint64> overbooked;
    const QList<ResourceLoad> load = AppointmentRules::load(list, &overbooked);
    timeline.setDay(day, hours, load, list, overbooked, 30, QDateTime::currentDateTimeUtc());
    // Lanes: 王芳, (any advisor), 1号工位, (no bay yet)
    REQUIRE(timeline.laneCount() == 4);
    CHECK(timeline.laneName(1) == QStringLiteral("(any advisor)"));
    CHECK(timeline.bookingsIn(1) == QList<qint64>{3});
    CHECK(timeline.laneName(3) == QStringLiteral("(no bay yet)"));
    CHECK(timeline.bookingsIn(3) == (QList<qint64>{1, 3}));
    // 王芳 has AP1 09:00–10:30 and AP2 10:00–11:30: overbooked, stacked one above the other.
    CHECK(overbooked.contains(1));
    const QRect r1 = timeline.blockRect(0, 1), r2 = timeline.blockRect(0, 2);
    CHECK(r2.top() > r1.top());
    CHECK(r2.left() < r1.right());
    CHECK(timeline.toolTipAt(r1.center()).contains(QStringLiteral("Overbooked")));
    // Her free time: before nine, then from 11:30 to closing.
    CHECK(timeline.freeIn(0) == (QList<QPair<QTime, QTime>>{{QTime(8, 30), QTime(9, 0)}, {QTime(11, 30), QTime(18, 0)}}));
    CHECK(timeline.freeRect(0, 1).left() > r2.right() - 2);

    // A day off has no free time and says it is closed.
    hours.daysOff = {day.dayOfWeek()};
    timeline.setDay(day, hours, load, list, overbooked, 30, QDateTime::currentDateTimeUtc());
    CHECK(timeline.freeIn(0).isEmpty());
    const QPoint evening(timeline.width() - 10, timeline.blockRect(0, 1).top() + 2);
    CHECK(timeline.toolTipAt(evening) == QStringLiteral("The workshop is closed on this day."));
}

TEST_CASE("appointments: the date and time are typed after the label's shortcut, with or without separators",
          "[ui][appointments]")
{
    Shop shop;
    AppointmentStore store(*shop.db);
    const Appointment existing = store.day(QDate::currentDate().addDays(1)).first();
    AppointmentDialog d(shop.ctx, existing);
    d.show();
    QApplication::setActiveWindow(&d);
    auto *start = child<QDateTimeEdit>(&d, "startEdit");
    auto *duration = child<QSpinBox>(&d, "durationSpin");
    const QDate target = QDate::currentDate().addDays(5);
    const QString ymd = target.toString(QStringLiteral("yyyy-MM-dd"));

    const auto typed = [&](Qt::FocusReason reason, const QString &keys) {
        duration->setFocus(Qt::OtherFocusReason);
        start->setDateTime(QDateTime(QDate::currentDate().addDays(1), QTime(9, 0)));
        start->setFocus(reason); // Alt+D on its label focuses it with this reason
        QTest::keyClicks(start, keys);
        return start->dateTime();
    };
    // Qt alone left the cursor at the end after Alt+D, so typing did nothing; and took "2026-12-05 14:30" as
    // 12 December 05:14, because each separator skipped the section it had already moved to.
    CHECK(typed(Qt::ShortcutFocusReason, ymd + QStringLiteral(" 14:30")) == QDateTime(target, QTime(14, 30)));
    CHECK(typed(Qt::OtherFocusReason, ymd + QStringLiteral(" 14:30")) == QDateTime(target, QTime(14, 30)));
    CHECK(typed(Qt::TabFocusReason, target.toString(QStringLiteral("yyyyMMdd")) + QStringLiteral("0930")) == QDateTime(target, QTime(9, 30)));
    // One-digit day and hour, as people write them.
    const QDate ninth(target.year() + 1, 3, 9);
    CHECK(typed(Qt::ShortcutFocusReason, ninth.toString(QStringLiteral("yyyy-M-d")) + QStringLiteral(" 9:05"))
          == QDateTime(ninth, QTime(9, 5)));
    // A separator after a section not yet full moves on, as before: "12-1" is December, then the 1st.
    const QDate first(target.year() + 1, 12, 1);
    CHECK(typed(Qt::ShortcutFocusReason, first.toString(QStringLiteral("yyyy")) + QStringLiteral("-12-1 8:00"))
          == QDateTime(first, QTime(8, 0)));

    // The arrow keys step the section under the cursor: the year is selected first, Up adds one.
    typed(Qt::ShortcutFocusReason, QString());
    QTest::keyClick(start, Qt::Key_Up);
    CHECK(start->dateTime() == QDateTime(QDate::currentDate().addDays(1).addYears(1), QTime(9, 0)));
    d.reject();
}
