// Loans at the share-out (docs/loan-rules.md B12–B14): a borrower's due instalments are netted
// off their share as a real repayment from savings, the loan itself goes on; a guarantor's
// pledged savings stay in the fund as reinvested savings; the interest netted is carried into
// the next cycle.
#include "tests/core/book/loan_book_fixture.h"

#include "core/money/money.h"

#include <algorithm>

using namespace loan_book_test;

TEST_CASE("A share-out nets a borrower's due instalment and keeps a guarantor's pledge in the fund",
          "[loans-book]")
{
    LoanFund f;
    // Member 2 stands behind the whole loan: what is still lent out after the share-out is
    // their reinvested savings, so the box can pay everyone else.
    const LoanId id = f.activeLoan(day(2026, 4, 1), 1, 6000, 3, {f.pledge(2, 6000)});
    f.closeMeeting();

    f.openMeetingOn(day(2026, 5, 15));
    // Due on 05-15: the first instalment, 2000 of principal and 60 of interest.
    const auto balances = f.book->savingsBalances(f.cycle);
    CHECK(f.savingsOf(balances, f.member(1))->owed == 2060);
    CHECK(f.savingsOf(balances, f.member(2))->pledged == 6000);

    ShareOutOptions less;
    // The pledge held after the share-out: the netting repays 2000 of the 6000, so 4000.
    less.reinvest[f.member(2)] = 3000;
    const auto refused = f.book->previewShareOut(f.cycle, less, day(2026, 5, 15));
    CHECK(std::count_if(refused.problems.begin(), refused.problems.end(),
                        [](const Problem& p) { return p.code == "shareout.pledge_held"; }) == 1);

    const ShareOutPlan preview = f.book->previewShareOut(f.cycle, {}, day(2026, 5, 15));
    CHECK(preview.problems.empty());
    CHECK(preview.reinvest.at(f.member(2)) == 4000);
    REQUIRE(preview.notes.size() == 1);
    const auto line1 = std::find_if(preview.result.lines.begin(), preview.result.lines.end(),
                                    [&](const ShareOutLine& l) { return l.member == f.member(1); });
    CHECK(line1->deductions == 2060);

    const std::int64_t cash = f.book->cashBalance();
    const ShareOutPlan plan = f.book->commitShareOut(f.cycle, {}, f.actor());
    CHECK(f.status(id) == LoanStatus::Active);
    CHECK(f.balance(accounts::loanPrincipal(f.member(1))) == 4000);
    CHECK(f.balance(std::string(accounts::InterestIncome)) == -60);
    CHECK(f.savedBy(1) == 0);
    CHECK(f.savedBy(2) == 4000); // reinvested: still behind the loan
    CHECK(f.book->pendingReinvestment().at(f.member(2)) == 4000);
    const auto allocations = f.book->loan(id)->allocations;
    REQUIRE(allocations.size() == 1);
    CHECK(allocations[0].interest == 60);
    CHECK(allocations[0].principal == 2000);
    // Cash out is every net part less what was reinvested; the interest stays in the box.
    std::int64_t paid = 0;
    for (const auto& l : plan.result.lines)
        paid += l.net - (plan.reinvest.count(l.member) ? plan.reinvest.at(l.member) : 0);
    CHECK(f.book->cashBalance() == cash - paid);
    f.closeMeeting();

    // The next cycle shares what the share-out left in the box: what rounding kept, and the
    // interest netted off the share-out.
    SavingsCycle next;
    next.name = "Cycle 2026-B";
    next.start = day(2026, 5, 20);
    next.end = day(2027, 5, 19);
    next.sharePrice = 500;
    next.minShares = 1;
    next.maxShares = 20;
    f.clock.set(day(2026, 5, 20), "2026-05-20T10:00:00Z");
    const SavingsCycleId cycle2 = f.book->createSavingsCycle(next, f.actor());
    const auto nextPreview = f.book->previewShareOut(cycle2, {}, day(2026, 5, 20));
    CHECK(nextPreview.fund.carriedIn == plan.result.keptByRounding + 60);
    CHECK(f.book->pledgedBy(f.member(2), day(2026, 5, 20)) == 4000);
    const VerifyReport report = f.book->verify();
    INFO(report.problem);
    CHECK(report.ok());
}

TEST_CASE("A share-out with money still lent out says how much more to reinvest instead of emptying the box",
          "[loans-book]")
{
    LoanFund f;
    // Member 2 pledges half of a 20 000 loan; the rest of the money lent is nobody's savings
    // left in the fund.
    f.activeLoan(day(2026, 4, 1), 1, 20000, 3, {f.pledge(2, 10000)});
    f.closeMeeting();
    f.openMeetingOn(day(2026, 5, 15));

    const ShareOutPlan plan = f.book->previewShareOut(f.cycle, {}, day(2026, 5, 15));
    REQUIRE(plan.problems.size() == 1);
    CHECK(plan.problems[0].code == "shareout.cash_short");
    CHECK_THROWS_AS(f.book->commitShareOut(f.cycle, {}, f.actor()), ValidationError);

    // Reinvesting what the plan named makes it fit the box exactly.
    std::int64_t cashOut = 0;
    for (const auto& line : plan.result.lines)
        cashOut += line.net - (plan.reinvest.count(line.member) ? plan.reinvest.at(line.member) : 0);
    const std::int64_t shortBy = cashOut - f.book->cashBalance();
    REQUIRE(shortBy > 0);
    CHECK(plan.problems[0].args.at(1) == formatWithCode(shortBy, f.book->settings().currency()));
    ShareOutOptions more;
    more.reinvest = plan.reinvest;
    more.reinvest[f.member(3)] = shortBy;
    const ShareOutPlan fits = f.book->previewShareOut(f.cycle, more, day(2026, 5, 15));
    CHECK(fits.problems.empty());
    f.book->commitShareOut(f.cycle, more, f.actor());
    CHECK(f.book->cashBalance() == 0);
}
