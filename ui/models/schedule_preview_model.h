#pragma once
// A loan schedule as a table — number, due date, principal, interest, total — with a totals
// row at the bottom: what the new-loan wizard shows as the request is typed. A thin read-only
// view over core's instalments; it computes nothing but the sums it displays.

#include "core/loans/loan_schedule.h"
#include "core/money/currency.h"

#include <QAbstractTableModel>

#include <vector>

namespace tontine::ui {

class SchedulePreviewModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Number, DueOn, Principal, Interest, Total, ColumnCount };

    explicit SchedulePreviewModel(const Currency& currency, QObject* parent = nullptr);
    void setSchedule(const std::vector<Instalment>& schedule);
    const std::vector<Instalment>& schedule() const { return m_schedule; }
    std::int64_t totalPrincipal() const;
    std::int64_t totalInterest() const;
    // The last row (the totals) when there is a schedule.
    bool isTotalsRow(int row) const { return !m_schedule.empty() && row == int(m_schedule.size()); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const Currency& m_currency;
    std::vector<Instalment> m_schedule;
};

} // namespace tontine::ui
