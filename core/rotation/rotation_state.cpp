#include "core/rotation/rotation_state.h"

#include "core/money/money.h"
#include "core/rotation/round_money.h"

#include <algorithm>

namespace tontine {

std::string lineSourceCode(LineSource s)
{
    switch (s) {
    case LineSource::Payment: return "payment";
    case LineSource::FundAdvance: return "advance";
    case LineSource::Carry: return "carry";
    case LineSource::Refund: return "refund";
    case LineSource::Forfeit: return "forfeit";
    }
    return "";
}

std::string bookingCode(Booking b)
{
    switch (b) {
    case Booking::Pot: return "pot";
    case Booking::Prepaid: return "prepaid";
    case Booking::Advance: return "advance";
    }
    return "";
}

const RoundOutcome* RotationState::outcome(int round) const
{
    for (const RoundOutcome& o : outcomes)
        if (o.round == round)
            return &o;
    return nullptr;
}

bool handReceived(const RotationState& state, HandNumber hand)
{
    for (const RoundOutcome& o : state.outcomes)
        if (o.paidOut && std::find(o.beneficiaries.begin(), o.beneficiaries.end(), hand) != o.beneficiaries.end())
            return true;
    return false;
}

bool handWithdrawn(const RotationState& state, HandNumber hand, int round)
{
    for (const Withdrawal& w : state.withdrawals)
        if (w.beforeReceiving && round >= w.fromRound
            && std::find(w.hands.begin(), w.hands.end(), hand) != w.hands.end())
            return true;
    return false;
}

int activeRounds(const RotationState& state)
{
    const int b = state.spec.beneficiariesPerRound;
    if (b < 1)
        return 0;
    // A hand that leaves before receiving never receives afterwards, so the hands still due
    // a pot are all hands but those.
    int receiving = static_cast<int>(state.spec.hands.size());
    for (const Withdrawal& w : state.withdrawals)
        if (w.beforeReceiving)
            receiving -= static_cast<int>(w.hands.size());
    return (std::max(receiving, 0) + b - 1) / b;
}

std::optional<int> collectingRound(const RotationState& state)
{
    for (int r = 1; r <= activeRounds(state); ++r) {
        const RoundOutcome* o = state.outcome(r);
        if (!o || !o->paidOut)
            return r;
    }
    return std::nullopt;
}

std::int64_t grossPot(const RotationState& state, int round)
{
    std::int64_t sum = 0;
    for (const Hand& hand : state.spec.hands)
        if (!handWithdrawn(state, hand.number, round))
            sum = checkedAdd(sum, state.spec.contributionPerHand);
    return sum;
}

std::int64_t baseDue(const RotationState& state, MemberId member, int round)
{
    if (round < 1 || round > activeRounds(state))
        return 0;
    std::int64_t sum = 0;
    for (const Hand& hand : state.spec.hands)
        if (!handWithdrawn(state, hand.number, round))
            sum = checkedAdd(sum, holderContribution(state.spec, hand, member));
    return sum;
}

std::int64_t due(const RotationState& state, MemberId member, int round)
{
    std::int64_t amount = baseDue(state, member, round);
    for (const auto& [m, reduction] : sharedReductions(state, round))
        if (m == member)
            amount = checkedSub(amount, reduction);
    return amount;
}

namespace {
template <typename Pred>
std::int64_t sumLines(const RotationState& state, Pred pred)
{
    std::int64_t sum = 0;
    for (const RoundLine& l : state.lines)
        if (pred(l))
            sum = checkedAdd(sum, l.amount);
    return sum;
}
} // namespace

std::int64_t paidBy(const RotationState& state, MemberId member, int round)
{
    return sumLines(state, [&](const RoundLine& l) {
        return l.member == member && l.round == round && l.source != LineSource::FundAdvance;
    });
}

std::int64_t advancedFor(const RotationState& state, MemberId member, int round)
{
    return sumLines(state, [&](const RoundLine& l) {
        return l.member == member && l.round == round && l.source == LineSource::FundAdvance;
    });
}

std::int64_t advanceRepaid(const RotationState& state, MemberId member, int round)
{
    return sumLines(state, [&](const RoundLine& l) {
        return l.member == member && l.round == round && l.source == LineSource::Payment
               && l.booking == Booking::Advance;
    });
}

std::int64_t advanceOutstanding(const RotationState& state, MemberId member)
{
    const std::int64_t advanced = sumLines(state, [&](const RoundLine& l) {
        return l.member == member && l.source == LineSource::FundAdvance;
    });
    const std::int64_t repaid = sumLines(state, [&](const RoundLine& l) {
        return l.member == member && l.source == LineSource::Payment && l.booking == Booking::Advance;
    });
    return checkedSub(advanced, repaid);
}

std::int64_t finesOutstanding(const RotationState& state, MemberId member)
{
    std::int64_t sum = 0;
    for (const FineCharge& f : state.fines)
        if (f.member == member)
            sum = checkedAdd(sum, f.amount);
    for (const FinePayment& p : state.finePayments)
        if (p.member == member)
            sum = checkedSub(sum, p.amount);
    return sum;
}

// The records of a rotation as they stood at the end of `date`: a closed meeting's arrears
// are those of its day, not of today. Records carry their dates, so those dated later are
// dropped; a round paid out later was at most decided then (auction) or not yet at all.
// (An auction decided after `date` still counts as decided: decisions carry no date here;
// it only shifts a SharedNow reduction, never who is behind.)
RotationState stateAsOf(RotationState state, Date date)
{
    auto later = [&](const auto& record) { return date < record.date; };
    std::erase_if(state.lines, later);
    std::erase_if(state.fines, later);
    std::erase_if(state.finePayments, later);
    std::erase_if(state.withdrawals, later);
    for (RoundOutcome& o : state.outcomes)
        if (o.paidOut && date < o.paidOn) {
            o.paidOut = false;
            o.paidOn = Date{};
        }
    if (state.spec.order != OrderMethod::Auction)
        std::erase_if(state.outcomes, [](const RoundOutcome& o) { return !o.paidOut; });
    return state;
}

} // namespace tontine
