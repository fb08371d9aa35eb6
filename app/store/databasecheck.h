#pragma once
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <atomic>
#include <optional>

namespace dd {

class Database;

// The full integrity check of an SQLite database, once a day, off the screen's thread (the Overview shows the last
// result). The result is kept in this PC's settings, per database file.
class DatabaseCheck
{
    Q_DECLARE_TR_FUNCTIONS(dd::DatabaseCheck)
public:
    struct Record {
        QDateTime at; // UTC
        bool ok = true;
        QString firstProblem;
        qint64 elapsedMs = 0;
    };
    static constexpr int intervalHours = 24;

    static std::optional<Record> last(const Database &db);
    // True on SQLite when no check ran in the last 24 hours.
    static bool due(const Database &db, const QDateTime &nowUtc);
    // Runs PRAGMA integrity_check on the calling thread's connection and keeps the result. A damaged file is marked
    // so (nothing more is written). Throws nothing.
    // Returns nullopt when cancelled before it finished.
    static std::optional<Record> run(Database &db, const std::atomic<bool> *cancel = nullptr);
    // One line for the Overview.
    static QString describe(const Database &db, const std::optional<Record> &record, bool running);
};

} // namespace dd
