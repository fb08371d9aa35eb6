#pragma once
#include <QCoreApplication>
#include <QString>

#include "commands.h"

namespace dd {

// Backups. SQLite: the online backup API copies the live file page by page (safe while other stations
// work), the copy is checked, then moved into place. PostgreSQL is backed up on the server with pg_dump.
class Backup
{
    Q_DECLARE_TR_FUNCTIONS(dd::Backup)
public:
    // Throws StoreError. Needs Permission::BackUpDatabase; records an audit event.
    static void run(Commands &commands, const QString &destination, bool overwrite);
    static QString postgresInstructions(const DbTarget &target);
    // A sibling file name for an automatic copy, e.g. before a schema upgrade.
    static QString siblingName(const QString &path, const QString &tag);
};

} // namespace dd
