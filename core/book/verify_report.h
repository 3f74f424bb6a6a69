#pragma once
// What `verify` found: SQLite's integrity check, the hash chain, and whether the current
// members, settings and operators match their last chained record.

#include "core/ledger/entry.h"

#include <optional>
#include <string>

namespace tontine {

struct VerifyReport {
    bool integrityOk = true;
    std::string integrityMessage;          // SQLite's words when not ok
    std::int64_t entriesChecked = 0;
    std::optional<EntrySeq> firstBadEntry; // first entry whose hash or place does not match
    std::string problem;                   // what is wrong, in English, empty when ok
    ChainHead head;                        // as recomputed

    bool ok() const { return integrityOk && !firstBadEntry && problem.empty(); }
};

} // namespace tontine
