// The catalog rules: which model family's standard hours apply, how CSV numbers and part sources read, what a
// row must have, and the work-order lines a catalog row gives.
#include <catch2/catch.hpp>

#include "core/catalog.h"

using namespace dd;

namespace {
QString q(const char *s) { return QString::fromUtf8(s); }
} // namespace

TEST_CASE("catalog: a model family fits the model it names, with or without a trim", "[core][catalog]")
{
    struct Row {
        const char *family;
        const char *model;
        int fit;
    } rows[] = {
        {"", "凯美瑞", 0},                 // the general row fits every car
        {"", "", 0},
        {"凯美瑞", "凯美瑞", 3},
        {"凯美瑞", "凯美瑞 2.0G 豪华版", 3},
        {"凯美瑞", "凯美瑞混动", -1},        // another model, not a trim
        {"凯美瑞", "卡罗拉", -1},
        {"凯美瑞", "", -1},
        {"Model 3", "model 3 后轮驱动版", 7}, // case and spaces do not matter
        {"Model 3", "Model Y", -1},
        {"Q5", "Q5L", -1},
        {"A4L", "Ａ４Ｌ 40 TFSI", 3},        // full-width from a Chinese keyboard
    };
    for (const Row &r : rows) {
        INFO(r.family << " / " << r.model);
        CHECK(CatalogRules::fit(q(r.family), q(r.model)) == r.fit);
    }

    LaborOperation general{1, QStringLiteral("LUB-001"), QString(), q("换机油"), 50};
    LaborOperation camry{2, QStringLiteral("LUB-001"), q("凯美瑞"), q("换机油"), 60};
    LaborOperation inactive{3, QStringLiteral("LUB-001"), q("卡罗拉"), q("换机油"), 70};
    inactive.active = false;
    const QList<LaborOperation> ops{general, camry, inactive};
    CHECK(CatalogRules::bestFit(ops, q("凯美瑞 2.0G"))->centiHours == 60);
    CHECK(CatalogRules::bestFit(ops, q("雅阁"))->centiHours == 50);
    CHECK(CatalogRules::bestFit(ops, q("卡罗拉"))->centiHours == 50); // its own row is no longer active
    CHECK_FALSE(CatalogRules::bestFit(QList<LaborOperation>{camry}, q("雅阁")));
}

TEST_CASE("catalog: hours, quantities and part sources as price lists write them", "[core][catalog]")
{
    CHECK(CatalogRules::parseHours(QStringLiteral("1.5")) == 150);
    CHECK(CatalogRules::parseHours(QStringLiteral("2")) == 200);
    CHECK(CatalogRules::parseHours(QStringLiteral(" 0.25 ")) == 25);
    CHECK(CatalogRules::parseHours(QStringLiteral("1.50")) == 150);
    CHECK(CatalogRules::parseHours(QStringLiteral("1.500")) == 150);
    CHECK_FALSE(CatalogRules::parseHours(QStringLiteral("1.505")));  // not to a hundredth
    CHECK_FALSE(CatalogRules::parseHours(QStringLiteral("")));
    CHECK_FALSE(CatalogRules::parseHours(QStringLiteral("1,5h")));
    CHECK_FALSE(CatalogRules::parseHours(QStringLiteral("-1")));
    CHECK_FALSE(CatalogRules::parseHours(QStringLiteral("5000"))); // more than 1000 hours is a typing error

    CHECK(CatalogRules::parseQuantity(QStringLiteral("4")) == 4000);
    CHECK(CatalogRules::parseQuantity(QStringLiteral("0.5")) == 500);
    CHECK(CatalogRules::parseQuantity(QStringLiteral("1,000")) == 1000000);
    CHECK(CatalogRules::parseQuantity(QStringLiteral("4.125")) == 4125);
    CHECK_FALSE(CatalogRules::parseQuantity(QStringLiteral("4.1255")));
    CHECK_FALSE(CatalogRules::parseQuantity(QStringLiteral("four")));

    CHECK(CatalogRules::parseSource(QString()) == QStringLiteral("oem"));
    CHECK(CatalogRules::parseSource(q("原厂")) == QStringLiteral("oem"));
    CHECK(CatalogRules::parseSource(QStringLiteral("OEM")) == QStringLiteral("oem"));
    CHECK(CatalogRules::parseSource(q("同質")) == QStringLiteral("equivalent"));
    CHECK(CatalogRules::parseSource(q("副厂")) == QStringLiteral("equivalent"));
    CHECK(CatalogRules::parseSource(q("修复")) == QStringLiteral("reconditioned"));
    CHECK_FALSE(CatalogRules::parseSource(q("客户自带"))); // not something a price list sells
    CHECK_FALSE(CatalogRules::parseSource(QStringLiteral("cheap")));

    CHECK(CatalogRules::normalizeCode(q(" lub-００１ ")) == QStringLiteral("LUB-001"));
    CHECK(CatalogRules::nameKey(q(" 机油  滤清器 ")) == q("机油 滤清器"));
}

