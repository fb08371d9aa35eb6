// Issue 15, point 1: while a connection is open, nothing in the process opens the database's files outside SQLite.
// POSIX locks belong to the process: closing any descriptor of the file drops SQLite's, a second process then
// deletes the WAL, and later commits vanish. Each test runs the exact sequence: committed rows -> the code path ->
// a second process opens, reads and closes -> this process commits again -> a third process sees both commits and
// the WAL is still there. The first test shows that the sequence does catch a plain open()/close().
#include <QDir>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QSettings>
#include <QThread>
#include <QFile>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>

#include "store/commands.h"
#include "ui/databasedialog.h"
#include "ui/filedialogs.h"
#include "ui/printpreviewdialog.h"
#include "uitest.h"

using namespace uitest;

namespace {
// Lets the event loop and the file system model's gatherer thread run for `ms`.
void settle(int ms)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < ms) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
}

QString peer(const QString &file, const QString &sql)
{
    QProcess p;
    p.start(QStringLiteral(DD_SQLITE_PEER), {file, sql});
    REQUIRE(p.waitForFinished(20000));
    INFO("peer stderr: " << p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

// "The GUI": a demo-less shop on an SQLite file with a committed row per call.
struct Station : Shop {
    int commits = 0;
    QString file() const { return t.target().path; }
    QString folder() const { return QFileInfo(file()).absolutePath(); }
    void commit()
    {
        Commands c = ctx.commands();
        c.run(QStringLiteral("test.commit"), std::nullopt, [&](CommandContext &cc) {
            cc.audit(QStringLiteral("test"), ++commits, CommandContext::Action::Event, {}, {});
        });
    }
    int committedHere()
    {
        return db->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE command = 'test.commit'"), {}, 0).toInt();
    }
};

const QString countSql = QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE command = 'test.commit'");

// The whole sequence around `path`; true when nothing was lost.
bool nothingLost(Station &s, const std::function<void()> &path)
{
    s.commit();
    REQUIRE(QFile::exists(s.file() + QStringLiteral("-wal")));
    path();
    peer(s.file(), QStringLiteral("SELECT COUNT(*) FROM users")); // a second process opens, reads, closes
    s.commit();
    const int here = s.committedHere();
    const int there = peer(s.file(), countSql).toInt(); // a third process
    const bool walKept = QFile::exists(s.file() + QStringLiteral("-wal"));
    INFO("commits seen here " << here << ", by another process " << there << ", WAL kept " << walKept);
    CHECK(here == s.commits);
    return there == here && walKept;
}

// Shows a file dialog's listing of the database's own folder (the worst case: the person went there), in the
// detailed view so types are asked too, until the file system model has loaded it and its icons; then cancels.
void browseDatabaseFolder(QFileDialog *dialog, const QString &folder)
{
    auto *model = dialog->findChild<QFileSystemModel *>();
    if (!model) {
        dialog->reject();
        return;
    }
    bool loaded = false;
    QObject::connect(model, &QFileSystemModel::directoryLoaded, dialog, [&](const QString &path) {
        loaded = loaded || QDir::cleanPath(path) == QDir::cleanPath(folder);
    });
    dialog->setViewMode(QFileDialog::Detail);
    dialog->setDirectory(folder);
    // The model's gatherer thread reads the folder (and asks the icon provider about every file in it, the ones
    // the name filter hides included); then the view asks for icons and types of what it shows.
    QElapsedTimer clock;
    clock.start();
    while (!loaded && clock.elapsed() < 5000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    const QModelIndex parent = model->index(folder);
    for (int r = 0; r < model->rowCount(parent); ++r)
        for (int c = 0; c < model->columnCount(parent); ++c) {
            model->data(model->index(r, c, parent), Qt::DecorationRole);
            model->data(model->index(r, c, parent), Qt::DisplayRole);
        }
    settle(500);
    dialog->setProperty("ddLoaded", loaded);
    dialog->reject();
}
} // namespace

TEST_CASE("wal safety: the test's sequence catches a plain open and close of the database file", "[ui][wal]")
{
    Station s;
    const bool kept = nothingLost(s, [&] {
        QFile f(s.file());
        REQUIRE(f.open(QIODevice::ReadOnly));
        f.read(16);
        f.close(); // drops the process's SQLite locks
    });
    CHECK_FALSE(kept); // the loss the app must never cause: the harness sees it
}

TEST_CASE("wal safety: the app's file dialogs, browsed into the database's folder, lose nothing", "[ui][wal]")
{
    Station s;
    ui::FileDialogs::setDatabase(s.db.get());
    SECTION("save as PDF, backup, CSV export")
    {
        CHECK(nothingLost(s, [&] {
            whenModal<QFileDialog>([&](QFileDialog *d) { browseDatabaseFolder(d, s.folder()); });
            CHECK(ui::FileDialogs::saveFile(nullptr, QStringLiteral("pdf"), QStringLiteral("Save"), QStringLiteral("x.pdf"),
                                            QStringLiteral("PDF files (*.pdf)"), s.db.get())
                      .isEmpty());
        }));
    }
    SECTION("import, photos, logo")
    {
        CHECK(nothingLost(s, [&] {
            whenModal<QFileDialog>([&](QFileDialog *d) { browseDatabaseFolder(d, s.folder()); });
            CHECK(ui::FileDialogs::openFiles(nullptr, QStringLiteral("photos"), QStringLiteral("Photos"),
                                             QStringLiteral("All files (*)"), s.db.get())
                      .isEmpty());
        }));
    }
    SECTION("the print preview's Save as PDF button")
    {
        CHECK(nothingLost(s, [&] {
            PrintPreviewDialog preview(s.ctx, QStringLiteral("dayclose"), QDate::currentDate().toString(Qt::ISODate));
            whenModal<QFileDialog>([&](QFileDialog *d) { browseDatabaseFolder(d, s.folder()); });
            child<QPushButton>(&preview, "pdfButton")->click();
        }));
    }
    SECTION("the print dialog's print-to-file field and its completer")
    {
        CHECK(nothingLost(s, [&] {
            QPrinter printer(QPrinter::HighResolution);
            QPrintDialog dialog(&printer);
            ui::FileDialogs::harden(&dialog, s.db.get(), QStringLiteral("x.pdf"));
            CHECK_FALSE(QFileInfo(printer.outputFileName()).absolutePath() == s.folder());
            for (QFileSystemModel *model : dialog.findChildren<QFileSystemModel *>()) {
                model->setRootPath(s.folder());
                const QModelIndex parent = model->index(s.folder());
                waitFor([&] { return model->rowCount(parent) >= 1; }, 5000, "the completer lists the folder");
                for (int r = 0; r < model->rowCount(parent); ++r)
                    model->data(model->index(r, 0, parent), Qt::DecorationRole);
            }
            settle(400);
        }));
    }
}

TEST_CASE("wal safety: a dialog never starts in the database's folder and refuses the database's files", "[ui][wal]")
{
    Station s;
    QSettings().setValue(QStringLiteral("dialogs/pdf"), s.folder()); // remembered from a time it was allowed
    const QString start = ui::FileDialogs::startFolder(QStringLiteral("pdf"), s.db.get());
    CHECK(QDir::cleanPath(start) != QDir::cleanPath(s.folder()));
    for (const QString &own : {s.file(), s.file() + QStringLiteral("-wal"), s.file() + QStringLiteral("-shm")})
        CHECK(s.db->isOwnFile(own));
    CHECK_FALSE(s.db->isOwnFile(s.folder() + QStringLiteral("/other.csv")));
    // Choosing the database file as a PDF is refused with a message before anything else, and the dialog stays open.
    bool refused = false, stillOpen = false;
    whenModal<QFileDialog>([&](QFileDialog *d) {
        d->setDirectory(s.folder());
        auto *name = d->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        REQUIRE(name != nullptr);
        name->setText(QFileInfo(s.file()).fileName()); // typed, as a person would
        whenModal<QMessageBox>([&](QMessageBox *box) {
            refused = box->text().contains(QStringLiteral("own database"));
            box->accept();
        });
        QMetaObject::invokeMethod(d, "accept");
        stillOpen = d->isVisible();
        d->reject();
    });
    CHECK(ui::FileDialogs::saveFile(nullptr, QStringLiteral("pdf"), QStringLiteral("Save"), QStringLiteral("x.pdf"),
                                    QString(), s.db.get())
              .isEmpty());
    CHECK(refused);
    CHECK(stillOpen);
}

TEST_CASE("wal safety: the database probe and the connection test of the current file lose nothing", "[ui][wal]")
{
    Station s;
    SECTION("the probe of another Database on the same file")
    {
        CHECK(nothingLost(s, [&] {
            Database other(s.t.target());
            CHECK(other.inspect() > 0);
        }));
    }
    SECTION("Settings > Database connection > Test on the current file")
    {
        CHECK(nothingLost(s, [&] {
            DatabaseDialog dialog(s.t.target());
            CHECK(dialog.test());
            CHECK(dialog.message().contains(QStringLiteral("Usable")));
        }));
    }
}

TEST_CASE("wal safety: dealerdesk backup and print running while the window works lose nothing", "[ui][wal]")
{
    Station s;
    const QTemporaryDir out;
    auto dealerdesk = [&](const QStringList &args) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DEALERDESK_PASSWORD"), QStringLiteral("front-desk-1"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(DD_DEALERDESK), QStringList{QStringLiteral("--db"), s.file(), QStringLiteral("--user"),
                                                           QStringLiteral("admin"), QStringLiteral("--lang"),
                                                           QStringLiteral("en")} + args);
        REQUIRE(p.waitForFinished(60000));
        INFO("dealerdesk " << args.join(QLatin1Char(' ')).toStdString() << ": "
                           << p.readAllStandardError().toStdString());
        CHECK(p.exitCode() == 0);
    };
    CHECK(nothingLost(s, [&] { dealerdesk({QStringLiteral("backup"), out.filePath(QStringLiteral("b.db"))}); }));
    CHECK(nothingLost(s, [&] {
        dealerdesk({QStringLiteral("print"), QStringLiteral("dayclose"), QDate::currentDate().toString(Qt::ISODate),
                    QStringLiteral("--pdf"), out.filePath(QStringLiteral("d.pdf"))});
    }));
    CHECK(nothingLost(s, [&] { dealerdesk({QStringLiteral("workorders")}); }));
    CHECK(QFile::exists(out.filePath(QStringLiteral("b.db"))));
    CHECK(QFile::exists(out.filePath(QStringLiteral("d.pdf"))));
}
