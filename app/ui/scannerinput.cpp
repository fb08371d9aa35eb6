#include "scannerinput.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QWidget>

#include "core/docnumber.h"

namespace dd
{

ScannerInput::ScannerInput(QWidget *scope, int minLength, int maxGapMs)
    : QObject(scope), m_scope(scope), m_minLength(minLength), m_maxGapMs(maxGapMs)
{
    qApp->installEventFilter(this);
}

ScannerInput::~ScannerInput()
{
    qApp->removeEventFilter(this);
}

bool ScannerInput::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress || !m_scope || !m_scope->isVisible())
        return false;
    auto *target = qobject_cast<QWidget *>(watched);
    if (!target || (target != m_scope && !m_scope->isAncestorOf(target)))
        return false;
    // Only the first delivery: a key the focus widget ignores travels on to its parents through here again.
    if (QWidget *focus = QApplication::focusWidget(); focus && focus != target)
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    const bool fast = m_last.isValid() && m_last.elapsed() <= m_maxGapMs;
    if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
        const QString code = m_buffer;
        m_buffer.clear();
        if (!fast || code.size() < m_minLength || !DocumentNumbers::looksLikeNumber(code))
            return false; // typed by hand, or a fast-typed reference number: Enter does what it always does
        if (auto *edit = qobject_cast<QLineEdit *>(target); edit && edit->text().endsWith(code))
            edit->setText(edit->text().chopped(code.size()));
        emit scanned(code);
        return true;
    }
    switch (key->key()) {
    case Qt::Key_Shift: // a scanner presses Shift for capitals, as a keyboard does: part of the burst
    case Qt::Key_CapsLock:
    case Qt::Key_Control:
    case Qt::Key_Alt:
    case Qt::Key_Meta:
        return false;
    default:
        break;
    }
    const QString text = key->text();
    if (text.size() != 1 || !text.at(0).isPrint() ||
        (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
        m_buffer.clear();
        m_last.invalidate();
        return false;
    }
    m_buffer = fast ? m_buffer + text : text;
    m_last.restart();
    return false;
}

} // namespace dd
