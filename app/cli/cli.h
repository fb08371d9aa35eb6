#pragma once
#include <QCoreApplication>
#include <QTextStream>

#include "options.h"

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

private:
    int usage(const QString &message);
    int fail(const QString &message);
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
};

} // namespace dd
