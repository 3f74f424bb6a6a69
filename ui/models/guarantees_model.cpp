#include "ui/models/guarantees_model.h"

#include "ui/convert.h"
#include "ui/loan_labels.h"

namespace tontine::ui {

GuaranteesModel::GuaranteesModel(QObject* parent) : QAbstractTableModel(parent) {}

void GuaranteesModel::setGuarantees(std::vector<GroupGuarantee> guarantees, Date today, const MemberNames& names,
                                    const Currency& currency)
{
    beginResetModel();
    m_rows = std::move(guarantees);
    m_today = today;
    m_names = names;
    m_currency = &currency;
    endResetModel();
}

const GroupGuarantee* GuaranteesModel::rowAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[std::size_t(row)] : nullptr;
}

int GuaranteesModel::rowOf(GuaranteeId id) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == id)
            return int(i);
    return -1;
}

QString GuaranteesModel::statusText(const GroupGuarantee& g) const
{
    if (g.status == GuaranteeStatus::Open && !g.isCommitted(m_today))
        return tr("Open, lapsed on %1").arg(dateText(g.until));
    if (g.status == GuaranteeStatus::Called && g.loan)
        return tr("%1: loan %2").arg(guaranteeStatusLabel(g.status), loanNumberText(*g.loan));
    return guaranteeStatusLabel(g.status);
}

int GuaranteesModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int GuaranteesModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant GuaranteesModel::data(const QModelIndex& index, int role) const
{
    const GroupGuarantee* g = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!g || !m_currency)
        return {};
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case Number: return QStringLiteral("#%1").arg(g->id);
        case Member: return memberName(m_names, g->member);
        case Supplier: return toQt(g->supplier);
        case Purpose: return toQt(g->purpose);
        case Amount: return moneyText(g->amount, *m_currency);
        case IssuedOn: return dateText(g->issuedOn);
        case Until: return dateText(g->until);
        case Status: return statusText(*g);
        }
    }
    if (role == Qt::EditRole) {
        switch (index.column()) {
        case Number: return qlonglong(g->id);
        case Member: return qlonglong(g->member);
        case Supplier: return toQt(g->supplier);
        case Purpose: return toQt(g->purpose);
        case Amount: return qlonglong(g->amount);
        case IssuedOn: return dateText(g->issuedOn);
        case Until: return dateText(g->until);
        case Status: return toQt(guaranteeStatusCode(g->status));
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Number || index.column() == Amount))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant GuaranteesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number: return tr("No.");
    case Member: return tr("Member");
    case Supplier: return tr("Supplier");
    case Purpose: return tr("Purpose");
    case Amount: return tr("Amount");
    case IssuedOn: return tr("Issued on");
    case Until: return tr("Until");
    case Status: return tr("Status");
    }
    return {};
}

} // namespace tontine::ui
