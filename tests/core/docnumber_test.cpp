#include <catch2/catch.hpp>

#include "core/docnumber.h"

using namespace dd;

TEST_CASE("document numbers carry prefix, business date and a daily sequence", "[docnumber]")
{
    const QDate d(2026, 11, 22);
    CHECK(DocumentNumbers::format(QStringLiteral("WO"), d, 1) == QStringLiteral("WO202611220001"));
    CHECK(DocumentNumbers::format(QStringLiteral("ST"), d, 42) == QStringLiteral("ST202611220042"));
    CHECK(DocumentNumbers::format(QStringLiteral("WO"), d, 12345) == QStringLiteral("WO2026112212345"));
    CHECK(DocumentNumbers::period(d) == QStringLiteral("20261122"));
}

TEST_CASE("document number prefixes are checked", "[docnumber]")
{
    struct Row { const char *prefix; bool ok; };
    const Row rows[] = {{"WO", true}, {"W", true}, {"WO2", true}, {"ABCDEF", true}, {"", false},
                        {"wo", false}, {"2WO", false}, {"ABCDEFG", false}, {"W-O", false}, {"工单", false}};
    for (const Row &r : rows) {
        INFO(r.prefix);
        const Validation v = DocumentNumbers::validatePrefix(QString::fromUtf8(r.prefix));
        CHECK(v.ok() == r.ok);
        if (!r.ok)
            CHECK_FALSE(v.errors.first().isEmpty());
    }
}

TEST_CASE("what a scanner types is told apart from other numbers by its shape", "[core][docnumber]")
{
    CHECK(DocumentNumbers::looksLikeNumber(QStringLiteral("WO202611220008")));
    CHECK(DocumentNumbers::looksLikeNumber(QStringLiteral("st2026112200011")));
    CHECK(DocumentNumbers::looksLikeNumber(QStringLiteral("RX9A202611220001")));
    CHECK_FALSE(DocumentNumbers::looksLikeNumber(QStringLiteral("4200009988")));
    CHECK_FALSE(DocumentNumbers::looksLikeNumber(QStringLiteral("WO2026")));
    CHECK_FALSE(DocumentNumbers::looksLikeNumber(QStringLiteral("6222 0451")));
}
