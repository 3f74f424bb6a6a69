#include "core/social/social_grant.h"

#include <catch2/catch.hpp>

using namespace tontine;

namespace {

SocialRules rules()
{
    SocialRules r;
    r.contribution = 500;
    r.approvalsRequired = 2;
    r.loansAllowed = true;
    r.loanMax = 30000;
    r.events = {{SocialEvent::Illness, false, 25000}, {SocialEvent::DeathOfMember, true, 100000}};
    return r;
}

SocialGrant illness(std::int64_t amount)
{
    SocialGrant g;
    g.id = 7;
    g.event = SocialEvent::Illness;
    g.beneficiary = 5;
    g.amount = amount;
    g.date = Date::fromYmd(2026, 4, 4);
    g.note = "hospital in Thiès";
    g.approvers = {1, 2};
    return g;
}

SocialLoanRequest loan(std::int64_t amount)
{
    SocialLoanRequest l;
    l.borrower = 5;
    l.amount = amount;
    l.date = Date::fromYmd(2026, 4, 4);
    l.dueOn = Date::fromYmd(2026, 7, 4);
    l.approvers = {1, 2};
    l.note = "school fees";
    return l;
}

const SocialFundPosition kFund{120000, 20000}; // 100 000 available

std::vector<std::string> codes(const Problems& problems)
{
    std::vector<std::string> out;
    for (const Problem& p : problems) {
        CHECK_FALSE(p.text.empty());
        out.push_back(p.code);
    }
    return out;
}

using Codes = std::vector<std::string>;

} // namespace

TEST_CASE("social: a grant within its rule, approved and funded, passes", "[social]")
{
    CHECK(checkGrant(rules(), illness(25000), kFund, 25).empty());
    CHECK(checkGrant(rules(), illness(10000), kFund, 25).empty());
    SocialGrant death = illness(100000);
    death.event = SocialEvent::DeathOfMember;
    CHECK(checkGrant(rules(), death, kFund, 25).empty()); // exactly what is available
}

TEST_CASE("social: a grant outside its rule is refused", "[social]")
{
    SocialGrant g = illness(30000);
    Problems p = checkGrant(rules(), g, kFund, 25);
    CHECK(codes(p) == Codes{"grant.above_ceiling"});
    CHECK(p[0].args == std::vector<std::string>{"illness", "25000", "30000"});
    CHECK(p[0].text == "The grant for illness is at most 25000, not 30000");

    g.event = SocialEvent::DeathOfMember;
    p = checkGrant(rules(), g, kFund, 25);
    CHECK(codes(p) == Codes{"grant.not_fixed_amount"});
    CHECK(p[0].text == "The grant for death-member is fixed at 100000, not 30000");

    g.event = SocialEvent::Wedding;
    CHECK(codes(checkGrant(rules(), g, kFund, 25)) == Codes{"grant.no_rule"});
    SocialRules zero = rules();
    zero.events.push_back({SocialEvent::Wedding, false, 0});
    CHECK(codes(checkGrant(zero, g, kFund, 25)) == Codes{"grant.no_rule"});

    CHECK(codes(checkGrant(rules(), illness(10010), kFund, 25)) == Codes{"grant.amount_unit"});
    CHECK(codes(checkGrant(rules(), illness(0), kFund, 25)) == Codes{"grant.amount_positive"});
    CHECK(codes(checkGrant(rules(), illness(-500), kFund, 25)) == Codes{"grant.amount_positive"});
}

TEST_CASE("social: a grant is refused when the fund is short", "[social]")
{
    // 30 000 in the fund, 10 000 of it lent out: 20 000 can be given.
    const SocialFundPosition fund{30000, 10000};
    CHECK(checkGrant(rules(), illness(20000), fund, 25).empty());
    const Problems p = checkGrant(rules(), illness(25000), fund, 25);
    CHECK(codes(p) == Codes{"social.insufficient"});
    CHECK(p[0].field == "amount");
    CHECK(p[0].args == std::vector<std::string>{"20000", "25000"});
    CHECK(p[0].text ==
          "The social fund has only 20000 available (balance 30000, lent out 10000): a grant of 25000 cannot be paid");
    CHECK(codes(checkGrant(rules(), illness(25), SocialFundPosition{0, 0}, 25)) == Codes{"social.insufficient"});
}

