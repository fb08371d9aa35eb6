#pragma once
#include <QObject>

class QKeyEvent;

namespace dd::ui {

// Numbers, dates and times are typed, not picked (every spin box, QDateTimeEdit, QDateEdit and QTimeEdit of the
// application):
// - Reached by the keyboard in any way (Tab, its label's Alt shortcut, a dialog opening on it), a number is
//   selected whole and a date's first section is selected, so typing replaces it at once. Qt selects only after
//   Tab; after Alt+D, or in a dialog that opens on the field, the cursor sat at the end: typed digits were added
//   to the old mileage, typing into a date did nothing, and the user had to select the field first.
// - "2026-12-05 14:30", "2026-12-5 9:05" and "202612051430" all give 5 December 14:30. Qt moves on by itself once
//   a section is complete, so the separator typed next skipped a whole section: "2026-12-05 14:30" became
//   12 December 05:14. A separator typed right after such a move is now taken as the move itself.
// - Up and Down step the section under the cursor, as Qt does; Tab moves from section to section.
// - In a dialog's multi-line text (concerns, one per line, where Enter starts a new line), Ctrl+Enter confirms
//   the dialog as Enter does elsewhere.
// Installed once on the application, so every screen, and every one to come, behaves the same.
class FieldTyping : public QObject
{
    Q_OBJECT
public:
    static void install(); // on qApp; idempotent

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
    static bool confirmsDialog(QObject *watched, const QKeyEvent *key);
    QObject *m_edit = nullptr; // the field the last digit went into, and its section before that digit
    int m_sectionBeforeDigit = -1;
    bool m_resending = false;
};

} // namespace dd::ui
