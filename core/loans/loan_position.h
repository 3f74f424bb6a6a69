#pragma once
// Where a loan stands on a date, derived from its schedule, its penalty rule and what was
// paid (docs/loan-rules.md "Repayments"): what each instalment still owes, the penalties
// charged, days late; and how a repayment is allocated. Pure: the book stores the
// allocations it returns and gives them back.

#include "core/calendar/date.h"
#include "core/error/errors.h"
#include "core/loans/loan_product.h"
#include "core/loans/loan_schedule.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tontine {

// Where one repayment went: one line per instalment it touched. Lines of one repayment share
// its date; a recovery from guarantors and a reversal are allocations too (a reversal's
// amounts are negative).
struct LoanAllocation {
    Date date;
    int instalment = 0;
    std::int64_t penalty = 0;
    std::int64_t interest = 0;
    std::int64_t principal = 0;
    std::int64_t total() const { return penalty + interest + principal; }
};
// "loan_allocation/1" and its strict parser.
std::string allocationsPayload(const std::vector<LoanAllocation>& lines);
std::optional<std::vector<LoanAllocation>> parseAllocationsPayload(std::string_view text);

struct InstalmentStatus {
    Instalment instalment;
    std::int64_t principalPaid = 0;
    std::int64_t interestPaid = 0;
    std::int64_t penaltyCharged = 0;       // by the rule, as of the position's date
    std::int64_t penaltyPaid = 0;
    // Scheduled interest that is not owed: the instalment falls due after the day the whole
    // principal was repaid early (docs/loan-rules.md L19). 0 otherwise.
    std::int64_t interestWaived = 0;
    std::optional<Date> settledOn;         // the date its interest and principal were fully paid
    int daysLate = 0;                      // on the position's date: 0 when not late
    std::int64_t principalLeft() const { return instalment.principal - principalPaid; }
    std::int64_t interestLeft() const { return instalment.interest - interestWaived - interestPaid; }
    std::int64_t penaltyLeft() const { return penaltyCharged - penaltyPaid; }
    bool isDue(Date on) const { return !(on < instalment.dueOn); }
};

struct LoanPosition {
    Date on;
    std::vector<InstalmentStatus> instalments;
    std::int64_t principalOutstanding = 0;  // Σ principalLeft over all instalments
    std::int64_t interestDue = 0;           // unpaid interest of instalments due on `on` or before
    std::int64_t penaltiesDue = 0;          // penalties charged and not paid
    std::int64_t principalDue = 0;          // unpaid principal of instalments due on `on` or before
    // What the member should pay today to be up to date: penalties + interest due + principal due.
    std::int64_t dueToday() const { return penaltiesDue + interestDue + principalDue; }
    // The most a repayment may be today: penalties + interest due + all principal outstanding
    // (future interest is not owed for principal repaid early).
    std::int64_t payoff() const { return penaltiesDue + interestDue + principalOutstanding; }
    int daysLate = 0;                        // of the oldest late instalment; 0 when none
    bool repaid() const { return principalOutstanding == 0 && interestDue == 0 && penaltiesDue == 0; }
};

// The position on `on` of a loan with `schedule` (instalments in number order), `penalty`,
// and the allocations made so far (any order; those dated after `on` are ignored). Penalties:
// an instalment is late from dueOn + graceDays + 1 while not settled; "once" charges one
// penalty, "per period" one per period begun since dueOn + graceDays, up to the day it was
// settled (or `on`); fixed = amount, percent = round(total × bp ÷ 10000) to the unit.
LoanPosition loanPosition(const std::vector<Instalment>& schedule, const PenaltyRule& penalty,
                          const std::vector<LoanAllocation>& paid, Date on, std::int64_t roundingUnit);

// Allocates a repayment of `amount` made on position.on: penalties (oldest instalment first),
// then interest due, then principal due (oldest first), then principal of later instalments
// (oldest first: early repayment). Refused (ValidationError, field "amount") when not above
// zero (`loan.amount_not_positive`), not a multiple of the unit (`loan.amount_unit`), or
// above payoff() (`loan.overpaid`, naming the payoff).
std::vector<LoanAllocation> allocateRepayment(const LoanPosition& position, std::int64_t amount,
                                              std::int64_t roundingUnit, const Currency* currency = nullptr);

// A rescheduling on position.on: refused (ValidationError) while penalties or interest are
// due (`loan.reschedule_unpaid`: they are paid first, so nothing already owed is forgiven) or
// when nothing is outstanding (`loan.nothing_outstanding`). Every old instalment shrinks to
// what was paid on it (instalments with nothing paid are dropped), and all principal
// outstanding is planned again by `request` (its principal is set to it; numbering continues
// after the last old instalment). A top-up adds `topUp` (≥ 0) to the principal planned again.
// Returns the whole new schedule, old lines first.
std::vector<Instalment> reschedule(const LoanPosition& position, ScheduleRequest request, std::int64_t topUp = 0);

} // namespace tontine
