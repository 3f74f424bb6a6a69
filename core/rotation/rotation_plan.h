#pragma once
// The cycle plan people see: each round's date, beneficiaries (when known), pot and status.
// Derived from the spec and the records; changing the fixed order is checked here.

#include "core/rotation/draw.h"
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

// The picks of one round of a drawn rotation.
struct DrawnRound {
    int round = 0;
    std::vector<DrawStep> picks;
};

// The one rule of a drawn rotation's order (docs/draw.md, R9, R42): round r makes picks
// (r−1)·b+1 … r·b among the hands eligible for round r — not a beneficiary of an earlier
// round (its recorded outcome, else its picks) and not left before receiving as of round r —
// for every round of the cycle as it stands. Both the printed draw (Book::drawOrder) and the
// plan (scheduledBeneficiaries) come from here. Empty unless the order is draw.
std::vector<DrawnRound> drawSchedule(const RotationState& state);

// The beneficiaries of `round`: the recorded outcome if any, else the fixed order (without
// hands that left), else the draw (drawSchedule), else — for an auction — the last eligible
// hands once no one else is left. Empty when not known yet.
std::vector<HandNumber> scheduledBeneficiaries(const RotationState& state, int round);

// Every round of the current cycle.
std::vector<RoundPlan> planCycle(const RotationState& state);

// Problems with replacing the fixed order by `newOrder`: it must list every hand once and
// keep the beneficiaries of rounds already paid out where they were.
Problems checkFixedOrderEdit(const RotationState& state, const std::vector<HandNumber>& newOrder);

} // namespace tontine
