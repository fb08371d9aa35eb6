#include <catch2/catch.hpp>

#include "core/money.h"

using namespace dd;

TEST_CASE("money is formatted from integer fen", "[money]")
{
    struct Row { Fen fen; bool group; const char *text; };
    const Row rows[] = {
        {0, true, "0.00"},          {5, true, "0.05"},           {100, true, "1.00"},
        {123456789, true, "1,234,567.89"}, {123456789, false, "1234567.89"}, {-1050, true, "-10.50"},
        {100000, true, "1,000.00"}, {std::numeric_limits<Fen>::min() + 1, false, "-92233720368547758.07"},
    };
    for (const Row &r : rows) {
        INFO(r.fen);
        CHECK(money::format(r.fen, r.group) == QString::fromUtf8(r.text));
    }
}

TEST_CASE("money parses plain amounts and refuses anything else", "[money]")
{
    struct Row { const char *text; std::optional<Fen> fen; };
    const Row rows[] = {
        {"12", 1200},       {"12.5", 1250},   {"12.50", 1250}, {"0.05", 5},      {"1,234.56", 123456},
        {"¥12.30", 1230},   {"￥8", 800},      {" 7.1 ", 710},  {"-3.2", -320},   {"12.", 1200},
        {"12.345", std::nullopt}, {"", std::nullopt}, {"abc", std::nullopt}, {"1e3", std::nullopt},
        {"12.3.4", std::nullopt}, {"--1", std::nullopt},
    };
    for (const Row &r : rows) {
        INFO(r.text);
        CHECK(money::parse(QString::fromUtf8(r.text)) == r.fen);
    }
}

TEST_CASE("percentages and VAT round half-up to the fen", "[money]")
{
    CHECK(money::percentOf(10000, 1300) == 1300);
    CHECK(money::percentOf(5, 1000) == 1);    // 0.5 fen rounds up
    CHECK(money::percentOf(-5, 1000) == -1);  // symmetric for reversals
    CHECK(money::percentOf(4, 1000) == 0);
    // 113.00 tax-inclusive at 13 % holds 13.00 VAT
    CHECK(money::vatIncluded(11300, 1300) == 1300);
    CHECK(money::vatIncluded(10000, 1300) == 1150); // 11.504... -> 11.50
    CHECK(money::vatIncluded(-11300, 1300) == -1300);
    CHECK(money::vatIncluded(0, 1300) == 0);
    CHECK(money::laborAmount(18000, 150) == 27000);
    CHECK(money::laborAmount(33333, 33) == 11000); // 109.9989 -> 110.00
}

TEST_CASE("basis points are shown and read as percent", "[money]")
{
    CHECK(money::formatBasisPoints(1300) == QStringLiteral("13"));
    CHECK(money::formatBasisPoints(1250) == QStringLiteral("12.5"));
    CHECK(money::formatBasisPoints(5) == QStringLiteral("0.05"));
    CHECK(money::parseBasisPoints(QStringLiteral("13")) == 1300);
    CHECK(money::parseBasisPoints(QStringLiteral("13 %")) == 1300);
    CHECK(money::parseBasisPoints(QStringLiteral("12.345")) == std::nullopt);
    CHECK(money::parseBasisPoints(QStringLiteral("13%")) == 1300);
    CHECK(money::parseBasisPoints(QStringLiteral("101")) == std::nullopt);
    CHECK(money::parseBasisPoints(QStringLiteral("-1")) == std::nullopt);
}

TEST_CASE("money in Chinese capital numerals, as the People's Bank rules write amounts", "[money]")
{
    struct Row {
        Fen fen;
        const char *capital;
    } rows[] = {
        {0, "零元整"},
        {1, "壹分"},
        {50, "伍角整"},
        {55, "伍角伍分"},
        {100, "壹元整"},
        {1000, "壹拾元整"}, // a leading ten is 壹拾
        {1500, "壹拾伍元整"},
        {10000, "壹佰元整"},
        {140950, "壹仟肆佰零玖元伍角整"},
        {600714, "陆仟零柒元壹角肆分"},    // one 零 for the run of zeros
        {168032, "壹仟陆佰捌拾元叁角贰分"}, // a zero 元 digit before the jiao may be left out
        {1640902, "壹万陆仟肆佰零玖元零贰分"}, // 零 before the fen when the jiao is zero
        {32504, "叁佰贰拾伍元零肆分"},
        {10700053, "壹拾万零柒仟元伍角叁分"}, // one of the two forms the rules give
        {10000100, "壹拾万零壹元整"},      // zeros across the 万 group
        {100000000, "壹佰万元整"},
        {1001000000, "壹仟零壹万元整"},
        {10000000000, "壹亿元整"},
        {10001000000, "壹亿零壹万元整"},
        {12345678900, "壹亿贰仟叁佰肆拾伍万陆仟柒佰捌拾玖元整"},
        {100000000000000, "壹万亿元整"},
        {-28800, "负贰佰捌拾捌元整"}, // a reversal
        {91200, "玖佰壹拾贰元整"},
        {1234567, "壹万贰仟叁佰肆拾伍元陆角柒分"},
    };
    for (const Row &r : rows) {
        INFO(r.fen);
        CHECK(money::capital(r.fen) == QString::fromUtf8(r.capital));
    }
}
