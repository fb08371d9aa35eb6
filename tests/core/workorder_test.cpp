#include <QDateTime>
#include <catch2/catch.hpp>

#include "core/settlement.h"
#include "core/workorder.h"

using namespace dd;

namespace {
QString q(const char *s) { return QString::fromUtf8(s); }

WorkOrderLine labor(const char *text, int centiHours, Fen rate, const char *technician = "")
{
    WorkOrderLine l;
    l.kind = QStringLiteral("labor");
    l.description = q(text);
    l.centiHours = centiHours;
    l.rateFen = rate;
    l.technicianName = q(technician);
    return l;
}

WorkOrderLine part(const char *text, qint64 milli, Fen unit, const char *source = "oem")
{
    WorkOrderLine l;
    l.kind = QStringLiteral("part");
    l.description = q(text);
    l.quantityMilli = milli;
    l.unitPriceFen = unit;
    l.partSource = QString::fromLatin1(source);
    return l;
}

// A work order that meets every gate of every transition.
WorkOrder complete(const QString &state)
{
    WorkOrder o;
    o.state = state;
    o.type = QStringLiteral("repair");
    o.repairCategory = QStringLiteral("minor");
    o.promisedAt = QDateTime(QDate(2026, 11, 22), QTime(17, 30), Qt::UTC);
    Concern c;
    c.text = q("刹车异响");
    c.cause = q("前刹车片磨损到限");
    c.correction = q("更换前刹车片");
    o.concerns << c;
    o.lines << labor("更换前刹车片", 80, 36000, "李师傅") << part("前刹车片", 1000, 45000);
    return o;
}

TransitionInput fullInput()
{
    return {q("车间主管 赵强"), q("质检员 孙丽"), q("左前轮仍有异响"), q("客户改约"), DeliveryRules::pickupItems()};
}
} // namespace

TEST_CASE("every transition is legal from its states only, and complete work passes its gate", "[core][workorder]")
{
    for (const QString &t : WorkOrderRules::transitions()) {
        const QStringList from = WorkOrderRules::fromStates(t);
        REQUIRE_FALSE(from.isEmpty());
        REQUIRE(WorkOrderRules::states().contains(WorkOrderRules::toState(t)));
        for (const QString &s : WorkOrderRules::states()) {
            INFO(t.toStdString() << " from " << s.toStdString());
            WorkOrder o = complete(s);
            if (t == QLatin1String("await_approval"))
                o.pendingFindings = 1; // the one gate that wants something open
            const QStringList b = WorkOrderRules::blockers(o, t, fullInput());
            if (from.contains(s)) {
                INFO(b.join(QStringLiteral("; ")).toStdString());
                CHECK(b.isEmpty());
            } else {
                REQUIRE(b.size() == 1);
                CHECK(b.first().contains(WorkOrderRules::stateName(s).toLower()));
            }
        }
    }
    // The flow from draft to delivered, and the dead ends.
    QString state = QStringLiteral("draft");
    for (const char *t : {"authorize", "dispatch", "start", "submit_qc", "qc_fail", "submit_qc", "qc_pass", "settle", "deliver"})
        state = WorkOrderRules::toState(QString::fromLatin1(t));
    CHECK(state == QStringLiteral("delivered"));
    for (const QString &t : WorkOrderRules::transitions()) {
        CHECK_FALSE(WorkOrderRules::fromStates(t).contains(QStringLiteral("delivered")));
        CHECK_FALSE(WorkOrderRules::fromStates(t).contains(QStringLiteral("cancelled")));
    }
    CHECK_FALSE(WorkOrderRules::fromStates(QStringLiteral("cancel")).contains(QStringLiteral("ready")));
    CHECK(WorkOrderRules::blockers(complete(QStringLiteral("draft")), QStringLiteral("fly")).size() == 1);
}

