#include "ui/models/loan_schedule_model.h"

#include "ui/convert.h"
#include "ui/loan_labels.h"

#include <QBrush>
#include <QColor>

namespace tontine::ui {

namespace {
std::int64_t paidOf(const InstalmentStatus& s) { return s.principalPaid + s.interestPaid + s.penaltyPaid; }
std::int64_t leftOf(const InstalmentStatus& s) { return s.principalLeft() + s.interestLeft() + s.penaltyLeft(); }
} // namespace

LoanScheduleModel::LoanScheduleModel(QObject* parent) : QAbstractTableModel(parent) {}

void LoanScheduleModel::setPosition(const LoanPosition& position, const Currency& currency)
{
    beginResetModel();
    m_rows = position.instalments;
    m_on = position.on;
    m_payments = true;
    m_currency = &currency;
    endResetModel();
}

void LoanScheduleModel::setPlan(const std::vector<Instalment>& plan, const Currency& currency)
{
    beginResetModel();
    m_rows.clear();
    for (const Instalment& i : plan) {
        InstalmentStatus s;
        s.instalment = i;
        m_rows.push_back(s);
    }
    m_payments = false;
    m_currency = &currency;
    endResetModel();
}

void LoanScheduleModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

const InstalmentStatus* LoanScheduleModel::rowAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[std::size_t(row)] : nullptr;
}

int LoanScheduleModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int LoanScheduleModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant LoanScheduleModel::data(const QModelIndex& index, int role) const
{
    const InstalmentStatus* s = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!s || !m_currency)
        return {};
    const Instalment& i = s->instalment;
    const bool payments = m_payments;
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        const auto money = [this](std::int64_t v) { return moneyText(v, *m_currency); };
        switch (index.column()) {
        case Number: return i.number;
        case DueOn: return dateText(i.dueOn);
        case Principal: return money(i.principal);
        case Interest: return money(i.interest);
        case Total: return money(i.total());
        case Paid: return payments && paidOf(*s) ? money(paidOf(*s)) : QString();
        case Left: return payments ? (leftOf(*s) ? money(leftOf(*s)) : tr("nothing")) : QString();
        case Penalty: return payments && s->penaltyCharged ? money(s->penaltyCharged) : QString();
        case Late:
            if (!payments)
                return {};
            if (s->settledOn)
                return tr("paid on %1").arg(dateText(*s->settledOn));
            if (s->daysLate > 0)
                return daysLateText(s->daysLate);
            return s->isDue(m_on) ? tr("due") : QString();
        }
    }
    if (role == Qt::EditRole) {
        switch (index.column()) {
        case Number: return i.number;
        case DueOn: return dateText(i.dueOn);
        case Principal: return qlonglong(i.principal);
        case Interest: return qlonglong(i.interest);
        case Total: return qlonglong(i.total());
        case Paid: return qlonglong(paidOf(*s));
        case Left: return qlonglong(leftOf(*s));
        case Penalty: return qlonglong(s->penaltyCharged);
        case Late: return s->daysLate;
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() != DueOn && index.column() != Late)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && payments && s->daysLate > 0 && index.column() == Late)
        return QBrush(QColor(0xb0, 0x00, 0x20));
    return {};
}

QVariant LoanScheduleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number: return tr("No.");
    case DueOn: return tr("Due on");
    case Principal: return tr("Principal");
    case Interest: return tr("Interest");
    case Total: return tr("Instalment");
    case Paid: return tr("Paid");
    case Left: return tr("Left");
    case Penalty: return tr("Penalty");
    case Late: return tr("Late");
    }
    return {};
}

} // namespace tontine::ui
