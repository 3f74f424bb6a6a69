#include "core/rotation/payout.h"

#include "core/ledger/account.h"
#include "core/money/money.h"
#include "core/rotation/posting_list.h"
#include "core/rotation/rotation_plan.h"

#include <algorithm>

namespace tontine {

namespace {

Problem payoutProblem(const std::string& code, const std::string& text, std::vector<std::string> args = {})
{
    return Problem{"round", code, std::move(args), text};
}

std::int64_t sumLines(const RotationState& state, MemberId member, int round, bool (*pred)(const RoundLine&))
{
    std::int64_t sum = 0;
    for (const RoundLine& l : state.lines)
        if (l.member == member && l.round == round && pred(l))
            sum = checkedAdd(sum, l.amount);
    return sum;
}

bool inPot(const RoundLine& l) { return l.booking != Booking::Advance; }
bool inPrepaid(const RoundLine& l) { return l.booking == Booking::Prepaid; }
bool fromFund(const RoundLine& l) { return l.booking != Booking::Advance && l.source == LineSource::FundAdvance; }

Problems roundProblems(const RotationState& state, int round, Date date, const std::vector<HandNumber>& hands)
{
    Problems problems;
    const std::string r = std::to_string(round);
    const RoundOutcome* outcome = state.outcome(round);
    if (outcome && outcome->paidOut) {
        problems.push_back(payoutProblem("payout.roundPaid", "Round " + r + " is already paid out", {r}));
        return problems;
    }
    const auto collecting = collectingRound(state);
    if (!collecting) {
        problems.push_back(payoutProblem("payout.cycleComplete", "Every round of this cycle is paid out"));
        return problems;
    }
    if (*collecting != round) {
        problems.push_back(payoutProblem("payout.notCollectingRound", "Round " + std::to_string(*collecting)
                                         + " must be paid out before round " + r, {r, std::to_string(*collecting)}));
        return problems;
    }
    if (date < roundDate(state.spec, round))
        problems.push_back(payoutProblem("payout.tooEarly", "Round " + r + " is not due before "
                                         + roundDate(state.spec, round).iso(), {r, roundDate(state.spec, round).iso()}));
    if (hands.empty())
        problems.push_back(payoutProblem("payout.noBeneficiary", "Round " + r + " has no beneficiary yet", {r}));
    for (std::size_t i = 0; i < hands.size(); ++i) {
        const std::string h = std::to_string(hands[i]);
        const bool repeated = std::find(hands.begin(), hands.begin() + static_cast<std::ptrdiff_t>(i), hands[i])
                              != hands.begin() + static_cast<std::ptrdiff_t>(i);
        if (!state.spec.findHand(hands[i]))
            problems.push_back(payoutProblem("payout.unknownHand", "There is no hand " + h, {h}));
        else if (handReceived(state, hands[i]) || repeated)
            problems.push_back(payoutProblem("payout.handUsedUp", "Hand " + h
                                             + " has already received its pot this cycle", {h}));
        else if (handWithdrawn(state, hands[i], round))
            problems.push_back(payoutProblem("payout.handWithdrawn", "Hand " + h + " has left the rotation", {h}));
    }
    return problems;
}

} // namespace

PayoutResult preparePayout(const RotationState& state, int round, Date date)
{
    PayoutResult result;
    result.round = round;
    result.date = date;
    result.discountRule = state.spec.discountRule;
    const std::vector<HandNumber> hands = scheduledBeneficiaries(state, round);
    result.problems = roundProblems(state, round, date, hands);
    if (!result.problems.empty())
        return result;

    const RotationSpec& spec = state.spec;
    const Currency& currency = spec.currency();
    const std::string pot = rotation_accounts::pot(spec.id);
    const std::string prepaid = rotation_accounts::prepaid(spec.id);
    const std::string cash(accounts::Cash);
    PostingList postings;
    result.grossPot = grossPot(state, round);
    const RoundOutcome* decided = state.outcome(round);
    result.outcome = RoundOutcome{round, hands, decided ? decided->discounts : std::vector<std::int64_t>(hands.size(), 0),
                                  true, date};

    // 1. Bring every member's money for the round into the pot, and settle the difference
    //    with what they owe: shortfalls advanced (or refused), excesses carried or refunded.
    for (MemberId m : rotationMembers(spec)) {
        const std::int64_t owe = due(state, m, round);
        const std::int64_t early = sumLines(state, m, round, inPrepaid);
        postings.move(prepaid, pot, early);
        result.prepaidMovedIn = checkedAdd(result.prepaidMovedIn, early);
        const std::int64_t covered = sumLines(state, m, round, inPot);
        if (covered < owe) {
            const std::int64_t shortfall = owe - covered;
            if (spec.shortfall == ShortfallRule::Wait) {
                // The Book puts the member's name in place of "Member <id>" (book_member_text.h).
                const std::string who = std::to_string(m), amount = formatPlain(shortfall, currency);
                result.problems.push_back(payoutProblem("payout.contributionsMissing", "Member " + who + " still owes "
                                                        + formatWithCode(shortfall, currency) + " for round "
                                                        + std::to_string(round),
                                                        {who, amount, std::to_string(round)}));
                continue;
            }
            result.advanced.push_back({m, shortfall});
            result.lines.push_back(RoundLine{m, round, shortfall, LineSource::FundAdvance, Booking::Pot, date});
            postings.move(rotation_accounts::advance(m), pot, shortfall);
        } else if (covered > owe) {
            std::int64_t excess = covered - owe;
            // Fund money first goes back to the fund, then the member's own money moves on.
            const std::int64_t release = std::min(excess, sumLines(state, m, round, fromFund));
            if (release > 0) {
                result.advanceReleased.push_back({m, release});
                result.lines.push_back(RoundLine{m, round, -release, LineSource::FundAdvance, Booking::Pot, date});
                postings.move(pot, rotation_accounts::advance(m), release);
                excess -= release;
            }
            std::int64_t carried = 0;
            for (int later = round + 1; later <= activeRounds(state) && excess > 0; ++later) {
                const std::int64_t open = checkedSub(due(state, m, later), paidBy(state, m, later));
                const std::int64_t move = std::min(excess, open);
                if (move <= 0)
                    continue;
                result.lines.push_back(RoundLine{m, round, -move, LineSource::Carry, Booking::Pot, date});
                result.lines.push_back(RoundLine{m, later, move, LineSource::Carry, Booking::Prepaid, date});
                postings.move(pot, prepaid, move);
                carried += move;
                excess -= move;
            }
            if (carried > 0)
                result.carried.push_back({m, carried});
            if (excess > 0) {
                result.refunded.push_back({m, excess});
                result.lines.push_back(RoundLine{m, round, -excess, LineSource::Refund, Booking::Pot, date});
                postings.move(pot, cash, excess);
            }
        }
    }
    if (!result.problems.empty()) {
        // Refused: show only the problems, never a half-computed breakdown.
        result.lines.clear();
        result.advanced.clear();
        result.carried.clear();
        result.refunded.clear();
        result.advanceReleased.clear();
        result.prepaidMovedIn = 0;
        return result;
    }

    // 2. Pay each beneficiary, and send commission and discount where the rules say.
    for (const auto& [member, amount] : sharedReductions(state, round))
        if (amount != 0)
            result.reductions.push_back({member, amount});
    for (const BeneficiaryMoney& money : beneficiaryMoney(state, round, hands, result.outcome.discounts)) {
        if (money.payout < 0) {
            const std::string h = std::to_string(money.hand);
            result.problems.push_back(payoutProblem("payout.commissionTooLarge", "The commission is more than hand "
                                                    + h + " would receive", {h}));
            continue;
        }
        BeneficiaryPayout paid{money, holderPayouts(*spec.findHand(money.hand), money.payout, currency)};
        postings.move(pot, cash, money.payout);
        result.commission = checkedAdd(result.commission, money.commission);
        postings.move(pot, std::string(rotation_accounts::CommissionIncome), money.commission);
        if (spec.discountRule == DiscountRule::KeptByFund) {
            result.discountKept = checkedAdd(result.discountKept, money.discountToRule);
            postings.move(pot, std::string(rotation_accounts::DiscountIncome), money.discountToRule);
        } else if (spec.discountRule == DiscountRule::SharedAtEnd) {
            result.discountReserved = checkedAdd(result.discountReserved, money.discountToRule);
            postings.move(pot, rotation_accounts::reserve(spec.id), money.discountToRule);
        }
        result.beneficiaries.push_back(paid);
    }
    if (!result.problems.empty()) {
        result.lines.clear();
        return result;
    }

    result.postings = postings.take();
    // The pot held this round's pot-booked lines; after this entry it must hold nothing.
    std::int64_t potAfter = 0;
    for (const RoundLine& l : state.lines)
        if (l.round == round && l.booking == Booking::Pot)
            potAfter = checkedAdd(potAfter, l.amount);
    for (const Posting& p : result.postings)
        if (p.accountCode == pot)
            potAfter = checkedSub(potAfter, p.amount);
    if (potAfter != 0)
        throw Error("rotation: payout of round " + std::to_string(round) + " would leave "
                    + std::to_string(potAfter) + " in the pot");
    return result;
}

std::vector<MemberAmount> holderPayouts(const Hand& hand, std::int64_t payout, const Currency& currency)
{
    std::vector<std::int64_t> halves;
    for (const HandShare& s : hand.holders)
        halves.push_back(s.halves);
    const auto parts = allocate(Money(payout, currency), halves);
    std::vector<MemberAmount> out;
    for (std::size_t i = 0; i < hand.holders.size(); ++i)
        out.push_back({hand.holders[i].member, parts[i].minor()});
    return out;
}

void applyPayout(RotationState& state, const PayoutResult& result)
{
    if (!result.problems.empty())
        throw ValidationError(result.problems);
    auto it = std::find_if(state.outcomes.begin(), state.outcomes.end(),
                           [&](const RoundOutcome& o) { return o.round == result.round; });
    if (it != state.outcomes.end())
        *it = result.outcome;
    else
        state.outcomes.push_back(result.outcome);
    state.lines.insert(state.lines.end(), result.lines.begin(), result.lines.end());
}

} // namespace tontine
