#pragma once
// What each member owes a rotation, per round and as of a date: the meeting page's
// pre-filled amounts, arrears per member per round, fines owed and debts to the fund. Pure.

#include "core/rotation/rotation_state.h"

#include <cstdint>
#include <vector>

namespace tontine {

// One round of one member. outstanding = due − paid; of it, `fundCovered` was advanced by the
// fund (owed on advance:<member>), the rest is still missing from the round.
struct MemberRoundStatus {
    int round = 0;
    Date dueOn;
    std::int64_t due = 0;
    std::int64_t paid = 0;
    std::int64_t fundCovered = 0;
    std::int64_t outstanding = 0;
    bool overdue = false; // dueOn before asOf and outstanding > 0
};

// Every round of the cycle for `member`, as of `asOf`.
std::vector<MemberRoundStatus> memberRounds(const RotationState& state, MemberId member, Date asOf);

// A member's position on `asOf`: what to pre-fill at a meeting on that date.
struct MemberDue {
    MemberId member = 0;
    std::int64_t dueNow = 0;        // outstanding on rounds dated on or before asOf
    std::int64_t arrears = 0;       // the part of dueNow on rounds dated before asOf
    std::int64_t fineIfPaidNow = 0; // the late fine paying dueNow on asOf would assess
    std::int64_t finesOwed = 0;     // fines assessed and not paid
    std::int64_t advanceDebt = 0;   // owed to the fund on advance:<member> (included in arrears)
};
MemberDue memberDueOn(const RotationState& state, MemberId member, Date asOf);

// memberDueOn for every member of the rotation, in rotationMembers order.
std::vector<MemberDue> duesOn(const RotationState& state, Date asOf);

} // namespace tontine
