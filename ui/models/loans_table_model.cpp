#include "ui/models/loans_table_model.h"

#include "ui/convert.h"
#include "ui/loan_labels.h"

#include <QBrush>
#include <QColor>

namespace tontine::ui {

QString loanRowStatusText(const LoanRow& row)
{
    const QString status = loanStatusLabel(row.loan.status);
    if (row.loan.status == LoanStatus::Active && row.position && row.position->daysLate > 0)
        return LoansTableModel::tr("%1, late").arg(status);
    return status;
}

LoansTableModel::LoansTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void LoansTableModel::setRows(std::vector<LoanRow> rows, const MemberNames& names, const Currency& currency)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_names = names;
    m_currency = &currency;
    endResetModel();
}

void LoansTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

const LoanRow* LoansTableModel::rowAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[std::size_t(row)] : nullptr;
}

int LoansTableModel::rowOf(LoanId id) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].loan.id == id)
            return int(i);
    return -1;
}

std::int64_t LoansTableModel::totalOutstanding() const
{
    std::int64_t total = 0;
    for (const LoanRow& r : m_rows)
        if (r.position)
            total += r.position->principalOutstanding;
    return total;
}

int LoansTableModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int LoansTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant LoansTableModel::data(const QModelIndex& index, int role) const
{
    const LoanRow* r = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!r || !m_currency)
        return {};
    const Loan& l = r->loan;
    const LoanPosition* p = r->position ? &*r->position : nullptr;
    const bool late = p && p->daysLate > 0;
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case Number: return loanNumberText(l.id);
        case Borrower: return memberName(m_names, l.borrower);
        case Product: return toQt(l.product.name);
        case Purpose: return toQt(l.purpose);
        case Principal: return moneyText(l.principal, *m_currency);
        case Outstanding: return p ? moneyText(p->principalOutstanding, *m_currency) : QString();
        case DueToday: return p && p->dueToday() > 0 ? moneyText(p->dueToday(), *m_currency) : QString();
        case DaysLate: return p ? daysLateText(p->daysLate) : QString();
        case Status: return loanRowStatusText(*r);
        }
    }
    if (role == Qt::EditRole) {
        switch (index.column()) {
        case Number: return qlonglong(l.id);
        case Borrower: return qlonglong(l.borrower);
        case Product: return toQt(l.product.name);
        case Purpose: return toQt(l.purpose);
        case Principal: return qlonglong(l.principal);
        case Outstanding: return qlonglong(p ? p->principalOutstanding : 0);
        case DueToday: return qlonglong(p ? p->dueToday() : 0);
        case DaysLate: return p ? p->daysLate : 0;
        case Status: return toQt(loanStatusCode(l.status));
        }
    }
    if (role == Qt::TextAlignmentRole &&
        (index.column() == Number || index.column() == Principal || index.column() == Outstanding || index.column() == DueToday))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    // Red only repeats what "12 days late" and "late" already say.
    if (role == Qt::ForegroundRole && (late || l.status == LoanStatus::Defaulted) &&
        (index.column() == DaysLate || index.column() == Status))
        return QBrush(QColor(0xb0, 0x00, 0x20));
    return {};
}

QVariant LoansTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number: return tr("No.");
    case Borrower: return tr("Borrower");
    case Product: return tr("Product");
    case Purpose: return tr("Purpose");
    case Principal: return tr("Principal");
    case Outstanding: return tr("Outstanding");
    case DueToday: return tr("Due today");
    case DaysLate: return tr("Late");
    case Status: return tr("Status");
    }
    return {};
}

} // namespace tontine::ui