TEST_CASE("a refused transition names exactly what is missing", "[core][workorder]")
{
    WorkOrder o;
    o.concerns << Concern{};
    QStringList b = WorkOrderRules::blockers(o, QStringLiteral("authorize"));
    CHECK(b.contains(WorkOrderRules::tr("the work-order type")));
    CHECK(b.contains(WorkOrderRules::tr("the repair category")));
    CHECK(b.contains(WorkOrderRules::tr("at least one concern in the customer's words")));
    CHECK(b.contains(WorkOrderRules::tr("at least one approved line in the estimate")));
    CHECK(b.contains(WorkOrderRules::tr("the promised completion time")));

    // A reconditioned part needs written consent.
    o = complete(QStringLiteral("draft"));
    o.lines << part("发电机（修复件）", 1000, 80000, "reconditioned");
    b = WorkOrderRules::blockers(o, QStringLiteral("authorize"));
    REQUIRE(b.size() == 1);
    CHECK(b.first().contains(q("发电机")));
    o.lines.last().consentRecorded = true;
    CHECK(WorkOrderRules::blockers(o, QStringLiteral("authorize")).isEmpty());

    // Dispatch: a technician on every approved labor line, and who received the car.
    o = complete(QStringLiteral("open"));
    o.lines << labor("四轮定位", 50, 36000);
    WorkOrderLine declined = labor("更换雨刮", 10, 36000);
    declined.status = QStringLiteral("declined");
    declined.reason = q("客户自行更换");
    o.lines << declined;
    b = WorkOrderRules::blockers(o, QStringLiteral("dispatch"));
    CHECK(b.size() == 2);
    CHECK(b.contains(WorkOrderRules::tr("a technician for \"%1\"").arg(q("四轮定位"))));
    CHECK(b.contains(WorkOrderRules::tr("the workshop person receiving the car")));

    // Quality check: every concern corrected or found without fault; an inspector; notes on a fail.
    o = complete(QStringLiteral("in_progress"));
    o.concerns.first().correction.clear();
    CHECK(WorkOrderRules::blockers(o, QStringLiteral("submit_qc")).size() == 1);
    o.concerns.first().noFaultFound = true;
    CHECK(WorkOrderRules::blockers(o, QStringLiteral("submit_qc")).isEmpty());
    o.pendingFindings = 2;
    CHECK(WorkOrderRules::blockers(o, QStringLiteral("submit_qc")).size() == 1);
    CHECK(WorkOrderRules::blockers(o, QStringLiteral("await_approval")).isEmpty());
    o.state = QStringLiteral("awaiting_approval");
    CHECK(WorkOrderRules::blockers(o, QStringLiteral("resume")).size() == 1);
    o.state = QStringLiteral("quality_check");
    CHECK(WorkOrderRules::blockers(o, QStringLiteral("qc_pass")) == QStringList{WorkOrderRules::tr("the name of the quality inspector")});
    CHECK(WorkOrderRules::blockers(o, QStringLiteral("qc_fail"), {{}, q("孙丽"), {}, {}}).size() == 1);
    o.state = QStringLiteral("open");
    CHECK(WorkOrderRules::blockers(o, QStringLiteral("cancel")) == QStringList{WorkOrderRules::tr("the reason for cancelling")});
}

TEST_CASE("line amounts, totals and the VAT they contain, in fen", "[core][workorder]")
{
    CHECK(labor("保养工时", 150, 36000).amount() == 54000);        // 1.5 h x 360.00
    CHECK(labor("检查", 33, 10000).amount() == 3300);
    CHECK(part("机油", 4500, 6850).amount() == 30825);             // 4.5 L x 68.50
    CHECK(part("螺丝", 3, 1).amount() == 0);                       // 0.003 x 0.01 rounds to nothing
    CHECK(part("垫片", 1500, 3).amount() == 5);                     // 4.5 fen rounds half up

    WorkOrder o = complete(QStringLiteral("draft"));
    WorkOrderLine warranty = part("水泵", 1000, 120000);
    warranty.payType = QStringLiteral("warranty");
    o.lines << warranty;
    WorkOrderLine deferred = part("雨刮片", 2000, 8000);
    deferred.status = QStringLiteral("deferred");
    deferred.reason = q("下次保养时再换");
    deferred.dueDate = QDate(2027, 2, 1);
    o.lines << deferred;
    WorkOrderLine diag;
    diag.kind = QStringLiteral("other");
    diag.otherKind = QStringLiteral("diagnosis");
    diag.description = q("故障诊断");
    diag.unitPriceFen = 10000;
    o.lines << diag;
    const WorkOrderTotals t = o.totals(1300);
    CHECK(t.labor == 28800);
    CHECK(t.parts == 45000 + 120000);
    CHECK(t.other == 10000);
    CHECK(t.total == 203800);
    CHECK(t.customerPays == 203800 - 120000);
    CHECK(t.vat == money::vatIncluded(203800, 1300));
    CHECK(t.vat == 23446);
    CHECK(t.centiHours == 80);
    CHECK(WorkOrderRules::checkLines(o.lines).ok());
}

