#pragma once
#include <QAbstractTableModel>
#include <QList>
#include <functional>

#include "store/auditlog.h"

namespace dd {

// The audit trail as a table model: one row per audit entry, columns time, who, station, action, record and
// changes. Sorting and the text filter go through a QSortFilterProxyModel on top (the audit page's); the time
// column sorts by the stored UTC time, not by its text.
class AuditTrailModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Who, Station, Action, Record, Changes, ColumnCount };
    // `words` turns a stored command and record type into the words shown (AuditPage::commandName, tableName),
    // `summary` an entry's changes into one line.
    AuditTrailModel(std::function<QString(const QString &)> commandName, std::function<QString(const QString &)> tableName,
                    std::function<QString(const AuditEntry &)> summary, QObject *parent = nullptr);

    void setEntries(QList<AuditEntry> entries);
    const AuditEntry &entry(int row) const { return m_entries.at(row); }
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    // The headers follow a language switch.
    void retranslate();

private:
    QList<AuditEntry> m_entries;
    std::function<QString(const QString &)> m_commandName;
    std::function<QString(const QString &)> m_tableName;
    std::function<QString(const AuditEntry &)> m_summary;
};

} // namespace dd
