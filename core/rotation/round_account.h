#pragma once
// How one round's pot adds up, for people and scripts to check (the CLI's --json): every
// line counted toward the round, what went into the pot and what leaves it. For a round paid
// out, potIn − discountOut − commission = payout, because the pot ends at zero (R34). Pure.

#include "core/rotation/round_money.h"

#include <cstdint>
#include <vector>

namespace tontine {

// One round's money. Before the payout the beneficiaries' figures are the planned ones and
// potIn is what has been collected so far.
struct RoundAccount {
    int round = 0;
    std::vector<RoundLine> lines;           // every line of the round, in record order
    std::int64_t potIn = 0;                 // lines booked to the pot or prepaid: the round's pot money
    std::int64_t discount = 0;              // the beneficiaries' discounts
    std::int64_t discountSharedNow = 0;     // shared-now: what the other members paid less
    std::int64_t discountOut = 0;           // kept by the fund or put in the reserve: leaves the pot
    std::int64_t commission = 0;
    std::int64_t payout = 0;                // paid to the beneficiaries
    std::vector<BeneficiaryMoney> beneficiaries;
};

RoundAccount roundAccount(const RotationState& state, int round);

} // namespace tontine
