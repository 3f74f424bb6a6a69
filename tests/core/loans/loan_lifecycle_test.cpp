// Loans from request to closure: status codes, the loan's snapshot, pledges held while a
// loan is repaid, recovery from guarantors on default, and group guarantees.
#include "core/loans/loan.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

using namespace tontine;

namespace {

Date d(int y, int m, int day) { return Date::fromYmd(y, m, day); }

Loan loan()
{
    Loan l;
    l.id = 12;
    l.borrower = 5;
    l.product.id = 1;
    l.product.name = "Ordinary loan";
    l.principal = 100000;
    l.termMonths = 6;
    l.purpose = "Trade";
    l.guarantors = {{6, 50000}, {7, 30000}};
    l.approvers = {1, 3};
    l.status = LoanStatus::Active;
    l.requestedOn = d(2026, 3, 7);
    l.approvedOn = d(2026, 3, 14);
    l.disbursedOn = d(2026, 3, 14);
    l.scheduleVersion = 1;
    return l;
}

std::int64_t sum(const std::vector<GuarantorPledge>& parts)
{
    std::int64_t s = 0;
    for (const GuarantorPledge& g : parts)
        s += g.pledge;
    return s;
}

std::string refusal(const std::vector<GuarantorPledge>& held, std::int64_t amount, std::int64_t unit)
{
    try {
        recoveryFromGuarantors(held, amount, unit);
    } catch (const ValidationError& e) {
        return e.problems().at(0).code;
    }
    return "";
}

GroupGuarantee guarantee()
{
    GroupGuarantee g;
    g.id = 3;
    g.member = 5;
    g.supplier = "Coopérative agricole de Kaolack";
    g.purpose = "Fertiliser for the rainy season";
    g.amount = 250000;
    g.issuedOn = d(2026, 5, 2);
    g.until = d(2026, 8, 31);
    g.approvers = {1, 2};
    return g;
}

} // namespace

TEST_CASE("loans: loan and guarantee status codes round-trip", "[loans]")
{
    for (LoanStatus s : {LoanStatus::Requested, LoanStatus::Approved, LoanStatus::Active, LoanStatus::Repaid,
                         LoanStatus::Defaulted, LoanStatus::Closed, LoanStatus::Cancelled}) {
        CHECK_FALSE(loanStatusCode(s).empty());
        CHECK(parseLoanStatus(loanStatusCode(s)) == s);
    }
    CHECK(loanStatusCode(LoanStatus::Defaulted) == "defaulted");
    CHECK_FALSE(parseLoanStatus("Active"));
    for (GuaranteeStatus s : {GuaranteeStatus::Open, GuaranteeStatus::Released, GuaranteeStatus::Called})
        CHECK(parseGuaranteeStatus(guaranteeStatusCode(s)) == s);
    CHECK(guaranteeStatusCode(GuaranteeStatus::Called) == "called");
    CHECK_FALSE(parseGuaranteeStatus("closed"));
}

TEST_CASE("loans: a loan's snapshot names its terms and state and changes with each", "[loans]")
{
    const Loan base = loan();
    const std::string text = loanSnapshot(base);
    CHECK(text.rfind("format=loan/1\nid=12\nborrower=5\nproduct.id=1\nproduct.name=Ordinary loan\n", 0) == 0);
    CHECK(text.find("\nguarantors=2\nguarantor=member=6 pledge=50000\nguarantor=member=7 pledge=30000\n"
                    "approvers=1,3\nstatus=active\nrequestedOn=2026-03-07\napprovedOn=2026-03-14\n"
                    "disbursedOn=2026-03-14\nclosedOn=\ndefaultedOn=\nwrittenOff=0\nfromGuarantee=\n"
                    "scheduleVersion=1\n") != std::string::npos);
    const std::vector<void (*)(Loan&)> changes = {
        [](Loan& l) { l.id = 13; },
        [](Loan& l) { l.borrower = 6; },
        [](Loan& l) { l.product.rateBasisPoints = 150; },
        [](Loan& l) { l.product.penalty.graceDays = 3; },
        [](Loan& l) { l.principal = 100005; },
        [](Loan& l) { l.termMonths = 7; },
        [](Loan& l) { l.custom = {{d(2026, 9, 1), 100000}}; },
        [](Loan& l) { l.purpose = "School fees"; },
        [](Loan& l) { l.guarantors[1].pledge = 30005; },
        [](Loan& l) { l.approvers = {3, 1}; },
        [](Loan& l) { l.status = LoanStatus::Defaulted; },
        [](Loan& l) { l.requestedOn = d(2026, 3, 8); },
        [](Loan& l) { l.approvedOn.reset(); },
        [](Loan& l) { l.disbursedOn = d(2026, 3, 15); },
        [](Loan& l) { l.closedOn = d(2026, 9, 1); },
        [](Loan& l) { l.defaultedOn = d(2026, 9, 1); },
        [](Loan& l) { l.writtenOff = 5; },
        [](Loan& l) { l.fromGuarantee = 3; },
        [](Loan& l) { l.scheduleVersion = 2; },
    };
    for (auto change : changes) {
        Loan l = base;
        change(l);
        CHECK(loanSnapshot(l) != text);
    }
    // The schedule and the allocations are chained on their own, not in the loan's terms.
    Loan l = base;
    l.allocations.push_back(LoanAllocation{d(2026, 4, 14), 1, 0, 1000, 16666});
    CHECK(loanSnapshot(l) == text);
}

