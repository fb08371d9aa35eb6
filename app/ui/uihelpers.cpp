#include "uihelpers.h"

#include <QCoreApplication>
#include <QLabel>
#include <QMessageBox>

#include "store/storeerror.h"

namespace dd::ui {

void showMessage(QLabel *label, const QString &text, bool error)
{
    label->setText(text);
    label->setStyleSheet(error ? QStringLiteral("QLabel { color: #d9342b; font-weight: 600; }") : QString());
    label->setVisible(!text.isEmpty());
}

void clearMessage(QLabel *label)
{
    label->clear();
    label->setVisible(false);
}

QString errorTitle(const StoreError &e)
{
    switch (e.kind()) {
    case StoreError::Kind::Validation: return QCoreApplication::translate("dd::ui", "Please check your input");
    case StoreError::Kind::Conflict: return QCoreApplication::translate("dd::ui", "Changed at another station");
    case StoreError::Kind::Forbidden: return QCoreApplication::translate("dd::ui", "Not allowed");
    case StoreError::Kind::Connection: return QCoreApplication::translate("dd::ui", "Database not reachable");
    case StoreError::Kind::Locked: return QCoreApplication::translate("dd::ui", "Database busy");
    default: return QCoreApplication::translate("dd::ui", "DealerDesk");
    }
}

void showError(QWidget *parent, const StoreError &e)
{
    QMessageBox box(e.kind() == StoreError::Kind::Validation ? QMessageBox::Warning : QMessageBox::Critical,
                    errorTitle(e), e.message(), QMessageBox::Ok, parent);
    if (!e.detail().isEmpty())
        box.setDetailedText(e.detail());
    box.exec();
}

} // namespace dd::ui
