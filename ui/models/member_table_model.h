#pragma once
// A thin table over a list of members (and their savings balances) for QTableView.
// It only presents what it is given: no queries, no rules, no writes.

#include "core/members/member.h"
#include "core/money/currency.h"

#include <QAbstractTableModel>

#include <map>
#include <vector>

namespace tontine::ui {

class MemberTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Number, Name, Sex, Phone, Village, Household, Joined, Savings, Status, ColumnCount };

    explicit MemberTableModel(QObject* parent = nullptr);

    // Replaces the rows; `savings` maps member id to their savings balance in minor units.
    void setMembers(std::vector<Member> members, std::map<MemberId, std::int64_t> savings,
                    const Currency& currency);
    const Member* memberAt(int row) const;
    int rowOf(MemberId id) const; // -1 when not shown

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Head", "Spouse of no. 3": where the member stands in their household.
    static QString householdText(const Member& member);

private:
    std::vector<Member> m_members;
    std::map<MemberId, std::int64_t> m_savings;
    const Currency* m_currency = nullptr;
};

} // namespace tontine::ui
