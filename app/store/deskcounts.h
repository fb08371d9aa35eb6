#pragma once
#include <QDateTime>

#include "database.h"

namespace dd {

// The few numbers the navigator shows next to the workstations, each one COUNT over an index.
class DeskCounts
{
public:
    explicit DeskCounts(Database &db) : m_db(db) {}

    // Vehicles that arrived today (local day) and wait to be received.
    int arrivalsWaiting(const QDateTime &nowUtc);
    // Add-on findings waiting for the customer's decision.
    int approvalsWaiting();
    // Work orders ready for settlement at the cashier.
    int readyToSettle();
    // Follow-up calls due up to today (the local date), and of them those past their day.
    int followUpsDue(const QDate &today);
    int followUpsOverdue(const QDate &today);
    // Open complaints; of them those past a deadline (no first reply in time, or not resolved in time), and
    // those with the service manager (every major one, and the general ones past a deadline).
    struct Complaints {
        int open = 0;
        int overdue = 0;
        int escalated = 0;
    };
    Complaints complaints(const QDateTime &nowUtc);
    // Work orders still in the workshop whose promised time has passed.
    int overduePromises(const QDateTime &nowUtc);

private:
    int count(const QString &sql, const QVariantList &params = {});
    Database &m_db;
};

} // namespace dd
