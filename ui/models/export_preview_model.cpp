#include "ui/models/export_preview_model.h"

#include "ui/convert.h"

#include <algorithm>

namespace tontine::ui {

ExportPreviewModel::ExportPreviewModel(QObject* parent) : QAbstractTableModel(parent) {}

void ExportPreviewModel::setFile(const ExportFile& file)
{
    beginResetModel();
    m_header = file.header;
    m_rows = file.rows;
    // A file without a header row (the ledger journal) still shows its widest row.
    m_columns = int(m_header.size());
    for (const std::vector<std::string>& row : m_rows)
        m_columns = std::max(m_columns, int(row.size()));
    endResetModel();
}

int ExportPreviewModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int ExportPreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant ExportPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    const std::vector<std::string>& row = m_rows[std::size_t(index.row())];
    // A ledger line or a short row has fewer cells than the header: the rest is blank.
    return index.column() < int(row.size()) ? toQt(row[std::size_t(index.column())]) : QString();
}

QVariant ExportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical)
        return section + 1;
    return section >= 0 && section < int(m_header.size()) ? toQt(m_header[std::size_t(section)]) : QVariant();
}

} // namespace tontine::ui
