#pragma once
#include <QString>
#include <QStringList>

class QPrintDialog;
class QWidget;

namespace dd {

class Database;

namespace ui {

// Every file dialog DealerDesk opens goes through here, because a file dialog can lose committed data: a dialog
// that opens a file to pick its icon or type (MIME sniffing) and closes it again drops the POSIX locks SQLite holds
// on the database, after which another process may delete the WAL and later commits vanish (issue 15). So these
// dialogs
// - are Qt's own (never the platform's), with an icon provider that looks at names and stat() only;
// - never start in the database's folder (the last folder used for the same purpose, else Documents, else home);
// - refuse the database's own files (the file itself, -wal, -shm, -journal), asking again.
namespace FileDialogs {
// `purpose` names the remembered start folder ("pdf", "backup", "csv-export", "import", "photos", "logo").
QString saveFile(QWidget *parent, const QString &purpose, const QString &title, const QString &suggestedName,
                 const QString &filter, const Database *db);
QString openFile(QWidget *parent, const QString &purpose, const QString &title, const QString &filter,
                 const Database *db);
QStringList openFiles(QWidget *parent, const QString &purpose, const QString &title, const QString &filter,
                      const Database *db);
// The print dialog has a "print to file" field with its own file browser and name completer: they get the same
// treatment (the output file starts in the PDF folder, the completer's model uses the safe icons, the browse button
// opens the dialog above).
void harden(QPrintDialog *dialog, const Database *db, const QString &suggestedName);
// The folder a dialog for `purpose` starts in: never the database's folder.
QString startFolder(const QString &purpose, const Database *db);
// The database set for the whole window (dialogs opened by Qt itself use it).
void setDatabase(const Database *db);
} // namespace FileDialogs

} // namespace ui
} // namespace dd
