#include "cli.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <unistd.h>
#include <termios.h>

#include "auditcommand.h"
#include "followupcommand.h"
#include "core/credentials.h"
#include "core/workorder.h"
#include "documents/documentservice.h"
#include "documents/formregistry.h"
#include "store/backup.h"
#include "store/bootstrap.h"
#include "store/database.h"
#include "store/dealershipstore.h"
#include "demo/demo.h"
#include "store/importer.h"
#include "store/reception.h"
#include "store/migrator.h"
#include "store/passwordhasher.h"
#include "store/users.h"

namespace dd {

namespace {
QString osUser()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("LOGNAME"));
    return user.isEmpty() ? QStringLiteral("uid %1").arg(::getuid()) : user;
}

// Where a command-line change comes from, as the audit trail records it: the PC and the operating-system user.
QString commandLineStation()
{
    return QStringLiteral("%1 (command line, OS user %2)").arg(Database::stationName(), osUser());
}

// The set-up commands that run before anyone can sign in (migrate, demo, the first administrator).
Session setUpSession()
{
    return Session::system(QStringLiteral("set-up (command line)"), commandLineStation());
}

QString oneLine(QString text)
{
    return text.replace(QLatin1Char('\n'), QStringLiteral("; "));
}
} // namespace

namespace {
void quietHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtFatalMsg || type == QtCriticalMsg) {
        fprintf(stderr, "dealerdesk: %s\n", qPrintable(message));
        if (type == QtFatalMsg)
            abort();
        return;
    }
    Q_UNUSED(context);
}
} // namespace

void Cli::quietQtWarnings()
{
    if (qEnvironmentVariableIsEmpty("DEALERDESK_DEBUG"))
        qInstallMessageHandler(quietHandler);
}

Cli::Cli(const Options &options, const PasswordHasher &hasher, Streams streams)
    : m_options(options), m_hasher(hasher), m_io(streams)
{
}

int Cli::usage(const QString &message)
{
    m_io.err << "dealerdesk: " << oneLine(message) << " (" << tr("see dealerdesk --help") << ")" << Qt::endl;
    return 2;
}

int Cli::fail(const QString &message)
{
    m_io.err << "dealerdesk: " << oneLine(message) << Qt::endl;
    return 1;
}

