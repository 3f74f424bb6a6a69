// Loan products and the fund's loan rules: codes, validation field by field, snapshots.
#include "core/loans/loan_product.h"
#include "core/money/currency.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

using namespace tontine;

namespace {

bool hasCode(const Problems& problems, const std::string& code, const std::string& field)
{
    return std::any_of(problems.begin(), problems.end(),
                       [&](const Problem& p) { return p.code == code && p.field == field; });
}

LoanProduct ordinary()
{
    LoanProduct p;
    p.id = 1;
    p.name = "Ordinary loan";
    p.rateBasisPoints = 100;
    p.method = LoanMethod::Declining;
    p.minTermMonths = 1;
    p.maxTermMonths = 12;
    p.savingsMultiplePercent = 300;
    p.maxAmount = 500000;
    p.guarantorsRequired = 2;
    p.pledgeBasisPoints = 5000;
    p.penalty.kind = PenaltyRule::Kind::Percent;
    p.penalty.basisPoints = 500;
    p.penalty.perPeriod = true;
    p.penalty.periodDays = 30;
    p.penalty.graceDays = 3;
    return p;
}

} // namespace

TEST_CASE("loans: method and penalty codes round-trip", "[loans]")
{
    for (LoanMethod m : {LoanMethod::Flat, LoanMethod::Declining, LoanMethod::Annuity, LoanMethod::Custom})
        CHECK(parseLoanMethod(loanMethodCode(m)) == m);
    CHECK(loanMethodCode(LoanMethod::Declining) == "declining");
    CHECK(loanMethodCode(LoanMethod::Annuity) == "annuity");
    CHECK_FALSE(parseLoanMethod("Flat"));
    CHECK_FALSE(parseLoanMethod(""));
    for (PenaltyRule::Kind k : {PenaltyRule::Kind::None, PenaltyRule::Kind::Fixed, PenaltyRule::Kind::Percent})
        CHECK(parsePenaltyKind(penaltyKindCode(k)) == k);
    CHECK(penaltyKindCode(PenaltyRule::Kind::Percent) == "percent");
    CHECK_FALSE(parsePenaltyKind("percentage"));
}

TEST_CASE("loans: a product is checked field by field", "[loans]")
{
    CHECK(validateLoanProduct(ordinary(), 25).empty());
    LoanProduct harvest;
    harvest.name = "Harvest loan";
    CHECK(validateLoanProduct(harvest, 1).empty());

    LoanProduct p = ordinary();
    p.name = " Ordinary";
    p.rateBasisPoints = 10001;
    p.minTermMonths = 0;
    p.maxTermMonths = 121;
    p.savingsMultiplePercent = -1;
    p.maxAmount = 500010;
    p.guarantorsRequired = 11;
    p.pledgeBasisPoints = 10001;
    p.penalty.basisPoints = 0;
    p.penalty.periodDays = 0;
    p.penalty.graceDays = -1;
    p.topUpMinRepaidPercent = 101;
    const Currency& xof = currencyByCode("XOF");
    Problems problems = validateLoanProduct(p, 25, &xof);
    CHECK(hasCode(problems, "text.untrimmed", "name"));
    CHECK(hasCode(problems, "product.rate_range", "rateBasisPoints"));
    CHECK(hasCode(problems, "product.term_range", "minTermMonths"));
    CHECK(hasCode(problems, "product.term_range", "maxTermMonths"));
    CHECK(hasCode(problems, "product.multiple_range", "savingsMultiplePercent"));
    CHECK(hasCode(problems, "product.max_amount_unit", "maxAmount"));
    CHECK(hasCode(problems, "product.guarantors_range", "guarantorsRequired"));
    CHECK(hasCode(problems, "product.pledge_range", "pledgeBasisPoints"));
    CHECK(hasCode(problems, "product.penalty_percent", "penalty.basisPoints"));
    CHECK(hasCode(problems, "product.penalty_period", "penalty.periodDays"));
    CHECK(hasCode(problems, "product.penalty_grace", "penalty.graceDays"));
    CHECK(hasCode(problems, "product.top_up_range", "topUpMinRepaidPercent"));
    const auto cap = std::find_if(problems.begin(), problems.end(),
                                  [](const Problem& q) { return q.code == "product.max_amount_unit"; });
    REQUIRE(cap != problems.end());
    CHECK(cap->text == "The largest loan (500010 XOF) must be a whole multiple of the rounding unit 25 XOF");

    p = ordinary();
    p.name = "";
    p.minTermMonths = 6;
    p.maxTermMonths = 3;
    p.maxAmount = -5;
    p.penalty = PenaltyRule{PenaltyRule::Kind::Fixed, 510, 0, false, 0, 0};
    problems = validateLoanProduct(p, 25);
    CHECK(hasCode(problems, "required", "name"));
    CHECK(hasCode(problems, "product.term_order", "minTermMonths"));
    CHECK(hasCode(problems, "product.max_amount", "maxAmount"));
    CHECK(hasCode(problems, "product.penalty_unit", "penalty.amount"));
    // A period of 0 days does not matter when the penalty is charged once.
    CHECK_FALSE(hasCode(problems, "product.penalty_period", "penalty.periodDays"));
    p.penalty.amount = 0;
    CHECK(hasCode(validateLoanProduct(p, 25), "product.penalty_amount", "penalty.amount"));
    // No penalty: its other fields are not read.
    p.penalty = PenaltyRule{PenaltyRule::Kind::None, -7, -7, true, -7, -7};
    problems = validateLoanProduct(p, 25);
    CHECK_FALSE(std::any_of(problems.begin(), problems.end(),
                            [](const Problem& q) { return q.field.rfind("penalty", 0) == 0; }));
    p.name = std::string(101, 'a');
    CHECK(hasCode(validateLoanProduct(p, 25), "too_long", "name"));
}

