// What the reports say about rotations: each one as its records stood on a date, what members
// owe it, its progress and its status line. Every figure comes from the engine's own functions
// (memberDueOn, memberRounds, collectingRound, scheduledBeneficiaries), never re-derived here.
#include "core/report/report_parts.h"

#include "core/money/money.h"
#include "core/rotation/member_dues.h"
#include "core/rotation/rotation_plan.h"

#include <algorithm>

namespace tontine::report {

namespace {

int roundsPaidOut(const RotationState& state)
{
    return static_cast<int>(std::count_if(state.outcomes.begin(), state.outcomes.end(),
                                          [](const RoundOutcome& o) { return o.paidOut; }));
}

// The holders of the round's beneficiary hands, each named once, in hand order.
std::string beneficiaryNames(const RotationState& state, int round, const std::map<MemberId, std::string>& names)
{
    std::vector<MemberId> seen;
    std::string out;
    for (HandNumber number : scheduledBeneficiaries(state, round))
        if (const Hand* hand = state.spec.findHand(number))
            for (const HandShare& share : hand->holders) {
                if (std::find(seen.begin(), seen.end(), share.member) != seen.end())
                    continue;
                seen.push_back(share.member);
                const auto it = names.find(share.member);
                out += (out.empty() ? "" : ", ") + (it != names.end() ? it->second : std::to_string(share.member));
            }
    return out;
}

std::string statusOf(const RotationState& state, Date on)
{
    if (on < state.spec.start)
        return "upcoming";
    return collectingRound(state) ? "collecting" : "finished";
}

} // namespace

std::vector<RotationState> rotationsAsOf(const Book& book, Date on)
{
    std::vector<RotationState> out;
    for (const RotationSpec& spec : book.rotations())
        if (auto state = book.rotation(spec.id))
            out.push_back(stateAsOf(std::move(*state), on));
    return out;
}

std::vector<RotationOwed> rotationOwed(const RotationState& asOf, Date on)
{
    std::vector<RotationOwed> out;
    for (MemberId member : rotationMembers(asOf.spec)) {
        const MemberDue due = memberDueOn(asOf, member, on);
        const std::int64_t amount = checkedAdd(due.dueNow, due.finesOwed);
        if (amount <= 0)
            continue;
        RotationOwed owed{member, amount, 0};
        for (const MemberRoundStatus& round : memberRounds(asOf, member, on))
            if (round.outstanding > 0 && !(on < round.dueOn)) {
                owed.daysLate = daysBetween(round.dueOn, on); // rounds come oldest first
                break;
            }
        out.push_back(owed);
    }
    return out;
}

std::vector<RotationProgress> rotationProgress(const std::vector<RotationState>& asOf)
{
    std::vector<RotationProgress> out;
    for (const RotationState& state : asOf) {
        RotationProgress p;
        p.rotation = state.spec.id;
        p.name = state.spec.name;
        p.rounds = activeRounds(state);
        p.roundsPaidOut = roundsPaidOut(state);
        // What counted toward each member's due (never more than the due: an overpayment is
        // carried or refunded), against what the whole plan asks.
        for (MemberId member : rotationMembers(state.spec))
            for (const MemberRoundStatus& round : memberRounds(state, member, state.spec.start)) {
                p.expected = checkedAdd(p.expected, round.due);
                p.collected = checkedAdd(p.collected, checkedSub(round.due, round.outstanding));
            }
        out.push_back(std::move(p));
    }
    return out;
}

std::vector<RotationStatusLine> rotationStatus(const std::vector<RotationState>& asOf, Date on,
                                               const std::map<MemberId, std::string>& names)
{
    std::vector<RotationStatusLine> out;
    for (const RotationState& state : asOf) {
        RotationStatusLine line;
        line.rotation = state.spec.id;
        line.name = state.spec.name;
        line.status = statusOf(state, on);
        line.rounds = activeRounds(state);
        line.roundsPaidOut = roundsPaidOut(state);
        for (const RotationOwed& owed : rotationOwed(state, on))
            line.arrears = checkedAdd(line.arrears, owed.amount);
        line.nextRound = collectingRound(state);
        if (line.nextRound) {
            line.nextDate = roundDate(state.spec, *line.nextRound);
            line.nextBeneficiaries = beneficiaryNames(state, *line.nextRound, names);
        }
        out.push_back(std::move(line));
    }
    return out;
}

} // namespace tontine::report
