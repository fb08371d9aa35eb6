// The command line run in-process, as the cli tests drive it: arguments in, exit code and both streams out.
#pragma once
#include <QString>
#include <QStringList>
#include <QTextStream>

#include "cli/cli.h"
#include "store/passwordhasher.h"
#include "support/testdb.h"

namespace ddtest {

struct Run {
    int code = -1;
    QString out;
    QString err;
};

inline Run dealerdesk(const QStringList &args, const QString &stdinText = {})
{
    static const dd::PasswordHasher hasher(dd::PasswordHasher::Strength::Minimal);
    Run r;
    QString input = stdinText;
    QTextStream out(&r.out), err(&r.err), in(&input);
    const dd::Options options = dd::Options::parse(QStringList{QStringLiteral("dealerdesk")} + args);
    r.code = dd::Cli(options, hasher, {out, err, in, false}).run();
    out.flush();
    err.flush();
    return r;
}

// --db and the database's file or URL.
inline QStringList dbArgs(const dd::DbTarget &d)
{
    if (d.isSqlite())
        return {QStringLiteral("--db"), d.path};
    return {QStringLiteral("--db"),
            QStringLiteral("postgresql://%1@%2:%3/%4").arg(d.user, d.host).arg(d.port).arg(d.databaseName)};
}

inline QStringList dbArgs(const TestDb &t)
{
    return dbArgs(t.target());
}

} // namespace ddtest
