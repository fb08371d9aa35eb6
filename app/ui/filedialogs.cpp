#include "filedialogs.h"

#include <QAbstractFileIconProvider>
#include <QApplication>
#include <QCompleter>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemModel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QToolButton>

#include "store/database.h"

namespace dd::ui {

namespace {
const Database *s_database = nullptr;

// Icons and types from the name and stat() alone. Qt's own provider asks the MIME database, which opens files to
// sniff their content.
class NameOnlyIconProvider : public QAbstractFileIconProvider
{
public:
    QIcon icon(IconType type) const override
    {
        QStyle *style = QApplication::style();
        switch (type) {
        case Computer: return style->standardIcon(QStyle::SP_ComputerIcon);
        case Desktop: return style->standardIcon(QStyle::SP_DesktopIcon);
        case Trashcan: return style->standardIcon(QStyle::SP_TrashIcon);
        case Network: return style->standardIcon(QStyle::SP_DriveNetIcon);
        case Drive: return style->standardIcon(QStyle::SP_DriveHDIcon);
        case Folder: return style->standardIcon(QStyle::SP_DirIcon);
        case File: return style->standardIcon(QStyle::SP_FileIcon);
        }
        return style->standardIcon(QStyle::SP_FileIcon);
    }
    QIcon icon(const QFileInfo &info) const override
    {
        if (info.isRoot())
            return icon(Drive);
        return icon(info.isDir() ? Folder : File);
    }
    QString type(const QFileInfo &info) const override
    {
        if (info.isRoot())
            return QCoreApplication::translate("dd::ui", "Drive");
        if (info.isDir())
            return QCoreApplication::translate("dd::ui", "Folder");
        const QString suffix = info.suffix();
        return suffix.isEmpty() ? QCoreApplication::translate("dd::ui", "File")
                                : QCoreApplication::translate("dd::ui", "%1 file").arg(suffix.toUpper());
    }
};

NameOnlyIconProvider *provider()
{
    static NameOnlyIconProvider p;
    return &p;
}

const Database *databaseOr(const Database *db)
{
    return db ? db : s_database;
}

QString databaseFolder(const Database *db)
{
    db = databaseOr(db);
    if (!db || !db->isSqlite())
        return {};
    return QDir::cleanPath(QFileInfo(db->target().path).absolutePath());
}

bool usable(const QString &folder, const QString &dbFolder)
{
    return !folder.isEmpty() && QFileInfo(folder).isDir() && QDir::cleanPath(QFileInfo(folder).absoluteFilePath()) != dbFolder;
}

QString settingsKey(const QString &purpose)
{
    return QStringLiteral("dialogs/%1").arg(purpose);
}

void remember(const QString &purpose, const QString &file)
{
    QSettings().setValue(settingsKey(purpose), QFileInfo(file).absolutePath());
}

bool refuseOwnFile(QWidget *parent, const QString &file, const Database *db)
{
    db = databaseOr(db);
    if (!db || !db->isOwnFile(file))
        return false;
    QMessageBox::warning(parent, QCoreApplication::translate("dd::ui", "Choose another file"),
                         QCoreApplication::translate("dd::ui",
                                                     "%1 is DealerDesk's own database (or one of its journal files). "
                                                     "It cannot be used here; choose another file.")
                             .arg(QDir::toNativeSeparators(file)));
    return true;
}

void prepare(QFileDialog &dialog)
{
    dialog.setOption(QFileDialog::DontUseNativeDialog, true);
    dialog.setOption(QFileDialog::DontUseCustomDirectoryIcons, true);
    dialog.setIconProvider(provider());
}

// Refuses the database's own files when the person confirms, before Qt asks whether to overwrite; the dialog stays
// open for another choice.
class GuardedFileDialog : public QFileDialog
{
public:
    GuardedFileDialog(QWidget *parent, const QString &title, const QString &folder, const QString &filter,
                      const Database *db, bool refuseDatabase)
        : QFileDialog(parent, title, folder, filter), m_db(db), m_refuse(refuseDatabase)
    {
    }
    void accept() override
    {
        if (m_refuse) {
            QStringList chosen = selectedFiles();
            const QString typed = findChild<QLineEdit *>(QStringLiteral("fileNameEdit")) ? findChild<QLineEdit *>(QStringLiteral("fileNameEdit"))->text() : QString();
            if (!typed.isEmpty())
                chosen << (QFileInfo(typed).isAbsolute() ? typed : QDir(directory()).filePath(typed));
            for (const QString &f : chosen)
                if (refuseOwnFile(this, f, m_db))
                    return;
        }
        QFileDialog::accept();
    }

private:
    const Database *m_db;
    bool m_refuse;
};

QStringList run(QWidget *parent, const QString &purpose, const QString &title, const QString &filter,
                const QString &suggestedName, QFileDialog::AcceptMode mode, QFileDialog::FileMode fileMode,
                const Database *db)
{
    // Choosing the database itself is what the database dialog is for; anywhere else it is refused.
    GuardedFileDialog dialog(parent, title, FileDialogs::startFolder(purpose, db), filter, db,
                             purpose != QLatin1String("database"));
    prepare(dialog);
    dialog.setAcceptMode(mode);
    dialog.setFileMode(fileMode);
    if (!suggestedName.isEmpty())
        dialog.selectFile(QFileInfo(suggestedName).fileName());
    if (dialog.exec() != QDialog::Accepted)
        return {};
    const QStringList files = dialog.selectedFiles();
    if (!files.isEmpty())
        remember(purpose, files.first());
    return files;
}
} // namespace

void FileDialogs::setDatabase(const Database *db)
{
    s_database = db;
}

QString FileDialogs::startFolder(const QString &purpose, const Database *db)
{
    const QString dbFolder = databaseFolder(db);
    const QString remembered = QSettings().value(settingsKey(purpose)).toString();
    if (usable(remembered, dbFolder))
        return remembered;
    const QStandardPaths::StandardLocation preferred =
        purpose == QLatin1String("photos") || purpose == QLatin1String("logo") ? QStandardPaths::PicturesLocation
                                                                               : QStandardPaths::DocumentsLocation;
    for (const QString &candidate : {QStandardPaths::writableLocation(preferred),
                                     QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                     QDir::homePath(), QDir::tempPath()}) {
        if (usable(candidate, dbFolder))
            return candidate;
    }
    return QDir::rootPath();
}

QString FileDialogs::saveFile(QWidget *parent, const QString &purpose, const QString &title,
                              const QString &suggestedName, const QString &filter, const Database *db)
{
    return run(parent, purpose, title, filter, suggestedName, QFileDialog::AcceptSave, QFileDialog::AnyFile, db).value(0);
}

QString FileDialogs::openFile(QWidget *parent, const QString &purpose, const QString &title, const QString &filter,
                              const Database *db)
{
    return run(parent, purpose, title, filter, {}, QFileDialog::AcceptOpen, QFileDialog::ExistingFile, db).value(0);
}

QStringList FileDialogs::openFiles(QWidget *parent, const QString &purpose, const QString &title,
                                   const QString &filter, const Database *db)
{
    return run(parent, purpose, title, filter, {}, QFileDialog::AcceptOpen, QFileDialog::ExistingFiles, db);
}

void FileDialogs::harden(QPrintDialog *dialog, const Database *db, const QString &suggestedName)
{
    QPrinter *printer = dialog->printer();
    if (printer && printer->outputFileName().isEmpty())
        printer->setOutputFileName(QDir(FileDialogs::startFolder(QStringLiteral("pdf"), db)).filePath(suggestedName));
    for (QFileSystemModel *model : dialog->findChildren<QFileSystemModel *>()) {
        model->setOption(QFileSystemModel::DontUseCustomDirectoryIcons, true);
        model->setIconProvider(provider());
    }
    // The print-to-file browser of Qt's print dialog is a tool button next to the file name field.
    auto *browse = dialog->findChild<QToolButton *>(QStringLiteral("fileBrowser"));
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("filename"));
    if (browse && name) {
        QObject::disconnect(browse, &QToolButton::clicked, nullptr, nullptr);
        QObject::connect(browse, &QToolButton::clicked, dialog, [dialog, name, db] {
            const QString file = FileDialogs::saveFile(dialog, QStringLiteral("pdf"), QPrintDialog::tr("Print To File ..."),
                                          name->text(), QString(), db);
            if (!file.isEmpty())
                name->setText(QDir::toNativeSeparators(file));
        });
    }
}

} // namespace dd::ui
