#include "fixtures.h"

#include "store/customerstore.h"
#include "demo/scalegen.h"
#include "store/search.h"
#include "store/searchkeys.h"

using namespace dd;
using namespace ddtest;

TEST_CASE("the scale generator fills customers, vehicles and years of work orders with their search keys",
          "[store][scale]")
{
    FOR_EACH_BACKEND(backend);
    TestDb t(backend);
    auto db = t.openAsOwner(); // a bulk tool for the benchmark, not the app's work: it sets the id sequences
    ScaleGenerator::Options o;
    o.customers = 300;
    o.vehicles = 420;
    o.workOrders = 2000;
    o.today = QDate(2026, 11, 22);
    QStringList progress;
    const ScaleGenerator::Stats s = ScaleGenerator(*db).run(o, [&](const QString &line) { progress << line; });
    CHECK(s.customers == 300);
    CHECK(s.vehicles == 420);
    CHECK(s.workOrders == 2000);
    CHECK(s.lines >= 2000);
    CHECK(db->scalar(QStringLiteral("SELECT COUNT(*) FROM customers")).toInt() == 300);
    CHECK(db->scalar(QStringLiteral("SELECT COUNT(*) FROM vehicles")).toInt() == 420);
    CHECK(db->scalar(QStringLiteral("SELECT COUNT(*) FROM work_orders")).toInt() == 2000);
    CHECK(db->scalar(QStringLiteral("SELECT COUNT(*) FROM work_order_lines")).toLongLong() == s.lines);
    // Every key the search uses is filled, as the screens would fill it.
    CHECK(db->scalar(QStringLiteral("SELECT COUNT(*) FROM customers WHERE name_pinyin = '' OR name_initials = '' "
                                    "OR name_key = ''"))
              .toInt()
          == 0);
    CHECK(db->scalar(QStringLiteral("SELECT COUNT(*) FROM vehicles WHERE vin_reversed = '' OR plate = ''")).toInt() == 0);
    CHECK(db->scalar(QStringLiteral("SELECT COUNT(DISTINCT vin) FROM vehicles")).toInt() == 420);
    // Over ten years, never in the future, some still open in the workshop.
    const QString first = db->scalar(QStringLiteral("SELECT MIN(opened_at) FROM work_orders")).toString();
    const QString last = db->scalar(QStringLiteral("SELECT MAX(opened_at) FROM work_orders")).toString();
    CHECK(first < QStringLiteral("2018"));
    CHECK(last < QStringLiteral("2026-11-22"));
    CHECK(db->scalar(QStringLiteral("SELECT COUNT(*) FROM work_orders WHERE state = 'draft'")).toInt() >= 1);
    CHECK(db->scalar(QStringLiteral("SELECT COUNT(*) FROM work_order_lines WHERE status IN ('declined', 'deferred')"))
              .toInt()
          > 0);

    // What was generated is found the way the counter finds it.
    const QString plate = db->scalar(QStringLiteral("SELECT plate FROM vehicles WHERE id = 7")).toString();
    const QList<SearchHit> byPlate = Search(*db).find(plate.right(4), 30);
    CHECK(std::any_of(byPlate.begin(), byPlate.end(), [](const SearchHit &h) { return h.vehicleId == 7; }));
    const QString pinyin = db->scalar(QStringLiteral("SELECT name_pinyin FROM customers WHERE id = 5")).toString();
    const QList<SearchHit> byPinyin = Search(*db).find(pinyin, 30);
    CHECK(std::any_of(byPinyin.begin(), byPinyin.end(), [](const SearchHit &h) { return h.customerId == 5; }));

    // New records continue after the generated ones; a second run is refused.
    Commands advisor(*db, signedIn(*db, QStringLiteral("advisor"), {Role::ServiceAdvisor}));
    Customer c;
    c.name = QStringLiteral("新客户");
    c.phones << PhoneNumber{QStringLiteral("13000000001"), true, {}};
    CHECK(CustomerStore(*db).save(advisor, c) == 301);
    CHECK(errorKind([&] { ScaleGenerator(*db).run(o); }) == StoreError::Kind::Validation);
}
