#pragma once
// A thin table of an export file's rows as they will be written (ExportFile::header and rows,
// decoded), so the treasurer sees what goes to the mutual before saving. It decides nothing.

#include "core/exchange/export_profile.h"

#include <QAbstractTableModel>

namespace tontine::ui {

class ExportPreviewModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit ExportPreviewModel(QObject* parent = nullptr);
    void setFile(const ExportFile& file);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<std::string> m_header;
    std::vector<std::vector<std::string>> m_rows;
    int m_columns = 0;
};

} // namespace tontine::ui
