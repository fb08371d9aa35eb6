#pragma once
#include <QCoreApplication>
#include <QString>

namespace dd {

// Where the data lives: an SQLite file (the embedded default) or a PostgreSQL database given as
// postgresql://user[:password]@host[:port]/dbname[?sslmode=...&connect_timeout=...]
struct DbTarget {
    enum class Kind { Sqlite, PostgreSql };
    Kind kind = Kind::Sqlite;
    QString path; // SQLite: absolute file path
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString databaseName;
    QString connectOptions; // QPSQL options, "key=value;key=value"

    bool isSqlite() const { return kind == Kind::Sqlite; }
    // For the status bar and messages: never shows a password.
    QString displayLocation() const;
    QString kindName() const;
    // The text that parse() reads back, for saving in settings. Secrets are never saved: neither the password
    // of user:password@ nor a password or sslpassword option (?password=...); libpq finds the password in
    // ~/.pgpass or PGPASSWORD instead.
    QString toSettingsString() const;
    // Whether a password came with the address (either way).
    bool carriesSecret() const;
    // libpq options that hold secrets.
    static bool isSecretOption(const QString &key);
};

class DbTargets
{
    Q_DECLARE_TR_FUNCTIONS(dd::DbTargets)
public:
    struct Parsed {
        DbTarget target;
        QString error; // empty when the text is usable
        bool ok() const { return error.isEmpty(); }
    };
    // A file path (relative paths are taken from the current folder) or a postgresql:// URL.
    static Parsed parse(const QString &text, const QString &currentDir);
};

} // namespace dd
