#pragma once
// A thin table of members behind with their social fund contributions: the outstanding dues
// of kind "social" summed per member (meetings owed, amount, oldest date). Summing is all it
// does; which contributions are due is Book's decision.

#include "core/meetings/meeting.h"
#include "ui/rotation_labels.h"

#include <QAbstractTableModel>

#include <vector>

namespace tontine::ui {

inline constexpr const char* SocialContributionDueKind = "social";

struct SocialArrearsRow {
    MemberId member = 0;
    QString name;
    int meetings = 0;            // contributions not fully paid
    std::int64_t outstanding = 0;
    Date oldest;                 // the earliest of them
};

// One row per member with an outstanding "social" due, in member-number order.
std::vector<SocialArrearsRow> socialArrearsRows(const std::vector<Due>& dues, const MemberNames& names);

class SocialArrearsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { MemberName, Meetings, Outstanding, Oldest, ColumnCount };

    explicit SocialArrearsModel(QObject* parent = nullptr);
    void setRows(std::vector<SocialArrearsRow> rows, const Currency& currency);
    const SocialArrearsRow* rowAt(int row) const;
    std::int64_t totalOutstanding() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<SocialArrearsRow> m_rows;
    const Currency* m_currency = nullptr;
};

} // namespace tontine::ui
