#include "ui/models/savings_members_model.h"

#include "ui/convert.h"

#include <algorithm>
#include <map>

namespace tontine::ui {

SavingsMembersModel::SavingsMembersModel(QObject* parent) : QAbstractTableModel(parent) {}

void SavingsMembersModel::setRows(const std::vector<Member>& members, const std::vector<MemberSavings>& balances,
                                  const Currency& currency)
{
    std::map<MemberId, SavingsMemberRow> rows;
    for (const Member& m : members)
        if (m.active)
            rows[m.id] = SavingsMemberRow{m.id, toQt(m.fullName()), MemberSavings{m.id}, false};
    for (const MemberSavings& s : balances) {
        SavingsMemberRow& row = rows[s.member];
        row.member = s.member;
        row.savings = s;
        row.inCycle = true;
        // A member who has left still shows with their savings, under their name.
        if (row.name.isEmpty()) {
            auto it = std::find_if(members.begin(), members.end(), [&](const Member& m) { return m.id == s.member; });
            row.name = it != members.end() ? toQt(it->fullName()) : tr("Member %1").arg(s.member);
        }
    }
    beginResetModel();
    m_rows.clear();
    for (auto& [id, row] : rows)
        m_rows.push_back(std::move(row));
    m_currency = &currency;
    endResetModel();
}

void SavingsMembersModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

const SavingsMemberRow* SavingsMembersModel::rowAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[std::size_t(row)] : nullptr;
}

int SavingsMembersModel::rowOf(MemberId member) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].member == member)
            return int(i);
    return -1;
}

MemberSavings SavingsMembersModel::totals() const
{
    MemberSavings sum;
    for (const SavingsMemberRow& r : m_rows) {
        sum.shares += r.savings.shares;
        sum.saved += r.savings.saved;
        sum.pledged += r.savings.pledged;
        sum.owed += r.savings.owed;
    }
    return sum;
}

std::int64_t SavingsMembersModel::totalFree() const
{
    std::int64_t sum = 0;
    for (const SavingsMemberRow& r : m_rows)
        sum += r.savings.free();
    return sum;
}

int SavingsMembersModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int SavingsMembersModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant SavingsMembersModel::data(const QModelIndex& index, int role) const
{
    const SavingsMemberRow* r = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!r || !m_currency)
        return {};
    const MemberSavings& s = r->savings;
    auto amount = [&](std::int64_t v, bool blankZero) {
        return v == 0 && blankZero ? QString() : moneyText(v, *m_currency);
    };
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case Number: return QString::number(r->member);
        case Name: return r->name;
        case Shares: return QString::number(s.shares);
        case Saved: return amount(s.saved, false);
        // Empty rather than 0 where nothing is pledged or owed: what is there stands out. For
        // a member with nothing in the cycle Book says nothing of either: a dash, not a 0.
        case Pledged: return r->inCycle ? amount(s.pledged, true) : QStringLiteral("—");
        case Owed: return r->inCycle ? amount(s.owed, true) : QStringLiteral("—");
        case Free: return amount(s.free(), false);
        }
    }
    if (role == Qt::EditRole) {
        switch (index.column()) {
        case Number: return qlonglong(r->member);
        case Name: return r->name;
        case Shares: return s.shares;
        case Saved: return qlonglong(s.saved);
        case Pledged: return qlonglong(s.pledged);
        case Owed: return qlonglong(s.owed);
        case Free: return qlonglong(s.free());
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() != Name)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && !r->inCycle)
        return tr("Nothing saved in this cycle yet");
    return {};
}

QVariant SavingsMembersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Shares: return tr("Shares held in the cycle, opening shares included");
        case Saved: return tr("What the member holds in the cycle: shares, opening and voluntary savings, less withdrawals");
        case Pledged: return tr("Pledged as a guarantor of other members' loans");
        case Owed: return tr("What the member owes the fund now (dues, loans, social loans)");
        case Free: return tr("What the member may withdraw before the share-out: saved − pledged − owed");
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number: return tr("No.");
    case Name: return tr("Name");
    case Shares: return tr("Shares");
    case Saved: return tr("Saved");
    case Pledged: return tr("Pledged");
    case Owed: return tr("Owed");
    case Free: return tr("Free to withdraw");
    }
    return {};
}

} // namespace tontine::ui