TEST_CASE("loans: a pledge is held in full before disbursement, in proportion while repaid, not after", "[loans]")
{
    Loan l = loan();
    const GuarantorPledge pledge{6, 50000};
    l.status = LoanStatus::Requested;
    CHECK(pledgeHeld(pledge, l, 0, 1) == 50000);
    l.status = LoanStatus::Approved;
    CHECK(pledgeHeld(pledge, l, 0, 1) == 50000);
    l.status = LoanStatus::Active;
    CHECK(pledgeHeld(pledge, l, 100000, 1) == 50000);
    CHECK(pledgeHeld(pledge, l, 83334, 1) == 41667); // 41 667 exactly
    CHECK(pledgeHeld(pledge, l, 83333, 1) == 41667); // 41 666.5 rounds up
    CHECK(pledgeHeld(pledge, l, 83333, 25) == 41675);
    CHECK(pledgeHeld(pledge, l, 1, 1) == 1);
    CHECK(pledgeHeld(pledge, l, 0, 1) == 0);
    CHECK(pledgeHeld(pledge, l, 250000, 1) == 50000); // never more than the pledge
    l.status = LoanStatus::Defaulted;
    CHECK(pledgeHeld(pledge, l, 50000, 1) == 25000);
    for (LoanStatus s : {LoanStatus::Repaid, LoanStatus::Closed, LoanStatus::Cancelled}) {
        l.status = s;
        CHECK(pledgeHeld(pledge, l, 50000, 1) == 0);
    }
}

TEST_CASE("loans: recovery from guarantors is split exactly pro rata to the pledges held", "[loans]")
{
    // 33 335 from pledges held of 50 000, 30 000 and 20 000 (5 : 3 : 2) in units of 5:
    // 6 667 units → 3 333.5, 2 000.1, 1 333.4; the one unit left goes to the largest remainder.
    const std::vector<GuarantorPledge> held = {{6, 50000}, {7, 30000}, {9, 20000}};
    const std::vector<GuarantorPledge> parts = recoveryFromGuarantors(held, 33335, 5);
    REQUIRE(parts.size() == 3);
    CHECK(parts[0].guarantor == 6);
    CHECK(parts[0].pledge == 16670);
    CHECK(parts[1].guarantor == 7);
    CHECK(parts[1].pledge == 10000);
    CHECK(parts[2].guarantor == 9);
    CHECK(parts[2].pledge == 6665);
    CHECK(sum(parts) == 33335);
    // Everything held: each gives exactly what they hold.
    const std::vector<GuarantorPledge> all = recoveryFromGuarantors(held, 100000, 5);
    CHECK(all[0].pledge == 50000);
    CHECK(all[1].pledge == 30000);
    CHECK(all[2].pledge == 20000);
    // Nothing to recover.
    CHECK(sum(recoveryFromGuarantors(held, 0, 5)) == 0);
}

TEST_CASE("loans: recovery ties go to the lower member number", "[loans]")
{
    // 5 over two equal pledges: 2.5 each; the unit goes to member 4, listed second.
    std::vector<GuarantorPledge> parts = recoveryFromGuarantors({{9, 10000}, {4, 10000}}, 5, 1);
    CHECK(parts[0].guarantor == 9);
    CHECK(parts[0].pledge == 2);
    CHECK(parts[1].guarantor == 4);
    CHECK(parts[1].pledge == 3);
    // 10 over three equal pledges: 3.33 each; the one unit left goes to member 2.
    parts = recoveryFromGuarantors({{8, 600}, {2, 600}, {5, 600}}, 10, 1);
    CHECK(parts[0].pledge == 3);
    CHECK(parts[1].pledge == 4);
    CHECK(parts[2].pledge == 3);
}