TEST_CASE("catalog: what an operation, a part and a job must have", "[core][catalog]")
{
    const QList<LaborRate> rates{{1, QStringLiteral("MECH"), q("机修"), 18000}, {2, QStringLiteral("ELEC"), q("电器"), 20000}};
    LaborOperation op{0, QStringLiteral("LUB-001"), QString(), q("更换机油"), 50, QStringLiteral("MECH")};
    CHECK(CatalogRules::check(op, rates).ok());
    op.laborCategory = QStringLiteral("WASH");
    CHECK(CatalogRules::check(op, rates).errors.join(QString()).contains(QStringLiteral("MECH, ELEC")));
    op.laborCategory.clear();
    op.centiHours = 0;
    CHECK_FALSE(CatalogRules::check(op, rates).ok());
    op.centiHours = 50;
    op.description.clear();
    CHECK_FALSE(CatalogRules::check(op, rates).ok());

    CatalogPart part{0, QStringLiteral("90915-YZZD1"), q("机油滤清器"), q("丰田原厂"), q("个"), 6800};
    CHECK(CatalogRules::check(part).ok());
    part.priceFen = -1;
    CHECK_FALSE(CatalogRules::check(part).ok());
    part.priceFen = 0; // a free part is allowed (a campaign)
    CHECK(CatalogRules::check(part).ok());
    part.source = QStringLiteral("customer_supplied");
    CHECK_FALSE(CatalogRules::check(part).ok());

    CannedJob job{0, QStringLiteral("M10K"), QString(), q("10000公里保养")};
    CHECK(CatalogRules::check(job).errors.join(QString()).contains(QStringLiteral("M10K")));
    job.items << CannedJobItem{QStringLiteral("labor"), QStringLiteral("LUB-001"), 0};
    job.items << CannedJobItem{QStringLiteral("part"), QStringLiteral("90915-YZZD1"), 0};
    CHECK(CatalogRules::check(job).errors.size() == 1); // the part needs a quantity
    job.items.last().quantityMilli = 1000;
    CHECK(CatalogRules::check(job).ok());
    job.items << CannedJobItem{QStringLiteral("paint"), QStringLiteral("X"), 1000};
    CHECK_FALSE(CatalogRules::check(job).ok());
}

TEST_CASE("catalog: the lines an operation and a part give", "[core][catalog]")
{
    const QList<LaborRate> rates{{1, QStringLiteral("MECH"), q("机修"), 18000}, {2, QStringLiteral("ELEC"), q("电器"), 20000}};
    const LaborOperation op{0, QStringLiteral("ELE-010"), QString(), q("更换蓄电池"), 30, QStringLiteral("ELEC")};
    WorkOrderLine l = CatalogRules::line(op, rates);
    CHECK(l.kind == QStringLiteral("labor"));
    CHECK(l.code == QStringLiteral("ELE-010"));
    CHECK(l.centiHours == 30);
    CHECK(l.laborCategory == QStringLiteral("ELEC"));
    CHECK(l.rateFen == 20000);
    CHECK(l.amount() == 6000);
    CHECK(CatalogRules::line(op, rates, 45).centiHours == 45); // a job may sell other hours

    LaborOperation noCategory = op;
    noCategory.laborCategory.clear();
    l = CatalogRules::line(noCategory, rates);
    CHECK(l.laborCategory == QStringLiteral("MECH")); // the dealership's first rate
    CHECK(l.rateFen == 18000);

    const CatalogPart part{0, QStringLiteral("OIL-5W30-1L"), q("全合成机油 5W-30"), q("嘉实多 极护"), q("升"), 9800,
                           QStringLiteral("equivalent")};
    l = CatalogRules::line(part, 4000);
    CHECK(l.kind == QStringLiteral("part"));
    CHECK(l.unit == q("升"));
    CHECK(l.partSource == QStringLiteral("equivalent"));
    CHECK(l.brandSpec == q("嘉实多 极护"));
    CHECK(l.amount() == 39200);
    CHECK(WorkOrderRules::checkLines({l}).ok());
}
