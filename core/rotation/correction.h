#pragma once
// Correcting rotation money recorded by mistake (docs/rotation-rules.md R43–R49): a
// contribution or a fine payment is undone by its negation — negative lines on the same
// member, round and booking, the fines it assessed negated, its fine payment negated — so
// that every sum the engine reads (paid, arrears, fines owed, advances, prepaid) is back to
// what it was before it. Payouts, leavers and reserve share-outs are refused with the reason.
// Pure: it reads the state and the records of every entry, and never stores anything.

#include "core/rotation/rotation_snapshot.h"

#include <map>
#include <set>

namespace tontine {

// What reversing one rotation entry records: the negated records (stored with the reversing
// entry and carried in its payload), or the problems that refuse it.
struct RecordsCorrection {
    Problems problems;
    RotationRecords records;
};

// Checks that the rotation entry `seq` (whose records are byEntry[seq]) may be reversed on
// `date` and returns the negation of its records. `byEntry` holds every entry's records of
// this rotation, as the store keeps them; `cancelled` names the entries already reversed and
// their reversals (a pair that cancels out no longer stands in the way).
RecordsCorrection correctRecords(const RotationState& state, const std::map<EntrySeq, RotationRecords>& byEntry,
                                 const std::set<EntrySeq>& cancelled, EntrySeq seq, Date date);

} // namespace tontine
