#include "auditcommand.h"

#include "store/auditchain.h"
#include "store/commands.h"
#include "store/database.h"

namespace dd {

QString AuditCommand::usageError(const QStringList &command)
{
    if (command.size() != 2 || command.at(1) != QLatin1String("verify"))
        return tr("use: audit verify");
    return {};
}

int AuditCommand::run(Database &db, const Session &session, QTextStream &out, QTextStream &err)
{
    Commands(db, session).require(Permission::ViewAuditTrail);
    const AuditChain::Report report = AuditChain::verify(db);
    if (!report.intact()) {
        err << "dealerdesk: " << report.message() << ' '
            << tr("%n row(s) before it are intact.", nullptr, int(qMin<qint64>(report.rows, INT_MAX))) << Qt::endl;
        return 1;
    }
    out << report.message() << Qt::endl;
    if (!db.isSqlite() && AuditChain::loginCanRewrite(db))
        err << "dealerdesk: "
            << tr("note: this login owns the audit trail's table and could lift its protection; the counter PCs "
                  "should use the application's login (README, \"Two PCs\").")
            << Qt::endl;
    return 0;
}

} // namespace dd
