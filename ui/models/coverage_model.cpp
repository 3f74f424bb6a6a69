#include "ui/models/coverage_model.h"

#include "ui/convert.h"

#include <QFont>

#include <algorithm>

namespace tontine::ui {

CoverageModel::CoverageModel(QObject* parent) : QAbstractTableModel(parent) {}

void CoverageModel::setCoverages(std::vector<Coverage> coverages, const std::vector<Member>& members, Date on,
                                 const Currency& currency)
{
    beginResetModel();
    QHash<MemberId, const Member*> byId;
    for (const Member& m : members)
        byId.insert(m.id, &m);
    m_rows.clear();
    m_rows.reserve(coverages.size());
    for (Coverage& c : coverages) {
        Row row;
        const Member* head = byId.value(c.head, nullptr);
        row.head = head ? QStringLiteral("%1 — %2").arg(c.head).arg(toQt(head->fullName())) : QString::number(c.head);
        row.insuranceNumber = head ? toQt(head->insuranceNumber) : QString();
        // The same household core prices (householdOf), named so the treasurer can check it.
        for (MemberId id : householdOf(c.head, members, on)) {
            const Member* m = byId.value(id, nullptr);
            row.covered.append(m ? toQt(m->fullName()) : QString::number(id));
        }
        row.coverage = std::move(c);
        m_rows.push_back(std::move(row));
    }
    m_on = on;
    m_currency = &currency;
    endResetModel();
}

const Coverage* CoverageModel::coverageAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[std::size_t(row)].coverage : nullptr;
}

int CoverageModel::rowOfHead(MemberId head) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].coverage.head == head)
            return int(i);
    return -1;
}

int CoverageModel::toEnrolCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [](const Row& r) { return r.insuranceNumber.isEmpty(); }));
}

std::int64_t CoverageModel::totalOwed() const
{
    std::int64_t total = 0;
    for (const Row& r : m_rows)
        total += r.coverage.owedForNext();
    return total;
}

int CoverageModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int CoverageModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant CoverageModel::display(const Row& row, int column) const
{
    const Coverage& c = row.coverage;
    switch (column) {
    case Head: return row.head;
    // In words, not only a colour: the list is read on paper-white screens and by screen readers.
    case InsuranceNumber: return row.insuranceNumber.isEmpty() ? tr("To enrol") : row.insuranceNumber;
    case MembersCovered: return QString::number(row.covered.size());
    case CoveredUntil:
        if (!c.coveredUntil)
            return tr("Not covered");
        return c.coveredOn(m_on) ? dateText(*c.coveredUntil) : tr("%1 (lapsed)").arg(dateText(*c.coveredUntil));
    case NextPeriod: return tr("%1 to %2").arg(dateText(c.nextStart), dateText(c.nextEnd));
    case Owed:
        if (c.paidTowardsNext > 0)
            return tr("%1 (of %2)").arg(moneyText(c.owedForNext(), *m_currency), moneyText(c.nextPrice, *m_currency));
        return moneyText(c.owedForNext(), *m_currency);
    }
    return {};
}

QVariant CoverageModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()) || !m_currency)
        return {};
    const Row& row = m_rows[std::size_t(index.row())];
    const Coverage& c = row.coverage;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == MembersCovered || index.column() == Head)
            return row.covered.join(QLatin1Char('\n'));
        if (index.column() == InsuranceNumber && row.insuranceNumber.isEmpty())
            return tr("The mutual has not issued an insurance number yet; type it in the member's details once it has.");
        return display(row, index.column());
    case Qt::EditRole:
        switch (index.column()) {
        case Head: return qlonglong(c.head);
        case InsuranceNumber: return row.insuranceNumber;
        case MembersCovered: return int(row.covered.size());
        case CoveredUntil: return c.coveredUntil ? QVariant(toQDate(*c.coveredUntil)) : QVariant();
        case NextPeriod: return toQDate(c.nextStart);
        case Owed: return qlonglong(c.owedForNext());
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == MembersCovered || index.column() == Owed)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        if (index.column() == InsuranceNumber && row.insuranceNumber.isEmpty()) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    }
    return {};
}

QVariant CoverageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Head: return tr("Household head");
    case InsuranceNumber: return tr("Insurance number");
    case MembersCovered: return tr("Members");
    case CoveredUntil: return tr("Covered until");
    case NextPeriod: return tr("Next period");
    case Owed: return tr("Owed for it");
    }
    return {};
}

} // namespace tontine::ui
