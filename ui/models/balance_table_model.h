#pragma once
// A thin table over account balances (derived by core from postings) for QTableView.
// It only presents what it is given.

#include "core/ledger/account.h"
#include "core/money/currency.h"

#include <QAbstractTableModel>
#include <QHash>

#include <vector>

namespace tontine::ui {

class BalanceTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { AccountName, Kind, Balance, ColumnCount };

    explicit BalanceTableModel(QObject* parent = nullptr);
    // `labels` names accounts by code (see accountLabels); missing codes use the account's own name.
    void setBalances(std::vector<AccountBalance> balances, const Currency& currency,
                     QHash<QString, QString> labels = {});

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<AccountBalance> m_balances;
    const Currency* m_currency = nullptr;
    QHash<QString, QString> m_labels;
};

} // namespace tontine::ui
