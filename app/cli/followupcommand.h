#pragma once
#include <QCoreApplication>
#include <QDate>
#include <QStringList>
#include <QTextStream>

namespace dd {

class Database;
struct Session;

// `dealerdesk followups [--due DATE | --overdue]`: the follow-up queue for scripts, tab-separated, one call a
// line: due date, kind, work order, customer, phone (masked), vehicle, the advisor who served, attempts so far.
// Without options, what is due up to today; --due DATE up to that day; --overdue only what is past its day.
// Needs the right to follow customers up (the customer-service clerk, the service manager).
class FollowUpCommand
{
    Q_DECLARE_TR_FUNCTIONS(dd::FollowUpCommand)
public:
    struct Args {
        QDate due;        // up to this day (today when not given)
        bool overdue = false;
    };
    // The usage error for these words and options, or an empty string when they are right.
    static QString usageError(const QStringList &command, bool dueGiven, const QString &due, bool overdue, Args *args);
    static int run(Database &db, const Session &session, const Args &args, QTextStream &out);
    // `dealerdesk complaints [--open] [--overdue]`: one complaint a line, by its resolution deadline; the times in
    // local time. The same right as the follow-up desk.
    static int complaints(Database &db, const Session &session, bool openOnly, bool overdueOnly, QTextStream &out);
    // `dealerdesk messages --date DATE --csv FILE`: the day's messages for the bulk-SMS platform, then marked as
    // exported (one command); says how many.
    static int messages(Database &db, const Session &session, const QDate &day, const QString &file, QTextStream &out,
                        QTextStream &err);
};

} // namespace dd