TEST_CASE("loans: a product's snapshot names every field and changes with each", "[loans]")
{
    const LoanProduct base = ordinary();
    const std::string text = loanProductSnapshot(base);
    CHECK(text ==
          "format=loan_product/1\nid=1\nname=Ordinary loan\nrateBasisPoints=100\nmethod=declining\nminTermMonths=1\n"
          "maxTermMonths=12\nsavingsMultiplePercent=300\nmaxAmount=500000\nguarantorsRequired=2\n"
          "pledgeBasisPoints=5000\npenalty.kind=percent\npenalty.amount=0\npenalty.basisPoints=500\n"
          "penalty.perPeriod=1\npenalty.periodDays=30\npenalty.graceDays=3\ntopUpAllowed=0\n"
          "topUpMinRepaidPercent=50\nactive=1\n");
    const std::vector<void (*)(LoanProduct&)> changes = {
        [](LoanProduct& p) { p.id = 2; },
        [](LoanProduct& p) { p.name = "Harvest"; },
        [](LoanProduct& p) { p.rateBasisPoints = 150; },
        [](LoanProduct& p) { p.method = LoanMethod::Flat; },
        [](LoanProduct& p) { p.minTermMonths = 2; },
        [](LoanProduct& p) { p.maxTermMonths = 11; },
        [](LoanProduct& p) { p.savingsMultiplePercent = 200; },
        [](LoanProduct& p) { p.maxAmount = 0; },
        [](LoanProduct& p) { p.guarantorsRequired = 1; },
        [](LoanProduct& p) { p.pledgeBasisPoints = 2500; },
        [](LoanProduct& p) { p.penalty.kind = PenaltyRule::Kind::Fixed; },
        [](LoanProduct& p) { p.penalty.amount = 5; },
        [](LoanProduct& p) { p.penalty.basisPoints = 501; },
        [](LoanProduct& p) { p.penalty.perPeriod = false; },
        [](LoanProduct& p) { p.penalty.periodDays = 7; },
        [](LoanProduct& p) { p.penalty.graceDays = 0; },
        [](LoanProduct& p) { p.topUpAllowed = true; },
        [](LoanProduct& p) { p.topUpMinRepaidPercent = 60; },
        [](LoanProduct& p) { p.active = false; },
    };
    for (auto change : changes) {
        LoanProduct p = base;
        change(p);
        CHECK(loanProductSnapshot(p) != text);
    }
}

TEST_CASE("loans: loan rules are checked, default rules, and their snapshot", "[loans]")
{
    const LoanRules defaults = defaultLoanRules();
    CHECK(defaults.committee.empty());
    CHECK(defaults.approvalsRequired == 2);
    CHECK(defaults.maxDaysLateToBorrow == 0);
    CHECK(defaults.guarantorExposurePercent == 100);
    CHECK(validateLoanRules(defaults).empty());

    LoanRules r;
    r.committee = {3, 0, 3};
    r.approvalsRequired = 4;
    r.maxDaysLateToBorrow = -1;
    r.guarantorExposurePercent = 101;
    Problems p = validateLoanRules(r);
    CHECK(hasCode(p, "loan_rules.committee_member", "committee"));
    CHECK(hasCode(p, "loan_rules.committee_twice", "committee"));
    CHECK(hasCode(p, "loan_rules.approvals_above_committee", "approvalsRequired"));
    CHECK(hasCode(p, "loan_rules.days_late_range", "maxDaysLateToBorrow"));
    CHECK(hasCode(p, "loan_rules.exposure_range", "guarantorExposurePercent"));
    r = LoanRules{{}, 0, 0, 100};
    CHECK(hasCode(validateLoanRules(r), "loan_rules.approvals_range", "approvalsRequired"));
    r = LoanRules{{}, 21, 0, 100};
    CHECK(hasCode(validateLoanRules(r), "loan_rules.approvals_range", "approvalsRequired"));
    r = LoanRules{{7, 2, 9}, 3, 30, 50};
    CHECK(validateLoanRules(r).empty());
    CHECK(loanRulesSnapshot(r) == "format=loan_rules/1\ncommittee=7,2,9\napprovalsRequired=3\nmaxDaysLateToBorrow=30\n"
                                  "guarantorExposurePercent=50\n");
    LoanRules reordered = r;
    reordered.committee = {2, 7, 9};
    CHECK(loanRulesSnapshot(reordered) != loanRulesSnapshot(r));
}
