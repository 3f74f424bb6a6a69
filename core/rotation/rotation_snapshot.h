#pragma once
// The canonical texts (core/text/canonical_text.h) that chain a rotation's records: the
// agreed definition, an auction decision with its bids, and the records one entry created.
// Pure text; the book writes them into entries and verify compares them with the tables.

#include "core/rotation/auction.h"
#include "core/rotation/rotation_state.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tontine {

// The records written together with one entry (a contribution, fine payment, payout,
// reserve share-out or leaver). Rebuilt from the tables by the store for verify.
struct RotationRecords {
    std::vector<RoundLine> lines;
    std::vector<FineCharge> fines;
    std::vector<FinePayment> finePayments;
    std::optional<RoundOutcome> payout; // the round paid out by this entry
    std::optional<Withdrawal> withdrawal;
    bool reserveShared = false;
};

// "format=rotation/1": every field of the spec, hands with holders and halves, fixed order, seed.
std::string rotationSpecSnapshot(const RotationSpec& spec);
// "format=rotation_auction/1": the decided round (beneficiaries, discounts) and every bid.
std::string auctionSnapshot(RotationId rotation, const RoundOutcome& decided, const std::vector<Bid>& bids);
// "format=rotation_records/1": what one entry recorded, in storage order.
std::string recordsSnapshot(RotationId rotation, const RotationRecords& records);
// True when `payload` is a records snapshot (an entry that carries rotation records).
bool isRotationRecords(std::string_view payload);
// The first lines every records snapshot of `rotation` starts with (to find its entries).
std::string recordsSnapshotPrefix(RotationId rotation);

// Subjects of the chained rotation events.
std::string rotationSubject(RotationId id);                   // "rotation:7"
std::string auctionSubject(RotationId id, int round);         // "rotation:7:round:3"
std::string rotationRecordsSubject(RotationId id);            // "rotation:7:records" (records with no money)

} // namespace tontine
