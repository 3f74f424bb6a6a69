// Loans after payout through the book: default with recovery from guarantors pro rata and
// the debt the borrower then owes them, write-off, rescheduling and top-ups, reversal of a
// repayment, and group guarantees (docs/loan-rules.md B-rules).
#include "tests/core/book/loan_book_fixture.h"

#include <algorithm>

using namespace loan_book_test;

namespace {

std::vector<MemberId> committee(const LoanFund& f) { return {f.member(5), f.member(6)}; }

} // namespace

TEST_CASE("A defaulted loan is recovered from the guarantors' savings pro rata to their pledges, and the "
          "borrower pays them back",
          "[loans-book]")
{
    LoanFund f;
    const LoanId id = f.activeLoan(day(2026, 4, 1), 1, 6000, 3, {f.pledge(2, 3000), f.pledge(3, 4000)});
    const EntrySeq disbursement = f.book->entryCount() - 2; // then the schedule and the loan's state
    REQUIRE(f.book->entry(disbursement)->action == "loan-disbursement");
    f.closeMeeting();

    f.openMeetingOn(day(2026, 6, 1));
    CHECK(refusalCodes([&] { f.book->recoverFromGuarantors(id, f.actor()); }) == std::vector<std::string>{"loan.status"});
    CHECK(refusalCodes([&] { f.book->declareDefault(id, {f.member(5)}, "Gone", f.actor()); }) ==
          std::vector<std::string>{"loan.approvals_missing"});
    f.book->declareDefault(id, committee(f), "Left for the city and does not answer", f.actor());
    CHECK(f.status(id) == LoanStatus::Defaulted);
    // Owed on 06-01: interest of two months (60 + 40) and all 6000 of principal = 6100, less
    // than the 7000 pledged. 6100 × 3/7 = 2614.29 and × 4/7 = 3485.71: the unit left by
    // rounding down goes to the larger remainder.
    const auto parts = f.book->recoverFromGuarantors(id, f.actor());
    REQUIRE(parts.size() == 2);
    CHECK(parts[0].guarantor == f.member(2));
    CHECK(parts[0].pledge == 2614);
    CHECK(parts[1].pledge == 3486);
    CHECK(f.status(id) == LoanStatus::Closed);
    CHECK(f.balance(accounts::loanPrincipal(f.member(1))) == 0);
    CHECK(f.balance(std::string(accounts::InterestIncome)) == -100);
    CHECK(f.savedBy(2) == 10000 - 2614);
    CHECK(f.savedBy(3) == 10000 - 3486);
    // The cycle's records follow the ledger, so the share-out gives back what is left.
    CHECK(f.savingsOf(f.book->savingsBalances(f.cycle), f.member(2))->saved == 10000 - 2614);
    const auto debts = f.book->guarantorDebts(f.member(1));
    REQUIRE(debts.size() == 2);
    CHECK(debts[0].left() == 2614);
    CHECK(debts[1].left() == 3486);
    const EntrySeq recovery = f.book->entryCount() - 3; // records, guarantors, closed state follow
    REQUIRE(f.book->entry(recovery)->action == "loan-recovery");
    // The summary names the borrower, though the recovery's postings name the guarantors first.
    const MeetingSummary summary = f.book->meetingSummary(f.book->currentMeeting()->id);
    const auto line = std::find_if(summary.lines.begin(), summary.lines.end(),
                                   [&](const MeetingSummary::Line& l) { return l.seq == recovery; });
    REQUIRE(line != summary.lines.end());
    CHECK(line->member == f.member(1));
    CHECK(line->cashIn == 0);
    CHECK(refusalCodes([&] { f.book->reverse(recovery, "mistake", f.actor()); }) ==
          std::vector<std::string>{"loan.reversal_kind"});
    CHECK(refusalCodes([&] { f.book->reverse(disbursement, "mistake", f.actor()); }) ==
          std::vector<std::string>{"loan.reversal_disbursed"});
    f.closeMeeting();

    f.openMeetingOn(day(2026, 7, 1));
    CHECK(refusalCodes([&] { f.book->repayGuarantor(id, f.member(2), 3000, f.actor()); }) ==
          std::vector<std::string>{"loan.guarantor_overpaid"});
    f.book->repayGuarantor(id, f.member(2), 2000, f.actor());
    f.book->repayGuarantor(id, f.member(2), 614, f.actor());
    CHECK(f.savedBy(2) == 10000);
    CHECK(f.book->guarantorDebts(f.member(2))[0].left() == 0);
    CHECK(refusalCodes([&] { f.book->repayGuarantor(id, f.member(2), 1, f.actor()); }) ==
          std::vector<std::string>{"loan.no_guarantor_debt"});
    f.closeMeeting();
    const VerifyReport report = f.book->verify();
    INFO(report.problem);
    CHECK(report.ok());
}

