#pragma once
#include <QDateTime>

namespace dd {

// Repeated wrong passwords slow down: the first three failures cost nothing, then each further one
// doubles the wait (2, 4, 8 ... seconds), capped at five minutes. A correct password resets the count.
struct SignInThrottle {
    static constexpr int freeAttempts = 3;
    static constexpr int maxDelaySeconds = 300;

    static int delaySeconds(int consecutiveFailures);
    // When the next attempt is allowed, given the failures so far and the time of the last one.
    static QDateTime nextAttemptAt(int consecutiveFailures, const QDateTime &lastFailureUtc);
};

} // namespace dd