int Cli::run()
{
    if (!m_options.usageError.isEmpty())
        return usage(m_options.usageError);
    if (m_options.help) {
        m_io.out << Options::helpText();
        m_io.out.flush();
        return 0;
    }
    if (m_options.version) {
        m_io.out << "DealerDesk " << DEALERDESK_VERSION << " (Qt " << qVersion() << ", schema "
                 << Migrator::latestVersion() << ")" << Qt::endl;
        return 0;
    }
    const QString cmd = m_options.command.value(0);
    static const QStringList known = {QStringLiteral("migrate"), QStringLiteral("backup"), QStringLiteral("user"),
                                      QStringLiteral("demo"), QStringLiteral("workorders"), QStringLiteral("import"),
                                      QStringLiteral("print"), QStringLiteral("check"), QStringLiteral("audit"),
                                      QStringLiteral("followups"), QStringLiteral("complaints"),
                                      QStringLiteral("messages")};
    if (!known.contains(cmd))
        return usage(tr("unknown command \"%1\"").arg(cmd));
    if ((cmd == QLatin1String("migrate") || cmd == QLatin1String("demo") || cmd == QLatin1String("check"))
        && m_options.command.size() != 1)
        return usage(tr("%1 takes no arguments").arg(cmd));
    if (cmd == QLatin1String("backup") && m_options.command.size() != 2)
        return usage(tr("backup needs exactly one FILE"));
    if (cmd == QLatin1String("audit") && !AuditCommand::usageError(m_options.command).isEmpty())
        return usage(AuditCommand::usageError(m_options.command));
    FollowUpCommand::Args followUps;
    if (cmd == QLatin1String("followups")) {
        if (const QString e = FollowUpCommand::usageError(m_options.command, m_options.dueGiven, m_options.due,
                                                          m_options.overdue, &followUps);
            !e.isEmpty())
            return usage(e);
    } else if (cmd == QLatin1String("complaints")) {
        if (m_options.command.size() != 1 || m_options.dueGiven)
            return usage(tr("use: complaints [--open] [--overdue]"));
    } else if (m_options.dueGiven || m_options.overdue) {
        return usage(tr("--due and --overdue belong to \"followups\""));
    }
    if (m_options.open && cmd != QLatin1String("complaints"))
        return usage(tr("--open belongs to \"complaints\""));
    if (cmd == QLatin1String("messages")) {
        if (m_options.command.size() != 1 || m_options.csv.isEmpty() || !m_options.dateGiven)
            return usage(tr("use: messages --date YYYY-MM-DD --csv FILE"));
        if (!QDate::fromString(m_options.date.trimmed(), Qt::ISODate).isValid())
            return usage(tr("--date needs a date as YYYY-MM-DD, e.g. 2026-12-07, not \"%1\"").arg(m_options.date));
    } else if (m_options.dateGiven || !m_options.csv.isEmpty()) {
        return usage(tr("--date and --csv belong to \"messages\""));
    }
    if (cmd == QLatin1String("workorders") && m_options.command.size() != 1)
        return usage(tr("%1 takes no arguments").arg(cmd));
    if (cmd != QLatin1String("workorders") && !m_options.state.isEmpty())
        return usage(tr("--state belongs to \"workorders\""));
    if (!m_options.state.isEmpty() && !WorkOrderRules::states().contains(m_options.state))
        return usage(tr("--state must be one of %1").arg(WorkOrderRules::states().join(QStringLiteral(", "))));
    if (cmd == QLatin1String("import") && (m_options.command.size() != 3 || !Importer::kindFromName(m_options.command.at(1))))
        return usage(tr("use: import %1 FILE.csv [--dry-run]").arg(Importer::kindNames().join(QLatin1Char('|'))));
    if (cmd != QLatin1String("import") && m_options.dryRun)
        return usage(tr("--dry-run belongs to \"import\""));
    if (cmd == QLatin1String("print")) {
        if (m_options.command.size() != 3)
            return usage(tr("use: print FORM NUMBER --pdf FILE | --printer NAME"));
        if (m_options.pdf.isEmpty() == m_options.printer.isEmpty())
            return usage(tr("print needs either --pdf FILE or --printer NAME"));
        if (!FormRegistry::find(m_options.command.at(1)))
            return usage(tr("FORM must be one of %1").arg(FormRegistry::cliNames().join(QStringLiteral(", "))));
    } else if (!m_options.pdf.isEmpty() || !m_options.printer.isEmpty() || m_options.copies != 1) {
        return usage(tr("--pdf, --printer and --copies belong to \"print\""));
    }
    if (cmd != QLatin1String("user") && (!m_options.roles.isEmpty() || !m_options.fullName.isEmpty()))
        return usage(tr("--role and --name belong to \"user add\""));

    static const QStringList creating = {QStringLiteral("migrate"), QStringLiteral("demo")};
    const DbTargets::Parsed target = Bootstrap::chooseTarget(m_options.db);
    if (!target.ok())
        return usage(target.error);
    Database db(target.target);
    try {
        if (cmd == QLatin1String("check"))
            return check(db);
        const Bootstrap::Result r = Bootstrap::openAndMigrate(
            db, creating.contains(cmd) ? Bootstrap::Create::Allowed : Bootstrap::Create::Refused);
        if (!r.safetyCopy.isEmpty())
            m_io.err << tr("Kept a copy of the database from before the upgrade: %1").arg(QDir::toNativeSeparators(r.safetyCopy))
                     << Qt::endl;
        if (cmd == QLatin1String("migrate"))
            return migrate(db);
        if (!signIn(db, cmd))
            return m_exit;
        if (cmd == QLatin1String("backup"))
            return backup(db);
        if (cmd == QLatin1String("user"))
            return user(db);
        if (cmd == QLatin1String("workorders"))
            return workOrders(db);
        if (cmd == QLatin1String("import"))
            return import(db);
        if (cmd == QLatin1String("print"))
            return print(db);
        if (cmd == QLatin1String("audit"))
            return AuditCommand::run(db, m_session, m_io.out, m_io.err);
        if (cmd == QLatin1String("followups"))
            return FollowUpCommand::run(db, m_session, followUps, m_io.out);
        if (cmd == QLatin1String("complaints"))
            return FollowUpCommand::complaints(db, m_session, m_options.open, m_options.overdue, m_io.out);
        if (cmd == QLatin1String("messages"))
            return FollowUpCommand::messages(db, m_session, QDate::fromString(m_options.date.trimmed(), Qt::ISODate),
                                             m_options.csv, m_io.out, m_io.err);
        return demo(db);
    } catch (const StoreError &e) {
        return fail(e.message());
    }
}

