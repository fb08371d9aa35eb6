#include "keyboard.h"

#include <QApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QTest>
#include <catch2/catch.hpp>
#include <cmath>

namespace uitest {

QWidget *Keyboard::target() const
{
    QWidget *modal = QApplication::activeModalWidget();
    QWidget *want = modal ? modal : m_home;
    if (!QApplication::activeWindow() || QApplication::activeWindow() != want->window())
        QApplication::setActiveWindow(want->window());
    QWidget *f = QApplication::focusWidget();
    return f ? f : want;
}

QWidget *Keyboard::focus() const
{
    return target();
}

void Keyboard::key(Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    QWidget *t = target();
    INFO("key " << key << " to " << t->metaObject()->className() << " " << t->objectName().toStdString());
    QTest::keyClick(t, key, modifiers);
    // What the event loop does between two real keystrokes: queued work runs (a table's editor commits its
    // text after Enter through a queued call, for one).
    QCoreApplication::processEvents();
    // A button reached by its mnemonic clicks itself after a short animation (QAbstractButton::animateClick).
    if (modifiers & Qt::AltModifier)
        QTest::qWait(150);
    ++m_total;
}

void Keyboard::keys(Qt::Key k, int times)
{
    for (int i = 0; i < times; ++i)
        key(k);
}

void Keyboard::type(const QString &text)
{
    for (const QChar c : text) {
        QWidget *t = target();
        if (c.unicode() < 128) {
            QTest::keyClick(t, c.toLatin1());
        } else {
            QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
            QApplication::sendEvent(t, &press);
        }
        ++m_total;
    }
}

void Keyboard::step(const QString &name)
{
    m_steps << QStringLiteral("%1: %2").arg(name).arg(m_total - m_stepStart);
    m_stepStart = m_total;
}

namespace {
void mouse(QWidget *w, QEvent::Type type, QPointF at, Qt::MouseButtons buttons)
{
    const Qt::MouseButton button = type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton;
    QMouseEvent e(type, at, w->mapToGlobal(at), button, buttons, Qt::NoModifier);
    QApplication::sendEvent(w, &e);
}
} // namespace

void stroke(QWidget *pad, const QList<QPointF> &points)
{
    mouse(pad, QEvent::MouseButtonPress, points.first(), Qt::LeftButton);
    for (const QPointF &p : points.mid(1))
        mouse(pad, QEvent::MouseMove, p, Qt::LeftButton);
    mouse(pad, QEvent::MouseButtonRelease, points.last(), Qt::NoButton);
}

void signName(QWidget *pad)
{
    QList<QPointF> first, second;
    for (int i = 0; i <= 30; ++i)
        first << QPointF(40 + i * 8, 120 + 30 * std::sin(i / 3.0));
    for (int i = 0; i <= 20; ++i)
        second << QPointF(300 + i * 7, 100 + i * 2);
    stroke(pad, first);
    stroke(pad, second);
}

} // namespace uitest
