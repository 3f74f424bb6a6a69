#pragma once
// A member who leaves mid-cycle. Before receiving: their hands stop paying and receiving
// from the round being collected; what they paid this cycle is returned or kept, by the
// rotation's LeaverRefund setting. After receiving: they still owe the rest of the cycle;
// the fund covers their remaining rounds as a debt on advance:<member>. Pure.

#include "core/rotation/payout.h"

#include <cstdint>
#include <vector>

namespace tontine {

// What leaving does, for display and for the books.
struct LeaveResult {
    Problems problems;
    MemberId member = 0;
    Date date;
    bool beforeReceiving = true;
    std::int64_t returnedFromPot = 0;     // Return: paid for rounds not yet paid out, given back
    std::int64_t returnedPaidOut = 0;     // Return: paid for rounds already paid out (a group cost)
    std::int64_t kept = 0;                // Keep: paid for rounds not yet paid out, kept by the fund
    std::int64_t newDebt = 0;             // After receiving: remaining contributions now owed to the fund
    std::int64_t debtAfter = 0;           // the member's whole debt on advance:<member> afterwards
    // Before receiving, the cycle loses the leaver's round(s): what others paid toward a round
    // that no longer exists moves to their open rounds, or is given back when none is open.
    std::vector<MemberAmount> othersCarried;
    std::vector<MemberAmount> othersRefunded;
    std::vector<MemberAmount> advancesReleased; // fund advances on dropped rounds, taken back
    Withdrawal withdrawal;
    std::vector<RoundLine> lines;
    std::vector<Posting> postings;
};

// Problems: member not in the rotation or already left, cycle complete, a hand shared with
// another member (agree a new holder first), some hands received and others not, or a hand
// that has won a round not yet paid out.
LeaveResult computeLeave(const RotationState& state, MemberId member, Date date);
void applyLeave(RotationState& state, const LeaveResult& result);

} // namespace tontine
