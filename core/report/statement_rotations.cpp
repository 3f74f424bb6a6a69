// A member's rotations on their statement: what fell due and was paid in the month, what is
// behind at its end, and their turn (received, or expected from the plan), all from each
// rotation as it stood at the month's end and with the engine's own functions.
#include "core/report/member_statement.h"

#include "core/money/money.h"
#include "core/rotation/member_dues.h"
#include "core/rotation/payout.h"
#include "core/rotation/round_money.h"

#include <algorithm>

namespace tontine {

namespace {

bool holdsAny(const RotationSpec& spec, MemberId member, const std::vector<HandNumber>& hands)
{
    for (HandNumber h : hands)
        if (const Hand* hand = spec.findHand(h))
            for (const HandShare& share : hand->holders)
                if (share.member == member)
                    return true;
    return false;
}

// What `member` received when `outcome` was paid out: their part of each hand they hold among
// its beneficiaries (a half hand pays each holder half).
std::int64_t receivedIn(const RotationState& state, const RoundOutcome& outcome, MemberId member)
{
    std::int64_t total = 0;
    for (const BeneficiaryMoney& money : beneficiaryMoney(state, outcome.round, outcome.beneficiaries, outcome.discounts))
        if (const Hand* hand = state.spec.findHand(money.hand))
            for (const MemberAmount& part : holderPayouts(*hand, money.payout, state.spec.currency()))
                if (part.member == member)
                    total = checkedAdd(total, part.amount);
    return total;
}

} // namespace

std::vector<StatementRotation> StatementBuilder::rotationsOf(MemberId member) const
{
    std::vector<StatementRotation> out;
    const Date first = m_month.first(), last = m_month.last();
    for (const RotationAtEnd& r : m_rotations) {
        const RotationState& state = r.state;
        const auto holders = rotationMembers(state.spec);
        if (std::find(holders.begin(), holders.end(), member) == holders.end())
            continue;
        StatementRotation line;
        line.rotation = state.spec.id;
        line.name = state.spec.name;
        for (const MemberRoundStatus& round : memberRounds(state, member, last))
            if (m_month.contains(round.dueOn))
                line.dueInMonth = checkedAdd(line.dueInMonth, round.due);
        for (const RoundLine& l : state.lines)
            if (l.member == member && l.source == LineSource::Payment && m_month.contains(l.date))
                line.paidInMonth = checkedAdd(line.paidInMonth, l.amount);
        const MemberDue due = memberDueOn(state, member, last);
        line.arrearsAtEnd = due.dueNow;
        line.finesOwed = due.finesOwed;

        // Their turn: the latest round paid out to a hand they hold, else the next one planned.
        for (const RoundPlan& round : r.plan) {
            if (!holdsAny(state.spec, member, round.beneficiaries))
                continue;
            const RoundOutcome* outcome = state.outcome(round.round);
            if (round.status == RoundStatus::PaidOut && outcome) {
                line.receivedRound = round.round;
                line.receivedOn = outcome->paidOn;
                line.receivedAmount = receivedIn(state, *outcome, member);
            } else if (!line.expectedRound) {
                line.expectedRound = round.round;
                line.expectedOn = round.date;
            }
        }
        // A cycle finished before the month with nothing left between the member and it is
        // not on the statement.
        const bool finished = std::all_of(r.plan.begin(), r.plan.end(),
                                          [](const RoundPlan& p) { return p.status == RoundStatus::PaidOut; });
        bool paidOutInMonth = false;
        for (const RoundOutcome& o : state.outcomes)
            paidOutInMonth = paidOutInMonth || (o.paidOut && !(o.paidOn < first));
        if (finished && !paidOutInMonth && line.dueInMonth == 0 && line.paidInMonth == 0 &&
            line.arrearsAtEnd == 0 && line.finesOwed == 0)
            continue;
        out.push_back(std::move(line));
    }
    return out;
}

} // namespace tontine
