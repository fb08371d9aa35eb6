#include "uihelpers.h"
#include "filedialogs.h"

#include <QAction>
#include <QKeySequence>

#include <QTableWidgetItem>

#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QBuffer>
#include <QFileDialog>
#include <QImageReader>
#include <QStandardPaths>
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

void focusField(QWidget *field)
{
    if (!field)
        return;
    field->setFocus(Qt::OtherFocusReason);
    if (auto *edit = qobject_cast<QLineEdit *>(field))
        edit->selectAll();
}

void FieldChecks::add(const Validation &part, QWidget *field)
{
    if (!part.ok() && !m_first)
        m_first = field;
    m_all.merge(part);
}

void FieldChecks::error(const QString &message, QWidget *field)
{
    Validation v;
    v.error(message);
    add(v, field);
}

bool FieldChecks::report(QLabel *message) const
{
    if (m_all.ok())
        return true;
    showMessage(message, m_all.errors.join(QLatin1Char('\n')));
    focusField(m_first);
    return false;
}

QByteArray photoFromFile(const QString &file)
{
    QImageReader reader(file);
    reader.setAutoTransform(true); // phone pictures come rotated by their EXIF data
    QImage img = reader.read();
    if (img.isNull())
        return {};
    if (img.width() > 1600 || img.height() > 1600)
        img = img.scaled(1600, 1600, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    img.convertToFormat(QImage::Format_RGB32).save(&buffer, "JPEG", 85);
    return jpeg;
}

QStringList choosePhotos(QWidget *parent, const QString &title)
{
    return FileDialogs::openFiles(parent, QStringLiteral("photos"), title,
                                  QCoreApplication::translate("dd::ui", "Pictures (*.jpg *.jpeg *.png *.heic *.bmp)"), nullptr);
}

bool maySwitchAway(QWidget *parent, bool &dirty, const QString &title, const QString &question,
                   const std::function<bool()> &save)
{
    if (!dirty)
        return true;
    const auto answer = QMessageBox::question(parent, title, question,
                                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    if (answer == QMessageBox::Discard) {
        dirty = false;
        return true;
    }
    return false;
}

QTableWidgetItem *cell(const QString &text, const QVariant &data)
{
    auto *item = new QTableWidgetItem(text);
    if (data.isValid())
        item->setData(Qt::UserRole, data);
    return item;
}

QTableWidgetItem *cell(const QString &text)
{
    return new QTableWidgetItem(text);
}

QString errorTitle(const StoreError &e)
{
    switch (e.kind()) {
    case StoreError::Kind::Validation: return QCoreApplication::translate("dd::ui", "Please check your input");
    case StoreError::Kind::Conflict: return QCoreApplication::translate("dd::ui", "Changed at another station");
    case StoreError::Kind::Forbidden: return QCoreApplication::translate("dd::ui", "Not allowed");
    case StoreError::Kind::Connection: return QCoreApplication::translate("dd::ui", "Database not reachable");
    case StoreError::Kind::Locked: return QCoreApplication::translate("dd::ui", "Database busy");
    case StoreError::Kind::Damaged: return QCoreApplication::translate("dd::ui", "Database damaged");
    case StoreError::Kind::Duplicate: return QCoreApplication::translate("dd::ui", "Already on file");
    default: return QCoreApplication::translate("dd::ui", "DealerDesk");
    }
}

QAction *pageShortcut(QWidget *page, const QKeySequence &key, const std::function<void()> &slot, const QString &text)
{
    auto *a = new QAction(text, page);
    a->setShortcut(key);
    a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(a, &QAction::triggered, page, slot);
    page->addAction(a);
    return a;
}

void showError(QWidget *parent, const StoreError &e)
{
    QMessageBox box(e.kind() == StoreError::Kind::Validation || e.kind() == StoreError::Kind::Duplicate ? QMessageBox::Warning : QMessageBox::Critical,
                    errorTitle(e), e.message(), QMessageBox::Ok, parent);
    if (!e.detail().isEmpty())
        box.setDetailedText(e.detail());
    box.exec();
}

} // namespace dd::ui
