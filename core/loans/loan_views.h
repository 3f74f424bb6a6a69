#pragma once
// What the book hands the screens and the CLI about loans, beyond the loan itself: the
// preview of a request (its problems, schedule and the limits checked), a member's loan
// repayment due at a meeting, and a rescheduling or top-up request. Pure data; decides nothing.

#include "core/error/errors.h"
#include "core/loans/loan.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace tontine {

// A request checked without writing anything: what the new-loan wizard shows as it is typed.
struct LoanPreview {
    Problems problems;                        // empty: the request can be made
    std::vector<Instalment> schedule;         // as if paid out on the request's date (empty when it cannot be computed)
    std::optional<std::int64_t> limit;        // the borrower's largest loan outstanding (loanLimit)
    std::int64_t minimumPledge = 0;           // per guarantor
    std::vector<LoanMemberStanding> standings; // the borrower first, then each guarantor as listed
    // What each guarantor may still pledge: savings × exposure ÷ 100 − pledges held (by guarantor, in order).
    std::vector<GuarantorPledge> pledgeRoom;
};

// A member's loan at a meeting: what the sheet pre-fills and the most that may be paid.
struct LoanDue {
    LoanId loan = 0;
    MemberId borrower = 0;
    std::int64_t dueToday = 0;   // LoanPosition::dueToday
    std::int64_t payoff = 0;     // LoanPosition::payoff
    int daysLate = 0;
};

// A new schedule for what remains (and, with topUp > 0, more principal paid out now).
struct RescheduleRequest {
    int termMonths = 0;
    std::optional<LoanMethod> method;         // the loan's own method when not given
    std::vector<CustomInstalment> custom;
    std::int64_t topUp = 0;
    std::vector<MemberId> approvers;
    std::string reason;
};

} // namespace tontine
