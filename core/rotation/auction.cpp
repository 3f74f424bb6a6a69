#include "core/rotation/auction.h"

#include "core/money/money.h"
#include "core/rotation/round_money.h"

#include <algorithm>

namespace tontine {

namespace {

Problem bidProblem(const std::string& code, const std::string& text, std::vector<std::string> args = {})
{
    return Problem{"bid", code, std::move(args), text};
}

// Hands that can still win: not decided in another round, not received, not withdrawn.
std::vector<HandNumber> eligibleHands(const RotationState& state, int round)
{
    std::vector<HandNumber> out;
    for (const Hand& hand : state.spec.hands) {
        bool decidedElsewhere = false;
        for (const RoundOutcome& o : state.outcomes)
            if (o.round != round
                && std::find(o.beneficiaries.begin(), o.beneficiaries.end(), hand.number) != o.beneficiaries.end())
                decidedElsewhere = true;
        if (!decidedElsewhere && !handReceived(state, hand.number) && !handWithdrawn(state, hand.number, round))
            out.push_back(hand.number);
    }
    return out;
}

Problems roundProblems(const RotationState& state, int round)
{
    Problems problems;
    if (state.spec.order != OrderMethod::Auction) {
        problems.push_back(bidProblem("bid.notAuction", "This rotation does not use auctions"));
        return problems;
    }
    const auto collecting = collectingRound(state);
    if (!collecting || *collecting != round) {
        problems.push_back(bidProblem("bid.notCollectingRound",
                                      "Bids are taken only for the round being collected",
                                      {std::to_string(round)}));
        return problems;
    }
    if (state.outcome(round))
        problems.push_back(bidProblem("bid.roundDecided", "Round " + std::to_string(round) + " is already decided",
                                      {std::to_string(round)}));
    return problems;
}

// The last hands of a cycle take the last pot(s) as they are: a bid there would be a discount
// no one competed for, so it is refused rather than silently dropped.
Problem uncontestedProblem(int round, const std::vector<HandNumber>& eligible)
{
    std::string hands;
    for (HandNumber h : eligible)
        hands += (hands.empty() ? "" : ", ") + std::to_string(h);
    const bool one = eligible.size() == 1;
    return bidProblem("bid.uncontested", "Round " + std::to_string(round) + " has only hand" + (one ? " " : "s ")
                      + hands + " left: " + (one ? "it receives" : "they receive") + " the pot without bidding",
                      {std::to_string(round), hands});
}

// The bids that stand: a member's later bid for the same hand replaces their earlier one (a
// raise, which counts from its own place in the order for ties). A later bid that is not
// higher is refused: bids at an auction only go up, and a lower one is most likely a typo.
std::vector<Bid> standingBids(const RotationState& state, const std::vector<Bid>& bids, Problems& problems)
{
    std::vector<Bid> byEntry = bids;
    std::stable_sort(byEntry.begin(), byEntry.end(), [](const Bid& a, const Bid& c) { return a.sequence < c.sequence; });
    std::vector<Bid> standing;
    for (const Bid& bid : byEntry) {
        auto earlier = std::find_if(standing.begin(), standing.end(), [&](const Bid& s) {
            return s.member == bid.member && s.hand == bid.hand;
        });
        if (earlier == standing.end()) {
            standing.push_back(bid);
            continue;
        }
        if (bid.discount <= earlier->discount) {
            const std::string member = std::to_string(bid.member), hand = std::to_string(bid.hand);
            const std::string before = formatPlain(earlier->discount, state.spec.currency());
            const std::string now = formatPlain(bid.discount, state.spec.currency());
            problems.push_back(bidProblem("bid.notRaised", "Member " + member + " bid " + before + " for hand " + hand
                                          + ", then " + now + ": a later bid replaces the earlier one and must be higher",
                                          {member, hand, before, now}));
            continue;
        }
        *earlier = bid;
    }
    return standing;
}

} // namespace

Problems validateBid(const RotationState& state, int round, const Bid& bid)
{
    Problems problems = roundProblems(state, round);
    if (!problems.empty())
        return problems;
    const std::string hand = std::to_string(bid.hand);
    const Hand* h = state.spec.findHand(bid.hand);
    const auto eligible = eligibleHands(state, round);
    if (eligible.size() <= static_cast<std::size_t>(state.spec.beneficiariesPerRound))
        problems.push_back(uncontestedProblem(round, eligible));
    if (!h) {
        problems.push_back(bidProblem("bid.unknownHand", "There is no hand " + hand, {hand}));
        return problems;
    }
    const bool holder = std::any_of(h->holders.begin(), h->holders.end(),
                                    [&](const HandShare& s) { return s.member == bid.member; });
    if (!holder)
        problems.push_back(bidProblem("bid.notHolder", "Member " + std::to_string(bid.member)
                                      + " does not hold hand " + hand, {std::to_string(bid.member), hand}));
    if (std::find(eligible.begin(), eligible.end(), bid.hand) == eligible.end())
        problems.push_back(bidProblem("bid.handNotEligible", "Hand " + hand + " has already received or has left", {hand}));

    // Texts name amounts with the currency's code; args keep the plain form for callers.
    const Currency& currency = state.spec.currency();
    const std::string amount = formatPlain(bid.discount, currency), amountText = formatWithCode(bid.discount, currency);
    const BeneficiaryMoney money = beneficiaryMoney(state, round, {bid.hand}, {bid.discount}).front();
    // The pot one beneficiary receives: the gross pot split among the round's beneficiaries.
    const std::vector<std::int64_t> equal(static_cast<std::size_t>(state.spec.beneficiariesPerRound), 1);
    const std::int64_t share = allocate(Money(grossPot(state, round), state.spec.currency()), equal).front().minor();
    if (bid.discount < 0)
        problems.push_back(bidProblem("bid.negative", "A bid cannot be negative (" + amountText + ")", {amount}));
    else if (bid.discount < state.spec.minimumBid)
        problems.push_back(bidProblem("bid.belowMinimum", "The bid " + amountText + " is below the minimum "
                                      + formatWithCode(state.spec.minimumBid, currency),
                                      {amount, formatPlain(state.spec.minimumBid, currency)}));
    else if (bid.discount > share)
        problems.push_back(bidProblem("bid.abovePot", "The bid " + amountText + " is more than the pot ("
                                      + formatWithCode(share, currency) + ")",
                                      {amount, formatPlain(share, currency)}));
    else if (state.spec.discountRule == DiscountRule::SharedNow
             && money.discountToRule > othersBaseDues(state, round, {bid.hand})) {
        const std::int64_t most = othersBaseDues(state, round, {bid.hand});
        problems.push_back(bidProblem("bid.aboveOthersDues", "The bid " + amountText
                                      + " is more than the other members pay this round (" + formatWithCode(most, currency)
                                      + ")", {amount, formatPlain(most, currency)}));
    }
    return problems;
}

AuctionResult decideAuction(const RotationState& state, int round, const std::vector<Bid>& bids)
{
    AuctionResult result;
    result.problems = roundProblems(state, round);
    if (!result.problems.empty())
        return result;
    const auto b = static_cast<std::size_t>(state.spec.beneficiariesPerRound);
    const auto eligible = eligibleHands(state, round);
    result.outcome.round = round;
    if (eligible.size() <= b) {
        // Nothing to compete for: the last hands take the last pot without discount.
        if (!bids.empty()) {
            result.problems.push_back(uncontestedProblem(round, eligible));
            result.outcome = RoundOutcome{};
            return result;
        }
        result.outcome.beneficiaries = eligible;
        result.outcome.discounts.assign(eligible.size(), 0);
        return result;
    }
    for (const Bid& bid : bids)
        for (const Problem& p : validateBid(state, round, bid))
            result.problems.push_back(p);
    if (!result.problems.empty())
        return result;

    std::vector<Bid> standing = standingBids(state, bids, result.problems);
    if (!result.problems.empty())
        return result;
    std::stable_sort(standing.begin(), standing.end(), [](const Bid& a, const Bid& c) {
        if (a.discount != c.discount)
            return a.discount > c.discount;
        if (a.sequence != c.sequence)
            return a.sequence < c.sequence;
        return a.hand < c.hand;
    });
    // A hand is ranked once, by its best bid (two holders of a half hand may both bid).
    for (const Bid& bid : standing) {
        const bool ranked = std::any_of(result.ranking.begin(), result.ranking.end(),
                                        [&](const Bid& r) { return r.hand == bid.hand; });
        if (!ranked)
            result.ranking.push_back(bid);
    }
    for (const Bid& bid : result.ranking) {
        if (result.outcome.beneficiaries.size() == b)
            break;
        result.outcome.beneficiaries.push_back(bid.hand);
        result.outcome.discounts.push_back(bid.discount);
    }
    if (result.outcome.beneficiaries.size() < b) {
        result.problems.push_back(bidProblem("auction.tooFewBids", "Round " + std::to_string(round) + " needs "
                                             + std::to_string(b) + " winning bid(s)",
                                             {std::to_string(round), std::to_string(b)}));
        result.outcome = RoundOutcome{};
    }
    return result;
}

void applyAuction(RotationState& state, const AuctionResult& result)
{
    if (!result.problems.empty())
        throw ValidationError(result.problems);
    state.outcomes.push_back(result.outcome);
}

} // namespace tontine
