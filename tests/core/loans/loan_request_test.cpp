// A loan request against every rule: the product, the borrower's standing, the guarantors
// and their exposure; and the committee's approvals.
#include "core/loans/loan_request.h"
#include "core/money/currency.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

using namespace tontine;

namespace {

Date d(int y, int m, int day) { return Date::fromYmd(y, m, day); }

LoanCheckInput input()
{
    LoanCheckInput in;
    in.product.id = 1;
    in.product.name = "Ordinary loan";
    in.product.rateBasisPoints = 100;
    in.product.method = LoanMethod::Declining;
    in.product.minTermMonths = 3;
    in.product.maxTermMonths = 12;
    in.product.savingsMultiplePercent = 300;
    in.product.maxAmount = 500000;
    in.product.guarantorsRequired = 2;
    in.product.pledgeBasisPoints = 5000;
    in.rules.committee = {1, 2, 3};
    in.rules.approvalsRequired = 2;
    in.rules.maxDaysLateToBorrow = 0;
    in.rules.guarantorExposurePercent = 100;
    // Borrower 5 saved 50 000; guarantor 6 saved 80 000; guarantor 7 saved 100 000 and
    // already stands behind 20 000 of another loan.
    in.standings = {
        {5, true, 50000, 0, 0, 0},
        {6, true, 80000, 0, 0, 0},
        {7, true, 100000, 0, 0, 20000},
        {8, false, 90000, 0, 0, 0},
    };
    return in;
}

LoanRequest request()
{
    LoanRequest r;
    r.borrower = 5;
    r.product = 1;
    r.principal = 100000;
    r.termMonths = 6;
    r.purpose = "Trade";
    r.guarantors = {{6, 50000}, {7, 50000}};
    r.date = d(2026, 3, 7);
    return r;
}

std::optional<Problem> find(const Problems& problems, const std::string& code)
{
    for (const Problem& p : problems)
        if (p.code == code)
            return p;
    return std::nullopt;
}

LoanMemberStanding& standing(LoanCheckInput& in, MemberId m)
{
    return *std::find_if(in.standings.begin(), in.standings.end(),
                         [&](const LoanMemberStanding& s) { return s.member == m; });
}

} // namespace

TEST_CASE("loans: a request within every rule passes", "[loans]")
{
    CHECK(checkLoanRequest(request(), input()).empty());
    // The limits exactly: 150 000 is three times the savings, each pledge exactly half.
    LoanRequest r = request();
    r.principal = 150000;
    r.guarantors = {{6, 75000}, {7, 80000}};
    CHECK(checkLoanRequest(r, input()).empty());
}

TEST_CASE("loans: minimum pledge rounds up and the loan limit rounds down to the unit", "[loans]")
{
    LoanProduct p = input().product;
    CHECK(minimumPledge(p, 100000, 1) == 50000);
    CHECK(minimumPledge(p, 100001, 1) == 50001); // 50 000.5 rounds up
    CHECK(minimumPledge(p, 100010, 25) == 50025); // 50 005 up to a unit of 25
    p.pledgeBasisPoints = 0;
    CHECK(minimumPledge(p, 100000, 1) == 0);
    p = input().product;
    CHECK(loanLimit(p, 50000, 1) == 150000);
    CHECK(loanLimit(p, 50010, 25) == 150025); // 150 030 down to 25
    CHECK(loanLimit(p, 400000, 1) == 500000); // capped
    CHECK(loanLimit(p, 0, 1) == 0);
    p.maxAmount = 0;
    CHECK(loanLimit(p, 400000, 1) == 1200000);
    p.savingsMultiplePercent = 0;
    CHECK_FALSE(loanLimit(p, 400000, 1));
    p.maxAmount = 70000;
    CHECK(loanLimit(p, 0, 1) == 70000);
}

TEST_CASE("loans: a request above the savings multiple or the product's cap is refused", "[loans]")
{
    const Currency& xof = currencyByCode("XOF");
    LoanCheckInput in = input();
    in.currency = &xof;
    LoanRequest r = request();
    r.principal = 150001;
    r.guarantors = {{6, 80000}, {7, 80000}};
    std::optional<Problem> p = find(checkLoanRequest(r, in), "loan.above_limit");
    REQUIRE(p);
    CHECK(p->field == "principal");
    CHECK(p->args == std::vector<std::string>{"5", "150000", "50000", "0", "150001"});
    CHECK(p->text == "Member 5 may owe at most 150000 XOF (savings 50000 XOF); with 0 XOF already owed, a loan of "
                     "150001 XOF is too much");
    // Loans already outstanding count against the limit.
    standing(in, 5).loansOutstanding = 60000;
    r = request();
    CHECK(find(checkLoanRequest(r, in), "loan.above_limit"));
    standing(in, 5).loansOutstanding = 50000;
    CHECK_FALSE(find(checkLoanRequest(r, in), "loan.above_limit"));
    // The cap, when the savings would allow more.
    standing(in, 5) = {5, true, 1000000, 0, 0, 0};
    r.principal = 500001;
    CHECK(find(checkLoanRequest(r, in), "loan.above_limit"));
}

