#pragma once
#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

namespace dd {

// The audit trail in a manager's words: commands, record types and fields in the user's language, amounts in
// yuan and times in local time, instead of "settlement.close_day", "work_orders" and "collected_fen: 353900".
// A code without words shows as it is stored (never hidden).
class AuditWords
{
    Q_DECLARE_TR_FUNCTIONS(dd::AuditWords)
public:
    static QString commandName(const QString &code);
    static QString tableName(const QString &code);
    static QString fieldName(const QString &field);
    // Bookkeeping columns (version, updated_*, ids) a manager does not read; left out of the summaries.
    static bool technical(const QString &field);
    // A stored value as a person reads it: fen as yuan, UTC times as local ones, codes as their labels.
    static QString valueText(const QString &table, const QString &field, const QJsonValue &value);
    // The changes of one entry on one line: "State: Draft → Authorized; Total: ¥0.00 → ¥328.00".
    static QString summary(const QString &table, const QString &oldJson, const QString &newJson, int maxLength = 300);
    // The same, one field per line, for the details pane.
    static QString details(const QString &table, const QString &oldJson, const QString &newJson);
};

} // namespace dd
