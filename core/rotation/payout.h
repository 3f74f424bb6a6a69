#pragma once
// Paying out the round being collected: the beneficiaries receive the pot less discount and
// commission; missing contributions are refused (Wait) or advanced by the fund as a debt of
// each late member (Advance); what members overpaid after a shared discount is carried to
// their next round or given back. The postings leave the pot account at exactly zero.

#include "core/rotation/round_money.h"

#include <cstdint>
#include <vector>

namespace tontine {

// An amount per member (advances, reductions, refunds).
struct MemberAmount {
    MemberId member = 0;
    std::int64_t amount = 0;
};

// What one holder of a beneficiary hand receives (two holders share a half hand's payout).
struct BeneficiaryPayout {
    BeneficiaryMoney money;
    std::vector<MemberAmount> holders;
};

// What each holder of `hand` receives of the hand's `payout`: split by halves (largest
// remainder, the first-listed holder gets the odd minor unit), in the hand's holder order.
// The one place a hand's payout is split; the meeting summary reuses it to say who received.
std::vector<MemberAmount> holderPayouts(const Hand& hand, std::int64_t payout, const Currency& currency);

// Everything a payout does, for display (CLI --json, the plan) and for the books.
struct PayoutResult {
    Problems problems;
    int round = 0;
    Date date;
    std::int64_t grossPot = 0;
    std::vector<BeneficiaryPayout> beneficiaries;
    DiscountRule discountRule = DiscountRule::SharedAtEnd;
    std::vector<MemberAmount> reductions;   // SharedNow: what each other member paid less
    std::int64_t discountKept = 0;          // to income:discounts
    std::int64_t discountReserved = 0;      // to pot-reserve, shared at cycle end
    std::int64_t commission = 0;            // to income:commission
    std::int64_t prepaidMovedIn = 0;        // early contributions moved from prepaid into the pot
    std::vector<MemberAmount> advanced;     // shortfalls the fund advanced (Advance rule)
    std::vector<MemberAmount> carried;      // overpaid, moved to the member's later rounds
    std::vector<MemberAmount> refunded;     // overpaid with no later round due, given back
    std::vector<MemberAmount> advanceReleased; // fund advances no longer needed, taken back
    RoundOutcome outcome;                   // the round as paid
    std::vector<RoundLine> lines;           // advances, carries and refunds to store
    std::vector<Posting> postings;
};

// Prepares the payout of `round` on `date`. Problems: not the round being collected (or
// already paid, or the cycle complete), date before the round's date, beneficiaries not
// decided, a beneficiary hand that has received (its turn is used up) or left, commission
// larger than the payout, or — under the Wait rule — contributions missing (one problem per
// late member, with the amount).
PayoutResult preparePayout(const RotationState& state, int round, Date date);

// Records the payout in the state; throws ValidationError if it had problems.
void applyPayout(RotationState& state, const PayoutResult& result);

} // namespace tontine
