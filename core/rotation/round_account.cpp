#include "core/rotation/round_account.h"

#include "core/money/money.h"
#include "core/rotation/rotation_plan.h"

namespace tontine {

RoundAccount roundAccount(const RotationState& state, int round)
{
    RoundAccount a;
    a.round = round;
    for (const RoundLine& l : state.lines) {
        if (l.round != round)
            continue;
        a.lines.push_back(l);
        // A repayment of a fund advance goes to advance:<member>, not into the pot.
        if (l.booking != Booking::Advance)
            a.potIn = checkedAdd(a.potIn, l.amount);
    }
    const std::vector<HandNumber> hands = scheduledBeneficiaries(state, round);
    const RoundOutcome* o = state.outcome(round);
    a.beneficiaries = beneficiaryMoney(state, round, hands, o ? o->discounts : std::vector<std::int64_t>{});
    for (const BeneficiaryMoney& b : a.beneficiaries) {
        a.discount = checkedAdd(a.discount, b.discount);
        a.commission = checkedAdd(a.commission, b.commission);
        a.payout = checkedAdd(a.payout, b.payout);
        // Shared at once, the discount never enters the pot: the others paid that much less.
        if (state.spec.discountRule != DiscountRule::SharedNow)
            a.discountOut = checkedAdd(a.discountOut, b.discountToRule);
    }
    for (const auto& [member, amount] : sharedReductions(state, round))
        a.discountSharedNow = checkedAdd(a.discountSharedNow, amount);
    return a;
}

} // namespace tontine
