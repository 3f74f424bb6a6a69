#include "core/store/ledger_store.h"

#include "core/ledger/canonical.h"

#include <cstring>
#include <limits>

namespace tontine::store {

namespace {

Hash hashFromBlob(const std::string& blob)
{
    Hash h{};
    if (blob.size() == h.size())
        std::memcpy(h.data(), blob.data(), h.size());
    return h;
}

Account readAccount(const Statement& st)
{
    Account a;
    a.id = st.integer(0);
    a.code = st.text(1);
    a.name = st.text(2);
    a.kind = parseAccountKind(st.text(3)).value_or(AccountKind::Asset);
    a.memberId = st.optionalInteger(4);
    return a;
}

constexpr const char* EntryColumns =
    "seq, kind, date, memo, operator, written_at, reverses, subject, action, payload, hash";

// Reads the columns of EntryColumns.
Entry readEntry(const Statement& st)
{
    Entry e;
    e.seq = st.integer(0);
    e.kind = st.text(1) == "audit" ? EntryKind::Audit : EntryKind::Transaction;
    e.date = Date::parseIso(st.text(2)).value_or(Date());
    e.memo = st.text(3);
    e.operatorName = st.text(4);
    e.writtenAt = st.text(5);
    e.reverses = st.optionalInteger(6);
    e.subject = st.text(7);
    e.action = st.text(8);
    e.payload = st.text(9);
    e.hash = hashFromBlob(st.blob(10));
    return e;
}

// Merges an entry cursor (EntryColumns, by seq) with a posting cursor (entry_seq, code,
// amount; by seq and line) and hands each entry with its postings to `sink`.
void mergeEntries(Statement& entries, Statement& postings, const std::function<bool(Entry&)>& sink)
{
    bool havePosting = postings.step();
    while (entries.step()) {
        Entry e = readEntry(entries);
        while (havePosting && postings.integer(0) < e.seq)
            havePosting = postings.step(); // postings of a missing entry: the chain check reports it
        while (havePosting && postings.integer(0) == e.seq) {
            e.postings.push_back(Posting{postings.text(1), postings.integer(2)});
            havePosting = postings.step();
        }
        if (!sink(e))
            return;
    }
}

// The chart's order (fund accounts by kind, then each member's accounts), for ORDER BY.
constexpr const char* ChartOrder =
    " ORDER BY a.member_id IS NOT NULL, a.member_id, CASE a.kind WHEN 'asset' THEN 1 WHEN 'liability' THEN 2 "
    "WHEN 'equity' THEN 3 WHEN 'income' THEN 4 ELSE 5 END, a.id";

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

void LedgerStore::insertAccount(const Account& account)
{
    auto st = m_db.prepare("INSERT INTO account (code, name, kind, member_id) VALUES (?, ?, ?, ?)");
    st.bind(1, account.code).bind(2, account.name).bind(3, accountKindCode(account.kind)).bind(4, account.memberId);
    st.run();
}

std::vector<Account> LedgerStore::accounts() const
{
    std::vector<Account> out;
    // Chart order: fund accounts by kind, then each member's accounts.
    auto st = m_db.prepare("SELECT a.id, a.code, a.name, a.kind, a.member_id FROM account a" + std::string(ChartOrder));
    while (st.step())
        out.push_back(readAccount(st));
    return out;
}

std::optional<Account> LedgerStore::accountByCode(const std::string& code) const
{
    auto st = m_db.prepare("SELECT id, code, name, kind, member_id FROM account WHERE code = ?");
    st.bind(1, code);
    if (!st.step())
        return std::nullopt;
    return readAccount(st);
}

EntrySeq LedgerStore::append(Entry& entry)
{
    const ChainHead previous = head();
    entry.seq = previous.count + 1;
    entry.hash = entryHash(previous.hash, entry);

    auto st = m_db.prepare(
        "INSERT INTO entry (seq, kind, date, memo, operator, written_at, reverses, subject, action, payload, hash) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, entry.seq).bind(2, entryKindCode(entry.kind)).bind(3, entry.date.iso()).bind(4, entry.memo);
    st.bind(5, entry.operatorName).bind(6, entry.writtenAt).bind(7, entry.reverses);
    st.bind(8, entry.subject).bind(9, entry.action).bind(10, entry.payload);
    st.bindBlob(11, entry.hash.data(), static_cast<int>(entry.hash.size()));
    st.run();

    auto account = m_db.prepare("SELECT id FROM account WHERE code = ?");
    auto posting = m_db.prepare("INSERT INTO posting (entry_seq, line, account_id, amount) VALUES (?, ?, ?, ?)");
    int line = 0;
    for (const auto& p : entry.postings) {
        account.reset();
        account.bind(1, p.accountCode);
        if (!account.step())
            throw ValidationError("postings", "account.unknown", "No account " + p.accountCode, {p.accountCode});
        posting.reset();
        posting.bind(1, entry.seq).bind(2, ++line).bind(3, account.integer(0)).bind(4, p.amount);
        posting.run();
    }
    return entry.seq;
}

std::int64_t LedgerStore::count() const
{
    return m_db.queryInt("SELECT ifnull(max(seq), 0) FROM entry");
}

bool LedgerStore::hasPostings() const { return m_db.queryInt("SELECT EXISTS (SELECT 1 FROM posting)") != 0; }

std::string LedgerStore::integrityCheck() const
{
    std::string out;
    auto st = m_db.prepare("PRAGMA integrity_check");
    while (st.step())
        out += (out.empty() ? "" : "; ") + st.text(0);
    return out;
}

ChainHead LedgerStore::head() const
{
    auto st = m_db.prepare("SELECT seq, hash FROM entry ORDER BY seq DESC LIMIT 1");
    ChainHead h;
    if (st.step()) {
        h.count = st.integer(0);
        h.hash = hashFromBlob(st.blob(1));
    }
    return h;
}

void LedgerStore::scan(EntrySeq from, std::int64_t limit, const std::function<bool(Entry&)>& sink) const
{
    // Two ordered cursors merged by seq: one pass over entries, one over postings, so that
    // verifying a million postings stays a sequential read.
    auto entries = m_db.prepare("SELECT " + std::string(EntryColumns) + " FROM entry WHERE seq >= ? ORDER BY seq LIMIT ?");
    entries.bind(1, from).bind(2, limit);
    auto postings = m_db.prepare(
        "SELECT p.entry_seq, a.code, p.amount FROM posting p JOIN account a ON a.id = p.account_id "
        "WHERE p.entry_seq >= ? ORDER BY p.entry_seq, p.line");
    postings.bind(1, from);
    mergeEntries(entries, postings, sink);
}

std::vector<Entry> LedgerStore::range(EntrySeq from, int limit) const
{
    std::vector<Entry> out;
    if (limit <= 0)
        return out;
    out.reserve(static_cast<std::size_t>(limit));
    scan(from, limit, [&](Entry& e) {
        out.push_back(std::move(e));
        return true;
    });
    return out;
}

std::optional<Entry> LedgerStore::get(EntrySeq seq) const
{
    auto found = range(seq, 1);
    if (found.empty() || found.front().seq != seq)
        return std::nullopt;
    return found.front();
}

std::optional<EntrySeq> LedgerStore::reversedBy(EntrySeq seq) const
{
    auto st = m_db.prepare("SELECT seq FROM entry WHERE reverses = ?");
    st.bind(1, seq);
    if (!st.step())
        return std::nullopt;
    return st.integer(0);
}

std::vector<Entry> LedgerStore::transactionsAbout(const std::string& subject) const
{
    std::vector<Entry> out;
    auto st = m_db.prepare("SELECT seq FROM entry WHERE kind = 'txn' AND subject = ? ORDER BY seq");
    st.bind(1, subject);
    while (st.step())
        if (auto e = get(st.integer(0)))
            out.push_back(std::move(*e));
    return out;
}

std::optional<Entry> LedgerStore::lastAudit(const std::string& subject) const
{
    auto st = m_db.prepare("SELECT seq FROM entry WHERE kind = 'audit' AND subject = ? ORDER BY seq DESC LIMIT 1");
    st.bind(1, subject);
    if (!st.step())
        return std::nullopt;
    return get(st.integer(0));
}

std::optional<std::string> LedgerStore::lastAuditPayload(const std::string& subject) const
{
    auto st = m_db.prepare("SELECT payload FROM entry WHERE kind = 'audit' AND subject = ? ORDER BY seq DESC LIMIT 1");
    st.bind(1, subject);
    if (!st.step())
        return std::nullopt;
    return st.text(0);
}

std::vector<LedgerStore::AuditHead> LedgerStore::latestAuditEvents() const
{
    std::vector<AuditHead> out;
    auto st = m_db.prepare(
        "SELECT e.subject, e.seq, e.payload FROM entry e "
        "JOIN (SELECT subject, max(seq) AS seq FROM entry WHERE kind = 'audit' AND subject <> '' GROUP BY subject) last "
        "ON last.seq = e.seq ORDER BY e.seq");
    while (st.step())
        out.push_back(AuditHead{st.text(0), st.integer(1), st.text(2)});
    return out;
}

std::vector<AccountBalance> LedgerStore::balances() const { return balancesUpTo(std::nullopt); }

std::vector<AccountBalance> LedgerStore::balancesOn(Date on) const { return balancesUpTo(on); }

std::vector<AccountBalance> LedgerStore::balancesUpTo(std::optional<Date> on) const
{
    std::vector<AccountBalance> out;
    const std::string totals =
        on ? "SELECT p.account_id, sum(p.amount) AS total FROM posting p JOIN entry e ON e.seq = p.entry_seq "
             "WHERE e.date <= ? GROUP BY p.account_id"
           : "SELECT account_id, sum(amount) AS total FROM posting GROUP BY account_id";
    auto st = m_db.prepare("SELECT a.id, a.code, a.name, a.kind, a.member_id, ifnull(b.total, 0) FROM account a "
                           "LEFT JOIN (" + totals + ") b ON b.account_id = a.id" + ChartOrder);
    if (on)
        st.bind(1, on->iso());
    while (st.step()) {
        AccountBalance b;
        b.account = readAccount(st);
        b.debitMinusCredit = st.integer(5);
        out.push_back(std::move(b));
    }
    return out;
}

std::int64_t LedgerStore::balanceOf(const std::string& code) const
{
    auto st = m_db.prepare("SELECT ifnull(sum(p.amount), 0) FROM posting p JOIN account a ON a.id = p.account_id "
                           "WHERE a.code = ?");
    st.bind(1, code);
    return st.step() ? st.integer(0) : 0;
}

std::int64_t LedgerStore::balanceOn(const std::string& code, Date on, bool prefix) const
{
    // Account first (CROSS JOIN keeps SQLite to this order): only that account's postings are
    // read, each entry's date looked up by its seq.
    auto st = m_db.prepare("SELECT ifnull(sum(p.amount), 0) FROM account a CROSS JOIN posting p CROSS JOIN entry e "
                           "WHERE " + accountMatch(prefix) + " AND p.account_id = a.id AND e.seq = p.entry_seq "
                           "AND e.date <= ?3");
    bindAccountMatch(st, code, prefix);
    st.bind(3, on.iso());
    return st.step() ? st.integer(0) : 0;
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

std::vector<Entry> LedgerStore::transactionsBetween(Date from, Date to) const
{
    std::vector<Entry> out;
    auto entries = m_db.prepare("SELECT " + std::string(EntryColumns) +
                                " FROM entry WHERE kind = 'txn' AND date BETWEEN ? AND ? ORDER BY seq");
    entries.bind(1, from.iso()).bind(2, to.iso());
    auto postings = m_db.prepare(
        "SELECT p.entry_seq, a.code, p.amount FROM entry e CROSS JOIN posting p CROSS JOIN account a "
        "WHERE e.kind = 'txn' AND e.date BETWEEN ? AND ? AND p.entry_seq = e.seq AND a.id = p.account_id "
        "ORDER BY p.entry_seq, p.line");
    postings.bind(1, from.iso()).bind(2, to.iso());
    mergeEntries(entries, postings, [&](Entry& e) {
        out.push_back(std::move(e));
        return true;
    });
    return out;
}

ChainCheck LedgerStore::verifyChain() const
{
    ChainCheck check;
    Hash previous{};
    EntrySeq expected = 1;
    scan(1, std::numeric_limits<std::int64_t>::max(), [&](Entry& e) {
        if (e.seq != expected) {
            check.firstBad = expected;
            check.problem = "entry " + std::to_string(expected) + " is missing (the next one is " +
                            std::to_string(e.seq) + ")";
            return false;
        }
        const Hash stored = e.hash;
        const Hash computed = entryHash(previous, e);
        if (computed != stored) {
            check.firstBad = e.seq;
            check.problem = "entry " + std::to_string(e.seq) + " does not match its recorded hash: it was changed, "
                            "inserted or moved after it was written";
            return false;
        }
        previous = computed;
        check.head = ChainHead{e.seq, computed};
        ++check.entriesChecked;
        ++expected;
        return true;
    });
    if (!check.firstBad) {
        // Postings that belong to no entry (an entry deleted but its postings kept) or a
        // posting added to an entry are caught by the hash; orphans need their own look.
        const auto orphan = m_db.queryInt(
            "SELECT ifnull(min(entry_seq), 0) FROM posting WHERE entry_seq NOT IN (SELECT seq FROM entry)");
        if (orphan != 0) {
            check.firstBad = orphan;
            check.problem = "entry " + std::to_string(orphan) + " is missing but its postings remain";
        }
    }
    return check;
}

} // namespace tontine::store
