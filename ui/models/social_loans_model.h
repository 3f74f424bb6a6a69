#pragma once
// A thin table of the social fund's interest-free loans: the dues of kind "social-loan" as
// Book::dues returns them (borrower, amount, due date, repaid, outstanding, note). A loan past
// its due date and not repaid is marked; the model decides nothing else.

#include "core/meetings/meeting.h"
#include "ui/rotation_labels.h"

#include <QAbstractTableModel>

#include <vector>

namespace tontine::ui {

// The due kind Book gives a social loan (and its repayments).
inline constexpr const char* SocialLoanDueKind = "social-loan";

class SocialLoansModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Borrower, Amount, DueOn, Repaid, Outstanding, Note, ColumnCount };

    explicit SocialLoansModel(QObject* parent = nullptr);
    // Keeps the dues of kind "social-loan" from `dues`; `today` says which are overdue.
    void setDues(const std::vector<Due>& dues, Date today, const MemberNames& names, const Currency& currency);
    const Due* loanAt(int row) const;
    std::int64_t totalOutstanding() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<Due> m_loans;
    Date m_today;
    MemberNames m_names;
    const Currency* m_currency = nullptr;
};

} // namespace tontine::ui
