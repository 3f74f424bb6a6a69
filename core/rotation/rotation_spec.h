#pragma once
// What a rotation is as agreed by the group: contribution per hand, dates, hands and their
// holders, beneficiaries per round, order method and money rules. Pure data plus checks;
// it knows nothing of what has been paid (see RotationState).

#include "core/calendar/date.h"
#include "core/error/errors.h"
#include "core/members/member.h"
#include "core/rotation/rotation_accounts.h"
#include "core/rotation/rotation_rules.h"
#include "core/settings/fund_settings.h"

#include <cstdint>
#include <string>
#include <vector>

namespace tontine {

using HandNumber = int; // 1, 2, 3, … : a hand's place in the rotation, shown to people

// One holder of a hand and their part of it, in halves: 2 = the whole hand, 1 = half of it.
struct HandShare {
    MemberId member = 0;
    int halves = 2;
};

// A hand: one contribution per round and one pot per cycle, held whole by one member or
// half-and-half by two (who each pay half and share the pot; the first-listed holder gets
// the odd minor unit of an uneven split).
struct Hand {
    HandNumber number = 0;
    std::vector<HandShare> holders;
};

// One rotation as agreed: set once (the fixed order may change until a hand has received).
// Amounts are minor units of `currencyCode`; it holds no record of payments.
struct RotationSpec {
    RotationId id = 0;
    std::string name;
    std::string currencyCode = "XOF";
    std::int64_t contributionPerHand = 0; // minor units, per hand per round
    std::int64_t roundingUnit = 1;        // the fund's rounding unit, for percentages
    MeetingFrequency frequency = MeetingFrequency::Monthly; // the fund's meeting frequency
    int everyKth = 1;                     // a round every k-th meeting period
    Date start;                           // date of round 1
    std::vector<Hand> hands;              // numbered 1..N in order
    int beneficiariesPerRound = 1;        // a cycle has hands / beneficiariesPerRound rounds

    OrderMethod order = OrderMethod::Fixed;
    std::vector<HandNumber> fixedOrder;   // Fixed: every hand number once, round 1 first
    std::string drawSeed;                 // Draw: the stored seed (see docs/draw.md)

    DiscountRule discountRule = DiscountRule::SharedAtEnd; // Auction only
    std::int64_t minimumBid = 0;          // Auction: a bid below this is refused
    CommissionRule commission;
    FineRule lateFine;
    ShortfallRule shortfall = ShortfallRule::Wait;
    LeaverRefund leaverRefund = LeaverRefund::Return;

    const Currency& currency() const { return currencyByCode(currencyCode); }
    const Hand* findHand(HandNumber number) const;
};

// Every problem with a rotation's definition; fields are RotationSpec member names
// ("contributionPerHand", "hands", "fixedOrder", …). Empty when the rotation can be used.
Problems validateRotation(const RotationSpec& spec);

// Number of rounds in a full cycle: hands / beneficiaries per round.
int cycleRounds(const RotationSpec& spec);

// Date of round `round` (1-based): the start plus (round-1) × k meeting periods. Monthly
// periods count months from the start (addMonths clamps to the month's end), so a 31st
// start never drifts.
Date roundDate(const RotationSpec& spec, int round);
std::vector<Date> roundDates(const RotationSpec& spec);

// The date `periods` meeting periods (of the fund's frequency, not × k) after `from`.
Date addMeetingPeriods(MeetingFrequency frequency, Date from, int periods);

// What `member` pays for hand `hand` each round before any discount: the hand's contribution
// split among its holders by halves (largest remainder). 0 when the member does not hold it.
std::int64_t holderContribution(const RotationSpec& spec, const Hand& hand, MemberId member);

// Members of the rotation, ordered by the first hand they hold then by place in that hand:
// the stated order used to break ties in every split.
std::vector<MemberId> rotationMembers(const RotationSpec& spec);

} // namespace tontine
