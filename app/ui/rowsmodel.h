#pragma once
#include <QAbstractItemView>
#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QHeaderView>
#include <QList>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <functional>

namespace dd {

// The roles every RowsModel answers besides Qt's: the row's key (a record id, stable across reloads) and the
// value a proxy sorts by (a date sorts as a date, an amount as a number; the display text where none is given).
enum RowsRole { KeyRole = Qt::UserRole + 1, SortRole };

// A list of records of one type shown as a table: the store's read hands the list over, the columns say what
// each cell shows. Pages keep the list and ask the model for a row; selection survives a reload of the same
// records (the keys did not change), and a view keeps the selected record across other reloads through
// selectKey(). Sorting and filtering go through a QSortFilterProxyModel (sortable() below).
template <typename Row>
class RowsModel : public QAbstractTableModel
{
public:
    struct Column {
        const char *title; // translated in the model's context (QT_TRANSLATE_NOOP)
        // The cell for a role: DisplayRole, and where it helps ToolTipRole, TextAlignmentRole, ForegroundRole,
        // BackgroundRole, SortRole; an invalid QVariant for the rest.
        std::function<QVariant(const Row &, int role)> data;
    };

    RowsModel(const char *context, QList<Column> columns, std::function<qint64(const Row &)> key, QObject *parent = nullptr)
        : QAbstractTableModel(parent), m_context(context), m_columns(std::move(columns)), m_key(std::move(key))
    {
    }

    void setRows(QList<Row> rows)
    {
        bool sameKeys = rows.size() == m_rows.size();
        for (qsizetype i = 0; sameKeys && i < rows.size(); ++i)
            sameKeys = m_key(rows.at(i)) == m_key(m_rows.at(i));
        if (sameKeys) {
            m_rows = std::move(rows);
            if (!m_rows.isEmpty())
                emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, int(m_columns.size()) - 1));
            return;
        }
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }
    const QList<Row> &rows() const { return m_rows; }
    const Row &row(int r) const { return m_rows.at(r); }
    int rowOfKey(qint64 key) const
    {
        for (qsizetype i = 0; i < m_rows.size(); ++i)
            if (m_key(m_rows.at(i)) == key)
                return int(i);
        return -1;
    }
    // Headers and cells follow a language switch.
    void retranslate()
    {
        emit headerDataChanged(Qt::Horizontal, 0, int(m_columns.size()) - 1);
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, int(m_columns.size()) - 1));
    }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_columns.size()); }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= m_columns.size())
            return {};
        const Row &r = m_rows.at(index.row());
        if (role == KeyRole)
            return m_key(r);
        QVariant v = m_columns.at(index.column()).data(r, role);
        if (!v.isValid() && role == SortRole)
            v = m_columns.at(index.column()).data(r, Qt::DisplayRole);
        return v;
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_columns.size())
            return QCoreApplication::translate(m_context, m_columns.at(section).title);
        return QAbstractTableModel::headerData(section, orientation, role);
    }

private:
    const char *m_context;
    QList<Column> m_columns;
    std::function<qint64(const Row &)> m_key;
    QList<Row> m_rows;
};

namespace ui {

// A proxy for sorting by a header click (by SortRole) and filtering by text over every column.
inline QSortFilterProxyModel *sortable(QAbstractItemModel *model, QObject *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    proxy->setSortRole(SortRole);
    proxy->setFilterKeyColumn(-1);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy->setSortLocaleAware(true);
    return proxy;
}

// A table view set up like the desk's other lists: whole rows, one at a time, no editing in place.
inline void setUpList(QTableView *view, QAbstractItemModel *model)
{
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->setVisible(false);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

// The key of the selected row (KeyRole), 0 when none is selected; through any proxy.
inline qint64 selectedKey(const QAbstractItemView *view)
{
    const QModelIndex i = view->currentIndex();
    if (!i.isValid() || !view->selectionModel() || !view->selectionModel()->isRowSelected(i.row(), i.parent()))
        return 0;
    return i.siblingAtColumn(0).data(KeyRole).toLongLong();
}

// Selects the row whose key is `key` (through any proxy); false when no row has it.
inline bool selectKey(QAbstractItemView *view, qint64 key)
{
    QAbstractItemModel *m = view->model();
    if (!m || key == 0)
        return false;
    for (int r = 0; r < m->rowCount(); ++r) {
        const QModelIndex i = m->index(r, 0);
        if (i.data(KeyRole).toLongLong() == key) {
            view->setCurrentIndex(i);
            view->selectionModel()->select(i, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return true;
        }
    }
    return false;
}

// The source row of a view's current index, through a proxy; -1 when nothing is current.
inline int sourceRow(const QAbstractItemView *view)
{
    QModelIndex i = view->currentIndex();
    if (!i.isValid())
        return -1;
    if (auto *proxy = qobject_cast<const QSortFilterProxyModel *>(view->model()))
        i = proxy->mapToSource(i);
    return i.row();
}

} // namespace ui
} // namespace dd
