#pragma once
// A thin table of what passed through the group for one partner mutual: each premium paid
// (date, household head, receipt, product, period, amount) and each remittance to the mutual
// (date, the mutual's receipt, note, amount), latest first, reversed ones said in words.
// It only presents Book::premiumPayments and Book::remittances; it decides nothing.

#include "core/premiums/premium.h"
#include "ui/rotation_labels.h"

#include <QAbstractTableModel>

#include <vector>

namespace tontine::ui {

class PremiumHistoryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { When, What, Household, Receipt, Period, Amount, Status, ColumnCount };

    explicit PremiumHistoryModel(QObject* parent = nullptr);
    void setHistory(const std::vector<PremiumPayment>& payments, const std::vector<PremiumRemittance>& remittances,
                    const MemberNames& names, const Currency& currency);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        Date date;
        std::int64_t entrySeq = 0;
        bool remittance = false;
        QString household;
        QString receipt;
        QString period;
        std::int64_t amount = 0;
        bool reversed = false;
        QString note;
    };
    std::vector<Row> m_rows;
    const Currency* m_currency = nullptr;
};

} // namespace tontine::ui
