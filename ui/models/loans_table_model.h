#pragma once
// A thin table of the fund's loans as Book::loans returns them, each with its position on the
// day (outstanding, due today, days late) for loans being repaid or in default. Lateness is
// written in words ("12 days late"); red only repeats it. The model decides nothing.

#include "core/loans/loan.h"
#include "ui/rotation_labels.h"

#include <QAbstractTableModel>

#include <optional>
#include <vector>

namespace tontine::ui {

// One loan and, when it has a schedule, where it stands on the day shown.
struct LoanRow {
    Loan loan;
    std::optional<LoanPosition> position;
};

class LoansTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Number, Borrower, Product, Purpose, Principal, Outstanding, DueToday, DaysLate, Status, ColumnCount };

    explicit LoansTableModel(QObject* parent = nullptr);
    void setRows(std::vector<LoanRow> rows, const MemberNames& names, const Currency& currency);
    void clear();
    const LoanRow* rowAt(int row) const;
    int rowOf(LoanId id) const;
    std::int64_t totalOutstanding() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<LoanRow> m_rows;
    MemberNames m_names;
    const Currency* m_currency = nullptr;
};

// "Active, late" / "Requested": the status with lateness in words.
QString loanRowStatusText(const LoanRow& row);

} // namespace tontine::ui
