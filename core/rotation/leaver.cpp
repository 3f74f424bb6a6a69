#include "core/rotation/leaver.h"

#include "core/ledger/account.h"
#include "core/money/money.h"
#include "core/rotation/posting_list.h"

#include <algorithm>

namespace tontine {

namespace {

Problems leaveProblems(const RotationState& state, MemberId member, std::vector<HandNumber>& hands, bool& received)
{
    Problems problems;
    auto add = [&](const std::string& code, const std::string& text) {
        problems.push_back(Problem{"member", code, {std::to_string(member)}, text});
    };
    const std::string who = "Member " + std::to_string(member);
    int receivedCount = 0;
    for (const Hand& hand : state.spec.hands) {
        for (const HandShare& s : hand.holders) {
            if (s.member != member)
                continue;
            hands.push_back(hand.number);
            if (s.halves != 2)
                add("leave.sharedHand", who + " shares hand " + std::to_string(hand.number)
                    + "; agree who takes the whole hand first");
            if (handReceived(state, hand.number))
                ++receivedCount;
            const RoundOutcome* pending = nullptr;
            for (const RoundOutcome& o : state.outcomes)
                if (!o.paidOut && std::find(o.beneficiaries.begin(), o.beneficiaries.end(), hand.number) != o.beneficiaries.end())
                    pending = &o;
            if (pending)
                add("leave.pendingWinner", who + " has won round " + std::to_string(pending->round)
                    + ", which is not paid out yet");
        }
    }
    received = receivedCount > 0;
    if (hands.empty())
        add("leave.notMember", who + " has no hand in this rotation");
    else if (receivedCount != 0 && receivedCount != static_cast<int>(hands.size()))
        add("leave.partlyReceived", who + " has received on some hands and not others; settle it by hand");
    for (const Withdrawal& w : state.withdrawals)
        if (w.member == member)
            add("leave.alreadyLeft", who + " has already left this rotation");
    if (!collectingRound(state))
        add("leave.cycleComplete", "Every round of this cycle is paid out");
    return problems;
}

} // namespace

LeaveResult computeLeave(const RotationState& state, MemberId member, Date date)
{
    LeaveResult result;
    result.member = member;
    result.date = date;
    std::vector<HandNumber> hands;
    bool received = false;
    result.problems = leaveProblems(state, member, hands, received);
    if (!result.problems.empty())
        return result;

    const RotationSpec& spec = state.spec;
    const int from = *collectingRound(state);
    const std::string pot = rotation_accounts::pot(spec.id);
    const std::string prepaid = rotation_accounts::prepaid(spec.id);
    const std::string advance = rotation_accounts::advance(member);
    PostingList postings;
    result.beforeReceiving = !received;
    result.withdrawal = Withdrawal{member, date, from, hands, !received};

    if (received) {
        // Their remaining rounds are covered now by the fund, so later payouts are whole;
        // what they pay later repays advance:<member>.
        for (int r = from; r <= activeRounds(state); ++r) {
            std::int64_t covered = 0;
            for (const RoundLine& l : state.lines)
                if (l.member == member && l.round == r && l.booking != Booking::Advance)
                    covered = checkedAdd(covered, l.amount);
            const std::int64_t open = checkedSub(due(state, member, r), covered);
            if (open <= 0)
                continue;
            const Booking booking = r == from ? Booking::Pot : Booking::Prepaid;
            result.lines.push_back(RoundLine{member, r, open, LineSource::FundAdvance, booking, date});
            postings.move(advance, booking == Booking::Pot ? pot : prepaid, open);
            result.newDebt = checkedAdd(result.newDebt, open);
        }
    } else {
        // Money held for rounds not yet paid out comes out of the pot or prepaid; rounds
        // already paid out went to earlier beneficiaries, so returning them is a group cost.
        const bool give = spec.leaverRefund == LeaverRefund::Return;
        for (const RoundLine& l : state.lines) {
            if (l.member != member || l.source == LineSource::FundAdvance)
                continue;
            if (l.round < from) {
                // Everything they paid toward a paid-out round, repayments of advances included.
                if (give)
                    result.returnedPaidOut = checkedAdd(result.returnedPaidOut, l.amount);
                continue;
            }
            RoundLine out = l;
            out.amount = -l.amount;
            out.source = give ? LineSource::Refund : LineSource::Forfeit;
            out.date = date;
            result.lines.push_back(out);
            const std::string held = l.booking == Booking::Pot ? pot : prepaid;
            postings.move(held, give ? std::string(accounts::Cash) : std::string(rotation_accounts::ForfeitIncome), l.amount);
            if (give)
                result.returnedFromPot = checkedAdd(result.returnedFromPot, l.amount);
            else
                result.kept = checkedAdd(result.kept, l.amount);
        }
        postings.move(std::string(accounts::GroupExpense), std::string(accounts::Cash), result.returnedPaidOut);
    }
    result.postings = postings.take();
    result.debtAfter = checkedAdd(advanceOutstanding(state, member), result.newDebt);
    return result;
}

void applyLeave(RotationState& state, const LeaveResult& result)
{
    if (!result.problems.empty())
        throw ValidationError(result.problems);
    state.withdrawals.push_back(result.withdrawal);
    state.lines.insert(state.lines.end(), result.lines.begin(), result.lines.end());
}

} // namespace tontine
