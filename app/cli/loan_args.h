#pragma once
// The arguments the loan, guarantee and portfolio verbs parse: loan and guarantee ids, members
// by number or name, percentages with at most two decimals, custom schedules, guarantors; and
// core's field names as the options people typed. Parsing only: it never writes.

#include "app/cli/savings_text.h"
#include "core/book/book.h"

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

// "2026-06-30:50000,2026-09-30:50000": a custom schedule's dates and principal amounts.
std::vector<CustomInstalment> customArg(const std::string& text, const Currency& currency, const std::string& option);
// "--guarantor M[:PLEDGE]" values; a guarantor without a pledge pledges `defaultPledge`.
std::vector<GuarantorPledge> guarantorArgs(const Book& book, const std::vector<std::string>& values,
                                           const Currency& currency, std::int64_t defaultPledge);

} // namespace tontine::cli