TEST_CASE("loans: recovery above the pledges held, negative or off the unit is refused", "[loans]")
{
    const std::vector<GuarantorPledge> held = {{6, 50000}, {7, 30000}};
    CHECK(refusal(held, 80001, 1) == "loan.recovery_above_pledges");
    CHECK(refusal(held, 80000, 1).empty());
    CHECK(refusal(held, -5, 1) == "loan.recovery_negative");
    CHECK(refusal(held, 1010, 25) == "loan.amount_unit");
    CHECK(refusal({}, 5, 1) == "loan.recovery_above_pledges");
}

TEST_CASE("loans: 500 random recoveries add up exactly and stay within each pledge", "[loans]")
{
    std::mt19937 rng(17);
    const std::int64_t units[] = {1, 5, 25, 100};
    for (int round = 0; round < 500; ++round) {
        const std::int64_t unit = units[rng() % 4];
        std::vector<GuarantorPledge> held;
        std::int64_t total = 0;
        const int n = 1 + static_cast<int>(rng() % 6);
        for (int i = 0; i < n; ++i) {
            const std::int64_t pledge = static_cast<std::int64_t>(rng() % 4000) * unit;
            held.push_back({static_cast<MemberId>(1 + rng() % 30), pledge});
            total += pledge;
        }
        if (total == 0)
            continue;
        const std::int64_t amount = static_cast<std::int64_t>(rng() % static_cast<unsigned>(total / unit + 1)) * unit;
        const std::vector<GuarantorPledge> parts = recoveryFromGuarantors(held, amount, unit);
        REQUIRE(parts.size() == held.size());
        CHECK(sum(parts) == amount);
        for (std::size_t i = 0; i < parts.size(); ++i) {
            CHECK(parts[i].guarantor == held[i].guarantor);
            CHECK(parts[i].pledge >= 0);
            CHECK(parts[i].pledge <= held[i].pledge);
            CHECK(parts[i].pledge % unit == 0);
            // Within one unit of the exact share amount × pledge ÷ total.
            const __int128 exact = static_cast<__int128>(amount) * held[i].pledge;
            const __int128 mine = static_cast<__int128>(parts[i].pledge) * total;
            CHECK(mine - exact < static_cast<__int128>(unit) * total);
            CHECK(exact - mine < static_cast<__int128>(unit) * total);
        }
    }
}

TEST_CASE("loans: a group guarantee is checked and committed until it lapses", "[loans]")
{
    LoanRules rules;
    rules.committee = {1, 2, 3};
    rules.approvalsRequired = 2;
    GroupGuarantee g = guarantee();
    CHECK(checkGroupGuarantee(g, rules, 25).empty());
    g.member = 0;
    g.supplier = "";
    g.purpose = " Fertiliser";
    g.amount = 250010;
    g.until = g.issuedOn;
    g.approvers = {1, 7};
    const Problems p = checkGroupGuarantee(g, rules, 25);
    auto has = [&](const std::string& code, const std::string& field) {
        return std::any_of(p.begin(), p.end(), [&](const Problem& q) { return q.code == code && q.field == field; });
    };
    CHECK(has("guarantee.member", "member"));
    CHECK(has("required", "supplier"));
    CHECK(has("text.untrimmed", "purpose"));
    CHECK(has("guarantee.amount_unit", "amount"));
    CHECK(has("guarantee.until_before", "until"));
    CHECK(has("loan.approver_not_committee", "approvers"));
    CHECK(has("loan.approvals_missing", "approvers"));
    g = guarantee();
    g.amount = 0;
    CHECK(checkGroupGuarantee(g, rules, 25).at(0).code == "guarantee.amount_positive");
    g = guarantee();
    g.approvers = {5, 1};
    CHECK(checkGroupGuarantee(g, rules, 25).at(0).code == "loan.self_approval");

    g = guarantee();
    CHECK(g.isCommitted(d(2026, 5, 2)));
    CHECK(g.isCommitted(d(2026, 8, 31)));
    CHECK_FALSE(g.isCommitted(d(2026, 9, 1)));
    g.status = GuaranteeStatus::Released;
    CHECK_FALSE(g.isCommitted(d(2026, 6, 1)));
}

