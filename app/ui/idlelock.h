#pragma once
#include <QObject>
#include <QTimer>
#include <functional>

namespace dd {

// Locks a counter PC left alone: watches keyboard and mouse anywhere in the app and emits idle() once
// `minutes` pass without either. Nothing happens while a dialog is open (someone is in the middle of
// something, and locking must never lose what they typed) or when minutes is 0.
class IdleLock : public QObject
{
    Q_OBJECT
public:
    explicit IdleLock(QObject *parent = nullptr);
    void setMinutes(int minutes);
    int minutes() const { return m_minutes; }
    // Starts counting again (after an unlock).
    void reset();
    // Looks whether the time is up; called by the timer, and by tests with their own clock.
    void check();
    void setClock(std::function<qint64()> msecsNow) { m_now = std::move(msecsNow); }

signals:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    int m_minutes = 0;
    qint64 m_lastActivity = 0;
    bool m_fired = false;
    QTimer m_timer;
    std::function<qint64()> m_now;
};

} // namespace dd
