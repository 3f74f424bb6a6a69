// Loans through the book: request → approvals → paid out → repaid to closure, the refusals
// each step makes, and pledged savings held while a loan is repaid (docs/loan-rules.md B-rules).
#include "tests/core/book/loan_book_fixture.h"

#include <algorithm>

using namespace loan_book_test;

TEST_CASE("A loan goes from request through approvals and payout to repaid, with the ledger following",
          "[loans-book]")
{
    LoanFund f;
    f.clock.set(day(2026, 3, 20), "2026-03-20T10:00:00Z");
    const LoanRequest r = f.request(1, 6000, 3, {f.pledge(2, 3000)});
    const LoanPreview preview = f.book->previewLoan(r);
    CHECK(preview.problems.empty());
    REQUIRE(preview.schedule.size() == 3);
    // Declining balance at 1 %: 2000 of principal a month, interest on what is left.
    CHECK(preview.schedule[0].interest == 60);
    CHECK(preview.schedule[1].interest == 40);
    CHECK(preview.schedule[2].interest == 20);
    CHECK(preview.limit == 30000);      // 3 × 10 000 saved
    CHECK(preview.minimumPledge == 3000);
    REQUIRE(preview.pledgeRoom.size() == 1);
    CHECK(preview.pledgeRoom[0].pledge == 10000);

    const LoanId id = f.book->requestLoan(r, f.actor());
    CHECK(f.status(id) == LoanStatus::Requested);
    // One approval is not enough; the second approves.
    f.book->approveLoan(id, {f.member(5)}, f.actor());
    CHECK(f.status(id) == LoanStatus::Requested);
    f.book->approveLoan(id, {f.member(6)}, f.actor());
    CHECK(f.status(id) == LoanStatus::Approved);
    CHECK(f.book->loan(id)->approvers == std::vector<MemberId>{f.member(5), f.member(6)});

    const std::int64_t cashBefore = f.book->cashBalance();
    f.openMeetingOn(day(2026, 4, 1));
    f.book->disburseLoan(id, f.actor());
    CHECK(f.status(id) == LoanStatus::Active);
    CHECK(f.book->cashBalance() == cashBefore - 6000);
    CHECK(f.balance(accounts::loanPrincipal(f.member(1))) == 6000);
    CHECK(f.book->loan(id)->schedule.front().dueOn == day(2026, 5, 1));
    CHECK(f.book->pledgedBy(f.member(2), day(2026, 4, 1)) == 3000);
    const MeetingSummary summary = f.book->meetingSummary(f.book->currentMeeting()->id);
    const auto line = std::find_if(summary.lines.begin(), summary.lines.end(),
                                   [](const MeetingSummary::Line& l) { return l.kind == "loan-disbursement"; });
    REQUIRE(line != summary.lines.end());
    CHECK(line->member == f.member(1));
    CHECK(line->cashOut == 6000);
    f.closeMeeting();

    f.openMeetingOn(day(2026, 5, 1));
    const auto first = f.book->repayLoan(id, 2060, f.actor());
    REQUIRE(first.size() == 1);
    CHECK(first[0].interest == 60);
    CHECK(first[0].principal == 2000);
    CHECK(f.balance(std::string(accounts::InterestIncome)) == -60);
    CHECK(f.balance(accounts::loanPrincipal(f.member(1))) == 4000);
    // The pledge is released in proportion: 3000 × 4000 / 6000.
    CHECK(f.book->pledgesHeld(id, day(2026, 5, 1))[0].pledge == 2000);
    f.closeMeeting();

    f.openMeetingOn(day(2026, 6, 1));
    const LoanPosition before = f.book->loanPosition(id, day(2026, 6, 1));
    CHECK(before.interestDue == 40);
    CHECK(before.payoff() == 4040); // the third month's interest is not owed when repaid early
    f.book->repayLoan(id, before.payoff(), f.actor());
    CHECK(f.status(id) == LoanStatus::Repaid);
    CHECK(f.book->loan(id)->closedOn == day(2026, 6, 1));
    CHECK(f.balance(accounts::loanPrincipal(f.member(1))) == 0);
    CHECK(f.balance(std::string(accounts::InterestIncome)) == -100);
    CHECK(f.book->pledgedBy(f.member(2), day(2026, 6, 1)) == 0);
    CHECK(f.book->loanDuesOn(day(2026, 6, 1)).empty());
    f.closeMeeting();

    const VerifyReport report = f.book->verify();
    INFO(report.problem);
    CHECK(report.ok());
    f.reopen();
    CHECK(f.book->verify().ok());
    CHECK(f.book->loan(id)->status == LoanStatus::Repaid);
}

