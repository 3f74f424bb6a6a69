#pragma once
// Reads and appends chained entries and their postings; derives balances; recomputes the
// chain. It trusts its caller (Book) to have checked the entry: it only stores and hashes.

#include "core/ledger/account.h"
#include "core/ledger/entry.h"
#include "core/store/sqlite.h"

#include <functional>
#include <optional>
#include <vector>

namespace tontine::store {

struct ChainCheck {
    std::int64_t entriesChecked = 0;
    std::optional<EntrySeq> firstBad;
    std::string problem;
    ChainHead head;
};

class LedgerStore {
public:
    explicit LedgerStore(Database& db) : m_db(db) {}

    void insertAccount(const Account& account);
    std::vector<Account> accounts() const;
    std::optional<Account> accountByCode(const std::string& code) const;

    // Assigns the next seq and the chain hash, writes entry and postings; returns the seq.
    // Must run inside the caller's transaction. Unknown account codes throw ValidationError.
    EntrySeq append(Entry& entry);
    std::int64_t count() const;
    // True once any money has been recorded.
    bool hasPostings() const;
    // SQLite's full integrity check: "ok", or what is wrong.
    std::string integrityCheck() const;
    ChainHead head() const;
    std::vector<Entry> range(EntrySeq from, int limit) const;
    std::optional<Entry> get(EntrySeq seq) const;
    std::optional<EntrySeq> reversedBy(EntrySeq seq) const;
    // Transactions whose subject is `subject` (e.g. the money of "meeting:12"), in order.
    std::vector<Entry> transactionsAbout(const std::string& subject) const;
    // The newest audit event about `subject`, if any.
    std::optional<Entry> lastAudit(const std::string& subject) const;
    // The payload of the newest audit event about `subject`, if any.
    std::optional<std::string> lastAuditPayload(const std::string& subject) const;
    struct AuditHead {
        std::string subject;
        EntrySeq seq = 0;
        std::string payload;
    };
    // Every audited subject with its newest event.
    std::vector<AuditHead> latestAuditEvents() const;

    std::vector<AccountBalance> balances() const;
    // Debit minus credit of one account (0 when unknown or unused), without summing the others.
    std::int64_t balanceOf(const std::string& code) const;

    // History: the same, counting only entries dated on or before `on`.
    std::vector<AccountBalance> balancesOn(Date on) const;
    // One account (or, with `prefix`, every account whose code starts with `code`) on `on`.
    // Reads only that account's postings (by the posting_account index).
    std::int64_t balanceOn(const std::string& code, Date on, bool prefix = false) const;
    // The net change of an account (or accounts by prefix) on each day in [from, to] on which
    // entries moved it, in date order; days whose postings net to zero are left out.
    std::vector<std::pair<Date, std::int64_t>> dailyChanges(const std::string& code, bool prefix, Date from,
                                                            Date to) const;
    // The head after the last entry (by seq) dated on or before `on`; a zero head when none.
    ChainHead headOn(Date on) const;
    // Transactions dated in [from, to], in chain order, with their postings (by the entry_date
    // index: only the range is read).
    std::vector<Entry> transactionsBetween(Date from, Date to) const;

    // Recomputes every hash from the first entry; stops at the first that does not match.
    ChainCheck verifyChain() const;

private:
    std::vector<AccountBalance> balancesUpTo(std::optional<Date> on) const;
    // Streams entries [from, from+limit) with postings to `sink`; stops when sink returns false.
    void scan(EntrySeq from, std::int64_t limit, const std::function<bool(Entry&)>& sink) const;
    Database& m_db;
};

} // namespace tontine::store