TEST_CASE("loans: a guarantor beyond their exposure is refused, naming what they may still pledge", "[loans]")
{
    LoanCheckInput in = input();
    LoanRequest r = request();
    r.guarantors = {{6, 50000}, {7, 80001}};
    std::optional<Problem> p = find(checkLoanRequest(r, in), "loan.guarantor_exposure");
    REQUIRE(p);
    CHECK(p->field == "guarantors");
    CHECK(p->args == std::vector<std::string>{"7", "80000", "80001"});
    CHECK(p->text == "Member 7 may still pledge 80000 (savings 100000, already pledged 20000), not 80001");
    // A lower exposure percentage lowers what may be pledged: 50 % of 100 000 − 20 000.
    in.rules.guarantorExposurePercent = 50;
    in.product.pledgeBasisPoints = 0;
    r.guarantors = {{6, 40000}, {7, 50000}};
    p = find(checkLoanRequest(r, in), "loan.guarantor_exposure");
    REQUIRE(p);
    CHECK(p->args == std::vector<std::string>{"7", "30000", "50000"});
    // Guarantor 6 at exactly 50 % of 80 000 − nothing held: 40 000 passes, 40 001 does not.
    r.principal = 80000;
    r.guarantors = {{6, 40000}, {7, 30000}};
    CHECK(checkLoanRequest(r, in).empty());
    r.guarantors = {{6, 40001}, {7, 30000}};
    CHECK(find(checkLoanRequest(r, in), "loan.guarantor_exposure"));
}

TEST_CASE("loans: the borrower cannot be their own guarantor, and each guarantor counts once", "[loans]")
{
    LoanRequest r = request();
    r.guarantors = {{5, 50000}, {6, 50000}, {6, 50000}};
    const Problems problems = checkLoanRequest(r, input());
    CHECK(find(problems, "loan.self_guarantee"));
    CHECK(find(problems, "loan.duplicate_guarantor"));
    const std::optional<Problem> missing = find(problems, "loan.guarantors_missing");
    REQUIRE(missing);
    CHECK(missing->args == std::vector<std::string>{"2", "1"});
}

TEST_CASE("loans: too few guarantors, pledges below the minimum, inactive or unknown guarantors are refused", "[loans]")
{
    LoanRequest r = request();
    r.guarantors = {{6, 49999}};
    Problems problems = checkLoanRequest(r, input());
    std::optional<Problem> p = find(problems, "loan.pledge_below_min");
    REQUIRE(p);
    CHECK(p->args == std::vector<std::string>{"6", "50000", "49999"});
    CHECK(find(problems, "loan.guarantors_missing"));
    r.guarantors = {{6, 50000}, {8, 50000}, {99, 50000}, {7, 0}};
    problems = checkLoanRequest(r, input());
    CHECK(find(problems, "loan.guarantor_inactive"));
    CHECK(find(problems, "loan.unknown_member"));
    CHECK(find(problems, "loan.pledge_not_positive"));
    CHECK(find(problems, "loan.guarantors_missing")->args == std::vector<std::string>{"2", "1"});
    LoanCheckInput in = input();
    in.roundingUnit = 25;
    r.guarantors = {{6, 50010}, {7, 50000}};
    CHECK(find(checkLoanRequest(r, in), "loan.pledge_unit"));
    // A product that needs no guarantor.
    in = input();
    in.product.guarantorsRequired = 0;
    r.guarantors = {};
    CHECK(checkLoanRequest(r, in).empty());
}

TEST_CASE("loans: a borrower late beyond the rule, inactive or unknown is refused", "[loans]")
{
    LoanCheckInput in = input();
    standing(in, 5).daysLate = 1;
    std::optional<Problem> p = find(checkLoanRequest(request(), in), "loan.borrower_late");
    REQUIRE(p);
    CHECK(p->field == "borrower");
    CHECK(p->args == std::vector<std::string>{"5", "1", "0"});
    in.rules.maxDaysLateToBorrow = 7;
    standing(in, 5).daysLate = 7;
    CHECK(checkLoanRequest(request(), in).empty());
    standing(in, 5).daysLate = 8;
    CHECK(find(checkLoanRequest(request(), in), "loan.borrower_late"));
    in = input();
    standing(in, 5).active = false;
    CHECK(find(checkLoanRequest(request(), in), "loan.borrower_inactive"));
    LoanRequest r = request();
    r.borrower = 42;
    p = find(checkLoanRequest(r, input()), "loan.unknown_member");
    REQUIRE(p);
    CHECK(p->field == "borrower");
}

