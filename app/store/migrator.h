#pragma once
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace dd {

class Database;

// Numbered schema migrations from db/migrations/NNNN_name.sql (embedded as :/db/migrations), applied in
// order, each in its own transaction together with its row in dd_schema_migrations.
class Migrator
{
    Q_DECLARE_TR_FUNCTIONS(dd::Migrator)
public:
    struct Migration {
        int version = 0;
        QString name;
        QString script;
    };

    static QString tableName() { return QStringLiteral("dd_schema_migrations"); }
    static const QList<Migration> &migrations();
    static int latestVersion();

    explicit Migrator(Database &db) : m_db(db) {}
    int currentVersion();
    // Applies the migrations after the current version up to `targetVersion` (default: the latest).
    // Returns how many were applied. Throws StoreError; a failed migration leaves the previous version intact.
    int migrate(int targetVersion = -1);

private:
    void run(const Migration &m);
    Database &m_db;
};

} // namespace dd
