// The keyboard-only walk's hands: keys typed where the focus is, counted, and the customer's pen on a pad.
#pragma once
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <Qt>

class QWidget;

namespace uitest {

// Sends each key to the widget that has the keyboard focus, as a keyboard does, and counts them. When no window
// is active (the offscreen platform, like Xvfb without a window manager, does not give the focus back after a
// dialog closes) the open modal dialog, else `home`, is activated first: what `xdotool windowfocus` does, and
// not a keystroke.
class Keyboard
{
public:
    explicit Keyboard(QWidget *home) : m_home(home) {}
    void key(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    void keys(Qt::Key key, int times);
    // Text as typed: one keystroke per character (an input method's composed word counts its characters).
    void type(const QString &text);
    // Alt with a letter or a digit, as underlined in a label, button or tab.
    void alt(char c) { key(Qt::Key(c >= 'a' ? Qt::Key_A + (c - 'a') : Qt::Key_0 + (c - '0')), Qt::AltModifier); }
    void ctrl(Qt::Key k) { key(k, Qt::ControlModifier); }
    // Ends a step of the walk: its name and the keys it took, for the closing count.
    void step(const QString &name);
    int total() const { return m_total; }
    QStringList steps() const { return m_steps; }
    QWidget *focus() const;

private:
    QWidget *target() const;
    QWidget *m_home;
    int m_total = 0;
    int m_stepStart = 0;
    QStringList m_steps;
};

// One stroke of the customer's pen (the mouse): press, moves, release.
void stroke(QWidget *pad, const QList<QPointF> &points);
// The customer's name written across a signature pad with the mouse: two strokes, left to right.
void signName(QWidget *pad);

} // namespace uitest
