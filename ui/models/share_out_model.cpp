#include "ui/models/share_out_model.h"

#include "ui/convert.h"

#include <QFont>

namespace tontine::ui {

ShareOutModel::ShareOutModel(QObject* parent) : QAbstractTableModel(parent) {}

void ShareOutModel::setPlan(const ShareOutPlan& plan, const MemberNames& names, const Currency& currency, bool editable)
{
    beginResetModel();
    m_lines = plan.result.lines;
    m_reinvest = plan.reinvest;
    m_names = names;
    m_currency = &currency;
    m_editable = editable;
    m_totals = ShareOutLine{};
    for (const ShareOutLine& l : m_lines) {
        m_totals.shares += l.shares;
        m_totals.saved += l.saved;
        m_totals.gross += l.gross;
        m_totals.deductions += l.deductions;
        m_totals.net += l.net;
        m_totals.stillOwed += l.stillOwed;
    }
    endResetModel();
}

void ShareOutModel::clear()
{
    beginResetModel();
    m_lines.clear();
    m_reinvest.clear();
    m_totals = ShareOutLine{};
    endResetModel();
}

bool ShareOutModel::isTotalsRow(int row) const { return !m_lines.empty() && row == int(m_lines.size()); }

int ShareOutModel::rowOf(MemberId member) const
{
    for (std::size_t i = 0; i < m_lines.size(); ++i)
        if (m_lines[i].member == member)
            return int(i);
    return -1;
}

std::int64_t ShareOutModel::reinvestOf(MemberId member) const
{
    const auto it = m_reinvest.find(member);
    return it == m_reinvest.end() ? 0 : it->second;
}

std::int64_t ShareOutModel::totalReinvested() const
{
    std::int64_t total = 0;
    for (const ShareOutLine& l : m_lines)
        total += reinvestOf(l.member);
    return total;
}

std::int64_t ShareOutModel::cashPaidOut() const { return m_totals.net - totalReinvested(); }

int ShareOutModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || m_lines.empty())
        return 0;
    return int(m_lines.size()) + 1; // the totals row
}

int ShareOutModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ShareOutModel::totalsData(int column, int role) const
{
    const auto amount = [&](std::int64_t v) { return moneyText(v, *m_currency); };
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (column) {
        case MemberName: return tr("Total");
        case Shares: return m_totals.shares;
        case Saved: return amount(m_totals.saved);
        case Gross: return amount(m_totals.gross);
        case Deductions: return amount(m_totals.deductions);
        case Net: return amount(m_totals.net);
        case Reinvest: return amount(totalReinvested());
        case StillOwed: return amount(m_totals.stillOwed);
        }
        return {};
    }
    if (role == Qt::EditRole) {
        switch (column) {
        case Shares: return m_totals.shares;
        case Saved: return qlonglong(m_totals.saved);
        case Gross: return qlonglong(m_totals.gross);
        case Deductions: return qlonglong(m_totals.deductions);
        case Net: return qlonglong(m_totals.net);
        case Reinvest: return qlonglong(totalReinvested());
        case StillOwed: return qlonglong(m_totals.stillOwed);
        }
        return {};
    }
    if (role == Qt::FontRole) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::TextAlignmentRole && column >= Shares)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ShareOutModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !m_currency || index.row() < 0 || index.row() >= rowCount())
        return {};
    if (isTotalsRow(index.row()))
        return totalsData(index.column(), role);
    const ShareOutLine& l = m_lines[std::size_t(index.row())];
    const auto amount = [&](std::int64_t v) { return moneyText(v, *m_currency); };
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case Number: return qlonglong(l.member);
        case MemberName: return memberName(m_names, l.member);
        case Shares: return l.shares;
        case Saved: return amount(l.saved);
        case Gross: return amount(l.gross);
        case Deductions: return l.deductions ? amount(l.deductions) : QString();
        case Net: return amount(l.net);
        case Reinvest: return reinvestOf(l.member) ? amount(reinvestOf(l.member)) : QString();
        case StillOwed: return l.stillOwed ? amount(l.stillOwed) : QString();
        }
    }
    if (role == Qt::EditRole) {
        switch (index.column()) {
        case Number: return qlonglong(l.member);
        case MemberName: return memberName(m_names, l.member);
        case Shares: return l.shares;
        case Saved: return qlonglong(l.saved);
        case Gross: return qlonglong(l.gross);
        case Deductions: return qlonglong(l.deductions);
        case Net: return qlonglong(l.net);
        // What the editor starts from: the amount as typed in major units.
        case Reinvest: return plainMoneyText(reinvestOf(l.member), *m_currency);
        case StillOwed: return qlonglong(l.stillOwed);
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Gross && l.roundedUp)
            return tr("Includes one unit handed out by the largest-remainder rounding.");
        if (index.column() == Reinvest && m_editable)
            return tr("Type the part of the net payout this member leaves as savings in the next cycle (at most the net).");
        if (index.column() == StillOwed && l.stillOwed)
            return tr("Still owed to the fund after the share-out.");
    }
    if (role == Qt::TextAlignmentRole && index.column() != MemberName)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

Qt::ItemFlags ShareOutModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (m_editable && index.isValid() && index.column() == Reinvest && !isTotalsRow(index.row()))
        f |= Qt::ItemIsEditable;
    return f;
}

bool ShareOutModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable) || !m_currency)
        return false;
    const QString text = value.toString().trimmed();
    const std::optional<std::int64_t> amount = amountFromText(text.isEmpty() ? QStringLiteral("0") : text, *m_currency);
    if (!amount || *amount < 0) {
        emit reinvestRejected(text);
        return false;
    }
    const MemberId member = m_lines[std::size_t(index.row())].member;
    if (*amount == 0)
        m_reinvest.erase(member);
    else
        m_reinvest[member] = *amount;
    emit dataChanged(index, index);
    const QModelIndex total = this->index(int(m_lines.size()), Reinvest);
    emit dataChanged(total, total);
    emit reinvestEdited(member, *amount);
    return true;
}

QVariant ShareOutModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Gross: return tr("The member's part of the amount shared");
        case Deductions: return tr("What the member owed, taken off the gross");
        case Net: return tr("Gross minus deductions");
        case Reinvest: return tr("Left as opening savings in the next cycle instead of paid in cash");
        case StillOwed: return tr("What the member still owes after the deductions");
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number: return tr("No.");
    case MemberName: return tr("Member");
    case Shares: return tr("Shares");
    case Saved: return tr("Saved");
    case Gross: return tr("Gross");
    case Deductions: return tr("Deductions");
    case Net: return tr("Net");
    case Reinvest: return tr("Reinvested");
    case StillOwed: return tr("Still owed");
    }
    return {};
}

} // namespace tontine::ui
