#pragma once
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace dd {

class Database;
struct Session;

// `dealerdesk audit verify`: checks the audit trail's hash chain (AuditChain::verify). Prints "N rows, chain
// intact." and returns 0, or names the first row that does not match on stderr and returns 1. Needs the right to
// view the audit trail. `command` is the command line's positional words ("audit", "verify").
class AuditCommand
{
    Q_DECLARE_TR_FUNCTIONS(dd::AuditCommand)
public:
    // The usage error for these words, or an empty string when they are right.
    static QString usageError(const QStringList &command);
    static int run(Database &db, const Session &session, QTextStream &out, QTextStream &err);
};

} // namespace dd
