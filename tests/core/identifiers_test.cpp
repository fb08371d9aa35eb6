#include <catch2/catch.hpp>

#include "core/identifiers.h"

using namespace dd;

namespace {
QString q(const char *s) { return QString::fromUtf8(s); }
} // namespace

TEST_CASE("VINs: 17 characters, no I O Q, the check digit verified", "[identifiers][vin]")
{
    struct Row {
        const char *input;
        bool ok;
        int warnings;
        const char *mentions; // part of the first message, or "" for a clean VIN
    };
    const Row rows[] = {
        {"1M8GDM9AXKP042788", true, 0, ""},                       // North American, check digit X
        {"LSVAU218XN2183294", true, 0, ""},                       // Chinese market
        {"lgbh52e01ky123456", true, 0, ""},                       // lower case is upper-cased
        {"ＬＧＢＨ５２Ｅ０１ＫＹ１２３４５６", true, 0, ""},       // full-width from a Chinese IME
        {"LGBH 52E0 1KY1 23456", true, 0, ""},                    // spaces removed
        {"5YJ3E1EA6KF123456", true, 0, ""},
        {"LGBH52E05KY123456", false, 0, "should be 1"},           // Chinese market: refused
        {"5YJ3E1EA7KF123456", false, 0, "should be 6"},           // North American: refused
        {"WVWZZZ1JZXW000001", true, 1, "should be 0"},            // European, no check digit: a warning
        {"WVWZZZ1J0XW000001", true, 0, ""},
        {"LSVAU218XN218329", false, 0, "has 16"},
        {"LSVAU218XN21832945", false, 0, "has 18"},
        {"LSVAU218XN2I83294", false, 0, "letter I (position 12)"},
        {"LSVAO218XN2183294", false, 0, "letter O (position 5)"},
        {"QSVAU218XN2183294", false, 0, "letter Q"},
        {"LSVAU218XN218329*", false, 0, "position 17"},
        {"", false, 0, "empty"},
    };
    for (const Row &r : rows) {
        INFO(r.input);
        const Validation v = Vin::validate(q(r.input));
        CHECK(v.ok() == r.ok);
        CHECK(v.warnings.size() == r.warnings);
        const QStringList messages = v.errors + v.warnings;
        if (*r.mentions) {
            REQUIRE_FALSE(messages.isEmpty());
            CHECK(messages.first().contains(q(r.mentions)));
        } else {
            CHECK(messages.isEmpty());
        }
    }
    CHECK(Vin::normalize(q(" lsvau218xn2183294 ")) == q("LSVAU218XN2183294"));
    CHECK(Vin::expectedCheckDigit(q("1M8GDM9A0KP042788")) == QLatin1Char('X'));
}

TEST_CASE("plates per GA 36-2018, normalised as typed", "[identifiers][plate]")
{
    struct Row {
        const char *input;
        bool ok;
        Plate::Kind kind;
        const char *normalized;
        const char *mentions;
    };
    const Row rows[] = {
        {"沪A12345", true, Plate::Kind::Ordinary, "沪A12345", ""},
        {"沪a·12345", true, Plate::Kind::Ordinary, "沪A12345", ""},
        {"沪 A. 1 2 3 4 5", true, Plate::Kind::Ordinary, "沪A12345", ""},
        {"京ＢＮ２３４５", true, Plate::Kind::Ordinary, "京BN2345", ""},
        {"粤B1234挂", true, Plate::Kind::Ordinary, "粤B1234挂", ""},
        {"苏E1234学", true, Plate::Kind::Ordinary, "苏E1234学", ""},
        {"粤Z1234港", true, Plate::Kind::Ordinary, "粤Z1234港", ""},
        {"粤B1234港", false, Plate::Kind::Invalid, "粤B1234港", "粤Z"},
        {"沪AD12345", true, Plate::Kind::NewEnergySmall, "沪AD12345", ""},
        {"沪AF1A234", false, Plate::Kind::Invalid, "沪AF1A234", "digits"},
        {"沪ADA1234", true, Plate::Kind::NewEnergySmall, "沪ADA1234", ""},
        {"浙A12345D", true, Plate::Kind::NewEnergyLarge, "浙A12345D", ""},
        {"浙A12345X", false, Plate::Kind::Invalid, "浙A12345X", "D or F"},
        {"沪A1234I", false, Plate::Kind::Invalid, "沪A1234I", "letter I"},
        {"沪AO2345", false, Plate::Kind::Invalid, "沪AO2345", "letter O"},
        {"申A12345", false, Plate::Kind::Invalid, "申A12345", "\"申\""},
        {"沪A1234", false, Plate::Kind::Invalid, "沪A1234", "has 6"},
        {"沪A123456789", false, Plate::Kind::Invalid, "沪A123456789", "has 11"},
        {"沪112345", false, Plate::Kind::Invalid, "沪112345", "issuing office"},
        {"", false, Plate::Kind::Invalid, "", "empty"},
    };
    for (const Row &r : rows) {
        INFO(r.input);
        CHECK(Plate::normalize(q(r.input)) == q(r.normalized));
        const Validation v = Plate::validate(q(r.input));
        CHECK(v.ok() == r.ok);
        CHECK(Plate::kind(Plate::normalize(q(r.input))) == r.kind);
        if (*r.mentions) {
            REQUIRE_FALSE(v.errors.isEmpty());
            CHECK(v.errors.first().contains(q(r.mentions)));
        }
    }
}

