#pragma once
// A thin table of a loan's schedule: per instalment its due date, principal, interest, what
// was paid and is left, the penalty charged and whether it is late ("12 days late", "paid on
// …"). Either a position (LoanPosition::instalments) or a bare plan (a past schedule version,
// a rescheduling preview), which has no payment columns filled. The model decides nothing.

#include "core/loans/loan_position.h"
#include "core/money/currency.h"

#include <QAbstractTableModel>

#include <vector>

namespace tontine::ui {

class LoanScheduleModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Number, DueOn, Principal, Interest, Total, Paid, Left, Penalty, Late, ColumnCount };

    explicit LoanScheduleModel(QObject* parent = nullptr);
    void setPosition(const LoanPosition& position, const Currency& currency);
    void setPlan(const std::vector<Instalment>& plan, const Currency& currency);
    void clear();
    const InstalmentStatus* rowAt(int row) const;
    bool showsPayments() const { return m_payments; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<InstalmentStatus> m_rows;
    Date m_on;
    bool m_payments = false;
    const Currency* m_currency = nullptr;
};

} // namespace tontine::ui
