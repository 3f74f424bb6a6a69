#include "ui/models/meeting_list_model.h"

#include "ui/convert.h"
#include "ui/labels.h"

#include <QFont>

namespace tontine::ui {

MeetingListModel::MeetingListModel(QObject* parent) : QAbstractTableModel(parent) {}

void MeetingListModel::setRows(std::vector<MeetingListRow> rows, const Currency& currency)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_currency = &currency;
    endResetModel();
}

const MeetingListRow* MeetingListModel::rowAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[std::size_t(row)] : nullptr;
}

int MeetingListModel::rowOf(MeetingId id) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].meeting.id == id)
            return int(i);
    return -1;
}

int MeetingListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MeetingListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MeetingListModel::data(const QModelIndex& index, int role) const
{
    const MeetingListRow* r = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!r || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case Date: return dateText(r->meeting.date);
        case Status: return meetingStatusLabel(r->meeting.status);
        case CashIn: return m_currency ? moneyText(r->cashIn, *m_currency) : QString();
        case CashOut: return m_currency ? moneyText(r->cashOut, *m_currency) : QString();
        case ChainHead: return r->meeting.isOpen() ? tr("(still open)") : toQt(r->chainHead);
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == CashIn || index.column() == CashOut))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole && index.column() == ChainHead) {
        QFont mono(QStringLiteral("monospace"));
        mono.setStyleHint(QFont::Monospace);
        return mono;
    }
    if (role == Qt::UserRole)
        return QVariant::fromValue<qlonglong>(r->meeting.id);
    return {};
}

QVariant MeetingListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date: return tr("Date");
    case Status: return tr("Status");
    case CashIn: return tr("Cash in");
    case CashOut: return tr("Cash out");
    case ChainHead: return tr("Chain head at closing");
    }
    return {};
}

} // namespace tontine::ui
