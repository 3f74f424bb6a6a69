// Amounts in the social fund checks' problem texts are written in the fund's currency when
// the caller gives it; counts stay plain and args stay minor units.
#include "core/money/currency.h"
#include "core/social/social_grant.h"
#include "core/social/social_rules.h"

#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <vector>

using namespace tontine;

namespace {

SocialRules rulesWithCeiling()
{
    SocialRules r;
    r.approvalsRequired = 2;
    r.loansAllowed = true;
    r.loanMax = 30000;
    r.events = {{SocialEvent::Illness, false, 5000}, {SocialEvent::Birth, true, 2000}};
    return r;
}

SocialGrant grant(SocialEvent event, std::int64_t amount)
{
    SocialGrant g;
    g.event = event;
    g.beneficiary = 5;
    g.amount = amount;
    g.date = Date::fromYmd(2026, 4, 4);
    g.approvers = {1, 2};
    return g;
}

// A copy of the problem with `code`: the checks return their problems by value.
std::optional<Problem> find(const Problems& problems, const std::string& code)
{
    for (const Problem& p : problems)
        if (p.code == code)
            return p;
    return std::nullopt;
}

} // namespace

TEST_CASE("social: a grant above its ceiling in PEN names the ceiling in PEN, args stay minor units", "[social]")
{
    const Currency& pen = currencyByCode("PEN");
    const SocialFundPosition fund{100000, 0};
    const std::optional<Problem> p = find(checkGrant(rulesWithCeiling(), grant(SocialEvent::Illness, 6000), fund, 10, &pen),
                            "grant.above_ceiling");
    const std::optional<Problem> q =
        find(checkGrant(rulesWithCeiling(), grant(SocialEvent::Illness, 6000), fund, 10), "grant.above_ceiling");
    REQUIRE(p.has_value());
    REQUIRE(q.has_value());
    CHECK(p->text == "The grant for illness is at most 50.00 PEN, not 60.00 PEN");
    CHECK(q->text == "The grant for illness is at most 5000, not 6000");
    CHECK(p->args == std::vector<std::string>{"illness", "5000", "6000"});

    const std::optional<Problem> fixed = find(checkGrant(rulesWithCeiling(), grant(SocialEvent::Birth, 2500), fund, 10, &pen),
                                "grant.not_fixed_amount");
    REQUIRE(fixed.has_value());
    CHECK(fixed->text == "The grant for birth is fixed at 20.00 PEN, not 25.00 PEN");
}

TEST_CASE("social: fund, loan and rule amounts are named in the fund's currency", "[social]")
{
    const Currency& pen = currencyByCode("PEN");
    const SocialFundPosition fund{12000, 9000}; // 30.00 PEN available
    const std::optional<Problem> shortFund = find(checkGrant(rulesWithCeiling(), grant(SocialEvent::Illness, 4000), fund, 10, &pen),
                                    "social.insufficient");
    REQUIRE(shortFund.has_value());
    CHECK(shortFund->text == "The social fund has only 30.00 PEN available (balance 120.00 PEN, lent out 90.00 PEN): "
                             "a grant of 40.00 PEN cannot be paid");
    CHECK(shortFund->args == std::vector<std::string>{"3000", "4000"});

    SocialLoanRequest loan;
    loan.borrower = 5;
    loan.amount = 30005;
    loan.date = Date::fromYmd(2026, 4, 4);
    loan.dueOn = Date::fromYmd(2026, 7, 4);
    loan.approvers = {1, 2};
    const Problems loanProblems = checkSocialLoan(rulesWithCeiling(), loan, SocialFundPosition{100000, 0}, 10, &pen);
    const std::optional<Problem> aboveMax = find(loanProblems, "social_loan.above_max");
    const std::optional<Problem> unit = find(loanProblems, "social_loan.amount_unit");
    REQUIRE(aboveMax.has_value());
    REQUIRE(unit.has_value());
    CHECK(aboveMax->text == "A social loan is at most 300.00 PEN, not 300.05 PEN");
    CHECK(unit->text == "A social loan (300.05 PEN) must be a whole multiple of the rounding unit 0.10 PEN");
    CHECK(unit->args == std::vector<std::string>{"30005", "10"});

    SocialRules bad = rulesWithCeiling();
    bad.contribution = -500;
    bad.approvalsRequired = 0;
    const Problems ruleProblems = validateSocialRules(bad, 10, &pen);
    const std::optional<Problem> negative = find(ruleProblems, "social.negative_amount");
    const std::optional<Problem> approvals = find(ruleProblems, "social.approvals_range");
    REQUIRE(negative.has_value());
    REQUIRE(approvals.has_value());
    CHECK(negative->text == "The social fund contribution cannot be negative (-5.00 PEN)");
    // The number of approvals is a count, never money.
    CHECK(approvals->text == "A grant needs between 1 and 20 approvals, not 0");
}
