#include "ui/models/loan_history_model.h"

#include "ui/convert.h"

#include <algorithm>

namespace tontine::ui {

LoanHistoryModel::LoanHistoryModel(QObject* parent) : QAbstractTableModel(parent) {}

void LoanHistoryModel::setAllocations(std::vector<LoanAllocation> lines, const Currency& currency)
{
    beginResetModel();
    // Stable: the lines of one repayment keep the order core gave them.
    std::stable_sort(lines.begin(), lines.end(), [](const LoanAllocation& a, const LoanAllocation& b) { return a.date < b.date; });
    m_rows = std::move(lines);
    m_currency = &currency;
    endResetModel();
}

const LoanAllocation* LoanHistoryModel::rowAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[std::size_t(row)] : nullptr;
}

std::int64_t LoanHistoryModel::totalPaid() const
{
    std::int64_t total = 0;
    for (const LoanAllocation& a : m_rows)
        total += a.total();
    return total;
}

int LoanHistoryModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int LoanHistoryModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant LoanHistoryModel::data(const QModelIndex& index, int role) const
{
    const LoanAllocation* a = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!a || !m_currency)
        return {};
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        const auto money = [this](std::int64_t v) { return v ? moneyText(v, *m_currency) : QString(); };
        switch (index.column()) {
        case Date_: return a->total() < 0 ? tr("%1 (reversal)").arg(dateText(a->date)) : dateText(a->date);
        case Instalment: return a->instalment;
        case Penalty: return money(a->penalty);
        case Interest: return money(a->interest);
        case Principal: return money(a->principal);
        case Total: return moneyText(a->total(), *m_currency);
        }
    }
    if (role == Qt::EditRole) {
        switch (index.column()) {
        case Date_: return dateText(a->date);
        case Instalment: return a->instalment;
        case Penalty: return qlonglong(a->penalty);
        case Interest: return qlonglong(a->interest);
        case Principal: return qlonglong(a->principal);
        case Total: return qlonglong(a->total());
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() != Date_)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant LoanHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date_: return tr("Date");
    case Instalment: return tr("Instalment");
    case Penalty: return tr("Penalty");
    case Interest: return tr("Interest");
    case Principal: return tr("Principal");
    case Total: return tr("Total");
    }
    return {};
}

} // namespace tontine::ui
