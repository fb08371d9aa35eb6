#include "idlelock.h"

#include <QApplication>
#include <QDateTime>
#include <QEvent>

namespace dd {

IdleLock::IdleLock(QObject *parent) : QObject(parent), m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    m_lastActivity = m_now();
    m_timer.setInterval(15000);
    connect(&m_timer, &QTimer::timeout, this, &IdleLock::check);
    m_timer.start();
    qApp->installEventFilter(this);
}

void IdleLock::setMinutes(int minutes)
{
    m_minutes = minutes;
    reset();
}

void IdleLock::reset()
{
    m_lastActivity = m_now();
    m_fired = false;
}

void IdleLock::check()
{
    if (m_minutes <= 0 || m_fired)
        return;
    if (QApplication::activeModalWidget() != nullptr) {
        m_lastActivity = m_now(); // a dialog is open: its work is never locked away
        return;
    }
    if (m_now() - m_lastActivity >= qint64(m_minutes) * 60 * 1000) {
        m_fired = true; // once, until reset() after the unlock
        emit idle();
    }
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        m_lastActivity = m_now();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace dd
