#include "fieldtyping.h"

#include <QApplication>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextEdit>
#include <QFocusEvent>
#include <QKeyEvent>
#include <QPointer>

namespace dd::ui {

void FieldTyping::install()
{
    static QPointer<FieldTyping> installed;
    if (installed || !qApp)
        return;
    installed = new FieldTyping(qApp);
    qApp->installEventFilter(installed);
}

bool FieldTyping::confirmsDialog(QObject *watched, const QKeyEvent *key)
{
    if ((key->key() != Qt::Key_Return && key->key() != Qt::Key_Enter) || !(key->modifiers() & Qt::ControlModifier)
        || !(qobject_cast<QPlainTextEdit *>(watched) || qobject_cast<QTextEdit *>(watched)))
        return false;
    auto *dialog = qobject_cast<QDialog *>(static_cast<QWidget *>(watched)->window());
    if (!dialog)
        return false;
    QPushButton *confirm = nullptr;
    for (QPushButton *b : dialog->findChildren<QPushButton *>())
        if (b->isDefault() && b->isVisible() && b->isEnabled())
            confirm = b;
    if (!confirm)
        for (QDialogButtonBox *box : dialog->findChildren<QDialogButtonBox *>())
            for (QAbstractButton *b : box->buttons())
                if (box->buttonRole(b) == QDialogButtonBox::AcceptRole && b->isVisible() && b->isEnabled())
                    confirm = qobject_cast<QPushButton *>(b);
    if (!confirm)
        return false;
    confirm->click();
    return true;
}

bool FieldTyping::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if ((type != QEvent::FocusIn && type != QEvent::KeyPress) || m_resending)
        return false;
    if (type == QEvent::KeyPress && confirmsDialog(watched, static_cast<QKeyEvent *>(event)))
        return true;
    auto *box = qobject_cast<QAbstractSpinBox *>(watched);
    if (!box || box->isReadOnly())
        return false;

    if (type == QEvent::FocusIn) {
        m_edit = nullptr;
        const Qt::FocusReason reason = static_cast<QFocusEvent *>(event)->reason();
        // Qt selects the number or the date's first section after Tab, the last section after Shift+Tab, and
        // leaves the cursor where the mouse put it; after the calendar popup or a return to the window it keeps
        // what was there. Everything else (the label's Alt shortcut, a dialog opening on the field) is taken as Tab.
        if (reason == Qt::ShortcutFocusReason || reason == Qt::OtherFocusReason) {
            QFocusEvent asTab(QEvent::FocusIn, Qt::TabFocusReason);
            m_resending = true;
            QCoreApplication::sendEvent(box, &asTab);
            m_resending = false;
            return true;
        }
        return false;
    }

    auto *edit = qobject_cast<QDateTimeEdit *>(box);
    if (!edit)
        return false;
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
