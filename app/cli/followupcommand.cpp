#include "followupcommand.h"

#include <QSaveFile>

#include "core/identifiers.h"
#include "store/commands.h"
#include "store/complaintstore.h"
#include "store/database.h"
#include "store/followupstore.h"

namespace dd {

QString FollowUpCommand::usageError(const QStringList &command, bool dueGiven, const QString &due, bool overdue, Args *args)
{
    if (command.size() != 1 || (dueGiven && overdue))
        return tr("use: followups [--due YYYY-MM-DD | --overdue]");
    args->due = QDate::currentDate();
    args->overdue = overdue;
    if (dueGiven) {
        args->due = QDate::fromString(due.trimmed(), Qt::ISODate);
        if (!args->due.isValid())
            return tr("--due needs a date as YYYY-MM-DD, e.g. 2026-12-07, not \"%1\"").arg(due);
    }
    return {};
}

int FollowUpCommand::run(Database &db, const Session &session, const Args &args, QTextStream &out)
{
    Commands(db, session).require(Permission::FollowUpCustomers);
    const QDate today = QDate::currentDate();
    const QDate until = args.overdue ? today.addDays(-1) : args.due;
    for (const FollowUpCall &c : FollowUpStore(db).queue(until, 0)) {
        out << c.due.toString(Qt::ISODate) << '\t' << c.kind << '\t' << c.workOrderNumber << '\t' << c.customerName
            << '\t' << Phone::masked(c.phone) << '\t' << c.vehicleLabel << '\t' << c.servingAdvisor << '\t' << c.attempts
            << '\n';
    }
    out.flush();
    return 0;
}

int FollowUpCommand::messages(Database &db, const Session &session, const QDate &day, const QString &file,
                              QTextStream &out, QTextStream &err)
{
    Commands commands(db, session);
    commands.require(Permission::FollowUpCustomers);
    FollowUpStore store(db);
    const QList<FollowUpStore::Message> list = store.messagesOn(day);
    QSaveFile f(file);
    if (!f.open(QIODevice::WriteOnly) || f.write(FollowUpStore::messagesCsv(list)) < 0 || !f.commit()) {
        err << tr("Cannot write %1: %2").arg(file, f.errorString()) << Qt::endl;
        return 1;
    }
    store.markExported(commands, day);
    out << tr("%n message(s) of %1 written to %2", nullptr, int(list.size())).arg(day.toString(Qt::ISODate), file) << Qt::endl;
    return 0;
}

int FollowUpCommand::complaints(Database &db, const Session &session, bool openOnly, bool overdueOnly, QTextStream &out)
{
    Commands(db, session).require(Permission::FollowUpCustomers);
    const QDateTime now = db.now();
    const auto local = [](const QDateTime &utc) {
        return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
    };
    for (const Complaint &k : ComplaintStore(db).list(openOnly || overdueOnly, 30)) {
        if (overdueOnly && !k.overdue(now))
            continue;
        QStringList flags;
        if (k.replyOverdue(now))
            flags << QStringLiteral("reply_overdue");
        if (k.resolveOverdue(now))
            flags << QStringLiteral("overdue");
        if (k.escalated(now))
            flags << QStringLiteral("escalated");
        out << k.number << '\t' << local(k.receivedAt) << '\t' << k.state << '\t' << k.severity << '\t' << k.category << '\t'
            << k.customerName << '\t' << Phone::masked(k.phone) << '\t' << k.vehicleLabel << '\t' << k.workOrderNumber << '\t'
            << k.responsible << '\t' << local(k.replyBy) << '\t' << local(k.resolveBy) << '\t' << flags.join(QLatin1Char(','))
            << '\n';
    }
    out.flush();
    return 0;
}

} // namespace dd
