#include "core/loans/loan_request.h"

#include "core/loans/loan_support.h"
#include "core/money/money.h"

#include <algorithm>

namespace tontine {

using loans::addProblem;

namespace {

constexpr std::size_t kMaxPurposeLength = 100;
constexpr std::int64_t kBasis = 10000;

const LoanMemberStanding* standingOf(const LoanCheckInput& input, MemberId member)
{
    for (const LoanMemberStanding& s : input.standings)
        if (s.member == member)
            return &s;
    return nullptr;
}

template <typename T>
bool listedBefore(const std::vector<T>& list, std::size_t i, MemberId member, MemberId T::*field)
{
    for (std::size_t j = 0; j < i; ++j)
        if (list[j].*field == member)
            return true;
    return false;
}

// The schedule's own checks, less the ones `loan.custom_method` says better for a request.
void checkSchedule(Problems& problems, const LoanRequest& request, const LoanCheckInput& input)
{
    ScheduleRequest s;
    s.principal = request.principal;
    s.rateBasisPoints = input.product.rateBasisPoints;
    s.method = input.product.method;
    s.termMonths = request.termMonths;
    s.start = request.date;
    s.custom = request.custom;
    s.roundingUnit = loans::unitOr1(input.roundingUnit);
    for (Problem& p : checkScheduleRequest(s, input.currency))
        if (p.code != "schedule.custom_missing" && p.code != "schedule.custom_unexpected")
            problems.push_back(std::move(p));

    const LoanProduct& product = input.product;
    const bool custom = product.method == LoanMethod::Custom;
    if (custom == request.custom.empty())
        addProblem(problems, "custom", "loan.custom_method",
                   custom ? "The product \"" + product.name + "\" repays on dates the borrower chooses: list them"
                          : "The product \"" + product.name + "\" repays " + loanMethodCode(product.method) +
                                " over a term in months, not on a list of dates",
                   {loanMethodCode(product.method)});
    if (!custom) {
        const int term = request.termMonths;
        if (term >= 1 && (term < product.minTermMonths || term > product.maxTermMonths))
            addProblem(problems, "termMonths", "loan.term_range",
                       "The product \"" + product.name + "\" lends for " + std::to_string(product.minTermMonths) +
                           " to " + std::to_string(product.maxTermMonths) + " months, not " + std::to_string(term),
                       {std::to_string(product.minTermMonths), std::to_string(product.maxTermMonths),
                        std::to_string(term)});
    } else if (!request.custom.empty()) {
        const Date last = request.custom.back().dueOn;
        const Date limit = request.date.addMonths(product.maxTermMonths);
        if (limit < last)
            addProblem(problems, "custom", "loan.term_range",
                       "The product \"" + product.name + "\" lends for at most " +
                           std::to_string(product.maxTermMonths) + " months: the last instalment is due by " +
                           limit.iso() + ", not " + last.iso(),
                       {std::to_string(product.maxTermMonths), limit.iso(), last.iso()});
    }
}

void checkBorrower(Problems& problems, const LoanRequest& request, const LoanCheckInput& input)
{
    const std::string number = std::to_string(request.borrower);
    const LoanMemberStanding* s = standingOf(input, request.borrower);
    if (!s) {
        addProblem(problems, "borrower", "loan.unknown_member", "Member " + number + " is not a member of the fund",
                   {number});
        return;
    }
    if (!s->active)
        addProblem(problems, "borrower", "loan.borrower_inactive",
                   "Member " + number + " has left the fund and cannot borrow", {number});
    if (s->daysLate > input.rules.maxDaysLateToBorrow)
        addProblem(problems, "borrower", "loan.borrower_late",
                   "Member " + number + " is " + std::to_string(s->daysLate) + " days late; a borrower may be " +
                       std::to_string(input.rules.maxDaysLateToBorrow) + " days late at most",
                   {number, std::to_string(s->daysLate), std::to_string(input.rules.maxDaysLateToBorrow)});
    const std::optional<std::int64_t> limit = loanLimit(input.product, s->savings, input.roundingUnit);
    if (limit && request.principal > 0 && checkedAdd(s->loansOutstanding, request.principal) > *limit) {
        const Currency* c = input.currency;
        addProblem(problems, "principal", "loan.above_limit",
                   "Member " + number + " may owe at most " + formatAmount(*limit, c) + " (savings " +
                       formatAmount(s->savings, c) + "); with " + formatAmount(s->loansOutstanding, c) +
                       " already owed, a loan of " + formatAmount(request.principal, c) + " is too much",
                   {number, std::to_string(*limit), std::to_string(s->savings), std::to_string(s->loansOutstanding),
                    std::to_string(request.principal)});
    }
}

void checkGuarantors(Problems& problems, const LoanRequest& request, const LoanCheckInput& input)
{
    const std::int64_t unit = loans::unitOr1(input.roundingUnit);
    const Currency* c = input.currency;
    const std::int64_t minimum = minimumPledge(input.product, std::max<std::int64_t>(request.principal, 0), unit);
    int counted = 0;
    for (std::size_t i = 0; i < request.guarantors.size(); ++i) {
        const GuarantorPledge& g = request.guarantors[i];
        const std::string number = std::to_string(g.guarantor);
        if (listedBefore(request.guarantors, i, g.guarantor, &GuarantorPledge::guarantor)) {
            addProblem(problems, "guarantors", "loan.duplicate_guarantor",
                       "Member " + number + " is listed twice as a guarantor", {number});
            continue;
        }
        if (g.guarantor == request.borrower) {
            addProblem(problems, "guarantors", "loan.self_guarantee",
                       "Member " + number + " cannot guarantee their own loan", {number});
            continue;
        }
        const LoanMemberStanding* s = standingOf(input, g.guarantor);
        if (!s) {
            addProblem(problems, "guarantors", "loan.unknown_member",
                       "Member " + number + " is not a member of the fund", {number});
            continue;
        }
        bool good = true;
        if (!s->active) {
            addProblem(problems, "guarantors", "loan.guarantor_inactive",
                       "Member " + number + " has left the fund and cannot guarantee a loan", {number});
            good = false;
        }
        if (g.pledge <= 0) {
            addProblem(problems, "guarantors", "loan.pledge_not_positive",
                       "Member " + number + "'s pledge must be more than zero, not " + formatAmount(g.pledge, c),
                       {number, std::to_string(g.pledge)});
            continue;
        }
        if (g.pledge % unit != 0)
            addProblem(problems, "guarantors", "loan.pledge_unit",
                       "Member " + number + "'s pledge (" + formatAmount(g.pledge, c) +
                           ") must be a whole multiple of the rounding unit " + formatAmount(unit, c),
                       {number, std::to_string(g.pledge), std::to_string(unit)});
        if (g.pledge < minimum)
            addProblem(problems, "guarantors", "loan.pledge_below_min",
                       "Each guarantor pledges at least " + formatAmount(minimum, c) + "; member " + number +
                           " pledges " + formatAmount(g.pledge, c),
                       {number, std::to_string(minimum), std::to_string(g.pledge)});
        // (held + pledge) × 100 <= savings × exposure, compared exactly.
        const __int128 wanted = (static_cast<__int128>(s->pledgesHeld) + g.pledge) * 100;
        const __int128 allowed = static_cast<__int128>(std::max<std::int64_t>(s->savings, 0)) *
                                 input.rules.guarantorExposurePercent;
        if (wanted > allowed) {
            const std::int64_t mayStill = pledgeRoom(input.rules, *s, unit);
            addProblem(problems, "guarantors", "loan.guarantor_exposure",
                       "Member " + number + " may still pledge " + formatAmount(mayStill, c) + " (savings " +
                           formatAmount(s->savings, c) + ", already pledged " + formatAmount(s->pledgesHeld, c) +
                           "), not " + formatAmount(g.pledge, c),
                       {number, std::to_string(mayStill), std::to_string(g.pledge)});
        }
        if (good)
            ++counted;
    }
    if (counted < input.product.guarantorsRequired)
        addProblem(problems, "guarantors", "loan.guarantors_missing",
                   "The product \"" + input.product.name + "\" needs " + std::to_string(input.product.guarantorsRequired) +
                       (input.product.guarantorsRequired == 1 ? " guarantor, " : " guarantors, ") +
                       std::to_string(counted) + (counted == 1 ? " was" : " were") + " given",
                   {std::to_string(input.product.guarantorsRequired), std::to_string(counted)});
}

} // namespace

std::int64_t minimumPledge(const LoanProduct& product, std::int64_t principal, std::int64_t roundingUnit)
{
    if (principal <= 0 || product.pledgeBasisPoints <= 0)
        return 0;
    return loans::ceiledShare(principal, product.pledgeBasisPoints, kBasis, loans::unitOr1(roundingUnit));
}

std::int64_t pledgeRoom(const LoanRules& rules, const LoanMemberStanding& standing, std::int64_t roundingUnit)
{
    const std::int64_t cap = loans::flooredShare(std::max<std::int64_t>(standing.savings, 0),
                                                 std::max(rules.guarantorExposurePercent, 0), 100,
                                                 loans::unitOr1(roundingUnit));
    return std::max<std::int64_t>(checkedSub(cap, standing.pledgesHeld), 0);
}

std::optional<std::int64_t> loanLimit(const LoanProduct& product, std::int64_t savings, std::int64_t roundingUnit)
{
    std::optional<std::int64_t> limit;
    if (product.savingsMultiplePercent > 0)
        limit = loans::flooredShare(std::max<std::int64_t>(savings, 0), product.savingsMultiplePercent, 100,
                                    loans::unitOr1(roundingUnit));
    if (product.maxAmount > 0)
        limit = limit ? std::min(*limit, product.maxAmount) : product.maxAmount;
    return limit;
}

Problems checkLoanRequest(const LoanRequest& request, const LoanCheckInput& input)
{
    Problems problems;
    if (!input.product.active)
        addProblem(problems, "product", "loan.product_inactive",
                   "The product \"" + input.product.name + "\" takes no new loans", {input.product.name});
    checkSchedule(problems, request, input);
    loans::checkText(problems, "purpose", "The loan's purpose", request.purpose, kMaxPurposeLength);
    checkBorrower(problems, request, input);
    checkGuarantors(problems, request, input);
    return problems;
}

Problems checkApprovals(const LoanRules& rules, MemberId borrower, const std::vector<MemberId>& approvers)
{
    Problems problems;
    int counted = 0;
    for (std::size_t i = 0; i < approvers.size(); ++i) {
        const MemberId a = approvers[i];
        const std::string number = std::to_string(a);
        if (std::find(approvers.begin(), approvers.begin() + static_cast<std::ptrdiff_t>(i), a) !=
            approvers.begin() + static_cast<std::ptrdiff_t>(i)) {
            addProblem(problems, "approvers", "loan.duplicate_approver",
                       "Member " + number + " is listed twice as an approver; each approval counts once", {number});
            continue;
        }
        if (a == borrower) {
            addProblem(problems, "approvers", "loan.self_approval",
                       "Member " + number + " cannot approve a decision about their own loan or guarantee", {number});
            continue;
        }
        if (!rules.committee.empty() && std::find(rules.committee.begin(), rules.committee.end(), a) == rules.committee.end()) {
            addProblem(problems, "approvers", "loan.approver_not_committee",
                       "Member " + number + " is not on the loan committee", {number});
            continue;
        }
        ++counted;
    }
    if (counted < rules.approvalsRequired)
        addProblem(problems, "approvers", "loan.approvals_missing",
                   std::to_string(rules.approvalsRequired) + " committee approvals are needed, " +
                       std::to_string(counted) + (counted == 1 ? " was" : " were") + " given",
                   {std::to_string(rules.approvalsRequired), std::to_string(counted)});
    return problems;
}

} // namespace tontine
