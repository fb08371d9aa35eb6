#include "changewatcher.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include "database.h"
#include "sql.h"
#include "storeerror.h"

namespace dd {

ChangeWatcher::ChangeWatcher(Database &db, QObject *parent) : QObject(parent), m_db(db)
{
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_db.isSqlite())
            pollSqlite();
        else
            checkHealth();
    });
}

ChangeWatcher::~ChangeWatcher()
{
    stop();
}

void ChangeWatcher::start()
{
    m_db.changes().setTracking(true);
    try {
        m_lastSeen = m_db.scalar(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM audit_log"), {}, 0).toLongLong();
        if (m_db.isSqlite())
            m_dataVersion = m_db.scalar(QStringLiteral("PRAGMA data_version"), {}, -1).toLongLong();
    } catch (const StoreError &) {
        // Not readable now (a server away): the health check tries again.
    }
    if (!m_db.isSqlite())
        listen();
    m_timer.start(m_db.isSqlite() ? sqliteIntervalMs : healthIntervalMs);
}

void ChangeWatcher::stop()
{
    m_timer.stop();
    m_db.changes().setTracking(false);
    dropListener();
}

bool ChangeWatcher::isListening() const
{
    return !m_listener.isEmpty() && QSqlDatabase::database(m_listener, false).isOpen();
}

qint64 ChangeWatcher::listenerBackend() const
{
    if (m_listener.isEmpty())
        return 0;
    QSqlQuery q(QSqlDatabase::database(m_listener, false));
    return q.exec(QStringLiteral("SELECT pg_backend_pid()")) && q.next() ? q.value(0).toLongLong() : 0;
}

void ChangeWatcher::pollSqlite()
{
    if (m_db.inTransaction())
        return; // a command of this thread is open: its own reads come first
    try {
        const qint64 version = m_db.scalar(QStringLiteral("PRAGMA data_version"), {}, -1).toLongLong();
        if (version == m_dataVersion)
            return;
        m_dataVersion = version;
        catchUp();
    } catch (const StoreError &) {
        // Busy or damaged: the next tick looks again; the screens report the damage themselves.
    }
}

void ChangeWatcher::listen()
{
    dropListener();
    try {
        QSqlDatabase conn = m_db.openDedicated(QStringLiteral("listen"));
        m_listener = conn.connectionName();
        QSqlDriver *driver = conn.driver();
        connect(driver, qOverload<const QString &, QSqlDriver::NotificationSource, const QVariant &>(
                            &QSqlDriver::notification),
                this, [this](const QString &, QSqlDriver::NotificationSource, const QVariant &) { catchUp(); });
        if (!driver->subscribeToNotification(ChangeHub::channel()))
            throw StoreError(StoreError::Kind::Connection, QString(), driver->lastError().text());
        if (!m_trouble.isEmpty()) {
            m_trouble.clear();
            emit trouble(QString());
        }
    } catch (const StoreError &e) {
        dropListener();
        // Never an empty problem: an empty one means "following again".
        const QString problem = e.message().isEmpty() ? tr("the database server does not answer.") : e.message();
        if (problem != m_trouble) {
            m_trouble = problem;
            emit trouble(problem);
        }
    }
}

void ChangeWatcher::dropListener()
{
    if (m_listener.isEmpty())
        return;
    const QString name = m_listener;
    m_listener.clear();
    {
        QSqlDatabase conn = QSqlDatabase::database(name, false);
        if (conn.isValid() && conn.driver())
            disconnect(conn.driver(), nullptr, this, nullptr);
    }
    m_db.closeDedicated(name);
}

void ChangeWatcher::checkHealth()
{
    // QPSQL does not say when the listener's connection dies: ask it.
    bool alive = false;
    if (!m_listener.isEmpty()) {
        QSqlQuery q(QSqlDatabase::database(m_listener, false));
        alive = q.exec(QStringLiteral("SELECT 1"));
    }
    if (!alive)
        listen();
    catchUp(); // also what a notification lost while reconnecting announced
}

int ChangeWatcher::catchUp()
{
    ChangeSet set;
    set.local = false;
    try {
        for (;;) {
            QSqlQuery q = m_db.query(QStringLiteral("SELECT id, table_name, record_id, action, command, user_name, "
                                                    "station, at FROM audit_log WHERE id > ? ORDER BY id LIMIT %1")
                                         .arg(batch),
                                     {m_lastSeen});
            int rows = 0;
            while (q.next()) {
                ++rows;
                m_lastSeen = q.value(0).toLongLong();
                if (m_db.changes().takeOwn(m_lastSeen))
                    continue;
                Change c;
                c.auditId = m_lastSeen;
                c.table = q.value(1).toString();
                c.recordId = q.value(2).toString();
                const QString action = q.value(3).toString();
                c.kind = action == QLatin1String("insert")   ? Change::Kind::Insert
                         : action == QLatin1String("update") ? Change::Kind::Update
                                                             : Change::Kind::Event;
                c.command = q.value(4).toString();
                c.userName = q.value(5).toString();
                c.station = q.value(6).toString();
                c.at = Sql::fromDb(q.value(7));
                set.changes << c;
            }
            if (rows < batch)
                break;
        }
    } catch (const StoreError &) {
        // The next tick or notification tries again from the same place.
    }
    m_db.changes().publish(set);
    return int(set.changes.size());
}

} // namespace dd