TEST_CASE("lines are checked, and the guarantee and certificate follow the repair category", "[core][workorder]")
{
    WorkOrderLine bad = part("", 0, -5, "used");
    bad.payType = QStringLiteral("free");
    const Validation v = WorkOrderRules::checkLines({bad});
    CHECK(v.errors.size() == 5);
    WorkOrderLine deferred = labor("更换刹车油", 50, 36000);
    deferred.status = QStringLiteral("deferred");
    CHECK(WorkOrderRules::checkLines({deferred}).errors.size() == 2); // reason and due date

    CHECK(WorkOrderRules::guaranteeKm(QStringLiteral("major")) == 20000);
    CHECK(WorkOrderRules::guaranteeDays(QStringLiteral("major")) == 100);
    CHECK(WorkOrderRules::guaranteeKm(QStringLiteral("level2")) == 5000);
    CHECK(WorkOrderRules::guaranteeDays(QStringLiteral("level2")) == 30);
    CHECK(WorkOrderRules::guaranteeKm(QStringLiteral("minor")) == 2000);
    CHECK(WorkOrderRules::guaranteeDays(QStringLiteral("minor")) == 10);
    CHECK(WorkOrderRules::needsCertificate(QStringLiteral("major")));
    CHECK(WorkOrderRules::needsCertificate(QStringLiteral("level2")));
    CHECK_FALSE(WorkOrderRules::needsCertificate(QStringLiteral("minor")));
    CHECK_FALSE(WorkOrderRules::needsCertificate(QString()));
    for (const QString &c : WorkOrderRules::repairCategories())
        CHECK(WorkOrderRules::repairCategoryName(c) != c);
    for (const QString &s : WorkOrderRules::states())
        CHECK(WorkOrderRules::stateName(s) != s);
    for (const QString &t : WorkOrderRules::transitions())
        CHECK(WorkOrderRules::transitionName(t) != t);
}

TEST_CASE("the progress check falls due at 75 % of the planned duration", "[core][workorder]")
{
    const QDateTime handed(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC);
    CHECK(WorkOrderRules::progressPercent(handed, 200, handed) == 0);
    CHECK(WorkOrderRules::progressPercent(handed, 200, handed.addSecs(3600)) == 50);
    CHECK_FALSE(WorkOrderRules::progressCheckDue(handed, 200, handed.addSecs(5399)));
    CHECK(WorkOrderRules::progressCheckDue(handed, 200, handed.addSecs(5400))); // 1.5 h of 2 h
    CHECK(WorkOrderRules::progressPercent(handed, 200, handed.addSecs(3 * 3600)) == 150);
    CHECK(WorkOrderRules::progressPercent(QDateTime(), 200, handed) == -1);
    CHECK(WorkOrderRules::progressPercent(handed, 0, handed) == -1);
    CHECK_FALSE(WorkOrderRules::progressCheckDue(QDateTime(), 200, handed));
}

TEST_CASE("a promised time from the queue, the job's hours and a margin, within workshop hours", "[core][workorder]")
{
    const QDateTime morning(QDate(2026, 11, 23), QTime(9, 5));
    // 1.5 h of work, nobody ahead: 9:05 + 1:30 + 0:30 = 11:05, up to 11:15.
    CHECK(WorkOrderRules::suggestPromise(morning, 150, 0, 3) == QDateTime(QDate(2026, 11, 23), QTime(11, 15)));
    // 6 h queued for 3 technicians adds 2 h.
    CHECK(WorkOrderRules::suggestPromise(morning, 150, 600, 3) == QDateTime(QDate(2026, 11, 23), QTime(13, 15)));
    // Late in the day: what does not fit goes on the next morning.
    const QDateTime late(QDate(2026, 11, 23), QTime(17, 0));
    CHECK(WorkOrderRules::suggestPromise(late, 200, 0, 1) == QDateTime(QDate(2026, 11, 24), QTime(10, 0)));
    // Before opening time counts from opening.
    CHECK(WorkOrderRules::suggestPromise(QDateTime(QDate(2026, 11, 23), QTime(7, 0)), 100, 0, 1) ==
          QDateTime(QDate(2026, 11, 23), QTime(10, 0)));
    // No technicians known: counted as one.
    CHECK(WorkOrderRules::suggestPromise(morning, 0, 100, 0) == QDateTime(QDate(2026, 11, 23), QTime(10, 45)));

    // Issue 17 point 5: a new order at 19:03 got 22:03. After closing, the promise starts on the next workday.
    CHECK(WorkOrderRules::suggestPromise(QDateTime(QDate(2026, 11, 23), QTime(19, 3)), 100, 0, 1) ==
          QDateTime(QDate(2026, 11, 24), QTime(10, 0)));
}