TEST_CASE("loans: a group guarantee's snapshot names every field", "[loans]")
{
    GroupGuarantee g = guarantee();
    CHECK(groupGuaranteeSnapshot(g) ==
          "format=group_guarantee/1\nid=3\nmember=5\nsupplier=Coopérative agricole de Kaolack\n"
          "purpose=Fertiliser for the rainy season\namount=250000\nissuedOn=2026-05-02\nuntil=2026-08-31\n"
          "approvers=1,2\nstatus=open\nclosedOn=\nloan=\n");
    g.status = GuaranteeStatus::Called;
    g.closedOn = d(2026, 7, 1);
    g.loan = 14;
    CHECK(groupGuaranteeSnapshot(g).find("status=called\nclosedOn=2026-07-01\nloan=14\n") != std::string::npos);
}

TEST_CASE("loans: a top-up needs an active loan, a product that allows it and enough repaid", "[loans]")
{
    Loan l = loan();
    l.product.topUpAllowed = true;
    l.product.topUpMinRepaidPercent = 50;
    CHECK(checkTopUp(l, 50000, 40000, 5).empty()); // exactly half repaid
    Problems p = checkTopUp(l, 50001, 40000, 5);
    REQUIRE(p.size() == 1);
    CHECK(p[0].code == "loan.top_up_too_early");
    CHECK(p[0].field == "topUp");
    CHECK(p[0].args == std::vector<std::string>{"49999", "50000"});
    p = checkTopUp(l, 50000, 40001, 5);
    REQUIRE(p.size() == 1);
    CHECK(p[0].code == "loan.amount_unit");
    CHECK(checkTopUp(l, 50000, 0, 5).at(0).code == "loan.amount_not_positive");
    l.status = LoanStatus::Defaulted;
    CHECK(checkTopUp(l, 50000, 40000, 5).at(0).code == "loan.top_up_not_active");
    l = loan();
    l.product.topUpAllowed = false;
    p = checkTopUp(l, 0, 40000, 5);
    REQUIRE(p.size() == 1);
    CHECK(p[0].code == "loan.top_up_not_allowed");
}

TEST_CASE("A loan is owed from the day it is paid out until the day it is repaid", "[loans]")
{
    Loan loan;
    loan.status = LoanStatus::Approved;
    CHECK_FALSE(wasPaidOut(loan));
    CHECK_FALSE(owedOn(loan, Date::fromYmd(2026, 4, 1)));
    loan.status = LoanStatus::Repaid;
    loan.disbursedOn = Date::fromYmd(2026, 3, 20);
    loan.closedOn = Date::fromYmd(2026, 6, 10);
    CHECK(wasPaidOut(loan));
    CHECK_FALSE(owedOn(loan, Date::fromYmd(2026, 3, 19)));
    CHECK(owedOn(loan, Date::fromYmd(2026, 3, 20)));
    CHECK(owedOn(loan, Date::fromYmd(2026, 6, 9)));
    CHECK_FALSE(owedOn(loan, Date::fromYmd(2026, 6, 10)));
    loan.status = LoanStatus::Cancelled;
    CHECK_FALSE(owedOn(loan, Date::fromYmd(2026, 4, 1)));
}

TEST_CASE("A loan's status on a past date follows its dates", "[loans]")
{
    Loan loan;
    loan.requestedOn = Date::fromYmd(2026, 3, 1);
    loan.approvedOn = Date::fromYmd(2026, 3, 10);
    loan.disbursedOn = Date::fromYmd(2026, 3, 20);
    loan.defaultedOn = Date::fromYmd(2026, 7, 1);
    loan.closedOn = Date::fromYmd(2026, 9, 5);
    loan.status = LoanStatus::Closed;
    CHECK_FALSE(statusOn(loan, Date::fromYmd(2026, 2, 28)));
    CHECK(statusOn(loan, Date::fromYmd(2026, 3, 1)) == LoanStatus::Requested);
    CHECK(statusOn(loan, Date::fromYmd(2026, 3, 10)) == LoanStatus::Approved);
    CHECK(statusOn(loan, Date::fromYmd(2026, 3, 20)) == LoanStatus::Active);
    CHECK(statusOn(loan, Date::fromYmd(2026, 7, 1)) == LoanStatus::Defaulted);
    CHECK(statusOn(loan, Date::fromYmd(2026, 9, 4)) == LoanStatus::Defaulted);
    CHECK(statusOn(loan, Date::fromYmd(2026, 9, 5)) == LoanStatus::Closed);
    CHECK(owedOn(loan, Date::fromYmd(2026, 9, 4)));
    CHECK_FALSE(owedOn(loan, Date::fromYmd(2026, 9, 5)));
}
