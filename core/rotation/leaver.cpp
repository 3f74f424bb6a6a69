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

// The rounds past the new end of the cycle no longer exist: everything others put toward
// them moves back (advances to the fund, members' money to their open rounds, or to them).
void settleDroppedRounds(const RotationState& after, int from, LeaveResult& result, PostingList& postings)
{
    const int last = activeRounds(after);
    const RotationId id = after.spec.id;
    for (MemberId m : rotationMembers(after.spec)) {
        if (m == result.member)
            continue;
        std::int64_t moving = 0;
        std::int64_t released = 0;
        for (const RoundLine& l : after.lines) {
            if (l.member != m || l.round <= last || l.booking == Booking::Advance)
                continue;
            const std::string held = l.booking == Booking::Pot ? rotation_accounts::pot(id) : rotation_accounts::prepaid(id);
            RoundLine back = l;
            back.amount = -l.amount;
            back.date = result.date;
            if (back.source != LineSource::FundAdvance)
                back.source = LineSource::Carry;
            result.lines.push_back(back);
            if (l.source == LineSource::FundAdvance) {
                postings.move(held, rotation_accounts::advance(m), l.amount);
                released = checkedAdd(released, l.amount);
            } else {
                // Gather it in prepaid first, then place it like a payment.
                postings.move(held, rotation_accounts::prepaid(id), l.amount);
                moving = checkedAdd(moving, l.amount);
            }
        }
        if (released != 0)
            result.advancesReleased.push_back({m, released});
        std::int64_t carried = 0;
        for (int r = from; r <= last && moving > 0; ++r) {
            const std::int64_t open = checkedSub(due(after, m, r), paidBy(after, m, r));
            const std::int64_t move = std::min(moving, open);
            if (move <= 0)
                continue;
            const Booking booking = r == from ? Booking::Pot : Booking::Prepaid;
            result.lines.push_back(RoundLine{m, r, move, LineSource::Carry, booking, result.date});
            if (booking == Booking::Pot)
                postings.move(rotation_accounts::prepaid(id), rotation_accounts::pot(id), move);
            carried = checkedAdd(carried, move);
            moving -= move;
        }
        if (carried > 0)
            result.othersCarried.push_back({m, carried});
        if (moving > 0) {
            postings.move(rotation_accounts::prepaid(id), std::string(accounts::Cash), moving);
            result.othersRefunded.push_back({m, moving});
        }
    }
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
        RotationState after = state;
        after.withdrawals.push_back(result.withdrawal);
        after.lines.insert(after.lines.end(), result.lines.begin(), result.lines.end());
        settleDroppedRounds(after, from, result, postings);
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
