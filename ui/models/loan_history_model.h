#pragma once
// A thin table of what was paid on a loan: every allocation line (repayments, recoveries
// from guarantors, reversals with negative amounts) with its date, instalment, penalty,
// interest and principal, in date order. The model decides nothing.

#include "core/loans/loan_position.h"
#include "core/money/currency.h"

#include <QAbstractTableModel>

#include <vector>

namespace tontine::ui {

class LoanHistoryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Date_, Instalment, Penalty, Interest, Principal, Total, ColumnCount };

    explicit LoanHistoryModel(QObject* parent = nullptr);
    void setAllocations(std::vector<LoanAllocation> lines, const Currency& currency);
    const LoanAllocation* rowAt(int row) const;
    std::int64_t totalPaid() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<LoanAllocation> m_rows;
    const Currency* m_currency = nullptr;
};

} // namespace tontine::ui
