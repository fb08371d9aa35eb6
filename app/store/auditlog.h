#pragma once
#include <QDateTime>
#include <QList>
#include <QString>

namespace dd {

class Database;

struct AuditEntry {
    qint64 id = 0;
    QDateTime at; // UTC
    QString userName;
    QString station;
    QString command;
    QString table;
    QString recordId;
    QString action;
    QString oldValues; // JSON
    QString newValues; // JSON
    QString recordLabel; // what people know the record by: WO…, ST…, a plate, a name; "" when unknown
};

struct AuditFilter {
    QDate from; // local business dates, inclusive
    QDate to;
    QString userName; // exact; empty for everybody
    QString table;    // exact; empty for all
    QString recordId; // exact; empty for all
    QString command;  // exact; empty for all
    int limit = 1000;
};

// Reads the audit trail, newest first. Writing happens only inside commands (CommandContext::audit).
class AuditLog
{
public:
    explicit AuditLog(Database &db) : m_db(db) {}
    QList<AuditEntry> query(const AuditFilter &filter);
    QStringList userNames();
    QStringList tables();
    QStringList commands();

private:
    QStringList distinct(const QString &column);
    void labelRecords(QList<AuditEntry> &entries); // a fixed column name from this class, never user text
    Database &m_db;
};

} // namespace dd
