#pragma once
// Everything recorded about one rotation's cycle, as plain records the book stores and reloads:
// decided rounds, every amount allocated to a member's round, fines, leavers. The engine's
// functions read a RotationState and return results; apply… functions fold a result back in.
// It never reads the clock and never touches storage.

#include "core/ledger/entry.h"
#include "core/rotation/rotation_spec.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace tontine {

// Where a line's money came from or went.
enum class LineSource {
    Payment,     // the member paid it (cash in)
    FundAdvance, // the fund paid it for the member (a debt on advance:<member>)
    Carry,       // moved from one round to a later one (overpaid after a shared discount)
    Refund,      // given back to the member in cash
    Forfeit      // kept by the fund when the member left before receiving
};
// Which account a line was booked to.
enum class Booking { Pot, Prepaid, Advance };
std::string lineSourceCode(LineSource s); // "payment", "advance", "carry", "refund", "forfeit"
std::string bookingCode(Booking b);       // "pot", "prepaid", "advance"

// An amount counted toward (positive) or taken from (negative) a member's due for one round.
struct RoundLine {
    MemberId member = 0;
    int round = 0;
    std::int64_t amount = 0;
    LineSource source = LineSource::Payment;
    Booking booking = Booking::Pot;
    Date date;
};

// A late fine assessed when a late amount was paid (see docs/rotation-rules.md R14–R16).
struct FineCharge {
    MemberId member = 0;
    int round = 0;
    Date date;
    std::int64_t amount = 0;
    int periodsLate = 0;
};

// Fines paid in cash.
struct FinePayment {
    MemberId member = 0;
    Date date;
    std::int64_t amount = 0;
};

// A round whose beneficiaries are decided (auction won, or paid out). `discounts` has one
// entry per beneficiary (0 outside auctions).
struct RoundOutcome {
    int round = 0;
    std::vector<HandNumber> beneficiaries;
    std::vector<std::int64_t> discounts;
    bool paidOut = false;
    Date paidOn;
};

// A member who left: the hands they held, from which round they stop (before receiving) or
// keep owing (after receiving).
struct Withdrawal {
    MemberId member = 0;
    Date date;
    int fromRound = 0;
    std::vector<HandNumber> hands;
    bool beforeReceiving = true;
};

// The spec plus every record of the current cycle. Rebuilt by the book from storage; the
// engine only reads it, and apply… functions append accepted results to it.
struct RotationState {
    RotationSpec spec;
    std::vector<RoundOutcome> outcomes;
    std::vector<RoundLine> lines;
    std::vector<FineCharge> fines;
    std::vector<FinePayment> finePayments;
    std::vector<Withdrawal> withdrawals;
    bool reserveShared = false;

    const RoundOutcome* outcome(int round) const;
};

// --- Derived facts (all recomputed from the records) ---

// True when `hand` received a pot this cycle (a paid-out round names it).
bool handReceived(const RotationState& state, HandNumber hand);
// True when `hand` left before receiving and so neither pays nor receives from `round` on.
bool handWithdrawn(const RotationState& state, HandNumber hand, int round);
// Rounds in this cycle: hands still due a pot (received or not withdrawn) / beneficiaries.
int activeRounds(const RotationState& state);
// The round being collected: the oldest not paid out; nullopt when the cycle is complete.
std::optional<int> collectingRound(const RotationState& state);
// The round's gross pot: contribution × hands that pay this round.
std::int64_t grossPot(const RotationState& state, int round);
// What `member` owes for `round` before any shared discount.
std::int64_t baseDue(const RotationState& state, MemberId member, int round);
// What `member` owes for `round` after a discount shared at once (DiscountRule::SharedNow).
std::int64_t due(const RotationState& state, MemberId member, int round);
// Sum of the member's own lines for the round (payments, carries, refunds, forfeits).
std::int64_t paidBy(const RotationState& state, MemberId member, int round);
// What the fund advanced for the member's round, and how much of it the member repaid.
std::int64_t advancedFor(const RotationState& state, MemberId member, int round);
std::int64_t advanceRepaid(const RotationState& state, MemberId member, int round);
// The member's debt to the fund on advance:<member> for this rotation.
std::int64_t advanceOutstanding(const RotationState& state, MemberId member);
// Fines assessed minus fines paid.
std::int64_t finesOutstanding(const RotationState& state, MemberId member);

// The records as they stood at the end of `date` (a closed meeting's day, or the day before a
// meeting to see it as it opened): records dated later dropped, rounds paid out later unpaid.
RotationState stateAsOf(RotationState state, Date date);

} // namespace tontine
