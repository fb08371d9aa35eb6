#pragma once
#include <QString>
#include <QStringList>

namespace dd {

// Reads a migration file into statements for one SQL dialect.
//
// A file is portable SQL; where SQLite and PostgreSQL differ, a section starts with a line
//   -- @dialect sqlite      or      -- @dialect postgresql      and ends at   -- @dialect all
// Statements end with ';' at the end of a line, except inside trigger bodies (BEGIN ... END;) and
// PostgreSQL dollar-quoted bodies ($$ ... $$). Comment lines are dropped.
// Two placeholders stand for the few column types that differ:
//   {{id}}    an auto-numbered 64-bit primary key
//   {{blob}}  binary data (BLOB / BYTEA)
//   {{key}}   text compared by code point (search keys searched by prefix range)
class SqlScript
{
public:
    enum class Dialect { Sqlite, PostgreSql };
    static QStringList statements(const QString &script, Dialect dialect);
};

} // namespace dd
