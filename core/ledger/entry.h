#pragma once
// A chained record: either a money transaction with balanced postings, or an audit event
// recording a change to members, settings or operators. Pure data.

#include "core/calendar/date.h"
#include "core/crypto/sha256.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tontine {

using EntrySeq = std::int64_t; // 1, 2, 3, … without gaps: the position in the chain

enum class EntryKind { Transaction, Audit };
std::string entryKindCode(EntryKind kind); // "txn", "audit"

struct Posting {
    std::string accountCode;
    std::int64_t amount = 0; // minor units, debit positive
};

struct Entry {
    EntrySeq seq = 0;
    EntryKind kind = EntryKind::Transaction;
    Date date;                     // effective date (of the meeting or action)
    std::string memo;              // what happened, in words; for a reversal, the reason
    std::string operatorName;      // who recorded it
    std::string writtenAt;         // UTC timestamp when it was written
    std::optional<EntrySeq> reverses; // this entry reverses that one
    std::string subject;           // audit: what changed, e.g. "member:12", "settings"
    std::string action;            // audit: "add", "edit", "deactivate"; txn: a kind tag, e.g. "opening"
    std::string payload;           // audit: the canonical snapshot after the change
    std::vector<Posting> postings; // txn only; sum to zero
    Hash hash{};                   // SHA-256(previous hash ‖ canonicalBytes(entry))
};

// The chain head people copy onto paper: number of entries and a prefix of the last hash.
struct ChainHead {
    std::int64_t count = 0;
    Hash hash{};
    // "142-9f3a1c2b": entry count, dash, first 8 hex digits of the head hash.
    std::string shortText() const;
};

} // namespace tontine
