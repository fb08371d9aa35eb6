#include <catch2/catch.hpp>

#include "core/credentials.h"

using namespace dd;

TEST_CASE("sign-in names", "[credentials]")
{
    struct Row { const char *login; bool ok; };
    const Row rows[] = {{"wangfang", true}, {"wang.fang", true}, {"王芳", true}, {"li_qiang-2", true},
                        {"a", false},       {"", false},         {"wang fang", false}, {"x@y", false},
                        {"abcdefghijabcdefghijabcdefghijabc", false}};
    for (const Row &r : rows) {
        INFO(r.login);
        CHECK(Credentials::validateLogin(QString::fromUtf8(r.login)).ok() == r.ok);
    }
    CHECK(Credentials::normalizeLogin(QStringLiteral("  WangFang ")) == QStringLiteral("wangfang"));
}

TEST_CASE("passwords", "[credentials]")
{
    CHECK(Credentials::validatePassword(QStringLiteral("counter-2026"), QStringLiteral("wangfang")).ok());
    CHECK_FALSE(Credentials::validatePassword(QStringLiteral("short"), QStringLiteral("wangfang")).ok());
    CHECK_FALSE(Credentials::validatePassword(QStringLiteral("WangFang"), QStringLiteral("wangfang")).ok());
    CHECK_FALSE(Credentials::validatePassword(QStringLiteral(" padded-pass"), QStringLiteral("x")).ok());
    CHECK(Credentials::validatePassword(QStringLiteral("short"), QStringLiteral("x")).errors.first().contains(
        QStringLiteral("8")));
}

TEST_CASE("full names", "[credentials]")
{
    CHECK(Credentials::validateDisplayName(QStringLiteral("王芳")).ok());
    CHECK_FALSE(Credentials::validateDisplayName(QStringLiteral("  ")).ok());
    CHECK_FALSE(Credentials::validateDisplayName(QString(61, QLatin1Char('x'))).ok());
}
