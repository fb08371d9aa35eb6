#include "signinthrottle.h"

#include <algorithm>

namespace dd {

int SignInThrottle::delaySeconds(int failures)
{
    if (failures < freeAttempts)
        return 0;
    const int exponent = std::min(failures - freeAttempts + 1, 16);
    return std::min(1 << exponent, maxDelaySeconds);
}

QDateTime SignInThrottle::nextAttemptAt(int failures, const QDateTime &lastFailureUtc)
{
    if (!lastFailureUtc.isValid())
        return {};
    return lastFailureUtc.addSecs(delaySeconds(failures));
}

} // namespace dd