bool Cli::firstAdministratorPending(Database &db)
{
    // No active administrator who can sign in: a database just migrated, or one the demo filled.
    return db.scalar(QStringLiteral("SELECT COUNT(*) FROM users u JOIN user_roles r ON r.user_id = u.id WHERE r.role = ? "
                                    "AND u.active = 1 AND u.password_hash IS NOT NULL AND u.password_hash <> ''"),
                     {Roles::code(Role::Administrator)}, 0)
               .toInt()
        == 0;
}

bool Cli::signIn(Database &db, const QString &cmd)
{
    if (m_options.user.isEmpty()) {
        bool allowed = false;
        if (cmd == QLatin1String("demo"))
            allowed = db.scalar(QStringLiteral("SELECT COUNT(*) FROM users"), {}, 0).toInt() == 0;
        else if (cmd == QLatin1String("user") && firstAdministratorPending(db)) {
            const QString sub = m_options.command.value(1);
            const QString login = m_options.command.value(2);
            if (sub == QLatin1String("add")) {
                allowed = std::any_of(m_options.roles.cbegin(), m_options.roles.cend(), [](const QString &v) {
                    const QStringList codes = v.split(QLatin1Char(','), Qt::SkipEmptyParts);
                    return std::any_of(codes.cbegin(), codes.cend(), [](const QString &c) {
                        return Roles::fromCode(c) == Role::Administrator;
                    });
                });
            } else if (sub == QLatin1String("passwd")) {
                Users users(db, m_hasher);
                const auto u = users.find(login);
                allowed = u && u->roles.contains(Role::Administrator);
            }
        }
        if (allowed) {
            m_session = setUpSession();
            return true;
        }
        m_exit = usage(tr("\"%1\" needs a signed-in user: dealerdesk --user NAME %1 … (the password comes from "
                          "DEALERDESK_PASSWORD or the first line of standard input)")
                           .arg(m_options.command.join(QLatin1Char(' '))));
        return false;
    }
    QString password = qEnvironmentVariable("DEALERDESK_PASSWORD");
    if (password.isEmpty())
        password = readPassword(tr("Password for %1: ").arg(m_options.user));
    if (password.isEmpty()) {
        m_exit = fail(tr("no password for %1: set DEALERDESK_PASSWORD or give it on standard input").arg(m_options.user));
        return false;
    }
    Users users(db, m_hasher);
    m_session = users.signIn(m_options.user, password, commandLineStation()); // throws SignIn (wrong, throttled)
    return true;
}

int Cli::check(Database &db)
{
    // Opened without migrating or writing anything: a damaged file must not be touched.
    try {
        Bootstrap::refuseMissing(db);
        db.open();
    } catch (const StoreError &e) {
        return fail(e.message());
    }
    if (db.schemaVersionAtOpen() == 0)
        return fail(tr("%1 holds no DealerDesk data (nothing was created)").arg(db.target().displayLocation()));
    if (!signIn(db, QStringLiteral("check")))
        return m_exit;
    Commands(db, m_session).require(Permission::BackUpDatabase);
    if (!db.isSqlite()) {
        m_io.out << tr("%1: PostgreSQL keeps its own pages; check the server with its tools (pg_amcheck).")
                        .arg(db.target().displayLocation())
                 << Qt::endl;
        return 0;
    }
    const Database::CheckResult r = db.integrityCheck(20);
    if (!r.ok()) {
        m_io.err << tr("dealerdesk: %1 is damaged. The first problems SQLite found:").arg(db.target().displayLocation())
                 << '\n';
        for (const QString &p : r.problems.mid(0, 10))
            m_io.err << "  " << p.left(300) << '\n';
        m_io.err << db.damagedError().message() << Qt::endl;
        return 1;
    }
    m_io.out << tr("%1: no damage found (%2 tables, every page and index checked in %3 s).")
                    .arg(db.target().displayLocation())
                    .arg(r.tablesChecked)
                    .arg(double(r.elapsedMs) / 1000.0, 0, 'f', 1)
             << Qt::endl;
    return 0;
}

