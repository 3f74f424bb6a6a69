#pragma once
// The end of a cycle under DiscountRule::SharedAtEnd: the discounts accumulated in the
// reserve go back to the members pro rata to their hands (largest remainder, members in
// rotationMembers order). Pure.

#include "core/rotation/payout.h"

#include <cstdint>
#include <vector>

namespace tontine {

// The reserve's share-out: Dr pot-reserve:<id>, Cr cash, one part per member.
struct ReserveShareResult {
    Problems problems;
    Date date;
    std::int64_t reserve = 0;
    std::vector<MemberAmount> shares;
    std::vector<Posting> postings; // empty when the reserve is zero
};

// What the reserve holds: the discounts to rule of every paid-out round (SharedAtEnd only).
std::int64_t reserveBalance(const RotationState& state);

// Shares the reserve out on `date`. Problems: the rule is not SharedAtEnd, a round is still
// to be paid out, or the reserve was already shared. Members who left before receiving get
// no part.
ReserveShareResult shareReserve(const RotationState& state, Date date);
void applyReserveShare(RotationState& state, const ReserveShareResult& result);

} // namespace tontine