TEST_CASE("What the pledges do not cover is written off as a loss of principal", "[loans-book]")
{
    LoanFund f;
    const LoanId id = f.activeLoan(day(2026, 4, 1), 1, 6000, 3, {f.pledge(2, 3000)});
    f.closeMeeting();
    f.openMeetingOn(day(2026, 6, 1));
    CHECK(refusalCodes([&] { f.book->writeOffLoan(id, committee(f), f.actor()); }) ==
          std::vector<std::string>{"loan.status"});
    f.book->declareDefault(id, committee(f), "Business failed", f.actor());
    const auto parts = f.book->recoverFromGuarantors(id, f.actor());
    CHECK(parts.at(0).pledge == 3000);
    CHECK(f.status(id) == LoanStatus::Defaulted);
    // 3000 paid the 100 of interest due and 2900 of principal: 3100 is left.
    CHECK(f.balance(accounts::loanPrincipal(f.member(1))) == 3100);
    f.book->writeOffLoan(id, committee(f), f.actor());
    CHECK(f.status(id) == LoanStatus::Closed);
    CHECK(f.book->loan(id)->writtenOff == 3100);
    CHECK(f.balance(accounts::loanPrincipal(f.member(1))) == 0);
    CHECK(f.balance(std::string(accounts::LoanLosses)) == 3100);
    CHECK(f.book->portfolio(day(2026, 6, 1)).loans == 0);
    f.closeMeeting();
    CHECK(f.book->verify().ok());
}

TEST_CASE("A rescheduled loan keeps its old schedule as a version; a top-up waits until half is repaid",
          "[loans-book]")
{
    LoanFund f;
    const LoanId id = f.activeLoan(day(2026, 4, 1), 1, 6000, 3, {f.pledge(2, 3000)});
    f.closeMeeting();
    f.openMeetingOn(day(2026, 5, 1));
    f.book->repayLoan(id, 2060, f.actor());
    RescheduleRequest later;
    later.termMonths = 4;
    later.approvers = committee(f);
    later.reason = "The harvest comes late";
    later.topUp = 1000;
    CHECK(refusalCodes([&] { f.book->rescheduleLoan(id, later, f.actor()); }) ==
          std::vector<std::string>{"loan.topup_too_early"});
    later.topUp = 0;
    f.book->rescheduleLoan(id, later, f.actor());
    const auto history = f.book->scheduleHistory(id);
    REQUIRE(history.size() == 2);
    CHECK(history[0].size() == 3);
    CHECK(history[0][1].principal == 2000); // the first version as it was
    const auto& now = history[1];
    REQUIRE(now.size() == 5); // the paid instalment, then four new ones
    CHECK(now[0].principal == 2000);
    CHECK(now[1].number == 4); // numbering goes on after the old schedule's last
    std::int64_t principal = 0;
    for (const auto& i : now)
        principal += i.principal;
    CHECK(principal == 6000);
    CHECK(f.book->loan(id)->scheduleVersion == 2);
    CHECK(scheduleSnapshot(f.book->loan(id)->schedule) == scheduleSnapshot(now));
    f.closeMeeting();

    f.openMeetingOn(day(2026, 6, 1));
    f.book->repayLoan(id, f.book->loanPosition(id, day(2026, 6, 1)).dueToday(), f.actor());
    f.book->repayLoan(id, 1000, f.actor()); // half of the principal is now repaid
    CHECK(f.book->loanPosition(id, day(2026, 6, 1)).principalOutstanding == 2000);
    const std::int64_t cash = f.book->cashBalance();
    RescheduleRequest topUp;
    topUp.termMonths = 3;
    topUp.topUp = 3000;
    topUp.approvers = committee(f);
    topUp.reason = "More stock for the market";
    f.book->rescheduleLoan(id, topUp, f.actor());
    CHECK(f.book->loan(id)->principal == 9000);
    CHECK(f.book->cashBalance() == cash - 3000);
    CHECK(f.balance(accounts::loanPrincipal(f.member(1))) == 5000);
    CHECK(f.book->loanPosition(id, day(2026, 6, 1)).principalOutstanding == 5000);
    CHECK(f.book->scheduleHistory(id).size() == 3);
    f.closeMeeting();
    CHECK(f.book->verify().ok());
}