int Cli::migrate(Database &db)
{
    const int from = db.schemaVersionAtOpen();
    const int to = Migrator::latestVersion();
    if (from == to)
        m_io.out << tr("%1: schema version %2, up to date.").arg(db.target().displayLocation()).arg(to) << Qt::endl;
    else
        m_io.out << tr("%1: schema version %2 -> %3.").arg(db.target().displayLocation()).arg(from).arg(to) << Qt::endl;
    return 0;
}

int Cli::backup(Database &db)
{
    const QString file = QFileInfo(m_options.command.at(1)).absoluteFilePath();
    Commands commands(db, m_session);
    Backup::run(commands, file, false);
    m_io.out << tr("Backed up %1 to %2 (%3 KB).")
                    .arg(db.target().displayLocation(), QDir::toNativeSeparators(file))
                    .arg((QFileInfo(file).size() + 1023) / 1024)
             << Qt::endl;
    return 0;
}

QString Cli::readPassword(const QString &prompt)
{
    if (!m_io.interactive)
        return m_io.in.readLine();
    m_io.err << prompt << Qt::flush;
    termios old{};
    const bool tty = tcgetattr(STDIN_FILENO, &old) == 0;
    if (tty) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    const QString line = m_io.in.readLine();
    if (tty)
        tcsetattr(STDIN_FILENO, TCSANOW, &old);
    m_io.err << Qt::endl;
    return line;
}

int Cli::user(Database &db)
{
    const QString sub = m_options.command.value(1);
    Users users(db, m_hasher);
    Commands commands(db, m_session);
    if (sub == QLatin1String("list")) {
        if (m_options.command.size() != 2)
            return usage(tr("user list takes no arguments"));
        commands.require(Permission::ManageUsers);
        for (const UserRecord &u : users.list())
            m_io.out << u.login << '\t' << u.displayName << '\t' << Roles::codes(u.roles).join(QLatin1Char(',')) << '\t'
                     << (u.active ? "active" : "inactive") << '\t' << (u.hasPassword ? "password" : "no-password")
                     << '\n';
        m_io.out.flush();
        return 0;
    }
    if (sub != QLatin1String("add") && sub != QLatin1String("passwd"))
        return usage(tr("user needs add, passwd or list"));
    if (m_options.command.size() != 3)
        return usage(tr("user %1 needs exactly one NAME").arg(sub));
    const QString login = m_options.command.at(2);

    if (sub == QLatin1String("add")) {
        QList<Role> roles;
        for (const QString &value : m_options.roles) {
            for (const QString &code : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const auto r = Roles::fromCode(code);
                if (!r)
                    return usage(tr("unknown role \"%1\"; use advisor, controller, cashier, clerk, manager or admin").arg(code));
                if (!roles.contains(*r))
                    roles << *r;
            }
        }
        if (roles.isEmpty())
            return usage(tr("user add needs at least one --role"));
        const Validation v = Credentials::validateLogin(login);
        if (!v.ok())
            return usage(v.errors.join(QLatin1Char(' ')));
        const QString password = readPassword(tr("Password for %1: ").arg(login));
        if (password.isEmpty())
            return fail(tr("no password given on standard input; DealerDesk has no default passwords"));
        if (m_io.interactive && readPassword(tr("Repeat the password: ")) != password)
            return fail(tr("the two passwords differ; nothing was changed"));
        users.add(commands, login, m_options.fullName.isEmpty() ? login : m_options.fullName, roles, password);
        m_io.out << tr("Added %1 (%2).").arg(Credentials::normalizeLogin(login), Roles::displayNames(roles)) << Qt::endl;
        return 0;
    }
    if (!m_options.roles.isEmpty() || !m_options.fullName.isEmpty())
        return usage(tr("--role and --name belong to \"user add\""));
    const auto u = users.find(login);
    if (!u)
        return fail(tr("there is no user \"%1\"").arg(login));
    const QString password = readPassword(tr("New password for %1: ").arg(u->login));
    if (password.isEmpty())
        return fail(tr("no password given on standard input; nothing was changed"));
    if (m_io.interactive && readPassword(tr("Repeat the password: ")) != password)
        return fail(tr("the two passwords differ; nothing was changed"));
    users.setPassword(commands, u->id, u->version, password);
    m_io.out << tr("Password set for %1.").arg(u->login) << Qt::endl;
    return 0;
}

