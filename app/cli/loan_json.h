#pragma once
// The --json documents of the loan, guarantee and portfolio verbs. Amounts are integers in
// minor units, rates and percentages in basis points. Formatting only: core decides every number.

#include "app/cli/json_writer.h"
#include "core/book/book.h"

#include <vector>

namespace tontine::cli {

// The fund's loan rules (fields of the enclosing object).
void loanRulesJson(JsonWriter& j, const Book& book, const LoanRules& rules);
// One product as an object.
void loanProductJson(JsonWriter& j, const LoanProduct& product);
// "schedule": the instalments (number, dueOn, principal, interest, total).
void scheduleJson(JsonWriter& j, const std::string& name, const std::vector<Instalment>& schedule);
// "allocations": every repayment line.
void allocationsJson(JsonWriter& j, const std::vector<LoanAllocation>& lines);
// "position": outstanding, due today, payoff, days late, and every instalment's paid and left.
void positionJson(JsonWriter& j, const LoanPosition& position);
// One loan's terms and state (fields of the enclosing object), with names.
void loanJson(JsonWriter& j, const Book& book, const Loan& loan);
// The whole of `loan show --json`: the loan, its custom lines, guarantors with pledge and
// held on `on`, schedule, position (null before disbursement), allocations, debts to guarantors.
void loanShowJson(JsonWriter& j, const Book& book, const Loan& loan, Date on);
// "problems": field (as the option typed), code, text.
void loanProblemsJson(JsonWriter& j, const Problems& problems);
// One group guarantee as an object.
void guaranteeJson(JsonWriter& j, const Book& book, const GroupGuarantee& guarantee, Date on);
// The portfolio (fields of the enclosing object).
void portfolioJson(JsonWriter& j, const Portfolio& portfolio);

} // namespace tontine::cli
