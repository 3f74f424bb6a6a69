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

    // Recomputes every hash from the first entry; stops at the first that does not match.
    ChainCheck verifyChain() const;

private:
    // Streams entries [from, from+limit) with postings to `sink`; stops when sink returns false.
    void scan(EntrySeq from, std::int64_t limit, const std::function<bool(Entry&)>& sink) const;
    Database& m_db;
};

} // namespace tontine::store
