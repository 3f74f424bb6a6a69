#include "ui/models/journal_table_model.h"

#include "ui/convert.h"
#include "ui/labels.h"

#include <algorithm>

namespace tontine::ui {

JournalTableModel::JournalTableModel(const Book& book, QObject* parent)
    : QAbstractTableModel(parent), m_book(book), m_currency(&book.settings().currency())
{
    m_total = m_book.entryCount();
}

void JournalTableModel::reload()
{
    m_fetching = true;
    beginResetModel();
    m_rows.clear();
    m_currency = &m_book.settings().currency();
    m_total = m_book.entryCount();
    endResetModel();
    m_fetching = false;
}

void JournalTableModel::setNewestFirst(bool newestFirst)
{
    if (newestFirst == m_newestFirst)
        return;
    m_newestFirst = newestFirst;
    reload();
}

const Entry* JournalTableModel::entryAt(int row) const
{
    if (row < 0 || row >= int(m_rows.size()))
        return nullptr;
    return &m_rows[std::size_t(row)];
}

int JournalTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JournalTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool JournalTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && std::int64_t(m_rows.size()) < m_total;
}

void JournalTableModel::fetchMore(const QModelIndex& parent)
{
    // Views and testers may ask again from a rowsInserted or modelReset handler, while this
    // change is still being announced; the next page waits for the next call.
    if (m_fetching || !canFetchMore(parent))
        return;
    const int want = int(std::min<std::int64_t>(pageSize, m_total - std::int64_t(m_rows.size())));
    std::vector<Entry> page;
    if (m_newestFirst) {
        // Seqs have no gaps: the next page is the `want` entries just below the last one shown.
        const EntrySeq top = m_rows.empty() ? m_total : m_rows.back().seq - 1;
        const EntrySeq from = std::max<EntrySeq>(1, top - want + 1);
        page = m_book.journal(from, int(top - from + 1));
        std::reverse(page.begin(), page.end());
    } else {
        const EntrySeq from = m_rows.empty() ? 1 : m_rows.back().seq + 1;
        page = m_book.journal(from, want);
    }
    if (page.empty()) {
        // The count said more, the journal has none: stop asking rather than loop forever.
        m_total = std::int64_t(m_rows.size());
        return;
    }
    const int first = int(m_rows.size());
    m_fetching = true;
    beginInsertRows({}, first, first + int(page.size()) - 1);
    for (Entry& e : page)
        m_rows.push_back(std::move(e));
    endInsertRows();
    m_fetching = false;
}

namespace {
// What moved in a transaction: the sum of its debits (equal to the sum of its credits).
std::int64_t entryAmount(const Entry& e)
{
    std::int64_t total = 0;
    for (const Posting& p : e.postings)
        if (p.amount > 0)
            total += p.amount;
    return total;
}
} // namespace

QVariant JournalTableModel::data(const QModelIndex& index, int role) const
{
    const Entry* e = index.isValid() ? entryAt(index.row()) : nullptr;
    if (!e || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case Seq: return QString::number(e->seq);
        case Date: return dateText(e->date);
        case What: return entrySummary(*e);
        case Amount:
            return e->kind == EntryKind::Transaction ? moneyText(entryAmount(*e), *m_currency) : QString();
        case Operator: return toQt(e->operatorName);
        case Written: return timestampText(e->writtenAt);
        }
    }
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == Seq || index.column() == Amount)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == Qt::UserRole)
        return QVariant::fromValue<qlonglong>(e->seq);
    return {};
}

QVariant JournalTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Seq: return tr("No.");
    case Date: return tr("Date");
    case What: return tr("What");
    case Amount: return tr("Amount");
    case Operator: return tr("Recorded by");
    case Written: return tr("Written at");
    }
    return {};
}

} // namespace tontine::ui
