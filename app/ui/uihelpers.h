#pragma once
#include <QString>
#include <functional>

#include "core/validation.h"

class QAction;
class QKeySequence;
class QLabel;
class QTableWidgetItem;
class QVariant;
class QWidget;

namespace dd {

class StoreError;

namespace ui {
// Shows a message in a dialog's message line: red for errors, the normal colour for information.
void showMessage(QLabel *label, const QString &text, bool error = true);
void clearMessage(QLabel *label);
// Puts the keyboard in a field that needs correcting, its text selected for retyping.
void focusField(QWidget *field);
// Collects a form's checks with the field each one belongs to; report() shows every problem and puts the
// keyboard in the first field that needs correcting.
class FieldChecks
{
public:
    void add(const Validation &part, QWidget *field);
    void error(const QString &message, QWidget *field);
    bool ok() const { return m_all.ok(); }
    const Validation &validation() const { return m_all; }
    // False (and the problems shown) when something is wrong.
    bool report(QLabel *message) const;

private:
    Validation m_all;
    QWidget *m_first = nullptr;
};
// Unsaved changes before the screen moves on: asks Save / Discard / Cancel. True when it may move on (saved,
// or the changes dropped and `dirty` cleared); false to stay with the changes on screen.
bool maySwitchAway(QWidget *parent, bool &dirty, const QString &title, const QString &question,
                   const std::function<bool()> &save);
// A photo from a file as the database keeps it: turned upright by its EXIF data, at most 1600 px, JPEG.
// Empty when the file is not a picture this computer can read.
QByteArray photoFromFile(const QString &file);
// The file dialog for photos of damage or a finding.
QStringList choosePhotos(QWidget *parent, const QString &title);
// A read-only table cell, with `data` (a record's id) under Qt::UserRole when given.
QTableWidgetItem *cell(const QString &text, const QVariant &data);
QTableWidgetItem *cell(const QString &text);
// The title of a StoreError's kind, for message boxes.
QString errorTitle(const StoreError &e);
// A key that works anywhere on `page` while it has the focus (its children included); returns the action, which
// carries `text` when given (the shortcut list shows actions with a text).
QAction *pageShortcut(QWidget *page, const QKeySequence &key, const std::function<void()> &slot, const QString &text = {});
// A StoreError in a message box (the detail goes into "Show Details").
void showError(QWidget *parent, const StoreError &e);
} // namespace ui

} // namespace dd
