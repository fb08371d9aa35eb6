#pragma once
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace dd {

// dealerdesk [--db PATH|URL] [--lang zh_CN|zh_TW|en] [COMMAND ...]
// Parsed before any QCoreApplication exists, so main() can choose between the GUI and the command line.
struct Options {
    QString db;
    QString user;      // --user NAME: the DealerDesk user the command runs as
    QString lang;
    QStringList roles; // user add --role
    QString fullName;  // user add --name
    QString state;     // workorders --state
    QString due;       // followups --due DATE
    bool dueGiven = false;
    bool overdue = false; // followups --overdue, complaints --overdue
    bool open = false;    // complaints --open
    QString date;         // messages --date DATE
    bool dateGiven = false;
    QString csv;          // messages --csv FILE
    bool dryRun = false; // import --dry-run
    QString pdf;         // print --pdf FILE
    QString printer;     // print --printer NAME
    int copies = 1;      // print --copies N
    QStringList command;
    bool help = false;
    bool version = false;
    QString usageError;

    bool needsGui() const { return command.value(0) == QLatin1String("print"); } // fonts and printers
    bool wantsGui() const { return command.isEmpty() && !help && !version && usageError.isEmpty(); }
    static Options parse(const QStringList &arguments);
    static QString helpText();
};

} // namespace dd
