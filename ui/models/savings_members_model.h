#pragma once
// A thin table of every member's savings in a cycle: number, name, shares held, saved,
// pledged as a guarantor, owed, and free to withdraw, as Book::savingsBalances says. Members
// with nothing saved yet are listed with zeros so the whole group shows. It decides nothing.

#include "core/money/currency.h"
#include "core/savings/savings_record.h"

#include <QAbstractTableModel>

#include <vector>

namespace tontine::ui {

struct SavingsMemberRow {
    MemberId member = 0;
    QString name;
    MemberSavings savings; // all zeros for a member with nothing in the cycle
    bool inCycle = false;  // Book listed them (they hold or held savings in the cycle)
};

class SavingsMembersModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Number, Name, Shares, Saved, Pledged, Owed, Free, ColumnCount };

    explicit SavingsMembersModel(QObject* parent = nullptr);
    // Active members and everyone Book lists for the cycle, in member-number order.
    void setRows(const std::vector<Member>& members, const std::vector<MemberSavings>& balances,
                 const Currency& currency);
    void clear();
    const SavingsMemberRow* rowAt(int row) const;
    int rowOf(MemberId member) const;
    // Sums of the columns (free is the sum of each member's free amount).
    MemberSavings totals() const;
    std::int64_t totalFree() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<SavingsMemberRow> m_rows;
    const Currency* m_currency = nullptr;
};

} // namespace tontine::ui
