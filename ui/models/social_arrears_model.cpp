#include "ui/models/social_arrears_model.h"

#include "ui/convert.h"

#include <map>

namespace tontine::ui {

std::vector<SocialArrearsRow> socialArrearsRows(const std::vector<Due>& dues, const MemberNames& names)
{
    std::map<MemberId, SocialArrearsRow> byMember; // ordered: member-number order
    for (const Due& d : dues) {
        if (d.kind != SocialContributionDueKind || d.outstanding() <= 0)
            continue;
        SocialArrearsRow& row = byMember[d.member];
        if (row.meetings == 0 || d.dueOn < row.oldest)
            row.oldest = d.dueOn;
        row.member = d.member;
        row.meetings += 1;
        row.outstanding += d.outstanding();
    }
    std::vector<SocialArrearsRow> rows;
    for (auto& [member, row] : byMember) {
        row.name = memberName(names, member);
        rows.push_back(std::move(row));
    }
    return rows;
}

SocialArrearsModel::SocialArrearsModel(QObject* parent) : QAbstractTableModel(parent) {}

void SocialArrearsModel::setRows(std::vector<SocialArrearsRow> rows, const Currency& currency)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_currency = &currency;
    endResetModel();
}

const SocialArrearsRow* SocialArrearsModel::rowAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[std::size_t(row)] : nullptr;
}

std::int64_t SocialArrearsModel::totalOutstanding() const
{
    std::int64_t total = 0;
    for (const SocialArrearsRow& r : m_rows)
        total += r.outstanding;
    return total;
}

int SocialArrearsModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int SocialArrearsModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant SocialArrearsModel::data(const QModelIndex& index, int role) const
{
    const SocialArrearsRow* r = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!r || !m_currency)
        return {};
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case MemberName: return r->name;
        case Meetings: return r->meetings;
        case Outstanding: return moneyText(r->outstanding, *m_currency);
        case Oldest: return dateText(r->oldest);
        }
    }
    if (role == Qt::EditRole) {
        switch (index.column()) {
        case MemberName: return r->name;
        case Meetings: return r->meetings;
        case Outstanding: return qlonglong(r->outstanding);
        case Oldest: return dateText(r->oldest);
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Meetings || index.column() == Outstanding))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant SocialArrearsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case MemberName: return tr("Member");
    case Meetings: return tr("Meetings owed");
    case Outstanding: return tr("Owed to the social fund");
    case Oldest: return tr("Oldest since");
    }
    return {};
}

} // namespace tontine::ui
