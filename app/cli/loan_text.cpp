// Wording of the loan, guarantee and portfolio verbs (loan_text.h).
#include "app/cli/loan_text.h"

#include "app/cli/cli_context.h"
#include "app/cli/meeting_text.h"
#include "app/cli/problem_text.h"
#include "app/cli/rotation_text.h"
#include "app/cli/text_table.h"
#include "core/error/errors.h"

#include <ostream>

namespace tontine::cli {

std::string percentText(std::int64_t bp)
{
    const std::string sign = bp < 0 ? "-" : "";
    const std::int64_t a = bp < 0 ? -bp : bp;
    std::string text = sign + std::to_string(a / 100);
    if (a % 100 != 0) {
        std::string frac = std::to_string(a % 100 + 100).substr(1);
        if (frac.back() == '0')
            frac.pop_back();
        text += "." + frac;
    }
    return text + "%";
}

std::string percentText2(std::int64_t bp)
{
    const std::string sign = bp < 0 ? "-" : "";
    const std::int64_t a = bp < 0 ? -bp : bp;
    return sign + std::to_string(a / 100) + "." + std::to_string(a % 100 + 100).substr(1) + "%";
}

std::string methodText(LoanMethod method)
{
    switch (method) {
    case LoanMethod::Flat: return "flat (interest on the original principal)";
    case LoanMethod::Declining: return "declining balance, equal principal";
    case LoanMethod::Annuity: return "declining balance, equal instalments (annuity)";
    case LoanMethod::Custom: return "custom dates, interest on what is left";
    }
    return loanMethodCode(method);
}

std::string penaltyText(const PenaltyRule& p, const Currency& currency)
{
    if (p.kind == PenaltyRule::Kind::None)
        return "none";
    std::string text = p.kind == PenaltyRule::Kind::Fixed
                           ? amountText(p.amount, currency) + " " + std::string(currency.code)
                           : percentText(p.basisPoints) + " of the instalment";
    text += p.perPeriod ? ", again every " + std::to_string(p.periodDays) + " days late" : ", once";
    if (p.graceDays > 0)
        text += ", after " + std::to_string(p.graceDays) + (p.graceDays == 1 ? " day" : " days") + " of grace";
    return text;
}

std::string productFields(const LoanProduct& p, const Currency& currency)
{
    FieldList f;
    f.add("Product", std::to_string(p.id) + " \"" + p.name + "\"");
    f.add("Interest", percentText(p.rateBasisPoints) + " a month, " + methodText(p.method));
    f.add("Term", p.minTermMonths == p.maxTermMonths
                      ? std::to_string(p.maxTermMonths) + " months"
                      : std::to_string(p.minTermMonths) + " to " + std::to_string(p.maxTermMonths) + " months");
    std::string limit;
    if (p.savingsMultiplePercent > 0)
        limit = percentText(p.savingsMultiplePercent * 100LL) + " of savings";
    if (p.maxAmount > 0)
        limit += (limit.empty() ? "" : ", ") + std::string("at most ") + amountText(p.maxAmount, currency) + " "
                 + std::string(currency.code);
    f.add("Largest loan", limit.empty() ? "no limit" : limit);
    f.add("Guarantors", p.guarantorsRequired == 0
                            ? "none required"
                            : std::to_string(p.guarantorsRequired) + ", each pledging at least "
                                  + percentText(p.pledgeBasisPoints) + " of the principal");
    f.add("Late penalty", penaltyText(p.penalty, currency));
    f.add("Top-up", p.topUpAllowed ? "after " + std::to_string(p.topUpMinRepaidPercent) + "% of the principal is repaid"
                                   : "no");
    f.add("Active", yesNo(p.active));
    return f.render();
}

std::string rulesFields(const Book& book, const LoanRules& rules)
{
    FieldList f;
    f.add("Committee", rules.committee.empty() ? "not named (any member but the borrower approves)"
                                               : membersText(book, rules.committee));
    f.add("Approvals needed", std::to_string(rules.approvalsRequired));
    f.add("Borrowers late", rules.maxDaysLateToBorrow == 0
                                ? "may not borrow"
                                : "may borrow up to " + std::to_string(rules.maxDaysLateToBorrow) + " days late");
    f.add("Guarantor exposure", "pledges up to " + std::to_string(rules.guarantorExposurePercent)
                                    + "% of the guarantor's savings");
    return f.render();
}

std::string loanTermsText(const Loan& loan, const Currency& currency)
{
    std::string text = amountText(loan.principal, currency) + " " + std::string(currency.code);
    // After a rescheduling the original term no longer describes the loan: its schedule does.
    if (loan.scheduleVersion > 1)
        text += ", rescheduled (schedule version " + std::to_string(loan.scheduleVersion) + "),";
    else if (loan.product.method == LoanMethod::Custom)
        text += " in " + std::to_string(loan.custom.size()) + " custom instalments";
    else
        text += " over " + std::to_string(loan.termMonths) + (loan.termMonths == 1 ? " month" : " months");
    return text + " at " + percentText(loan.product.rateBasisPoints) + " a month ("
           + loanMethodCode(loan.product.method) + ")";
}

std::string scheduleTable(const std::vector<Instalment>& schedule, const Currency& currency)
{
    // "Principal left" reads down a plan paid in date order. A rescheduled schedule keeps its
    // old lines (what was paid, some of it early) before the new ones, so there it would lie.
    bool inDateOrder = true;
    for (std::size_t i = 1; i < schedule.size(); ++i)
        inDateOrder = inDateOrder && schedule[i - 1].dueOn < schedule[i].dueOn;
    std::vector<TextTable::Column> columns = {{"No", TextTable::Align::Right},
                                              {"Due"},
                                              {"Principal", TextTable::Align::Right},
                                              {"Interest", TextTable::Align::Right},
                                              {"Total", TextTable::Align::Right}};
    if (inDateOrder)
        columns.push_back({"Principal left", TextTable::Align::Right});
    TextTable t(columns);
    std::int64_t left = schedulePrincipal(schedule);
    for (const auto& i : schedule) {
        left -= i.principal;
        std::vector<std::string> row = {std::to_string(i.number), i.dueOn.iso(), amountText(i.principal, currency),
                                        amountText(i.interest, currency), amountText(i.total(), currency)};
        if (inDateOrder)
            row.push_back(amountText(left, currency));
        t.addRow(row);
    }
    const std::int64_t principal = schedulePrincipal(schedule);
    const std::int64_t interest = scheduleInterest(schedule);
    std::vector<std::string> total = {"", "Total", amountText(principal, currency), amountText(interest, currency),
                                      amountText(principal + interest, currency)};
    if (inDateOrder)
        total.push_back("");
    t.addRow(total);
    return t.render();
}

std::string positionTable(const LoanPosition& position, const Currency& currency)
{
    TextTable t({{"No", TextTable::Align::Right},
                 {"Due"},
                 {"Principal", TextTable::Align::Right},
                 {"Interest", TextTable::Align::Right},
                 {"Penalty", TextTable::Align::Right},
                 {"Paid", TextTable::Align::Right},
                 {"Left", TextTable::Align::Right},
                 {"State"}});
    for (const auto& s : position.instalments) {
        const std::int64_t paid = s.principalPaid + s.interestPaid + s.penaltyPaid;
        const std::int64_t left = s.principalLeft() + s.interestLeft() + s.penaltyLeft();
        std::string state;
        if (s.settledOn)
            state = "paid " + s.settledOn->iso();
        else if (s.daysLate > 0)
            state = std::to_string(s.daysLate) + (s.daysLate == 1 ? " day late" : " days late");
        else if (s.isDue(position.on))
            state = "due";
        t.addRow({std::to_string(s.instalment.number), s.instalment.dueOn.iso(),
                  amountText(s.instalment.principal, currency), amountText(s.instalment.interest, currency),
                  amountText(s.penaltyCharged, currency), amountText(paid, currency), amountText(left, currency),
                  state});
    }
    return t.render();
}

std::string positionFields(const LoanPosition& p, const Currency& currency)
{
    FieldList f;
    f.add("Principal outstanding", amountText(p.principalOutstanding, currency));
    f.add("Interest due", amountText(p.interestDue, currency));
    f.add("Penalties due", amountText(p.penaltiesDue, currency));
    f.add("Due today", amountText(p.dueToday(), currency) + " (to be up to date)");
    f.add("Payoff", amountText(p.payoff(), currency) + " (the most a repayment may be today)");
    f.add("Days late", std::to_string(p.daysLate));
    return f.render();
}

std::string allocationTable(const std::vector<LoanAllocation>& lines, const Currency& currency)
{
    TextTable t({{"Date"},
                 {"No", TextTable::Align::Right},
                 {"Penalty", TextTable::Align::Right},
                 {"Interest", TextTable::Align::Right},
                 {"Principal", TextTable::Align::Right},
                 {"Total", TextTable::Align::Right}});
    LoanAllocation sum;
    for (const auto& a : lines) {
        t.addRow({a.date.iso(), std::to_string(a.instalment), amountText(a.penalty, currency),
                  amountText(a.interest, currency), amountText(a.principal, currency), amountText(a.total(), currency)});
        sum.penalty += a.penalty;
        sum.interest += a.interest;
        sum.principal += a.principal;
    }
    t.addRow({"Total", "", amountText(sum.penalty, currency), amountText(sum.interest, currency),
              amountText(sum.principal, currency), amountText(sum.total(), currency)});
    return t.render();
}

void printProblems(std::ostream& out, const Problems& problems)
{
    const ValidationError named = forPeople(ValidationError(problems), loanFields);
    for (const auto& p : named.problems())
        out << "  " << problemText(p) << "\n";
}

} // namespace tontine::cli
