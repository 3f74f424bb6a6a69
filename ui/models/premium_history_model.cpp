#include "ui/models/premium_history_model.h"

#include "ui/convert.h"

#include <QGuiApplication>
#include <QPalette>

#include <algorithm>

namespace tontine::ui {

PremiumHistoryModel::PremiumHistoryModel(QObject* parent) : QAbstractTableModel(parent) {}

void PremiumHistoryModel::setHistory(const std::vector<PremiumPayment>& payments,
                                     const std::vector<PremiumRemittance>& remittances, const MemberNames& names,
                                     const Currency& currency)
{
    beginResetModel();
    m_rows.clear();
    for (const PremiumPayment& p : payments) {
        Row r;
        r.date = p.date;
        r.entrySeq = p.entrySeq;
        r.household = QStringLiteral("%1 — %2").arg(p.head).arg(memberName(names, p.head));
        r.receipt = toQt(p.receiptNumber);
        r.period = tr("%1 to %2 (%3), %n member(s)", nullptr, p.membersCovered)
                       .arg(dateText(p.periodStart), dateText(p.periodEnd), toQt(p.productCode));
        r.amount = p.amount;
        r.reversed = p.reversed;
        m_rows.push_back(std::move(r));
    }
    for (const PremiumRemittance& m : remittances) {
        Row r;
        r.date = m.date;
        r.entrySeq = m.entrySeq;
        r.remittance = true;
        r.receipt = toQt(m.mutualReceipt);
        r.note = toQt(m.note);
        r.amount = m.amount;
        r.reversed = m.reversed;
        m_rows.push_back(std::move(r));
    }
    // The latest first: what was just recorded is what the treasurer checks.
    std::sort(m_rows.begin(), m_rows.end(), [](const Row& a, const Row& b) {
        return a.date != b.date ? b.date < a.date : a.entrySeq > b.entrySeq;
    });
    m_currency = &currency;
    endResetModel();
}

int PremiumHistoryModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int PremiumHistoryModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant PremiumHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()) || !m_currency)
        return {};
    const Row& r = m_rows[std::size_t(index.row())];
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case When: return dateText(r.date);
        case What: return r.remittance ? tr("Remitted to the mutual") : tr("Premium paid");
        case Household: return r.remittance ? r.note : r.household;
        case Receipt: return r.receipt;
        case Period: return r.period;
        // A remittance takes money out of what is held: shown negative, like the books.
        case Amount: return moneyText(r.remittance ? -r.amount : r.amount, *m_currency);
        case Status: return r.reversed ? tr("Reversed") : QString();
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Amount)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && r.reversed)
        return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    return {};
}

QVariant PremiumHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When: return tr("Date");
    case What: return tr("What");
    case Household: return tr("Household / note");
    case Receipt: return tr("Receipt");
    case Period: return tr("Period covered");
    case Amount: return tr("Amount");
    case Status: return tr("Status");
    }
    return {};
}

} // namespace tontine::ui
