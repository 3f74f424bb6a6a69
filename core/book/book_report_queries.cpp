// Book's reads for the fund report and the dashboard (core/report/): the money of a period and
// the dues as they stood on a date. Storage answers both; nothing here decides anything.
#include "core/book/book.h"

#include "core/book/book_file.h"

namespace tontine {

std::vector<Entry> Book::transactionsBetween(Date from, Date to) const
{
    return m_file->ledger.transactionsBetween(from, to);
}

std::vector<Due> Book::duesOn(Date on) const { return m_file->meetings.dues(std::nullopt, on); }

} // namespace tontine
