#pragma once
// The arithmetic of one round's pot: each beneficiary's share, discount, commission and
// payout, and the reductions a discount shared at once gives the other members. Pure.

#include "core/rotation/rotation_state.h"

#include <cstdint>
#include <utility>
#include <vector>

namespace tontine {

// One beneficiary's money in a round. payout = potShare − discount − commissionFromPayout;
// discountToRule (the discount less any commission taken from it) goes where the
// DiscountRule says. A negative payout means the commission is too large (refused).
struct BeneficiaryMoney {
    HandNumber hand = 0;
    std::int64_t potShare = 0;
    std::int64_t discount = 0;
    std::int64_t commission = 0;
    std::int64_t commissionFromDiscount = 0;
    std::int64_t discountToRule = 0;
    std::int64_t payout = 0;
};

// The organiser's commission on a beneficiary's share of the pot (0 when none).
std::int64_t commissionOn(const RotationSpec& spec, std::int64_t potShare);

// Splits the round's gross pot among `beneficiaries` (equal parts, largest remainder, in the
// order given) and works out each one's money. `discounts` is parallel to `beneficiaries`
// (missing entries count as 0).
std::vector<BeneficiaryMoney> beneficiaryMoney(const RotationState& state, int round,
                                               const std::vector<HandNumber>& beneficiaries,
                                               const std::vector<std::int64_t>& discounts);

// Under DiscountRule::SharedNow, the reduction of each other member's due for a decided
// auction round, pro rata to what they pay that round (largest remainder, members in
// rotationMembers order). Empty for any other rule or an undecided round.
std::vector<std::pair<MemberId, std::int64_t>> sharedReductions(const RotationState& state, int round);

// What the other members (not holding a beneficiary hand) pay in the round before discounts:
// the most a discount shared at once can be.
std::int64_t othersBaseDues(const RotationState& state, int round, const std::vector<HandNumber>& beneficiaries);

} // namespace tontine
