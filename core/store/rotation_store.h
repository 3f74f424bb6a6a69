#pragma once
// Stores rotations: the agreed definition with its hands, and the records of the cycle
// (outcomes, allocation lines, fines, fine payments, withdrawals, bids), each tagged with the
// entry that chained it. load() rebuilds exactly the RotationState the engine was given.
// It trusts its caller (Book) to have validated everything; it only reads and writes rows.

#include "core/ledger/entry.h"
#include "core/rotation/rotation_snapshot.h"
#include "core/store/sqlite.h"

#include <map>
#include <optional>
#include <vector>

namespace tontine::store {

class RotationStore {
public:
    explicit RotationStore(Database& db) : m_db(db) {}

    RotationId nextId() const;
    // The rotation row and its hands (spec.id must be set).
    void insert(const RotationSpec& spec);
    void updateFixedOrder(RotationId id, const std::vector<HandNumber>& order);
    std::vector<RotationId> ids() const;
    std::optional<RotationSpec> spec(RotationId id) const;
    // The spec and every record; nullopt when there is no such rotation.
    std::optional<RotationState> load(RotationId id) const;

    // A round decided by auction (not paid yet) and the bids that decided it.
    void insertDecision(RotationId id, const RoundOutcome& outcome, const std::vector<Bid>& bids, EntrySeq seq);
    std::vector<Bid> bids(RotationId id, int round) const;
    // The records one entry created (lines, fines, payments, payout, withdrawal, reserve flag).
    void insertRecords(RotationId id, const RotationRecords& records, EntrySeq seq);

    // The member a rotation entry is about, for the meeting summary: the leaver, the first
    // holder of the hand paid out, the payer of a fine or of a contribution.
    std::optional<MemberId> memberOfEntry(EntrySeq seq) const;
    // The same for every entry with seq in [first, last] that has one (one read per table).
    std::map<EntrySeq, MemberId> membersOfEntries(EntrySeq first, EntrySeq last) const;

    // For verify: the records grouped by the entry that created them, and the auction
    // decisions by round, as the tables hold them now.
    std::map<EntrySeq, RotationRecords> recordsByEntry(RotationId id) const;
    std::map<int, std::pair<RoundOutcome, std::vector<Bid>>> decisions(RotationId id) const;
    // Every entry whose payload holds records of this rotation (format=rotation_records/1).
    std::vector<std::pair<EntrySeq, std::string>> recordEntries(RotationId id) const;

private:
    Database& m_db;
};

} // namespace tontine::store