TEST_CASE("The book refuses loans over the multiple, beyond a guarantor's exposure, self-guaranteed, to a late "
          "borrower and without the committee's approvals",
          "[loans-book]")
{
    LoanFund f;
    f.clock.set(day(2026, 3, 20), "2026-03-20T10:00:00Z");
    const std::int64_t entries = f.book->entryCount();

    // Over three times savings (10 000 saved).
    auto over = refusalCodes([&] { f.book->requestLoan(f.request(1, 31000, 6, {f.pledge(2, 15500)}), f.actor()); });
    std::sort(over.begin(), over.end());
    CHECK(over == std::vector<std::string>{"loan.above_limit", "loan.guarantor_exposure"});
    // Member 5 has 5 000 saved: a pledge of 6 000 is beyond their exposure.
    CHECK(refusalCodes([&] { f.book->requestLoan(f.request(1, 12000, 6, {f.pledge(5, 6000)}), f.actor()); }) ==
          std::vector<std::string>{"loan.guarantor_exposure"});
    // Own guarantor.
    const auto self = refusalCodes([&] { f.book->requestLoan(f.request(1, 6000, 3, {f.pledge(1, 3000)}), f.actor()); });
    CHECK(std::find(self.begin(), self.end(), "loan.self_guarantee") != self.end());
    // No guarantor.
    CHECK(refusalCodes([&] { f.book->requestLoan(f.request(1, 6000, 3, {}), f.actor()); }) ==
          std::vector<std::string>{"loan.guarantors_missing"});
    CHECK(f.book->entryCount() == entries);

    // Exposure counts pledges already held: member 2 (10 000) pledges 6 000, then only 4 000 more.
    const LoanId first = f.book->requestLoan(f.request(3, 12000, 6, {f.pledge(2, 6000)}), f.actor());
    CHECK(refusalCodes([&] { f.book->requestLoan(f.request(4, 10000, 6, {f.pledge(2, 5000)}), f.actor()); }) ==
          std::vector<std::string>{"loan.guarantor_exposure"});
    CHECK(f.book->previewLoan(f.request(4, 8000, 6, {f.pledge(2, 4000)})).problems.empty());

    // Approvals: not the borrower's own, only the committee's, no one twice.
    CHECK(refusalCodes([&] { f.book->approveLoan(first, {f.member(1)}, f.actor()); }) ==
          std::vector<std::string>{"loan.approver_not_committee"});
    f.book->approveLoan(first, {f.member(5)}, f.actor());
    CHECK(refusalCodes([&] { f.book->approveLoan(first, {f.member(5)}, f.actor()); }) ==
          std::vector<std::string>{"loan.duplicate_approver"});
    // Not paid out before it is approved, nor outside a meeting.
    f.openMeetingOn(day(2026, 3, 25));
    CHECK(refusalCodes([&] { f.book->disburseLoan(first, f.actor()); }) == std::vector<std::string>{"loan.status"});
    f.closeMeeting();
    f.book->approveLoan(first, {f.member(7)}, f.actor());
    CHECK(refusalCodes([&] { f.book->disburseLoan(first, f.actor()); }) == std::vector<std::string>{"meeting.none_open"});

    // A borrower late on a loan cannot borrow again.
    f.openMeetingOn(day(2026, 3, 26));
    f.book->disburseLoan(first, f.actor());
    f.closeMeeting();
    f.clock.set(day(2026, 5, 10), "2026-05-10T10:00:00Z"); // the first instalment was due on 04-26
    CHECK(f.book->loanPosition(first, day(2026, 5, 10)).daysLate == 14);
    const auto late = refusalCodes([&] { f.book->requestLoan(f.request(3, 1000, 1, {f.pledge(4, 500)}), f.actor()); });
    CHECK(late == std::vector<std::string>{"loan.borrower_late"});

    // A cancelled request leaves the pledge free again.
    const LoanId other = f.book->requestLoan(f.request(4, 2000, 2, {f.pledge(6, 1000)}), f.actor());
    CHECK(f.book->pledgedBy(f.member(6), day(2026, 5, 10)) == 1000);
    CHECK(refusalCodes([&] { f.book->cancelLoan(other, " ", f.actor()); }) == std::vector<std::string>{"required"});
    f.book->cancelLoan(other, "Changed her mind", f.actor());
    CHECK(f.status(other) == LoanStatus::Cancelled);
    CHECK(f.book->pledgedBy(f.member(6), day(2026, 5, 10)) == 0);
    CHECK(f.book->verify().ok());
}

TEST_CASE("Pledged savings cannot be withdrawn, and are released in proportion as the loan is repaid",
          "[loans-book]")
{
    LoanFund f;
    const LoanId id = f.activeLoan(day(2026, 4, 1), 1, 8000, 4, {f.pledge(2, 8000)});
    // Member 2 saved 10 000 and pledges 8 000: 2 000 is free.
    CHECK(refusalCodes([&] { f.book->withdrawSavings(f.cycle, f.member(2), 2500, f.actor()); }) ==
          std::vector<std::string>{"savings.above_free"});
    const auto balances = f.book->savingsBalances(f.cycle);
    CHECK(f.savingsOf(balances, f.member(2))->pledged == 8000);
    f.book->withdrawSavings(f.cycle, f.member(2), 2000, f.actor());
    f.closeMeeting();

    f.openMeetingOn(day(2026, 5, 1));
    f.book->repayLoan(id, 2080, f.actor()); // 2000 principal + 80 interest: a quarter repaid
    CHECK(f.book->pledgedBy(f.member(2), day(2026, 5, 1)) == 6000);
    CHECK(refusalCodes([&] { f.book->withdrawSavings(f.cycle, f.member(2), 2500, f.actor()); }) ==
          std::vector<std::string>{"savings.above_free"});
    f.book->withdrawSavings(f.cycle, f.member(2), 2000, f.actor());
    f.closeMeeting();
    CHECK(f.book->verify().ok());
}
