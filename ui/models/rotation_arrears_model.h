#pragma once
// A thin table of each rotation member's position on a date: due so far, paid, overdue,
// fines owed and debt to the fund. Rows are summed from core's memberRounds and duesOn (what
// Book::arrears and Book::rotationDuesOn return); the model decides nothing about who owes what.

#include "core/rotation/member_dues.h"
#include "ui/rotation_labels.h"

#include <QAbstractTableModel>

#include <vector>

namespace tontine::ui {

// One member's line, in minor units of the rotation's currency.
struct ArrearsRow {
    MemberId member = 0;
    QString name;
    std::int64_t dueToDate = 0;   // what rounds dated on or before the date ask of the member
    std::int64_t paid = 0;        // what the member paid toward those rounds
    std::int64_t overdue = 0;     // outstanding on rounds whose date has passed (incl. advanced)
    std::int64_t fines = 0;       // late fines assessed and not paid
    std::int64_t advanceDebt = 0; // what the fund advanced and the member has not repaid
};

// The rows of every rotation member on `date`, in the rotation's member order.
// Read from the state already loaded, not member by member through Book, which would load the
// whole rotation again for each member on every reload.
std::vector<ArrearsRow> arrearsRows(const RotationState& state, Date date, const MemberNames& names);

class RotationArrearsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { MemberName, DueToDate, Paid, Overdue, Fines, AdvanceDebt, ColumnCount };

    explicit RotationArrearsModel(QObject* parent = nullptr);
    void setRows(std::vector<ArrearsRow> rows, const Currency& currency);
    void clear();
    const ArrearsRow* rowAt(int row) const;
    int rowOf(MemberId member) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<ArrearsRow> m_rows;
    const Currency* m_currency = nullptr;
};

} // namespace tontine::ui
