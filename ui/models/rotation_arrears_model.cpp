#include "ui/models/rotation_arrears_model.h"

#include "ui/convert.h"

#include <QBrush>
#include <QColor>

namespace tontine::ui {

std::vector<ArrearsRow> arrearsRows(const RotationState& state, Date date, const MemberNames& names)
{
    std::vector<ArrearsRow> rows;
    for (const MemberDue& position : duesOn(state, date)) {
        ArrearsRow row;
        row.member = position.member;
        row.name = memberName(names, position.member);
        // Only rounds already dated count: money paid ahead is not a debt settled.
        for (const MemberRoundStatus& r : memberRounds(state, position.member, date)) {
            if (r.dueOn <= date) {
                row.dueToDate += r.due;
                row.paid += r.paid;
            }
            if (r.overdue)
                row.overdue += r.outstanding;
        }
        row.fines = position.finesOwed;
        row.advanceDebt = position.advanceDebt;
        rows.push_back(std::move(row));
    }
    return rows;
}

RotationArrearsModel::RotationArrearsModel(QObject* parent) : QAbstractTableModel(parent) {}

void RotationArrearsModel::setRows(std::vector<ArrearsRow> rows, const Currency& currency)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_currency = &currency;
    endResetModel();
}

void RotationArrearsModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

const ArrearsRow* RotationArrearsModel::rowAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[std::size_t(row)] : nullptr;
}

int RotationArrearsModel::rowOf(MemberId member) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].member == member)
            return int(i);
    return -1;
}

int RotationArrearsModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int RotationArrearsModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant RotationArrearsModel::data(const QModelIndex& index, int role) const
{
    const ArrearsRow* r = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!r || !m_currency)
        return {};
    auto amount = [&](std::int64_t v) { return moneyText(v, *m_currency); };
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case MemberName: return r->name;
        case DueToDate: return amount(r->dueToDate);
        case Paid: return amount(r->paid);
        case Overdue: return r->overdue ? amount(r->overdue) : QString();
        case Fines: return r->fines ? amount(r->fines) : QString();
        case AdvanceDebt: return r->advanceDebt ? amount(r->advanceDebt) : QString();
        }
    }
    if (role == Qt::EditRole) {
        switch (index.column()) {
        case MemberName: return r->name;
        case DueToDate: return qlonglong(r->dueToDate);
        case Paid: return qlonglong(r->paid);
        case Overdue: return qlonglong(r->overdue);
        case Fines: return qlonglong(r->fines);
        case AdvanceDebt: return qlonglong(r->advanceDebt);
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() != MemberName)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    // Red only repeats what the amount already says.
    if (role == Qt::ForegroundRole && index.column() == Overdue && r->overdue > 0)
        return QBrush(QColor(0xb0, 0x00, 0x20));
    return {};
}

QVariant RotationArrearsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case DueToDate: return tr("What the rounds dated up to today ask of the member");
        case Overdue: return tr("Still missing on rounds whose date has passed, including what the fund advanced");
        case AdvanceDebt: return tr("What the fund advanced for the member and is still owed");
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case MemberName: return tr("Member");
    case DueToDate: return tr("Due to date");
    case Paid: return tr("Paid");
    case Overdue: return tr("Overdue");
    case Fines: return tr("Fines owed");
    case AdvanceDebt: return tr("Advance debt");
    }
    return {};
}

} // namespace tontine::ui
