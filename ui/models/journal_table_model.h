#pragma once
// The journal as a table, fetched lazily in pages (canFetchMore/fetchMore) so that a fund
// with a million entries opens at once; in chain order or newest first. It reads through
// Book::journal and never writes.

#include "core/book/book.h"

#include <QAbstractTableModel>

#include <vector>

namespace tontine::ui {

class JournalTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Seq, Date, What, Amount, Operator, Written, ColumnCount };
    static constexpr int pageSize = 200;

    explicit JournalTableModel(const Book& book, QObject* parent = nullptr);

    // Forgets the loaded rows and re-reads the entry count (after a write).
    void reload();
    // Newest first puts the latest entries at the top, where a treasurer looks after a meeting.
    void setNewestFirst(bool newestFirst);
    bool newestFirst() const { return m_newestFirst; }
    const Entry* entryAt(int row) const;
    std::int64_t totalEntries() const { return m_total; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    const Book& m_book;
    const Currency* m_currency;
    std::vector<Entry> m_rows;
    std::int64_t m_total = 0;
    bool m_fetching = false;
    bool m_newestFirst = false;
};

} // namespace tontine::ui
