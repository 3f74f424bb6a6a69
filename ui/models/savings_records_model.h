#pragma once
// A thin table of one member's savings records in a cycle, oldest first: date, kind (opening,
// shares, voluntary, withdrawal, share-out), shares and amount, with a running balance. Rows
// are Book::savingsRecords as they come; the model decides nothing.

#include "core/money/currency.h"
#include "core/savings/savings_record.h"

#include <QAbstractTableModel>

#include <vector>

namespace tontine::ui {

class SavingsRecordsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { When, Kind, Shares, Amount, Balance, ColumnCount };

    explicit SavingsRecordsModel(QObject* parent = nullptr);
    void setRecords(std::vector<SavingsRecord> records, const Currency& currency);
    void clear();
    const SavingsRecord* recordAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<SavingsRecord> m_records;
    std::vector<std::int64_t> m_balance; // the member's savings after each record
    const Currency* m_currency = nullptr;
};

} // namespace tontine::ui
