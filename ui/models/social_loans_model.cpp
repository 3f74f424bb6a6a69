#include "ui/models/social_loans_model.h"

#include "ui/convert.h"

#include <QBrush>
#include <QColor>

namespace tontine::ui {

SocialLoansModel::SocialLoansModel(QObject* parent) : QAbstractTableModel(parent) {}

void SocialLoansModel::setDues(const std::vector<Due>& dues, Date today, const MemberNames& names, const Currency& currency)
{
    beginResetModel();
    m_loans.clear();
    for (const Due& d : dues)
        if (d.kind == SocialLoanDueKind)
            m_loans.push_back(d);
    m_today = today;
    m_names = names;
    m_currency = &currency;
    endResetModel();
}

const Due* SocialLoansModel::loanAt(int row) const
{
    return row >= 0 && row < int(m_loans.size()) ? &m_loans[std::size_t(row)] : nullptr;
}

std::int64_t SocialLoansModel::totalOutstanding() const
{
    std::int64_t total = 0;
    for (const Due& d : m_loans)
        total += d.outstanding();
    return total;
}

int SocialLoansModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_loans.size()); }

int SocialLoansModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant SocialLoansModel::data(const QModelIndex& index, int role) const
{
    const Due* d = index.isValid() ? loanAt(index.row()) : nullptr;
    if (!d || !m_currency)
        return {};
    const bool overdue = d->outstanding() > 0 && d->dueOn < m_today;
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case Borrower: return memberName(m_names, d->member);
        case Amount: return moneyText(d->amount, *m_currency);
        case DueOn: return overdue ? tr("%1 (overdue)").arg(dateText(d->dueOn)) : dateText(d->dueOn);
        case Repaid: return d->paid ? moneyText(d->paid, *m_currency) : QString();
        case Outstanding: return d->outstanding() ? moneyText(d->outstanding(), *m_currency) : tr("repaid");
        case Note: return toQt(d->note);
        }
    }
    if (role == Qt::EditRole) {
        switch (index.column()) {
        case Borrower: return qlonglong(d->member);
        case Amount: return qlonglong(d->amount);
        case DueOn: return dateText(d->dueOn);
        case Repaid: return qlonglong(d->paid);
        case Outstanding: return qlonglong(d->outstanding());
        case Note: return toQt(d->note);
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Amount || index.column() == Repaid || index.column() == Outstanding))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    // Red only repeats what "(overdue)" already says.
    if (role == Qt::ForegroundRole && overdue && (index.column() == DueOn || index.column() == Outstanding))
        return QBrush(QColor(0xb0, 0x00, 0x20));
    return {};
}

QVariant SocialLoansModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Borrower: return tr("Borrower");
    case Amount: return tr("Lent");
    case DueOn: return tr("Due on");
    case Repaid: return tr("Repaid");
    case Outstanding: return tr("Outstanding");
    case Note: return tr("Note");
    }
    return {};
}

} // namespace tontine::ui
