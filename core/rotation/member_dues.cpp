#include "core/rotation/member_dues.h"

#include "core/money/money.h"
#include "core/rotation/contribution.h"

#include <algorithm>

namespace tontine {

std::vector<MemberRoundStatus> memberRounds(const RotationState& state, MemberId member, Date asOf)
{
    std::vector<MemberRoundStatus> out;
    for (int r = 1; r <= activeRounds(state); ++r) {
        MemberRoundStatus s;
        s.round = r;
        s.dueOn = roundDate(state.spec, r);
        s.due = due(state, member, r);
        s.paid = paidBy(state, member, r);
        s.outstanding = std::max<std::int64_t>(0, checkedSub(s.due, s.paid));
        s.fundCovered = std::min(s.outstanding, std::max<std::int64_t>(0, checkedSub(advancedFor(state, member, r),
                                                                                   advanceRepaid(state, member, r))));
        s.overdue = s.outstanding > 0 && s.dueOn < asOf;
        out.push_back(s);
    }
    return out;
}

MemberDue memberDueOn(const RotationState& state, MemberId member, Date asOf)
{
    MemberDue d;
    d.member = member;
    for (const MemberRoundStatus& s : memberRounds(state, member, asOf)) {
        if (s.dueOn > asOf)
            continue;
        d.dueNow = checkedAdd(d.dueNow, s.outstanding);
        if (s.dueOn < asOf)
            d.arrears = checkedAdd(d.arrears, s.outstanding);
    }
    d.finesOwed = finesOutstanding(state, member);
    d.advanceDebt = advanceOutstanding(state, member);
    if (d.dueNow > 0) {
        // The same allocation a payment would make, so the quote and the charge agree.
        const ContributionResult quote = recordContribution(state, member, asOf, d.dueNow);
        for (const FineCharge& f : quote.fines)
            d.fineIfPaidNow = checkedAdd(d.fineIfPaidNow, f.amount);
    }
    return d;
}

std::vector<MemberDue> duesOn(const RotationState& state, Date asOf)
{
    std::vector<MemberDue> out;
    for (MemberId m : rotationMembers(state.spec))
        out.push_back(memberDueOn(state, m, asOf));
    return out;
}

} // namespace tontine
