#pragma once
// The double-entry rule, checked at one point: every transaction that reaches the store
// passes through checkEntry. Pure; it does not know about storage.

#include "core/error/errors.h"
#include "core/ledger/entry.h"

namespace tontine {

// The largest amount (in minor units) a single posting may carry.
inline constexpr std::int64_t MaxPostingAmount = 1'000'000'000'000'000;

// Problems with an entry about to be appended: a transaction needs at least two postings,
// no zero amounts, amounts summing exactly to zero without overflow, an operator and a memo;
// an audit event needs a subject and a payload and no postings.
Problems checkEntry(const Entry& entry);

// The entry that reverses `original`: same accounts, opposite amounts, naming the original.
Entry reversalOf(const Entry& original, const std::string& reason);

} // namespace tontine