TEST_CASE("A loan's latest repayment can be reversed, reopening a repaid loan; nothing else of a loan can",
          "[loans-book]")
{
    LoanFund f;
    const LoanId id = f.activeLoan(day(2026, 4, 1), 1, 2000, 1, {f.pledge(2, 1000)});
    f.closeMeeting();
    f.openMeetingOn(day(2026, 5, 1));
    f.book->repayLoan(id, 1000, f.actor());
    const EntrySeq first = f.book->entryCount();
    f.book->repayLoan(id, 1020, f.actor()); // the first paid 20 of interest and 980 of principal
    const EntrySeq second = f.book->entryCount() - 1; // the loan's new state follows it
    REQUIRE(f.book->entry(second)->action == "loan-repayment");
    CHECK(f.status(id) == LoanStatus::Repaid);
    CHECK(refusalCodes([&] { f.book->reverse(first, "wrong member", f.actor()); }) ==
          std::vector<std::string>{"loan.reversal_not_latest"});
    f.book->reverse(second, "Counted twice", f.actor());
    CHECK(f.status(id) == LoanStatus::Active);
    CHECK(f.balance(accounts::loanPrincipal(f.member(1))) == 1020);
    CHECK(f.balance(std::string(accounts::InterestIncome)) == -20);
    const LoanPosition p = f.book->loanPosition(id, day(2026, 5, 1));
    CHECK(p.principalOutstanding == 1020);
    CHECK(p.payoff() == 1020);
    CHECK(f.book->pledgedBy(f.member(2), day(2026, 5, 1)) == 510); // 1000 × 1020 / 2000
    CHECK(f.book->loan(id)->allocations.size() == 3);
    f.closeMeeting();
    const VerifyReport report = f.book->verify();
    INFO(report.problem);
    CHECK(report.ok());
}

TEST_CASE("A group guarantee is a commitment until released or called; called, it becomes a loan", "[loans-book]")
{
    LoanFund f;
    f.clock.set(day(2026, 3, 20), "2026-03-20T10:00:00Z");
    GroupGuarantee g;
    g.member = f.member(4);
    g.supplier = "Coopérative agricole de Kaolack";
    g.purpose = "Fertiliser for the rainy season";
    g.amount = 20000;
    g.until = day(2026, 9, 30);
    g.approvers = {f.member(5)};
    CHECK(refusalCodes([&] { f.book->createGuarantee(g, f.actor()); }) ==
          std::vector<std::string>{"loan.approvals_missing"});
    g.approvers = committee(f);
    const GuaranteeId released = f.book->createGuarantee(g, f.actor());
    CHECK(f.book->portfolio(day(2026, 3, 20)).guaranteesCommitted == 20000);
    f.book->releaseGuarantee(released, f.actor());
    CHECK(f.book->guarantees()[0].status == GuaranteeStatus::Released);
    CHECK(f.book->portfolio(day(2026, 3, 20)).guaranteesCommitted == 0);
    CHECK(refusalCodes([&] { f.book->releaseGuarantee(released, f.actor()); }) ==
          std::vector<std::string>{"guarantee.status"});

    const GuaranteeId called = f.book->createGuarantee(g, f.actor());
    f.openMeetingOn(day(2026, 4, 1));
    CHECK(refusalCodes([&] { f.book->callGuarantee(called, 25000, f.product, 6, {}, f.actor()); }) ==
          std::vector<std::string>{"guarantee.call_above"});
    const std::int64_t cash = f.book->cashBalance();
    const LoanId id = f.book->callGuarantee(called, 15000, f.product, 6, {}, f.actor());
    const Loan loan = *f.book->loan(id);
    CHECK(loan.status == LoanStatus::Active);
    CHECK(loan.borrower == f.member(4));
    CHECK(loan.fromGuarantee == called);
    CHECK(loan.approvers == committee(f));
    CHECK(loan.schedule.size() == 6);
    CHECK(f.book->cashBalance() == cash - 15000);
    CHECK(f.balance(accounts::loanPrincipal(f.member(4))) == 15000);
    const auto after = f.book->guarantees();
    CHECK(after[1].status == GuaranteeStatus::Called);
    CHECK(after[1].loan == id);
    const Portfolio p = f.book->portfolio(day(2026, 4, 1));
    CHECK(p.loans == 1);
    CHECK(p.outstanding == 15000);
    CHECK(p.guaranteesOpen == 0);
    f.closeMeeting();
    CHECK(f.book->verify().ok());
}
