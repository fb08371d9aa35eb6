#pragma once
#include <QString>

class QLabel;
class QWidget;

namespace dd {

class StoreError;

namespace ui {
// Shows a message in a dialog's message line: red for errors, the normal colour for information.
void showMessage(QLabel *label, const QString &text, bool error = true);
void clearMessage(QLabel *label);
// The title of a StoreError's kind, for message boxes.
QString errorTitle(const StoreError &e);
// A StoreError in a message box (the detail goes into "Show Details").
void showError(QWidget *parent, const StoreError &e);
} // namespace ui

} // namespace dd
