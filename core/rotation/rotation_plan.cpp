#include "core/rotation/rotation_plan.h"

#include <algorithm>

namespace tontine {

namespace {

bool decided(const RotationState& state, HandNumber hand)
{
    for (const RoundOutcome& o : state.outcomes)
        if (std::find(o.beneficiaries.begin(), o.beneficiaries.end(), hand) != o.beneficiaries.end())
            return true;
    return false;
}

// Hands still waiting for a round: not named by any outcome and not withdrawn.
bool waiting(const RotationState& state, HandNumber hand)
{
    return !decided(state, hand) && !handWithdrawn(state, hand, cycleRounds(state.spec) + 1);
}

} // namespace

std::string roundStatusCode(RoundStatus s)
{
    switch (s) {
    case RoundStatus::PaidOut: return "paid";
    case RoundStatus::Collecting: return "collecting";
    case RoundStatus::Upcoming: return "upcoming";
    }
    return "";
}

std::vector<DrawnRound> drawSchedule(const RotationState& state)
{
    const RotationSpec& spec = state.spec;
    std::vector<DrawnRound> out;
    if (spec.order != OrderMethod::Draw || spec.beneficiariesPerRound < 1)
        return out;
    // Paid rounds are replayed with the hands eligible then (a hand that left later was
    // still eligible), so their picks are the ones that decided them; later rounds draw
    // among the hands still waiting. While nobody leaves this is drawOrder(seed, hands).
    std::vector<HandNumber> received;
    for (int r = 1; r <= activeRounds(state); ++r) {
        std::vector<HandNumber> eligible;
        for (const Hand& hand : spec.hands)
            if (std::find(received.begin(), received.end(), hand.number) == received.end()
                && !handWithdrawn(state, hand.number, r))
                eligible.push_back(hand.number);
        DrawnRound drawn{r, {}};
        std::vector<HandNumber> winners;
        for (int j = 0; j < spec.beneficiariesPerRound && !eligible.empty(); ++j) {
            drawn.picks.push_back(drawPick(spec.drawSeed, (r - 1) * spec.beneficiariesPerRound + j + 1, eligible));
            winners.push_back(drawn.picks.back().winner);
            eligible.erase(std::find(eligible.begin(), eligible.end(), winners.back()));
        }
        const RoundOutcome* o = state.outcome(r);
        for (HandNumber h : o ? o->beneficiaries : winners)
            received.push_back(h);
        out.push_back(std::move(drawn));
    }
    return out;
}

std::vector<HandNumber> scheduledBeneficiaries(const RotationState& state, int round)
{
    if (const RoundOutcome* o = state.outcome(round))
        return o->beneficiaries;
    const RotationSpec& spec = state.spec;
    const auto b = static_cast<std::size_t>(spec.beneficiariesPerRound);
    if (round < 1 || round > activeRounds(state) || b < 1)
        return {};
    if (spec.order == OrderMethod::Draw) {
        std::vector<HandNumber> winners;
        for (const DrawnRound& drawn : drawSchedule(state))
            if (drawn.round == round)
                for (const DrawStep& step : drawn.picks)
                    winners.push_back(step.winner);
        return winners;
    }

    std::vector<HandNumber> pool;
    if (spec.order == OrderMethod::Fixed) {
        for (HandNumber h : spec.fixedOrder)
            if (waiting(state, h))
                pool.push_back(h);
    } else {
        for (const Hand& hand : spec.hands)
            if (waiting(state, hand.number))
                pool.push_back(hand.number);
    }

    // Walk the undecided rounds in order; each takes the next b hands of the pool.
    for (int r = 1; r <= round; ++r) {
        if (state.outcome(r))
            continue;
        std::vector<HandNumber> taken;
        if (spec.order == OrderMethod::Fixed) {
            const std::size_t n = std::min(b, pool.size());
            taken.assign(pool.begin(), pool.begin() + static_cast<std::ptrdiff_t>(n));
        } else {
            // Auction: only known when no choice is left.
            if (pool.size() > b)
                return {};
            taken = pool;
        }
        if (r == round)
            return taken;
        for (HandNumber h : taken)
            pool.erase(std::find(pool.begin(), pool.end(), h));
    }
    return {};
}

std::vector<RoundPlan> planCycle(const RotationState& state)
{
    std::vector<RoundPlan> plan;
    const std::optional<int> collecting = collectingRound(state);
    for (int r = 1; r <= activeRounds(state); ++r) {
        RoundPlan row;
        row.round = r;
        row.date = roundDate(state.spec, r);
        row.beneficiaries = scheduledBeneficiaries(state, r);
        if (const RoundOutcome* o = state.outcome(r))
            row.discounts = o->discounts;
        else
            row.discounts.assign(row.beneficiaries.size(), 0);
        row.grossPot = grossPot(state, r);
        const RoundOutcome* o = state.outcome(r);
        row.status = (o && o->paidOut) ? RoundStatus::PaidOut
                     : (collecting && *collecting == r) ? RoundStatus::Collecting
                                                         : RoundStatus::Upcoming;
        plan.push_back(row);
    }
    return plan;
}

Problems checkFixedOrderEdit(const RotationState& state, const std::vector<HandNumber>& newOrder)
{
    Problems problems;
    if (state.spec.order != OrderMethod::Fixed) {
        problems.push_back(Problem{"fixedOrder", "rotation.notFixed", {}, "This rotation does not use a fixed order"});
        return problems;
    }
    RotationSpec edited = state.spec;
    edited.fixedOrder = newOrder;
    for (const Problem& p : validateRotation(edited))
        if (p.field == "fixedOrder")
            problems.push_back(p);
    if (!problems.empty())
        return problems;
    // A paid round's beneficiaries are history: a hand that has received keeps its place.
    const auto& old = state.spec.fixedOrder;
    for (std::size_t i = 0; i < old.size() && i < newOrder.size(); ++i) {
        if (handReceived(state, old[i]) && newOrder[i] != old[i]) {
            const std::string hand = std::to_string(old[i]);
            problems.push_back(Problem{"fixedOrder", "rotation.orderPaidRound", {hand},
                                       "Hand " + hand + " has already received; its place in the order cannot change"});
        }
    }
    return problems;
}

} // namespace tontine