TEST_CASE("phone numbers: mobiles with or without +86, landlines with their area code", "[identifiers][phone]")
{
    struct Row {
        const char *input;
        Phone::Kind kind;
        const char *number;
    };
    const Row rows[] = {
        {"13812345678", Phone::Kind::Mobile, "13812345678"},
        {"138 1234 5678", Phone::Kind::Mobile, "13812345678"},
        {"+86 138-1234-5678", Phone::Kind::Mobile, "13812345678"},
        {"8613812345678", Phone::Kind::Mobile, "13812345678"},
        {"008613812345678", Phone::Kind::Mobile, "13812345678"},
        {"013812345678", Phone::Kind::Mobile, "13812345678"},
        {"１３８１２３４５６７８", Phone::Kind::Mobile, "13812345678"},
        {"19912345678", Phone::Kind::Mobile, "19912345678"},
        {"12812345678", Phone::Kind::Invalid, ""},
        {"1381234567", Phone::Kind::Invalid, ""},
        {"021-58586688", Phone::Kind::Landline, "02158586688"},
        {"(010) 6512 3456", Phone::Kind::Landline, "01065123456"},
        {"0574-87654321", Phone::Kind::Landline, "057487654321"},
        {"0571-8765432", Phone::Kind::Landline, "05718765432"},
        {"+86 21 5858 6688", Phone::Kind::Landline, "02158586688"},
        {"400 820 8820", Phone::Kind::Landline, "4008208820"},
        {"58586688", Phone::Kind::Invalid, ""},
        {"call me", Phone::Kind::Invalid, ""},
        {"+1 415 555 0100", Phone::Kind::Invalid, ""},
    };
    for (const Row &r : rows) {
        INFO(r.input);
        const Phone::Parsed p = Phone::parse(q(r.input));
        CHECK(p.kind == r.kind);
        CHECK(p.number == q(r.number));
        CHECK(Phone::validate(q(r.input)).ok() == (r.kind != Phone::Kind::Invalid));
    }
    CHECK(Phone::validate(q("58586688")).errors.first().contains(q("area code")));
    CHECK(Phone::validate(q("1381234567")).errors.first().contains(q("11 digits")));
    CHECK_FALSE(Phone::validateMobile(q("021-58586688")).ok());
    CHECK(Phone::validateMobile(q("+8613812345678")).ok());
    CHECK(Phone::masked(q("13812345678")) == q("138****5678"));
    CHECK(Phone::masked(q("02158586688")) == q("021****6688"));
    CHECK(Phone::display(q("13812345678")) == q("138 1234 5678"));
    CHECK(Phone::display(q("02158586688")) == q("021-58586688"));
    CHECK(Phone::display(q("057487654321")) == q("0574-87654321"));
}
