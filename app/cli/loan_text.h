#pragma once
// How loan facts read as text for the loan, guarantee and portfolio verbs: terms, products,
// rules, schedules, positions, allocations, problems. Wording only: core decides every number
// and it never writes. The arguments they parse are in loan_args.h.

#include "app/cli/loan_args.h"
#include "core/book/book.h"

#include <iosfwd>
#include <string>
#include <vector>

namespace tontine::cli {

// "1%", "1.25%" (trailing zeros dropped) and "12.34%" (always two decimals).
std::string percentText(std::int64_t basisPoints);
std::string percentText2(std::int64_t basisPoints);

// "flat", "declining balance, equal principal", …
std::string methodText(LoanMethod method);
// "fixed 1000 XOF, once, after 3 days' grace", "none".
std::string penaltyText(const PenaltyRule& penalty, const Currency& currency);
// The product's terms, one field per line (name, rate and method, terms, limit, guarantors,
// penalty, top-up, active).
std::string productFields(const LoanProduct& product, const Currency& currency);
// The fund's loan rules, one field per line.
std::string rulesFields(const Book& book, const LoanRules& rules);
// "100000 XOF over 6 months at 1% a month (declining)" (custom: "in 3 instalments").
std::string loanTermsText(const Loan& loan, const Currency& currency);

// A schedule: instalment, due date, principal, interest, total, principal left after it; totals.
std::string scheduleTable(const std::vector<Instalment>& schedule, const Currency& currency);
// A position's instalments: what each owes, has paid and still owes, penalties, days late.
std::string positionTable(const LoanPosition& position, const Currency& currency);
// "Outstanding …" lines of a position (outstanding, due today, payoff, days late).
std::string positionFields(const LoanPosition& position, const Currency& currency);
// Allocation lines (date, instalment, penalty, interest, principal, total) with their total.
std::string allocationTable(const std::vector<LoanAllocation>& lines, const Currency& currency);

// Prints the problems, one a line, indented, with the options people typed.
void printProblems(std::ostream& out, const Problems& problems);

} // namespace tontine::cli
