#pragma once
// The auction of one round: hands that have not received bid a discount; the highest bid
// wins; ties go to the earliest bid (lowest sequence), then the lowest hand number.
// Bids outside the allowed range are refused with Problems. Pure.

#include "core/rotation/rotation_state.h"

#include <cstdint>
#include <vector>

namespace tontine {

// One bid as entered at the meeting. `sequence` is the order of entry (earlier is smaller).
struct Bid {
    MemberId member = 0;
    HandNumber hand = 0;
    std::int64_t discount = 0;
    int sequence = 0;
};

// Problems with a bid for `round`: not an auction, not the round being collected, round
// already decided or uncontested, unknown hand, bidder not a holder of the hand, hand that
// has received or left, discount negative, below the minimum, above the beneficiary's share
// of the pot, or (discount shared at once) above what the other members pay that round.
Problems validateBid(const RotationState& state, int round, const Bid& bid);

// The decided round (outcome not yet paid out) and the standing bids ranked best first, each
// hand once.
struct AuctionResult {
    Problems problems;
    RoundOutcome outcome;
    std::vector<Bid> ranking;
};

// Decides `round` from `bids`. Every bid must be valid (all problems are returned, nothing
// decided). A member's later bid for the same hand replaces the earlier one and must be
// higher (a raise, counted from its own place for ties); a hand's best bid counts. When no
// more hands are eligible than beneficiaries per round, they win with no discount and any
// bid is refused (bid.uncontested).
AuctionResult decideAuction(const RotationState& state, int round, const std::vector<Bid>& bids);

// Records the decided round in the state (before contributions are taken and paid out).
void applyAuction(RotationState& state, const AuctionResult& result);

} // namespace tontine
