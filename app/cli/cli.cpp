#include "cli.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <unistd.h>
#include <termios.h>

#include "auditcommand.h"
#include "core/credentials.h"
#include "core/forms.h"
#include "core/workorder.h"
#include "documents/documentservice.h"
#include "store/backup.h"
#include "store/bootstrap.h"
#include "store/database.h"
#include "store/dealershipstore.h"
#include "store/demo.h"
#include "store/importer.h"
#include "store/reception.h"
#include "store/migrator.h"
#include "store/passwordhasher.h"
#include "store/users.h"

namespace dd {

namespace {
Session commandLineSession()
{
    const QString osUser = qEnvironmentVariable("USER", QStringLiteral("unknown"));
    return Session::system(QStringLiteral("command line (%1)").arg(osUser), Database::stationName());
}

QString oneLine(QString text)
{
    return text.replace(QLatin1Char('\n'), QStringLiteral("; "));
}
} // namespace

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
                                      QStringLiteral("print"), QStringLiteral("audit")};
    if (!known.contains(cmd))
        return usage(tr("unknown command \"%1\"").arg(cmd));
    if ((cmd == QLatin1String("migrate") || cmd == QLatin1String("demo")) && m_options.command.size() != 1)
        return usage(tr("%1 takes no arguments").arg(cmd));
    if (cmd == QLatin1String("backup") && m_options.command.size() != 2)
        return usage(tr("backup needs exactly one FILE"));
    if (cmd == QLatin1String("audit") && !AuditCommand::usageError(m_options.command).isEmpty())
        return usage(AuditCommand::usageError(m_options.command));
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
        if (!Forms::all().contains(m_options.command.at(1)))
            return usage(tr("FORM must be one of %1").arg(Forms::all().join(QStringLiteral(", "))));
    } else if (!m_options.pdf.isEmpty() || !m_options.printer.isEmpty() || m_options.copies != 1) {
        return usage(tr("--pdf, --printer and --copies belong to \"print\""));
    }
    if (cmd != QLatin1String("user") && (!m_options.roles.isEmpty() || !m_options.fullName.isEmpty()))
        return usage(tr("--role and --name belong to \"user add\""));

    const DbTargets::Parsed target = Bootstrap::chooseTarget(m_options.db);
    if (!target.ok())
        return usage(target.error);
    Database db(target.target);
    try {
        const Bootstrap::Result r = Bootstrap::openAndMigrate(db);
        if (!r.safetyCopy.isEmpty())
            m_io.err << tr("Kept a copy of the database from before the upgrade: %1").arg(QDir::toNativeSeparators(r.safetyCopy))
                     << Qt::endl;
        if (cmd == QLatin1String("migrate"))
            return migrate(db);
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
            return AuditCommand::run(db, commandLineSession(), m_io.out, m_io.err);
        return demo(db);
    } catch (const StoreError &e) {
        return fail(e.message());
    }
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
    Commands commands(db, commandLineSession());
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
    Commands commands(db, commandLineSession());
    if (sub == QLatin1String("list")) {
        if (m_options.command.size() != 2)
            return usage(tr("user list takes no arguments"));
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
                    return usage(tr("unknown role \"%1\"; use advisor, controller, cashier, manager or admin").arg(code));
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
    Commands commands(db, commandLineSession());
    const Demo::Summary s = Demo::load(commands, users, dealership);
    for (const QString &line : s.lines)
        m_io.out << line << '\n';
    m_io.out << tr("Set the demo staff's passwords with: dealerdesk user passwd NAME") << Qt::endl;
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
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    const Importer::Kind kind = *Importer::kindFromName(m_options.command.at(1));
    Commands commands(db, commandLineSession());
    const Importer::Report r = Importer::run(commands, kind, file.readAll(), m_options.dryRun);
    for (const Importer::Line &l : r.lines)
        m_io.out << l.line << '\t' << (l.rejected ? "rejected" : "accepted-with-warning") << '\t' << l.reason << '\n';
    m_io.out << (m_options.dryRun ? "would import " : "imported ") << r.imported << ", warnings " << r.warnings
             << ", rejected " << r.rejected << Qt::endl;
    return 0;
}

int Cli::print(Database &db)
{
    Commands commands(db, commandLineSession());
    PrintRequest request;
    request.form = m_options.command.at(1);
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