TEST_CASE("social: a grant needs enough approvers other than the beneficiary", "[social]")
{
    SocialGrant g = illness(20000);
    g.approvers = {1};
    Problems p = checkGrant(rules(), g, kFund, 25);
    CHECK(codes(p) == Codes{"grant.approvals_missing"});
    CHECK(p[0].args == std::vector<std::string>{"2", "1"});
    CHECK(p[0].text == "2 committee approvals are needed, 1 was given");

    g.approvers = {1, 5}; // the beneficiary approves their own grant
    p = checkGrant(rules(), g, kFund, 25);
    CHECK(codes(p) == Codes{"grant.self_approval", "grant.approvals_missing"});
    CHECK(p[0].args == std::vector<std::string>{"5"});

    g.approvers = {1, 1}; // one person twice
    CHECK(codes(checkGrant(rules(), g, kFund, 25)) == Codes{"grant.duplicate_approver", "grant.approvals_missing"});

    g.approvers = {3, 1, 1, 5, 2};
    CHECK(codes(checkGrant(rules(), g, kFund, 25)) == Codes{"grant.duplicate_approver", "grant.self_approval"});

    g.approvers = {};
    SocialRules one = rules();
    one.approvalsRequired = 1;
    CHECK(codes(checkGrant(one, g, kFund, 25)) == Codes{"grant.approvals_missing"});
}

TEST_CASE("social: a social loan within the rules passes, others are refused", "[social]")
{
    CHECK(checkSocialLoan(rules(), loan(30000), kFund, 25).empty());

    SocialRules noLoans = rules();
    noLoans.loansAllowed = false;
    CHECK(codes(checkSocialLoan(noLoans, loan(10000), kFund, 25)) == Codes{"social_loan.not_allowed"});

    Problems p = checkSocialLoan(rules(), loan(30025), kFund, 25);
    CHECK(codes(p) == Codes{"social_loan.above_max"});
    CHECK(p[0].args == std::vector<std::string>{"30000", "30025"});

    SocialRules noMax = rules();
    noMax.loanMax = 0; // only what the fund holds
    CHECK(checkSocialLoan(noMax, loan(100000), kFund, 25).empty());
    CHECK(codes(checkSocialLoan(noMax, loan(100025), kFund, 25)) == Codes{"social.insufficient"});

    SocialLoanRequest early = loan(10000);
    early.dueOn = early.date;
    p = checkSocialLoan(rules(), early, kFund, 25);
    CHECK(codes(p) == Codes{"social_loan.due_before"});
    CHECK(p[0].field == "dueOn");

    SocialLoanRequest self = loan(10000);
    self.approvers = {5, 1};
    CHECK(codes(checkSocialLoan(rules(), self, kFund, 25)) ==
          Codes{"social_loan.self_approval", "social_loan.approvals_missing"});

    CHECK(codes(checkSocialLoan(rules(), loan(10010), kFund, 25)) == Codes{"social_loan.amount_unit"});
    CHECK(codes(checkSocialLoan(rules(), loan(0), kFund, 25)) == Codes{"social_loan.amount_positive"});
}

TEST_CASE("social: grant and loan payloads name every field", "[social]")
{
    const std::string grant = socialGrantPayload(illness(20000));
    CHECK(grant == "format=social_grant/1\n"
                   "id=7\n"
                   "event=illness\n"
                   "beneficiary=5\n"
                   "amount=20000\n"
                   "date=2026-04-04\n"
                   "note=hospital in Thiès\n"
                   "approvers=1,2\n");
    SocialGrant other = illness(20000);
    other.approvers = {2, 1};
    CHECK(socialGrantPayload(other) != grant);
    other = illness(20000);
    other.entrySeq = 99; // the paying entry cannot name itself
    CHECK(socialGrantPayload(other) == grant);

    SocialLoanRequest l = loan(15000);
    l.note = "two lines\nof note";
    CHECK(socialLoanPayload(l) == "format=social_loan/1\n"
                                  "borrower=5\n"
                                  "amount=15000\n"
                                  "date=2026-04-04\n"
                                  "dueOn=2026-07-04\n"
                                  "approvers=1,2\n"
                                  "note=two lines\\nof note\n");
}
