#include "options.h"

#include "documents/formregistry.h"

#include <QCommandLineParser>
#include <utility>

#include "i18n/i18n.h"

namespace dd {

Options Options::parse(const QStringList &arguments)
{
    Options o;
    QCommandLineParser p;
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption db(QStringLiteral("db"), QString(), QStringLiteral("PATH|URL"));
    const QCommandLineOption lang(QStringLiteral("lang"), QString(), QStringLiteral("LANG"));
    const QCommandLineOption user(QStringLiteral("user"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption role(QStringLiteral("role"), QString(), QStringLiteral("ROLE"));
    const QCommandLineOption name(QStringLiteral("name"), QString(), QStringLiteral("FULL NAME"));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption version(QStringLiteral("version"));
    const QCommandLineOption state(QStringLiteral("state"), QString(), QStringLiteral("STATE"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"));
    const QCommandLineOption pdf(QStringLiteral("pdf"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption printer(QStringLiteral("printer"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption copies(QStringLiteral("copies"), QString(), QStringLiteral("N"));
    const QCommandLineOption due(QStringLiteral("due"), QString(), QStringLiteral("DATE"));
    const QCommandLineOption overdue(QStringLiteral("overdue"));
    const QCommandLineOption open(QStringLiteral("open"));
    const QCommandLineOption date(QStringLiteral("date"), QString(), QStringLiteral("DATE"));
    const QCommandLineOption csv(QStringLiteral("csv"), QString(), QStringLiteral("FILE"));
    p.addOptions({db, user, lang, role, name, help, version, state, dryRun, pdf, printer, copies, due, overdue, open, date, csv});
    if (!p.parse(arguments)) {
        o.usageError = p.errorText();
        return o;
    }
    o.db = p.value(db);
    o.user = p.value(user);
    // "--db --help" would take --help as the file name, and "--db ''" the default database: both are mistakes.
    for (const auto &[option, value] : {std::pair{QStringLiteral("--db"), o.db}, std::pair{QStringLiteral("--user"), o.user}}) {
        const bool given = p.isSet(option.mid(2));
        if (given && value.trimmed().isEmpty()) {
            o.usageError = QStringLiteral("%1 needs a value").arg(option);
            return o;
        }
        if (given && value.startsWith(QLatin1Char('-'))) {
            o.usageError = QStringLiteral("%1 needs a value, not the option \"%2\"").arg(option, value);
            return o;
        }
    }
    o.lang = p.value(lang);
    o.roles = p.values(role);
    o.fullName = p.value(name);
    o.help = p.isSet(help);
    o.version = p.isSet(version);
    o.state = p.value(state);
    o.dryRun = p.isSet(dryRun);
    o.due = p.value(due);
    o.dueGiven = p.isSet(due);
    o.overdue = p.isSet(overdue);
    o.open = p.isSet(open);
    o.dateGiven = p.isSet(date);
    o.date = p.value(date);
    o.csv = p.value(csv);
    o.command = p.positionalArguments();
    o.pdf = p.value(pdf);
    o.printer = p.value(printer);
    if (p.isSet(copies)) {
        bool ok = false;
        o.copies = p.value(copies).toInt(&ok);
        if (!ok || o.copies < 1 || o.copies > 20)
            o.usageError = QStringLiteral("--copies must be a number from 1 to 20, not \"%1\"").arg(p.value(copies));
    }
    if (p.isSet(lang) && !I18n::isSupported(o.lang))
        o.usageError = QStringLiteral("--lang must be one of %1, not \"%2\"").arg(I18n::languages().join(QStringLiteral(", ")), o.lang);
    return o;
}

QString Options::helpText()
{
    return QCoreApplication::translate(
        "dd::Options",
        "Usage: dealerdesk [--db PATH|URL] [--user NAME] [--lang zh_CN|zh_TW|en] [COMMAND ...]\n"
        "\n"
        "Without a command, DealerDesk opens its window.\n"
        "\n"
        "Options:\n"
        "  --db PATH|URL       an SQLite file, or postgresql://user@host:port/dbname\n"
        "                      (default: the last one used, else dealerdesk.db in the app's data folder)\n"
        "  --user NAME         sign in as this DealerDesk user; the password comes from the\n"
        "                      DEALERDESK_PASSWORD environment variable, else from standard input\n"
        "                      (its first line; not echoed on a terminal). Every command needs it\n"
        "                      except --help, --version, migrate, demo on an empty database, and\n"
        "                      creating or setting the first administrator's password while no\n"
        "                      administrator has one\n"
        "  --lang LANG         zh_CN, zh_TW or en (default: the system language)\n"
        "  --version           show the version\n"
        "  --help              show this help\n"
        "\n"
        "Commands:\n"
        "  migrate                          create the database or bring its schema up to date\n"
        "  check                            check the whole SQLite file for damage (exit 1 with the\n"
        "                                   first problems when it is damaged)\n"
        "  backup FILE                      copy the database to FILE while the app may be running\n"
        "  user add NAME --role ROLE ...    add a user; the password is read from standard input\n"
        "                                   (after the signing-in password when that comes from there)\n"
        "       [--name \"FULL NAME\"]        roles: advisor, controller, cashier, clerk, manager, admin\n"
        "  user passwd NAME                 set a user's password, read from standard input\n"
        "  user list                        list the users: name, full name, roles, state\n"
        "  demo                             fill an empty database with a demo dealership\n"
        "  workorders [--state STATE]       list work orders, tab-separated: number, plate, state,\n"
        "                                   customer, opened at (states: draft, open, dispatched, ...)\n"
        "  import KIND FILE [--dry-run]     import a CSV file (UTF-8, GB18030/GBK or Big5, told\n"
        "                                   apart by ICU and named); KIND: customers, vehicles\n"
        "                                   (from an old system), labor, parts, jobs (catalogs:\n"
        "                                   a row with a code on file replaces it); --dry-run\n"
        "                                   checks every row, shows the first names as read\n"
        "                                   and changes nothing\n"
        "  print FORM NUMBER --pdf FILE     print a form to a PDF file, or on a printer with\n"
        "       [--printer NAME] [--copies N]  --printer. Printing unchanged content again is\n"
        "                                   recorded as a reprint. The forms, and their NUMBER:\n"
        "%1"
        "  followups [--due DATE | --overdue]  the follow-up calls due up to today (or DATE), or\n"
        "                                   overdue only, tab-separated: due, kind, work order,\n"
        "                                   customer, phone (masked), vehicle, advisor, attempts\n"
        "  complaints [--open] [--overdue]  the complaints open and closed in the last 30 days (or\n"
        "                                   open only, or open and past a deadline), tab-separated:\n"
        "                                   number, received, state, severity, category, customer,\n"
        "                                   phone (masked), vehicle, work order, responsible, reply by,\n"
        "                                   resolve by, flags (reply_overdue, overdue, escalated)\n"
        "  messages --date DATE --csv FILE  the messages queued that day instead of calls, as CSV for\n"
        "                                   the shop's bulk-SMS platform (UTF-8): time, channel,\n"
        "                                   recipient, customer, work order, text; marked as exported\n"
        "  audit verify                     check the audit trail's hash chain: names the first row\n"
        "                                   that does not match (exit 1), or N rows, chain intact\n"
        "\n"
        "Exit codes: 0 success, 1 failure, 2 usage error.\n")
        .arg(FormRegistry::cliHelp(4));
}

} // namespace dd
