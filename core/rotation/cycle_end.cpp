#include "core/rotation/cycle_end.h"

#include "core/ledger/account.h"
#include "core/money/money.h"
#include "core/rotation/posting_list.h"

namespace tontine {

std::int64_t reserveBalance(const RotationState& state)
{
    if (state.spec.order != OrderMethod::Auction || state.spec.discountRule != DiscountRule::SharedAtEnd)
        return 0;
    std::int64_t sum = 0;
    for (const RoundOutcome& o : state.outcomes)
        if (o.paidOut)
            for (const BeneficiaryMoney& b : beneficiaryMoney(state, o.round, o.beneficiaries, o.discounts))
                sum = checkedAdd(sum, b.discountToRule);
    return state.reserveShared ? 0 : sum;
}

ReserveShareResult shareReserve(const RotationState& state, Date date)
{
    ReserveShareResult result;
    result.date = date;
    auto problem = [&](const std::string& code, const std::string& text) {
        result.problems.push_back(Problem{"reserve", code, {}, text});
    };
    if (state.spec.order != OrderMethod::Auction || state.spec.discountRule != DiscountRule::SharedAtEnd)
        problem("reserve.notSharedAtEnd", "This rotation does not keep discounts for the end of the cycle");
    else if (collectingRound(state))
        problem("reserve.cycleNotComplete", "The reserve is shared once every round is paid out");
    else if (state.reserveShared)
        problem("reserve.alreadyShared", "The reserve of this cycle was already shared");
    if (!result.problems.empty())
        return result;

    result.reserve = reserveBalance(state);
    // Pro rata to hands still in the rotation, counted in halves so half hands get half.
    std::vector<std::int64_t> weights;
    const auto members = rotationMembers(state.spec);
    for (MemberId m : members) {
        std::int64_t halves = 0;
        for (const Hand& hand : state.spec.hands)
            if (!handWithdrawn(state, hand.number, cycleRounds(state.spec) + 1))
                for (const HandShare& s : hand.holders)
                    if (s.member == m)
                        halves += s.halves;
        weights.push_back(halves);
    }
    std::int64_t totalWeight = 0;
    for (std::int64_t w : weights)
        totalWeight += w;
    if (result.reserve == 0 || totalWeight == 0)
        return result; // nothing to share, or no one left to share it with: no entry
    const auto parts = allocate(Money(result.reserve, state.spec.currency()), weights);
    PostingList postings;
    for (std::size_t i = 0; i < members.size(); ++i) {
        if (weights[i] == 0)
            continue;
        result.shares.push_back({members[i], parts[i].minor()});
        postings.move(rotation_accounts::reserve(state.spec.id), std::string(accounts::Cash), parts[i].minor());
    }
    result.postings = postings.take();
    return result;
}

void applyReserveShare(RotationState& state, const ReserveShareResult& result)
{
    if (!result.problems.empty())
        throw ValidationError(result.problems);
    state.reserveShared = true;
}

} // namespace tontine
