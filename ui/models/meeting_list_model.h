#pragma once
// A thin table over the fund's meetings, newest first: date, status, cash in and out, and the
// chain head as it stood at closing. It only presents what it is given: no queries, no writes.

#include "core/meetings/meeting.h"
#include "core/money/currency.h"

#include <QAbstractTableModel>

#include <vector>

namespace tontine::ui {

// One meeting as the list shows it (the totals and head come from its summary).
struct MeetingListRow {
    Meeting meeting;
    std::int64_t cashIn = 0;
    std::int64_t cashOut = 0;
    std::string chainHead;
};

class MeetingListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Date, Status, CashIn, CashOut, ChainHead, ColumnCount };

    explicit MeetingListModel(QObject* parent = nullptr);
    void setRows(std::vector<MeetingListRow> rows, const Currency& currency);
    const MeetingListRow* rowAt(int row) const;
    int rowOf(MeetingId id) const; // -1 when not shown

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<MeetingListRow> m_rows;
    const Currency* m_currency = nullptr;
};

} // namespace tontine::ui
