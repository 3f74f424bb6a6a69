#pragma once
// A loan as the book keeps it, from request to closure (docs/loan-rules.md "Lifecycle"), the
// pledges its guarantors hold, recovery from them on default, and the group's guarantees of
// members' purchases. Pure data and the pure rules about it; the book stores and posts.

#include "core/calendar/date.h"
#include "core/error/errors.h"
#include "core/loans/loan_position.h"
#include "core/loans/loan_product.h"
#include "core/loans/loan_request.h"
#include "core/loans/loan_schedule.h"
#include "core/members/member.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tontine {

using LoanId = std::int64_t;
using GuaranteeId = std::int64_t;

enum class LoanStatus {
    Requested,  // checked and waiting for its approvals
    Approved,   // approved; waiting to be paid out at a meeting
    Active,     // paid out; being repaid (late or not: see LoanPosition::daysLate)
    Repaid,     // everything paid: closed, pledges released
    Defaulted,  // the committee declared it: recovery from guarantors and/or write-off follow
    Closed,     // after a default: nothing left to recover or write off
    Cancelled,  // withdrawn before it was paid out
};
std::string loanStatusCode(LoanStatus status); // "requested", "approved", "active", "repaid", "defaulted", "closed", "cancelled"
std::optional<LoanStatus> parseLoanStatus(std::string_view code);

struct Loan {
    LoanId id = 0;
    MemberId borrower = 0;
    LoanProduct product;                  // the product's terms as they were when requested
    std::int64_t principal = 0;           // disbursed principal, top-ups included
    int termMonths = 0;
    std::vector<CustomInstalment> custom;
    std::string purpose;
    std::vector<GuarantorPledge> guarantors;
    std::vector<MemberId> approvers;      // of the loan itself
    LoanStatus status = LoanStatus::Requested;
    Date requestedOn;
    std::optional<Date> approvedOn;
    std::optional<Date> disbursedOn;
    std::optional<Date> closedOn;         // repaid, closed or cancelled
    std::optional<Date> defaultedOn;
    std::int64_t writtenOff = 0;          // principal written off
    std::optional<GuaranteeId> fromGuarantee; // a called group guarantee
    std::vector<Instalment> schedule;     // the current schedule (empty until paid out)
    int scheduleVersion = 0;              // 1 at disbursement, +1 at each rescheduling or top-up
    std::vector<LoanAllocation> allocations; // every repayment, recovery and reversal line
};
// Whether the loan was ever paid out (active, defaulted, or repaid or closed since): its
// disbursement date is then set.
bool wasPaidOut(const Loan& loan);
// The loan's status at the end of `on`, from its dates (a repaid, closed or cancelled loan
// keeps today's status from its closing day); nothing before it was requested.
std::optional<LoanStatus> statusOn(const Loan& loan, Date on);
// Whether the loan was owed on `on`: paid out on or before it and not yet repaid or closed
// then (active or defaulted by statusOn). What the portfolio and arrears count on a past
// date, whatever became of it since.
bool owedOn(const Loan& loan, Date on);
// "loan/1": the loan's terms and state (not its schedule or allocations: chained separately).
std::string loanSnapshot(const Loan& loan);

// How much of a pledge is still held while a loan is being repaid: the pledge in proportion
// to the principal outstanding, rounded up to the unit (in the fund's favour); the whole
// pledge before disbursement; nothing once repaid, closed or cancelled.
std::int64_t pledgeHeld(const GuarantorPledge& pledge, const Loan& loan, std::int64_t principalOutstanding,
                        std::int64_t roundingUnit);

// What each guarantor gives on default: `amount` split in proportion to the pledges they hold
// by largest remainder in whole rounding units (ties to the lower member number), never more
// than a guarantor holds. `amount` must be at most Σ held (else ValidationError
// `loan.recovery_above_pledges`) and a multiple of the unit.
std::vector<GuarantorPledge> recoveryFromGuarantors(const std::vector<GuarantorPledge>& held, std::int64_t amount,
                                                    std::int64_t roundingUnit);

// Added by the engine (not in the first interface): whether an active loan may be topped up
// by `topUp` now. Problems (field "topUp"): the loan is not active (`loan.top_up_not_active`),
// its product allows no top-up (`loan.top_up_not_allowed`), less than topUpMinRepaidPercent
// of its principal is repaid (`loan.top_up_too_early`: repaid, required, both minor units),
// the top-up not above zero or not a multiple of the unit (`loan.amount_not_positive`,
// `loan.amount_unit`). The borrower's limit is checked with loanLimit by the caller.
Problems checkTopUp(const Loan& loan, std::int64_t principalOutstanding, std::int64_t topUp,
                    std::int64_t roundingUnit, const Currency* currency = nullptr);

// What a borrower owes a guarantor after a recovery took the guarantor's savings.
struct GuarantorDebt {
    LoanId loan = 0;
    MemberId borrower = 0;
    MemberId guarantor = 0;
    std::int64_t recovered = 0;   // taken from the guarantor's savings
    std::int64_t repaid = 0;      // paid back by the borrower through the fund
    std::int64_t left() const { return recovered - repaid; }
};

enum class GuaranteeStatus { Open, Released, Called };
std::string guaranteeStatusCode(GuaranteeStatus status); // "open", "released", "called"
std::optional<GuaranteeStatus> parseGuaranteeStatus(std::string_view code);

// The group stands behind a member's purchase from an outside supplier, up to an amount and
// a date: a commitment, not cash, until it is released or called (then it becomes a loan).
struct GroupGuarantee {
    GuaranteeId id = 0;
    MemberId member = 0;
    std::string supplier;       // e.g. "Coopérative agricole de Kaolack"
    std::string purpose;        // e.g. "Fertiliser for the rainy season"
    std::int64_t amount = 0;
    Date issuedOn;
    Date until;                 // the commitment lapses after this date
    std::vector<MemberId> approvers;
    GuaranteeStatus status = GuaranteeStatus::Open;
    std::optional<Date> closedOn;
    std::optional<LoanId> loan; // when called
    // Open and not lapsed on `on`: the commitment the fund shows.
    bool isCommitted(Date on) const { return status == GuaranteeStatus::Open && !(until < on); }
};
// Problems (fields = members): supplier and purpose texts, amount above zero and a multiple of
// the unit, until after issuedOn (`guarantee.until_before`), the approvals (checkApprovals).
Problems checkGroupGuarantee(const GroupGuarantee& guarantee, const LoanRules& rules, std::int64_t roundingUnit,
                             const Currency* currency = nullptr);
// "group_guarantee/1"
std::string groupGuaranteeSnapshot(const GroupGuarantee& guarantee);

} // namespace tontine
