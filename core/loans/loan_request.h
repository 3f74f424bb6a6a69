#pragma once
// A loan request and the checks it must pass before the committee may approve it
// (docs/loan-rules.md "Requests"): the product's limits, the borrower's standing, the
// guarantors and their exposure, and the approvals. Pure: members' savings, loans and
// pledges come in as arguments (the book gathers them).

#include "core/calendar/date.h"
#include "core/error/errors.h"
#include "core/loans/loan_product.h"
#include "core/loans/loan_schedule.h"
#include "core/members/member.h"

#include <cstdint>
#include <string>
#include <vector>

namespace tontine {

struct GuarantorPledge {
    MemberId guarantor = 0;
    std::int64_t pledge = 0;   // minor units of their savings that stand behind the loan
};

struct LoanRequest {
    MemberId borrower = 0;
    LoanProductId product = 0;
    std::int64_t principal = 0;
    int termMonths = 0;                   // not for custom
    std::vector<CustomInstalment> custom; // custom only
    std::string purpose;                  // e.g. "Trade", "Agriculture", "School fees" (1–100 chars)
    std::vector<GuarantorPledge> guarantors;
    Date date;                            // the day it is requested
};

// What the book knows about one member, for the checks.
struct LoanMemberStanding {
    MemberId member = 0;
    bool active = true;
    std::int64_t savings = 0;           // saved in the open cycle (0 when none)
    std::int64_t loansOutstanding = 0;  // principal of their loans not yet repaid (this one excluded)
    int daysLate = 0;                   // the most days late of their loans and dues
    std::int64_t pledgesHeld = 0;       // pledges held for others' loans (this one excluded)
};

// The standings the checks read: the borrower and each guarantor.
struct LoanCheckInput {
    LoanProduct product;
    LoanRules rules;
    std::vector<LoanMemberStanding> standings; // looked up by member; a missing one is "unknown member"
    std::int64_t roundingUnit = 1;
    const Currency* currency = nullptr;
};

// The smallest pledge each guarantor must give: ceil-to-unit(principal × pledgeBasisPoints ÷ 10000).
std::int64_t minimumPledge(const LoanProduct& product, std::int64_t principal, std::int64_t roundingUnit);
// The largest loan the borrower may have outstanding: savings × multiple ÷ 100 (floored to the
// unit), capped by maxAmount; nullopt when the product sets neither limit.
std::optional<std::int64_t> loanLimit(const LoanProduct& product, std::int64_t savings, std::int64_t roundingUnit);

// Added by the engine: what a member may still pledge for others' loans, floor-to-unit(savings ×
// guarantorExposurePercent ÷ 100) − pledges held, never below zero (LoanPreview::pledgeRoom,
// and what `loan.guarantor_exposure` names).
std::int64_t pledgeRoom(const LoanRules& rules, const LoanMemberStanding& standing, std::int64_t roundingUnit);

// Every problem with a request (field = LoanRequest member; codes in docs/loan-rules.md):
//  product inactive (`loan.product_inactive`); the schedule request (checkScheduleRequest);
//  term outside the product's limits (`loan.term_range`; custom: last date past maxTermMonths);
//  custom given to a non-custom product or missing for a custom one (`loan.custom_method`);
//  purpose text; borrower inactive (`loan.borrower_inactive`) or late beyond the rule
//  (`loan.borrower_late`, days, allowed); outstanding + principal above loanLimit
//  (`loan.above_limit`, naming the limit and the savings); fewer guarantors than required
//  (`loan.guarantors_missing`); a guarantor listed twice (`loan.duplicate_guarantor`), the
//  borrower as own guarantor (`loan.self_guarantee`), inactive (`loan.guarantor_inactive`),
//  a pledge below minimumPledge (`loan.pledge_below_min`), or pledges held + this pledge above
//  savings × exposure ÷ 100 (`loan.guarantor_exposure`, naming what they may still pledge).
Problems checkLoanRequest(const LoanRequest& request, const LoanCheckInput& input);

// The approvals a loan decision has (approve, reschedule, top-up, default, group guarantee):
// distinct members (`loan.duplicate_approver`), each on the committee when one is named
// (`loan.approver_not_committee`), none of them the borrower (`loan.self_approval`), at least
// rules.approvalsRequired (`loan.approvals_missing`, required, given). Field "approvers".
Problems checkApprovals(const LoanRules& rules, MemberId borrower, const std::vector<MemberId>& approvers);

} // namespace tontine
