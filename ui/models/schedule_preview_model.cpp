#include "ui/models/schedule_preview_model.h"

#include "ui/convert.h"

#include <QFont>

namespace tontine::ui {

SchedulePreviewModel::SchedulePreviewModel(const Currency& currency, QObject* parent)
    : QAbstractTableModel(parent), m_currency(currency)
{
}

void SchedulePreviewModel::setSchedule(const std::vector<Instalment>& schedule)
{
    beginResetModel();
    m_schedule = schedule;
    endResetModel();
}

std::int64_t SchedulePreviewModel::totalPrincipal() const { return schedulePrincipal(m_schedule); }
std::int64_t SchedulePreviewModel::totalInterest() const { return scheduleInterest(m_schedule); }

int SchedulePreviewModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || m_schedule.empty())
        return 0;
    return int(m_schedule.size()) + 1;
}

int SchedulePreviewModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant SchedulePreviewModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const bool totals = isTotalsRow(index.row());
    if (role == Qt::TextAlignmentRole)
        return index.column() >= Principal ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role == Qt::FontRole && totals) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    if (totals) {
        // Summed here only for display; core's schedule sums exactly to principal + interest.
        const std::int64_t principal = totalPrincipal();
        const std::int64_t interest = totalInterest();
        switch (index.column()) {
        case Number: return tr("Total");
        case Principal: return moneyText(principal, m_currency);
        case Interest: return moneyText(interest, m_currency);
        case Total: return moneyText(principal + interest, m_currency);
        default: return {};
        }
    }
    const Instalment& line = m_schedule[std::size_t(index.row())];
    switch (index.column()) {
    case Number: return line.number;
    case DueOn: return dateText(line.dueOn);
    case Principal: return moneyText(line.principal, m_currency);
    case Interest: return moneyText(line.interest, m_currency);
    case Total: return moneyText(line.total(), m_currency);
    default: return {};
    }
}

QVariant SchedulePreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number: return tr("No.");
    case DueOn: return tr("Due on");
    case Principal: return tr("Principal");
    case Interest: return tr("Interest");
    case Total: return tr("Total");
    default: return {};
    }
}

} // namespace tontine::ui
