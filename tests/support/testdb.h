#pragma once
// A fresh, empty database for one test, on SQLite (a temp file) or on the suite's PostgreSQL server
// (a new database on the cluster the pg fixture started; its address is in $DD_TEST_PG_URL_FILE).
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

    Backend backend() const { return m_backend; }
    const dd::DbTarget &target() const { return m_target; }
    // A new Database on this test database: opened and, unless told otherwise, migrated to the latest version.
    std::unique_ptr<dd::Database> open(bool migrate = true) const;
    QString dir() const { return m_dir.path(); }
    // Runs one statement as the database owner outside the app's code (to break things on purpose).
    void rawExec(const QString &sql) const;

    static dd::DbTarget postgresAdminTarget();

private:
    Backend m_backend;
    QTemporaryDir m_dir;
    dd::DbTarget m_target;
};

} // namespace ddtest
