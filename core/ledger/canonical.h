#pragma once
// The canonical byte encoding of an entry that the hash chain covers (docs/hash-chain.md).
// Changing this encoding breaks every existing fund: it is versioned, never edited.

#include "core/ledger/entry.h"

#include <string>

namespace tontine {

std::string canonicalBytes(const Entry& entry);
// The hash of `entry` given the previous entry's hash (all zero bytes before the first).
Hash entryHash(const Hash& previous, const Entry& entry);

} // namespace tontine
