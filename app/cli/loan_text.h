#pragma once
// What the loan, guarantee and portfolio verbs share: the arguments they parse (loan and
// guarantee ids, members by number or name, percentages, custom schedules, guarantors) and
// how loan facts read as text (terms, schedules, positions, allocations). Parsing and wording
// only: core decides every number and it never writes.

#include "app/cli/savings_text.h"
#include "core/book/book.h"

#include <iosfwd>
#include <string>
#include <vector>

namespace tontine::cli {

// Core's field names of loans, products, rules and guarantees, as the options people typed.
extern const FieldNames loanFields;

// A member given by number ("3") or by full name ("Fatou Ndiaye", any case): the member must
// exist (ValidationError naming `option` otherwise, also when a name is not unique).
MemberId memberRef(const Book& book, const std::string& text, const std::string& option);
// "3,5" or "Aminata Fall, 5": each member once.
std::vector<MemberId> memberRefs(const Book& book, const std::string& text, const std::string& option);

// The loan or guarantee named by an ID argument, or a ValidationError naming it (exit code 1).
Loan requireLoanArg(const Book& book, const std::string& text);
GroupGuarantee requireGuaranteeArg(const Book& book, const std::string& text);
// The product named by --product (ValidationError when unknown).
LoanProduct requireProductArg(const Book& book, const std::string& text, const std::string& option);

// "1", "1.25", "0.5" (percent, at most two decimals) as basis points: 1.25 -> 125.
int percentArg(const std::string& text, const std::string& option, int maxBasisPoints = 10000);
// "1%", "1.25%" (trailing zeros dropped) and "12.34%" (always two decimals).
std::string percentText(std::int64_t basisPoints);
std::string percentText2(std::int64_t basisPoints);

// "2026-06-30:50000,2026-09-30:50000": a custom schedule's dates and principal amounts.
std::vector<CustomInstalment> customArg(const std::string& text, const Currency& currency, const std::string& option);
// "--guarantor M[:PLEDGE]" values; a guarantor without a pledge pledges `defaultPledge`.
std::vector<GuarantorPledge> guarantorArgs(const Book& book, const std::vector<std::string>& values,
                                           const Currency& currency, std::int64_t defaultPledge);

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
