#pragma once
// The cycle plan people see: each round's date, beneficiaries (when known), pot and status.
// Derived from the spec and the records; changing the fixed order is checked here.

#include "core/rotation/rotation_state.h"

#include <cstdint>
#include <vector>

namespace tontine {

// Where a round stands: paid out, being collected (the oldest unpaid), or still to come.
enum class RoundStatus { PaidOut, Collecting, Upcoming };
std::string roundStatusCode(RoundStatus s); // "paid", "collecting", "upcoming"

// One row of the plan. `beneficiaries` is empty while an auction round is undecided.
struct RoundPlan {
    int round = 0;
    Date date;
    std::vector<HandNumber> beneficiaries;
    std::vector<std::int64_t> discounts;
    std::int64_t grossPot = 0;
    RoundStatus status = RoundStatus::Upcoming;
};

// The beneficiaries of `round`: the recorded outcome if any, else the fixed order (without
// hands that left), else the draw among hands not yet drawn or received, else — for an
// auction — the last eligible hands once no one else is left. Empty when not known yet.
std::vector<HandNumber> scheduledBeneficiaries(const RotationState& state, int round);

// Every round of the current cycle.
std::vector<RoundPlan> planCycle(const RotationState& state);

// Problems with replacing the fixed order by `newOrder`: it must list every hand once and
// keep the beneficiaries of rounds already paid out where they were.
Problems checkFixedOrderEdit(const RotationState& state, const std::vector<HandNumber>& newOrder);

} // namespace tontine
