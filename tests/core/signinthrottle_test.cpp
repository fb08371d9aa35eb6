#include <catch2/catch.hpp>

#include "core/signinthrottle.h"

using namespace dd;

TEST_CASE("repeated wrong passwords slow down, up to a cap", "[signin]")
{
    const int expected[] = {0, 0, 0, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300};
    for (int failures = 0; failures < int(std::size(expected)); ++failures) {
        INFO(failures);
        CHECK(SignInThrottle::delaySeconds(failures) == expected[failures]);
    }
    CHECK(SignInThrottle::delaySeconds(1000) == 300);
    const QDateTime t(QDate(2026, 11, 22), QTime(8, 0), Qt::UTC);
    CHECK(SignInThrottle::nextAttemptAt(4, t) == t.addSecs(4));
    CHECK_FALSE(SignInThrottle::nextAttemptAt(4, QDateTime()).isValid());
}
