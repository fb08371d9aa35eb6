#include "audittrailmodel.h"

#include <QLocale>

#include "core/localformat.h"

namespace dd {

AuditTrailModel::AuditTrailModel(std::function<QString(const QString &)> commandName,
                                 std::function<QString(const QString &)> tableName,
                                 std::function<QString(const AuditEntry &)> summary, QObject *parent)
    : QAbstractTableModel(parent), m_commandName(std::move(commandName)), m_tableName(std::move(tableName)),
      m_summary(std::move(summary))
{
}

void AuditTrailModel::setEntries(QList<AuditEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int AuditTrailModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditTrailModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTrailModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const AuditEntry &e = m_entries.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Time: return QLocale().toString(e.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case Who: return e.userName;
        case Station: return e.station;
        case Action: return m_commandName(e.command);
        case Record: // the number people know it by (WO…, ST…, a plate), else its id
            return m_tableName(e.table) + QLatin1Char(' ') + (e.recordLabel.isEmpty() ? QStringLiteral("#") + e.recordId : e.recordLabel);
        case Changes: return m_summary(e);
        }
    }
    if (role == Qt::UserRole) // the sort key
        return index.column() == Time ? QVariant(e.at) : data(index, Qt::DisplayRole);
    return {};
}

QVariant AuditTrailModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time: return tr("Time");
    case Who: return tr("Who");
    case Station: return tr("Station");
    case Action: return tr("Action");
    case Record: return tr("Record");
    case Changes: return tr("Changes");
    }
    return {};
}

void AuditTrailModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_entries.size()) - 1, ColumnCount - 1));
}

} // namespace dd
