#include <catch2/catch.hpp>

#include "core/dealership.h"

using namespace dd;

TEST_CASE("dealership settings are validated with messages that name the problem", "[dealership]")
{
    DealershipSettings s = DealershipRules::defaults();
    CHECK(s.vatRateBp == 1300);
    CHECK(s.prefix(DocumentKind::WorkOrder) == QStringLiteral("WO"));
    CHECK_FALSE(DealershipRules::validate(s).ok()); // no name yet
    s.name = QStringLiteral("上海浦江汽车销售服务有限公司");
    CHECK(DealershipRules::validate(s).ok());
    CHECK(DealershipRules::validate(s).warnings.isEmpty());

    SECTION("a VAT rate other than 13 % is a warning, outside 0..100 % an error")
    {
        s.vatRateBp = 600;
        CHECK(DealershipRules::validate(s).ok());
        CHECK(DealershipRules::validate(s).warnings.size() == 1);
        s.vatRateBp = 10001;
        CHECK_FALSE(DealershipRules::validate(s).ok());
    }
    SECTION("two kinds of document cannot share a prefix")
    {
        s.prefixes[DocumentKind::Settlement] = QStringLiteral("WO");
        const Validation v = DealershipRules::validate(s);
        REQUIRE_FALSE(v.ok());
        CHECK(v.errors.first().contains(QStringLiteral("\"WO\"")));
    }
    SECTION("phone numbers hold digits and separators only")
    {
        s.phone = QStringLiteral("021-5858 6688");
        CHECK(DealershipRules::validate(s).ok());
        s.phone = QStringLiteral("call us");
        CHECK_FALSE(DealershipRules::validate(s).ok());
    }
    SECTION("arrivals are greeted within 2 minutes unless the shop sets 30 s to 30 min")
    {
        CHECK(s.greetingLimitSeconds == 120);
        s.greetingLimitSeconds = 29;
        const Validation v = DealershipRules::validate(s);
        REQUIRE_FALSE(v.ok());
        CHECK(v.errors.first().contains(QStringLiteral("30 seconds")));
        s.greetingLimitSeconds = 1800;
        CHECK(DealershipRules::validate(s).ok());
    }
}

TEST_CASE("unified social credit codes are checked with their check character", "[dealership]")
{
    struct Row { const char *number; bool ok; const char *mentions; };
    const Row rows[] = {
        {"91310115MA1K4B2C82", true, ""},
        {"91110108MA01ABCD1E", true, ""},
        {"91310115MA1K4B2C83", false, "should be 2"},
        {"91310115MA1K4B2C8", false, "17"},
        {"91310115MA1K4B2I82", false, "position 16"},
    };
    for (const Row &r : rows) {
        INFO(r.number);
        const Validation v = DealershipRules::validateTaxNumber(QString::fromUtf8(r.number));
        CHECK(v.ok() == r.ok);
        if (!r.ok)
            CHECK(v.errors.first().contains(QString::fromUtf8(r.mentions)));
    }
}

TEST_CASE("labor rates need a code, a name and a positive rate", "[dealership]")
{
    LaborRate r{0, QStringLiteral("MECH"), QStringLiteral("Mechanical"), 18000};
    CHECK(DealershipRules::validate(r).ok());
    r.code = QStringLiteral("mech");
    CHECK_FALSE(DealershipRules::validate(r).ok());
    r.code = QStringLiteral("MECH");
    r.ratePerHour = 0;
    CHECK_FALSE(DealershipRules::validate(r).ok());
    r.ratePerHour = 100;
    r.name = QStringLiteral(" ");
    CHECK_FALSE(DealershipRules::validate(r).ok());
}

TEST_CASE("the committed quality guarantee is stored per category and never below the legal minimum", "[dealership]")
{
    DealershipSettings s = DealershipRules::defaults();
    s.name = QStringLiteral("上海浦江汽车销售服务有限公司");
    // Nothing committed: the legal minimum.
    CHECK(s.guaranteeFor(QStringLiteral("level2")) == Guarantee{5000, 30});
    CHECK(s.guaranteeFor(QStringLiteral("major")) == Guarantee{20000, 100});
    CHECK(s.guaranteeFor(QStringLiteral("minor")) == Guarantee{2000, 10});
    s.guarantees.insert(QStringLiteral("level2"), Guarantee{8000, 60});
    CHECK(DealershipRules::validate(s).ok());
    CHECK(s.guaranteeFor(QStringLiteral("level2")) == Guarantee{8000, 60});
    // Stored as text and read back; unknown categories and damaged parts are dropped.
    const QString text = DealershipRules::guaranteesText(s.guarantees);
    CHECK(text == QStringLiteral("level2=8000/60"));
    CHECK(DealershipRules::parseGuarantees(text) == s.guarantees);
    CHECK(DealershipRules::parseGuarantees(QStringLiteral("level2=8000/60;bogus=1/1;major=x/2; minor=3000/15 ")).size() == 2);
    // Below the minimum in either figure: refused, naming the legal figures.
    s.guarantees.insert(QStringLiteral("major"), Guarantee{30000, 90});
    const Validation v = DealershipRules::validate(s);
    REQUIRE_FALSE(v.ok());
    CHECK(v.errors.join(QString()).contains(QStringLiteral("20,000 km and 100 days")));
    // Even a stored value below the minimum (a later, higher legal minimum) prints the minimum.
    CHECK(s.guaranteeFor(QStringLiteral("major")) == Guarantee{30000, 100});
}
