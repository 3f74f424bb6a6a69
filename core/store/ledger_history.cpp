// LedgerStore's history queries: balances and the chain head as they stood at the end of a
// date, and a balance's changes day by day. Each reads only the rows of the accounts or dates
// asked for; balances are derived from the postings (DESIGN §4).
#include "core/store/ledger_store.h"

#include "core/money/money.h"
#include "core/store/ledger_rows.h"

namespace tontine::store {

namespace {

// The accounts of `code`: that one, or (prefix) every code starting with it, as a range of the
// account code index (?1 ≤ code < ?2, ?2 being the prefix with its last byte raised).
std::string accountMatch(bool prefix) { return prefix ? "a.code >= ?1 AND a.code < ?2" : "a.code = ?1"; }

void bindAccountMatch(Statement& st, const std::string& code, bool prefix)
{
    st.bind(1, code);
    if (prefix && !code.empty()) {
        std::string end = code;
        end.back() = static_cast<char>(end.back() + 1);
        st.bind(2, end);
    } else {
        st.bind(2, code);
    }
}

} // namespace

std::int64_t LedgerStore::balanceOn(const std::string& code, Date on, bool prefix) const
{
    // Entries are written nearly in date order. With S the last seq dated on or before `on`,
    // every later seq is dated after it, so the balance is the account's postings up to S (its
    // index, no entry read) less those up to S on entries dated after `on` (written back-dated
    // ones before them: found by the date index among the few entries after `on`).
    const ChainHead head = headOn(on);
    if (head.count == 0)
        return 0;
    auto upTo = m_db.prepare("SELECT ifnull(sum(p.amount), 0) FROM account a CROSS JOIN posting p WHERE " +
                             accountMatch(prefix) + " AND p.account_id = a.id AND p.entry_seq <= ?3");
    bindAccountMatch(upTo, code, prefix);
    upTo.bind(3, head.count);
    const std::int64_t total = upTo.step() ? upTo.integer(0) : 0;
    auto later = m_db.prepare("SELECT ifnull(sum(p.amount), 0) FROM entry e CROSS JOIN posting p CROSS JOIN account a "
                              "WHERE e.date > ?4 AND e.seq < ?3 AND p.entry_seq = e.seq AND a.id = p.account_id AND " +
                              accountMatch(prefix));
    bindAccountMatch(later, code, prefix);
    later.bind(3, head.count).bind(4, on.iso());
    return checkedSub(total, later.step() ? later.integer(0) : 0);
}

std::vector<std::pair<Date, std::int64_t>> LedgerStore::dailyChanges(const std::string& code, bool prefix, Date from,
                                                                     Date to) const
{
    // Dates first: only the entries of [from, to] (entry_date index) and their postings are read.
    std::vector<std::pair<Date, std::int64_t>> out;
    auto st = m_db.prepare("SELECT e.date, sum(p.amount) FROM entry e CROSS JOIN posting p CROSS JOIN account a "
                           "WHERE e.date BETWEEN ?3 AND ?4 AND p.entry_seq = e.seq AND a.id = p.account_id AND " +
                           accountMatch(prefix) + " GROUP BY e.date HAVING sum(p.amount) <> 0 ORDER BY e.date");
    bindAccountMatch(st, code, prefix);
    st.bind(3, from.iso()).bind(4, to.iso());
    while (st.step())
        out.emplace_back(Date::parseIso(st.text(0)).value_or(Date()), st.integer(1));
    return out;
}

ChainHead LedgerStore::headOn(Date on) const
{
    // Newest first, stopping at the first entry dated on or before `on` (the unary + keeps the
    // date index out): entries are written nearly in date order, so a recent date reads few.
    auto st = m_db.prepare("SELECT seq, hash FROM entry WHERE +date <= ? ORDER BY seq DESC LIMIT 1");
    st.bind(1, on.iso());
    ChainHead h;
    if (st.step()) {
        h.count = st.integer(0);
        h.hash = hashFromBlob(st.blob(1));
    }
    return h;
}

} // namespace tontine::store