TEST_CASE("promises stay inside the dealership's workshop hours and skip its days off", "[core][workorder]")
{
    WorkshopHours h;
    h.opens = QTime(9, 0);
    h.closes = QTime(17, 30);
    h.daysOff = {6, 7}; // closed at the weekend
    // Friday 2026-11-27 16:00, 3 h of work: 1.5 h on Friday, the rest from Monday 09:00 (+ the half-hour margin).
    const QDateTime friday(QDate(2026, 11, 27), QTime(16, 0));
    CHECK(WorkOrderRules::suggestPromise(friday, 300, 0, 1, h) == QDateTime(QDate(2026, 11, 30), QTime(11, 0)));
    // Asked on a Saturday: counted from Monday's opening.
    CHECK(WorkOrderRules::suggestPromise(QDateTime(QDate(2026, 11, 28), QTime(10, 0)), 100, 0, 1, h) ==
          QDateTime(QDate(2026, 11, 30), QTime(10, 30)));
    // Rounding to the quarter hour never passes closing time.
    const QDateTime lateFriday(QDate(2026, 11, 27), QTime(16, 52));
    const QDateTime p = WorkOrderRules::suggestPromise(lateFriday, 0, 0, 1, h); // 16:52 + 0:30 = 17:22 -> 17:30
    CHECK(p == QDateTime(QDate(2026, 11, 27), QTime(17, 30)));
    CHECK(h.contains(p));
    CHECK(!h.contains(QDateTime(QDate(2026, 11, 28), QTime(10, 0))));
    CHECK(h.nextOpen(QDateTime(QDate(2026, 11, 27), QTime(18, 0))) == QDateTime(QDate(2026, 11, 30), QTime(9, 0)));

    CHECK(WorkshopHours::parseDaysOff(QStringLiteral("7, 6,6,9,x")) == QList<int>{6, 7});
    CHECK(WorkshopHours::daysOffText({7, 6}) == QStringLiteral("6,7"));
    CHECK(DealershipRules::validate(h).ok());
    WorkshopHours bad = h;
    bad.closes = QTime(8, 0);
    CHECK(!DealershipRules::validate(bad).ok());
    bad = h;
    bad.daysOff = {1, 2, 3, 4, 5, 6, 7};
    CHECK(!DealershipRules::validate(bad).ok());
}

TEST_CASE("the default labor rate comes first", "[core][dealership]")
{
    const QList<LaborRate> rates{{1, QStringLiteral("BODY"), QStringLiteral("钣金"), 16000},
                                 {2, QStringLiteral("MECH"), QStringLiteral("机修"), 18000},
                                 {3, QStringLiteral("PAINT"), QStringLiteral("喷漆"), 20000}};
    const QList<LaborRate> ordered = DealershipRules::withDefaultFirst(rates, QStringLiteral("MECH"));
    REQUIRE(ordered.size() == 3);
    CHECK(ordered[0].code == QStringLiteral("MECH"));
    CHECK(ordered[1].code == QStringLiteral("BODY"));
    CHECK(DealershipRules::withDefaultFirst(rates, QString()).first().code == QStringLiteral("BODY"));
}

TEST_CASE("a canned job's line already on the estimate is kept, merged or skipped", "[core][workorder]")
{
    // Issue 17 point 6: a second 空调滤清器 went in without a word.
    WorkOrderLine filter;
    filter.kind = QStringLiteral("part");
    filter.code = QStringLiteral("FLT-AC-01");
    filter.description = QStringLiteral("空调滤清器");
    filter.quantityMilli = 1000;
    filter.unitPriceFen = 12000;
    WorkOrderLine labor;
    labor.kind = QStringLiteral("labor");
    labor.code = QStringLiteral("AC-010");
    labor.description = QStringLiteral("更换空调滤清器");
    labor.centiHours = 30;
    WorkOrderLine oil = filter;
    oil.code = QStringLiteral("OIL-5W30-1L");
    oil.quantityMilli = 4000;
    const QList<WorkOrderLine> estimate{filter, labor};
    const QList<WorkOrderLine> job{labor, filter, oil};

    CHECK(WorkOrderRules::duplicatesOf(estimate, job) == QList<int>{1, 0, -1});
    CHECK(WorkOrderRules::addLines(estimate, job, WorkOrderRules::Duplicates::Keep).size() == 5);
    const QList<WorkOrderLine> merged = WorkOrderRules::addLines(estimate, job, WorkOrderRules::Duplicates::Merge);
    REQUIRE(merged.size() == 3);
    CHECK(merged[0].quantityMilli == 2000); // two filters on one line
    CHECK(merged[1].centiHours == 30);      // the operation once
    CHECK(merged[2].code == QStringLiteral("OIL-5W30-1L"));
    const QList<WorkOrderLine> skipped = WorkOrderRules::addLines(estimate, job, WorkOrderRules::Duplicates::Skip);
    REQUIRE(skipped.size() == 3);
    CHECK(skipped[0].quantityMilli == 1000);
    // A line the customer declined is no longer on the estimate: the job's line is not a duplicate of it.
    QList<WorkOrderLine> declined = estimate;
    declined[0].status = QStringLiteral("declined");
    CHECK(WorkOrderRules::duplicatesOf(declined, job) == QList<int>{1, -1, -1});
}
