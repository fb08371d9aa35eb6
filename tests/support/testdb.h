#pragma once
// A fresh, empty database for one test, on SQLite (a temp file) or on the suite's PostgreSQL server
// (a new database on the cluster the pg fixture started; its address is in $DD_TEST_PG_URL_FILE).
//
// On PostgreSQL the database is set up as the README's two-PC section says: it belongs to the owner role
// (dd_owner), which runs the migrations, and the application works as dd_app, which gets SELECT, INSERT, UPDATE
// and DELETE on the tables the owner creates (ALTER DEFAULT PRIVILEGES) except UPDATE and DELETE on the audit
// trail. On SQLite both logins are the same file.
#include <QString>
#include <QTemporaryDir>
#include <memory>

#include "core/dbtarget.h"
#include "store/database.h"

namespace ddtest {

enum class Backend { Sqlite, Postgres };
const char *name(Backend backend);

class TestDb
{
public:
    explicit TestDb(Backend backend);
    ~TestDb();
    TestDb(const TestDb &) = delete;
    TestDb &operator=(const TestDb &) = delete;

    enum class Login { Owner, App };

    Backend backend() const { return m_backend; }
    // The owner's address (migrations, the command line's `migrate`); appTarget() is the application's.
    const dd::DbTarget &target() const { return m_target; }
    const dd::DbTarget &appTarget() const { return m_appTarget; }
    // A new Database on this test database as the application, migrated to the latest version by the owner.
    std::unique_ptr<dd::Database> open() const;
    // A new Database as the owner: opened and, unless told otherwise, migrated to the latest version.
    std::unique_ptr<dd::Database> open(bool migrate) const { return openAsOwner(migrate); }
    std::unique_ptr<dd::Database> openAsOwner(bool migrate = true) const;
    QString dir() const { return m_dir.path(); }
    // Runs one statement outside the app's code (to break things on purpose), as the database owner unless
    // told otherwise.
    void rawExec(const QString &sql, Login login = Login::Owner) const;

    static dd::DbTarget postgresAdminTarget();

private:
    Backend m_backend;
    QTemporaryDir m_dir;
    dd::DbTarget m_target;
    dd::DbTarget m_appTarget;
};

} // namespace ddtest
