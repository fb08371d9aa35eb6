#pragma once
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QMutex>
#include <QObject>
#include <QSet>
#include <QString>

namespace dd {

// One changed record, as its audit row names it.
struct Change {
    enum class Kind { Insert, Update, Event };
    QString table;
    QString recordId;
    Kind kind = Kind::Update;
    QString command;
    QString userName;
    QString station;
    QDateTime at; // UTC
    qint64 auditId = 0;
};

// What one commit changed (local), or what other stations committed since the last look (remote).
struct ChangeSet {
    QList<Change> changes;
    bool local = true; // made through this Database in this process

    bool isEmpty() const { return changes.isEmpty(); }
    bool touches(const QString &table) const;
    bool touchesAny(const QStringList &tables) const;
    bool touches(const QString &table, qint64 id) const;
    // The last change to that record in this set, or nullptr.
    const Change *last(const QString &table, qint64 id) const;
    void append(const ChangeSet &other);
};

// The one place a change is announced: Commands publish after COMMIT (never on rollback), and the
// ChangeWatcher publishes what other stations committed. Receivers get `changed` in the hub's thread
// (the screen's), queued, never from inside the command that made the change.
class ChangeHub : public QObject
{
    Q_OBJECT
public:
    explicit ChangeHub(QObject *parent = nullptr);
    // PostgreSQL's LISTEN/NOTIFY channel (lower case: QPSQL quotes it).
    static QString channel() { return QStringLiteral("dealerdesk_changes"); }

    // Safe from any thread.
    void publish(const ChangeSet &set);
    // The audit ids this process wrote, so the watcher does not announce them a second time. Kept only
    // while a watcher runs (setTracking), so a command line importing thousands of rows keeps nothing.
    bool takeOwn(qint64 auditId);
    void setTracking(bool on);

signals:
    void changed(const dd::ChangeSet &set);

private:
    QMutex m_mutex;
    QSet<qint64> m_own;
    bool m_tracking = false;
};

} // namespace dd

Q_DECLARE_METATYPE(dd::ChangeSet)
