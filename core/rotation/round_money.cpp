#include "core/rotation/round_money.h"

#include "core/money/money.h"

#include <algorithm>

namespace tontine {

namespace {
bool contains(const std::vector<HandNumber>& hands, HandNumber h)
{
    return std::find(hands.begin(), hands.end(), h) != hands.end();
}

// Per member, what they pay in the round on hands that are not among the beneficiaries.
std::vector<std::pair<MemberId, std::int64_t>> otherWeights(const RotationState& state, int round,
                                                            const std::vector<HandNumber>& beneficiaries)
{
    std::vector<std::pair<MemberId, std::int64_t>> out;
    for (MemberId m : rotationMembers(state.spec))
        out.emplace_back(m, 0);
    for (const Hand& hand : state.spec.hands) {
        if (contains(beneficiaries, hand.number) || handWithdrawn(state, hand.number, round))
            continue;
        for (const HandShare& s : hand.holders) {
            auto it = std::find_if(out.begin(), out.end(), [&](const auto& e) { return e.first == s.member; });
            it->second = checkedAdd(it->second, holderContribution(state.spec, hand, s.member));
        }
    }
    return out;
}
} // namespace

std::int64_t commissionOn(const RotationSpec& spec, std::int64_t potShare)
{
    switch (spec.commission.kind) {
    case CommissionRule::Kind::None: return 0;
    case CommissionRule::Kind::Fixed: return spec.commission.amount;
    case CommissionRule::Kind::Percent:
        // Named rounding place: the commission, half away from zero to the fund's unit.
        return roundToUnit(mulDivRound(potShare, spec.commission.basisPoints, 10000), spec.roundingUnit);
    }
    return 0;
}

std::vector<BeneficiaryMoney> beneficiaryMoney(const RotationState& state, int round,
                                               const std::vector<HandNumber>& beneficiaries,
                                               const std::vector<std::int64_t>& discounts)
{
    std::vector<BeneficiaryMoney> out;
    if (beneficiaries.empty())
        return out;
    const std::vector<std::int64_t> equal(beneficiaries.size(), 1);
    const auto shares = allocate(Money(grossPot(state, round), state.spec.currency()), equal);
    for (std::size_t i = 0; i < beneficiaries.size(); ++i) {
        BeneficiaryMoney b;
        b.hand = beneficiaries[i];
        b.potShare = shares[i].minor();
        b.discount = i < discounts.size() ? discounts[i] : 0;
        b.commission = commissionOn(state.spec, b.potShare);
        // "From the pot": the group bears the commission through the discount it would
        // otherwise get; only what the discount cannot cover falls on the payout.
        if (state.spec.commission.source == CommissionSource::Pot)
            b.commissionFromDiscount = std::min(b.commission, std::max<std::int64_t>(b.discount, 0));
        b.discountToRule = checkedSub(b.discount, b.commissionFromDiscount);
        const std::int64_t fromPayout = checkedSub(b.commission, b.commissionFromDiscount);
        b.payout = checkedSub(checkedSub(b.potShare, b.discount), fromPayout);
        out.push_back(b);
    }
    return out;
}

std::int64_t othersBaseDues(const RotationState& state, int round, const std::vector<HandNumber>& beneficiaries)
{
    std::int64_t sum = 0;
    for (const auto& [member, weight] : otherWeights(state, round, beneficiaries))
        sum = checkedAdd(sum, weight);
    return sum;
}

std::vector<std::pair<MemberId, std::int64_t>> sharedReductions(const RotationState& state, int round)
{
    const RoundOutcome* outcome = state.outcome(round);
    if (state.spec.order != OrderMethod::Auction || state.spec.discountRule != DiscountRule::SharedNow || !outcome)
        return {};
    std::int64_t total = 0;
    for (const BeneficiaryMoney& b : beneficiaryMoney(state, round, outcome->beneficiaries, outcome->discounts))
        total = checkedAdd(total, b.discountToRule);
    auto weights = otherWeights(state, round, outcome->beneficiaries);
    std::vector<std::int64_t> w;
    std::int64_t wsum = 0;
    for (const auto& [member, weight] : weights) {
        w.push_back(weight);
        wsum = checkedAdd(wsum, weight);
    }
    if (total <= 0 || wsum == 0)
        return {};
    // Weighted by what each pays, so no reduction can exceed a member's due (bids are capped
    // at the others' total, see validateBid).
    const auto parts = allocate(Money(total, state.spec.currency()), w);
    std::vector<std::pair<MemberId, std::int64_t>> out;
    for (std::size_t i = 0; i < weights.size(); ++i)
        out.emplace_back(weights[i].first, parts[i].minor());
    return out;
}

} // namespace tontine
