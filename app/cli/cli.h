#pragma once
#include <QCoreApplication>
#include <QTextStream>

#include "options.h"
#include "store/session.h"

namespace dd {

class PasswordHasher;
class Database;

// The command-line commands. Exit codes: 0 success, 1 failure, 2 usage error, with one clear line on stderr.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(dd::Cli)
public:
    struct Streams {
        QTextStream &out;
        QTextStream &err;
        QTextStream &in;
        bool interactive = false; // standard input is a terminal: prompt, and do not echo passwords
    };
    Cli(const Options &options, const PasswordHasher &hasher, Streams streams);
    int run();
    // Qt's own warnings (the SQL drivers' "QSqlQuery::exec: database not open" and the like when a server goes away)
    // would follow the one clear line on stderr; they are dropped unless DEALERDESK_DEBUG is set.
    static void quietQtWarnings();

private:
    int usage(const QString &message);
    int fail(const QString &message);
    // Signs in as --user (the password from DEALERDESK_PASSWORD or standard input), or lets the set-up commands run
    // without it. False with m_exit set when the command may not run.
    bool signIn(Database &db, const QString &cmd);
    bool firstAdministratorPending(Database &db);
    int check(Database &db);
    int migrate(Database &db);
    int backup(Database &db);
    int user(Database &db);
    int demo(Database &db);
    int workOrders(Database &db);
    int import(Database &db);
    int print(Database &db);
    QString readPassword(const QString &prompt);

    const Options &m_options;
    const PasswordHasher &m_hasher;
    Streams m_io;
    Session m_session;
    int m_exit = 0;
};

} // namespace dd
