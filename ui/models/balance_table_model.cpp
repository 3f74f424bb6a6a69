#include "ui/models/balance_table_model.h"

#include "ui/convert.h"
#include "ui/labels.h"

namespace tontine::ui {

BalanceTableModel::BalanceTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void BalanceTableModel::setBalances(std::vector<AccountBalance> balances, const Currency& currency,
                                    QHash<QString, QString> labels)
{
    beginResetModel();
    m_labels = std::move(labels);
    m_balances = std::move(balances);
    m_currency = &currency;
    endResetModel();
}

int BalanceTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_balances.size());
}

int BalanceTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BalanceTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_balances.size()) || !m_currency)
        return {};
    const AccountBalance& b = m_balances[std::size_t(index.row())];
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case AccountName: return m_labels.value(toQt(b.account.code), accountLabel(b.account));
        case Kind: return accountKindLabel(b.account.kind);
        case Balance: return moneyText(b.natural(), *m_currency);
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Balance)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant BalanceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AccountName: return tr("Account");
    case Kind: return tr("Kind");
    case Balance: return tr("Balance");
    }
    return {};
}

} // namespace tontine::ui
