#pragma once
#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <QTimer>

#include "changes.h"

namespace dd {

class Database;

// Brings the other stations' commits to this process's ChangeHub, within about a second.
// - SQLite: PRAGMA data_version on the screen's connection, twice a second. It changes only when another
//   connection (another PC, the command line, a second window) committed.
// - PostgreSQL: LISTEN on a connection of its own; Commands NOTIFY at commit. A health check every few
//   seconds reconnects and re-LISTENs a dropped listener (QPSQL says nothing when it drops), and catches up.
// Either way the audit log says what changed: rows with an id above the last one seen, in commit order.
// Rows this process wrote are not announced again. Lives in, and must be used from, the screen's thread.
class ChangeWatcher : public QObject
{
    Q_OBJECT
public:
    explicit ChangeWatcher(Database &db, QObject *parent = nullptr);
    ~ChangeWatcher() override;

    static constexpr int sqliteIntervalMs = 500;
    static constexpr int healthIntervalMs = 3000;
    static constexpr int batch = 500;

    // Starts from the audit log's end: what was committed before is not news.
    void start();
    void stop();
    bool isListening() const; // PostgreSQL: the listener is connected
    qint64 listenerBackend() const; // PostgreSQL: the listener's server process (pg_backend_pid), or 0
    qint64 lastSeen() const { return m_lastSeen; }

    // Reads and announces what was committed since the last look; returns how many changes were new.
    int catchUp();

signals:
    // The watcher could not look (a dropped server): `problem` in the user's language; empty once it can again.
    void trouble(const QString &problem);

private:
    void pollSqlite();
    void checkHealth();
    void listen();
    void dropListener();

    Database &m_db;
    QTimer m_timer;
    qint64 m_lastSeen = 0;
    qint64 m_dataVersion = -1;
    QString m_listener; // connection name, PostgreSQL
    QString m_trouble;
};

} // namespace dd
