#include "ui/models/social_grants_model.h"

#include "ui/convert.h"
#include "ui/social_labels.h"

namespace tontine::ui {

SocialGrantsModel::SocialGrantsModel(QObject* parent) : QAbstractTableModel(parent) {}

void SocialGrantsModel::setGrants(std::vector<SocialGrant> grants, const MemberNames& names, const Currency& currency)
{
    beginResetModel();
    m_grants = std::move(grants);
    m_names = names;
    m_currency = &currency;
    endResetModel();
}

const SocialGrant* SocialGrantsModel::grantAt(int row) const
{
    return row >= 0 && row < int(m_grants.size()) ? &m_grants[std::size_t(row)] : nullptr;
}

int SocialGrantsModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_grants.size()); }

int SocialGrantsModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant SocialGrantsModel::data(const QModelIndex& index, int role) const
{
    const SocialGrant* g = index.isValid() ? grantAt(index.row()) : nullptr;
    if (!g || !m_currency)
        return {};
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case GrantDate: return dateText(g->date);
        case Event: return socialEventLabel(g->event);
        case Beneficiary: return memberName(m_names, g->beneficiary);
        case Amount: return moneyText(g->amount, *m_currency);
        case Approvers: return approversText(g->approvers, m_names);
        case Note: return toQt(g->note);
        }
    }
    if (role == Qt::EditRole) {
        switch (index.column()) {
        case Beneficiary: return qlonglong(g->beneficiary);
        case Amount: return qlonglong(g->amount);
        default: return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Amount)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant SocialGrantsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case GrantDate: return tr("Date");
    case Event: return tr("Event");
    case Beneficiary: return tr("Beneficiary");
    case Amount: return tr("Amount");
    case Approvers: return tr("Approved by");
    case Note: return tr("Note");
    }
    return {};
}

} // namespace tontine::ui