TEST_CASE("loans: the product, its term, its method and the purpose are checked", "[loans]")
{
    LoanCheckInput in = input();
    in.product.active = false;
    CHECK(find(checkLoanRequest(request(), in), "loan.product_inactive"));
    LoanRequest r = request();
    r.termMonths = 2;
    std::optional<Problem> p = find(checkLoanRequest(r, input()), "loan.term_range");
    REQUIRE(p);
    CHECK(p->field == "termMonths");
    CHECK(p->args == std::vector<std::string>{"3", "12", "2"});
    r.termMonths = 13;
    CHECK(find(checkLoanRequest(r, input()), "loan.term_range"));
    r.termMonths = 0; // the schedule's own check says it
    CHECK(find(checkLoanRequest(r, input()), "schedule.term_range"));
    CHECK_FALSE(find(checkLoanRequest(r, input()), "loan.term_range"));
    r = request();
    r.custom = {{d(2026, 9, 7), 100000}};
    CHECK(find(checkLoanRequest(r, input()), "loan.custom_method"));
    CHECK_FALSE(find(checkLoanRequest(r, input()), "schedule.custom_unexpected"));

    in = input();
    in.product.method = LoanMethod::Custom;
    in.product.maxTermMonths = 6;
    r = request();
    r.termMonths = 0;
    CHECK(find(checkLoanRequest(r, in), "loan.custom_method"));
    r.custom = {{d(2026, 9, 7), 100000}}; // exactly 6 months
    CHECK(checkLoanRequest(r, in).empty());
    r.custom = {{d(2026, 9, 8), 100000}};
    p = find(checkLoanRequest(r, in), "loan.term_range");
    REQUIRE(p);
    CHECK(p->field == "custom");
    r.custom = {{d(2026, 6, 7), 40000}, {d(2026, 8, 7), 50000}};
    CHECK(find(checkLoanRequest(r, in), "schedule.custom_sum"));

    r = request();
    r.purpose = "";
    CHECK(find(checkLoanRequest(r, input()), "required"));
    r.purpose = std::string(101, 'x');
    CHECK(find(checkLoanRequest(r, input()), "too_long")->field == "purpose");
    r.principal = 0;
    CHECK(find(checkLoanRequest(r, input()), "schedule.principal_positive"));
}

TEST_CASE("loans: approvals need enough distinct committee members other than the borrower", "[loans]")
{
    const LoanRules rules = input().rules; // committee 1, 2, 3; two approvals
    CHECK(checkApprovals(rules, 5, {1, 3}).empty());
    Problems p = checkApprovals(rules, 5, {1});
    REQUIRE(p.size() == 1);
    CHECK(p[0].code == "loan.approvals_missing");
    CHECK(p[0].field == "approvers");
    CHECK(p[0].args == std::vector<std::string>{"2", "1"});
    p = checkApprovals(rules, 5, {1, 9});
    CHECK(find(p, "loan.approver_not_committee"));
    CHECK(find(p, "loan.approvals_missing"));
    p = checkApprovals(rules, 2, {1, 2});
    CHECK(find(p, "loan.self_approval"));
    CHECK(find(p, "loan.approvals_missing"));
    p = checkApprovals(rules, 5, {1, 1});
    CHECK(find(p, "loan.duplicate_approver"));
    CHECK(find(p, "loan.approvals_missing")->args == std::vector<std::string>{"2", "1"});
    CHECK(find(checkApprovals(rules, 5, {}), "loan.approvals_missing"));
    // No committee named: any members other than the borrower.
    const LoanRules open{{}, 2, 0, 100};
    CHECK(checkApprovals(open, 5, {9, 11}).empty());
    CHECK(find(checkApprovals(open, 5, {5, 11}), "loan.self_approval"));
}

TEST_CASE("loans: what a guarantor may still pledge is their exposure less what they hold", "[loans]")
{
    LoanRules rules = input().rules;
    CHECK(pledgeRoom(rules, {7, true, 100000, 0, 0, 20000}, 1) == 80000);
    CHECK(pledgeRoom(rules, {7, true, 100000, 0, 0, 120000}, 1) == 0); // never below zero
    rules.guarantorExposurePercent = 33;
    CHECK(pledgeRoom(rules, {7, true, 100000, 0, 0, 0}, 1) == 33000);
    CHECK(pledgeRoom(rules, {7, true, 100010, 0, 0, 0}, 25) == 33000); // 33 003.3 down to 25
    CHECK(pledgeRoom(rules, {7, true, -5, 0, 0, 0}, 1) == 0);
}