int Cli::demo(Database &db)
{
    Users users(db, m_hasher);
    DealershipStore dealership(db);
    Commands commands(db, m_session);
    const Demo::Summary s = Demo::load(commands, users, dealership);
    for (const QString &line : s.lines)
        m_io.out << line << '\n';
    const QString dbArg = db.isSqlite() ? QDir::toNativeSeparators(db.target().path) : db.target().toSettingsString();
    QString admin;
    for (const UserRecord &u : users.list())
        if (admin.isEmpty() && u.active && u.roles.contains(Role::Administrator))
            admin = u.login;
    m_io.out << (admin.isEmpty()
                     ? tr("Next, create the administrator: dealerdesk --db %1 user add admin --role admin --name \"…\"")
                           .arg(dbArg)
                     : tr("Next, set the administrator's password: dealerdesk --db %1 user passwd %2").arg(dbArg, admin))
             << Qt::endl;
    return 0;
}

int Cli::workOrders(Database &db)
{
    Reception reception(db);
    for (const WorkOrderSummary &w : reception.workOrders(m_options.state)) {
        m_io.out << w.number << '\t' << w.plate << '\t' << w.state << '\t' << w.customerName << '\t'
                 << w.openedAt.toOffsetFromUtc(w.openedAt.toLocalTime().offsetFromUtc()).toString(Qt::ISODate) << '\n';
    }
    m_io.out.flush();
    return 0;
}

int Cli::import(Database &db)
{
    const QString path = m_options.command.at(2);
    if (db.isOwnFile(path)) // reading it here would drop this process's SQLite locks
        return fail(tr("%1 is the database itself, not a CSV file").arg(QDir::toNativeSeparators(path)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    const Importer::Kind kind = *Importer::kindFromName(m_options.command.at(1));
    Commands commands(db, m_session);
    const Importer::Report r = Importer::run(commands, kind, file.readAll(), m_options.dryRun);
    for (const Importer::Line &l : r.lines)
        m_io.out << l.line << '\t' << (l.rejected ? "rejected" : "accepted-with-warning") << '\t' << l.reason << '\n';
    // Which encoding the file was read in and, before anything is written, a few names as read: a person
    // sees at once whether they came out right.
    m_io.out << "encoding: " << r.encoding << '\n';
    if (m_options.dryRun && !r.samples.isEmpty())
        m_io.out << "names: " << r.samples.join(QStringLiteral(", ")) << '\n';
    m_io.out << (m_options.dryRun ? "would import " : "imported ") << r.imported << ", warnings " << r.warnings
             << ", rejected " << r.rejected << Qt::endl;
    return 0;
}

int Cli::print(Database &db)
{
    Commands commands(db, m_session);
    PrintRequest request;
    request.form = FormRegistry::find(m_options.command.at(1))->code;
    request.number = m_options.command.at(2);
    request.pdfPath = m_options.pdf;
    request.printerName = m_options.printer;
    request.copies = m_options.copies;
    const PrintOutcome outcome = DocumentService(db).issue(commands, request);
    const QString where = m_options.pdf.isEmpty() ? m_options.printer : QDir::toNativeSeparators(m_options.pdf);
    m_io.out << (outcome.reprint ? tr("Reprinted %1 %2 (%n page(s)) to %3", nullptr, outcome.pages)
                                 : tr("Printed %1 %2 (%n page(s)) to %3", nullptr, outcome.pages))
                    .arg(request.form, request.number.trimmed().toUpper(), where)
             << Qt::endl;
    return 0;
}

} // namespace dd
