#include "ui/models/member_table_model.h"

#include "ui/convert.h"
#include "ui/insurance_labels.h"
#include "ui/labels.h"

#include <QBrush>
#include <QGuiApplication>
#include <QPalette>

namespace tontine::ui {

MemberTableModel::MemberTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void MemberTableModel::setMembers(std::vector<Member> members,
                                  std::map<MemberId, std::int64_t> savings,
                                  const Currency& currency)
{
    beginResetModel();
    m_members = std::move(members);
    m_savings = std::move(savings);
    m_currency = &currency;
    endResetModel();
}

const Member* MemberTableModel::memberAt(int row) const
{
    if (row < 0 || row >= int(m_members.size()))
        return nullptr;
    return &m_members[std::size_t(row)];
}

int MemberTableModel::rowOf(MemberId id) const
{
    for (std::size_t i = 0; i < m_members.size(); ++i)
        if (m_members[i].id == id)
            return int(i);
    return -1;
}

int MemberTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

int MemberTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MemberTableModel::householdText(const Member& m)
{
    if (!m.householdHeadId)
        return tr("Head");
    // The head by number: the list may be filtered and not show them.
    if (m.relationship == Relationship::None)
        return tr("Household of no. %1").arg(*m.householdHeadId);
    return tr("%1 of no. %2").arg(relationshipLabel(m.relationship)).arg(*m.householdHeadId);
}

QVariant MemberTableModel::data(const QModelIndex& index, int role) const
{
    const Member* m = index.isValid() ? memberAt(index.row()) : nullptr;
    if (!m || index.column() < 0 || index.column() >= ColumnCount)
        return {};

    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case Number: return QString::number(m->id);
        case Name: return QStringLiteral("%1, %2").arg(toQt(m->lastName), toQt(m->otherNames));
        case Sex: return sexLabel(m->sex);
        case Phone: return toQt(m->phone);
        case Village: return toQt(m->village);
        case Household: return householdText(*m);
        case Joined: return dateText(m->joinedOn);
        case Savings: {
            auto it = m_savings.find(m->id);
            return m_currency ? moneyText(it == m_savings.end() ? 0 : it->second, *m_currency) : QString();
        }
        case Status:
            if (m->active)
                return tr("Active");
            return m->leftOn ? tr("Inactive since %1").arg(dateText(*m->leftOn)) : tr("Inactive");
        }
    }
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == Number || index.column() == Savings)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    }
    // Inactive members are greyed, and the Status column says so in words as well.
    if (role == Qt::ForegroundRole && !m->active)
        return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    if (role == Qt::ToolTipRole && !m->active)
        return tr("This member is no longer active.");
    if (role == Qt::UserRole)
        return QVariant::fromValue<qlonglong>(m->id);
    return {};
}

QVariant MemberTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number: return tr("No.");
    case Name: return tr("Name");
    case Sex: return tr("Sex");
    case Phone: return tr("Phone");
    case Village: return tr("Village / town");
    case Household: return tr("Household");
    case Joined: return tr("Joined");
    case Savings: return tr("Savings");
    case Status: return tr("Status");
    }
    return {};
}

} // namespace tontine::ui
