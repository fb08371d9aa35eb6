#pragma once
#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <exception>

namespace dd {

// What the store refuses or fails at. The message is for the person at the counter: what is wrong
// and what to do. The detail is the driver's own text, for the log and the administrator.
class StoreError : public std::exception
{
public:
    enum class Kind {
        Validation,   // input breaks a rule; nothing was saved
        Conflict,     // someone else changed the record first; reload and re-apply
        Forbidden,    // the signed-in user's roles do not allow this
        NotFound,
        SignIn,       // wrong name or password, deactivated, throttled
        Connection,   // the database cannot be reached; retry
        Locked,       // another program holds the SQLite file
        NotADatabase, // the file is not a DealerDesk database; refused untouched
        NewerSchema,  // written by a newer DealerDesk; refused untouched
        Damaged,      // SQLite reports the file corrupt: nothing more is written; restore the latest backup
        Duplicate,    // a unique value (a login, a code) is taken, perhaps by another station a moment ago
        Failure,      // anything else the database reported
    };

    StoreError(Kind kind, QString message, QString detail = {}, QString nativeCode = {});
    Kind kind() const { return m_kind; }
    // The driver's error code when the error came from the database (SQLite's number, PostgreSQL's SQLSTATE).
    QString nativeCode() const { return m_nativeCode; }
    QString message() const { return m_message; }
    QString detail() const { return m_detail; }
    // The input the refusal is about ("mileage"), for the screen to put the cursor there; "" when none.
    QString field() const { return m_field; }
    StoreError &onField(QString field)
    {
        m_field = std::move(field);
        return *this;
    }
    const char *what() const noexcept override { return m_utf8.constData(); }

private:
    Kind m_kind;
    QString m_message;
    QString m_detail;
    QString m_nativeCode;
    QString m_field;
    QByteArray m_utf8;
};

} // namespace dd
