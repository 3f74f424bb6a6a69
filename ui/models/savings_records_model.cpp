#include "ui/models/savings_records_model.h"

#include "ui/convert.h"
#include "ui/savings_labels.h"

#include <algorithm>

namespace tontine::ui {

SavingsRecordsModel::SavingsRecordsModel(QObject* parent) : QAbstractTableModel(parent) {}

void SavingsRecordsModel::setRecords(std::vector<SavingsRecord> records, const Currency& currency)
{
    // Oldest first, so the running balance reads down like a passbook.
    std::stable_sort(records.begin(), records.end(),
                     [](const SavingsRecord& a, const SavingsRecord& b) { return a.date < b.date; });
    beginResetModel();
    m_records = std::move(records);
    m_balance.clear();
    std::int64_t balance = 0;
    for (const SavingsRecord& r : m_records)
        m_balance.push_back(balance += r.amount);
    m_currency = &currency;
    endResetModel();
}

void SavingsRecordsModel::clear()
{
    beginResetModel();
    m_records.clear();
    m_balance.clear();
    endResetModel();
}

const SavingsRecord* SavingsRecordsModel::recordAt(int row) const
{
    return row >= 0 && row < int(m_records.size()) ? &m_records[std::size_t(row)] : nullptr;
}

int SavingsRecordsModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_records.size()); }

int SavingsRecordsModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant SavingsRecordsModel::data(const QModelIndex& index, int role) const
{
    const SavingsRecord* r = index.isValid() ? recordAt(index.row()) : nullptr;
    if (!r || !m_currency)
        return {};
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case When: return dateText(r->date);
        case Kind: return savingsKindLabel(r->kind);
        case Shares: return r->shares != 0 ? QString::number(r->shares) : QString();
        case Amount: return moneyText(r->amount, *m_currency);
        case Balance: return moneyText(m_balance[std::size_t(index.row())], *m_currency);
        }
    }
    if (role == Qt::EditRole) {
        switch (index.column()) {
        case When: return dateText(r->date);
        case Kind: return toQt(savingsKindCode(r->kind));
        case Shares: return r->shares;
        case Amount: return qlonglong(r->amount);
        case Balance: return qlonglong(m_balance[std::size_t(index.row())]);
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Shares || index.column() == Amount || index.column() == Balance))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant SavingsRecordsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When: return tr("Date");
    case Kind: return tr("Kind");
    case Shares: return tr("Shares");
    case Amount: return tr("Amount");
    case Balance: return tr("Balance");
    }
    return {};
}

} // namespace tontine::ui
