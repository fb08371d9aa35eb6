#include "datetimetyping.h"

#include <QApplication>
#include <QDateTimeEdit>
#include <QFocusEvent>
#include <QKeyEvent>
#include <QPointer>

namespace dd::ui {

void DateTimeTyping::install()
{
    static QPointer<DateTimeTyping> installed;
    if (installed || !qApp)
        return;
    installed = new DateTimeTyping(qApp);
    qApp->installEventFilter(installed);
}

bool DateTimeTyping::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if ((type != QEvent::FocusIn && type != QEvent::KeyPress) || m_resending)
        return false;
    auto *edit = qobject_cast<QDateTimeEdit *>(watched);
    if (!edit || edit->isReadOnly())
        return false;

    if (type == QEvent::FocusIn) {
        m_edit = nullptr;
        const Qt::FocusReason reason = static_cast<QFocusEvent *>(event)->reason();
        // Qt selects the first section after Tab, the last after Shift+Tab, and leaves the cursor where the mouse
        // put it; after the calendar popup or a return to the window it keeps what was there. Everything else
        // (the label's Alt shortcut, a dialog opening on the field) is taken as Tab.
        if (reason == Qt::ShortcutFocusReason || reason == Qt::OtherFocusReason) {
            QFocusEvent asTab(QEvent::FocusIn, Qt::TabFocusReason);
            m_resending = true;
            QCoreApplication::sendEvent(edit, &asTab);
            m_resending = false;
            return true;
        }
        return false;
    }

    const auto *key = static_cast<QKeyEvent *>(event);
    const QString text = key->text();
    if (text.size() == 1 && text.at(0).isDigit()) {
        m_edit = edit;
        m_sectionBeforeDigit = edit->currentSectionIndex();
        return false;
    }
    const bool separator = text.size() == 1 && QStringLiteral("-/.: ").contains(text.at(0));
    const bool movedByItself = m_edit == edit && edit->currentSectionIndex() != m_sectionBeforeDigit;
    m_edit = nullptr;
    return separator && movedByItself; // the move was made: the separator is swallowed, not a second move
}

} // namespace dd::ui
