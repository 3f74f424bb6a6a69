#include "ui/models/rotation_plan_model.h"

#include "ui/convert.h"

#include <QBrush>
#include <QFont>
#include <QPalette>

#include <numeric>

namespace tontine::ui {

RotationPlanModel::RotationPlanModel(QObject* parent) : QAbstractTableModel(parent) {}

void RotationPlanModel::setPlan(std::vector<RoundPlan> plan, RotationSpec spec, MemberNames names)
{
    beginResetModel();
    m_plan = std::move(plan);
    m_spec = std::move(spec);
    m_names = std::move(names);
    endResetModel();
}

void RotationPlanModel::clear()
{
    beginResetModel();
    m_plan.clear();
    endResetModel();
}

const RoundPlan* RotationPlanModel::roundAt(int row) const
{
    return row >= 0 && row < int(m_plan.size()) ? &m_plan[std::size_t(row)] : nullptr;
}

int RotationPlanModel::collectingRow() const
{
    for (std::size_t i = 0; i < m_plan.size(); ++i)
        if (m_plan[i].status == RoundStatus::Collecting)
            return int(i);
    return -1;
}

int RotationPlanModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_plan.size()); }

int RotationPlanModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant RotationPlanModel::data(const QModelIndex& index, int role) const
{
    const RoundPlan* r = index.isValid() ? roundAt(index.row()) : nullptr;
    if (!r)
        return {};
    const Currency& c = m_spec.currency();
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case Round: return r->round;
        case RoundDate: return dateText(r->date);
        case Beneficiaries: return beneficiariesText(m_spec, r->beneficiaries, m_names);
        case Pot: return moneyText(r->grossPot, c);
        case Discount: {
            const std::int64_t total = std::accumulate(r->discounts.begin(), r->discounts.end(), std::int64_t{0});
            return total == 0 ? QString() : moneyText(total, c);
        }
        case Status: return roundStatusLabel(r->status);
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Pot || index.column() == Discount || index.column() == Round))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    // The round being collected stands out; rounds paid are quieter.
    if (role == Qt::FontRole && r->status == RoundStatus::Collecting) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ForegroundRole && r->status == RoundStatus::PaidOut)
        return QPalette().brush(QPalette::Disabled, QPalette::Text);
    return {};
}

QVariant RotationPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Round: return tr("Round");
    case RoundDate: return tr("Date");
    case Beneficiaries: return tr("Beneficiary (hand · holder)");
    case Pot: return tr("Pot");
    case Discount: return tr("Discount");
    case Status: return tr("Status");
    }
    return {};
}

} // namespace tontine::ui
