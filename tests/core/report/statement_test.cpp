// Members' monthly statements from a small fund run by hand: four members, a rotation of
// three hands, shares, fines and a loan. Every figure expected is worked out in the comments
// from what the meetings did; statements for April must not see what May changed.
#include "core/report/member_statement.h"
#include "tests/core/book/loan_book_fixture.h"

#include <catch2/catch.hpp>

using namespace tontine;
using loan_book_test::day;

namespace {

// Ndiaye (1), Sarr (2), Diallo (3), Fall (4). Rotation of 1 000 F a hand, hands 1–3 held by
// members 1–3, paid in that order on the 10th from March. Shares at 500 F. Fines: late 500,
// absent 1 000. Loans: 1 % a month declining, a guarantor pledging half, committee 3 and 4.
//
// March 10: shares 1: 4 (2 000), 2: 8 (4 000), 3: 2, 4: 2 (1 000 each); members 1–3 pay
//   round 1, paid out to Ndiaye (3 000); Fall absent (fine 1 000, never paid).
// April 10: Ndiaye buys 2 shares (1 000), borrows 6 000 over 3 months (Sarr pledges 3 000):
//   instalments of 2 000 + 60, 2 000 + 40, 2 000 + 20 due May 10, June 10, July 10; Ndiaye pays
//   500 of round 2 (Sarr and Diallo pay 1 000) and is late (fine 500).
// May 10: Ndiaye pays the fine, 500 for round 2 (round 2 is paid out to Sarr: 3 000), repays
//   1 000 of the loan (60 interest, 940 principal) and buys a share; round 3 stays unpaid.
//   Gueye (5) joins.
struct StatementFund : tontine::test::FundFixture {
    MemberId ndiaye = 0, sarr = 0, diallo = 0, fall = 0, gueye = 0;
    SavingsCycleId cycle = 0;
    RotationId rotation = 0;
    LoanId loan = 0;
    ChainHead endOfApril;

    StatementFund()
    {
        ndiaye = addMember("Ndiaye");
        sarr = addMember("Sarr");
        diallo = addMember("Diallo");
        fall = addMember("Fall");
        book->setMeetingRules(MeetingRules{500, 1000, 0}, actor());
        SavingsCycle c;
        c.name = "Cycle 2026";
        c.start = day(2026, 3, 1);
        c.end = day(2027, 2, 28);
        c.sharePrice = 500;
        c.maxShares = 10;
        cycle = book->createSavingsCycle(c, actor());
        LoanRules rules;
        rules.committee = {diallo, fall};
        rules.approvalsRequired = 2;
        book->setLoanRules(rules, actor());
        const LoanProductId product = book->saveLoanProduct(loan_book_test::LoanFund::ordinaryProduct(), actor());
        RotationSpec s;
        s.name = "Tour des mamans";
        s.contributionPerHand = 1000;
        s.start = day(2026, 3, 10);
        s.order = OrderMethod::Fixed;
        s.hands = {Hand{1, {HandShare{ndiaye, 2}}}, Hand{2, {HandShare{sarr, 2}}}, Hand{3, {HandShare{diallo, 2}}}};
        s.fixedOrder = {1, 2, 3};
        rotation = book->createRotation(s, actor());

        openMeetingOn(day(2026, 3, 10));
        book->buyShares(cycle, ndiaye, 4, actor());
        book->buyShares(cycle, sarr, 8, actor());
        book->buyShares(cycle, diallo, 2, actor());
        book->buyShares(cycle, fall, 2, actor());
        for (MemberId m : {ndiaye, sarr, diallo})
            book->contribute(rotation, m, 1000, actor());
        book->recordAttendance(book->currentMeeting()->id, fall, AttendanceStatus::Absent, actor());
        book->payout(rotation, 1, actor());
        closeMeeting();

        openMeetingOn(day(2026, 4, 10));
        book->buyShares(cycle, ndiaye, 2, actor());
        LoanRequest r;
        r.borrower = ndiaye;
        r.product = product;
        r.principal = 6000;
        r.termMonths = 3;
        r.purpose = "Trade";
        r.guarantors = {GuarantorPledge{sarr, 3000}};
        r.date = clock.today();
        loan = book->requestLoan(r, actor());
        book->approveLoan(loan, {diallo, fall}, actor());
        book->disburseLoan(loan, actor());
        book->contribute(rotation, ndiaye, 500, actor());
        book->contribute(rotation, sarr, 1000, actor());
        book->contribute(rotation, diallo, 1000, actor());
        book->recordAttendance(book->currentMeeting()->id, ndiaye, AttendanceStatus::Late, actor());
        closeMeeting();
        endOfApril = book->chainHead();

        openMeetingOn(day(2026, 5, 10));
        book->payDue(book->dues(ndiaye, true).front().id, 500, actor());
        book->contribute(rotation, ndiaye, 500, actor());
        book->payout(rotation, 2, actor());
        book->repayLoan(loan, 1000, actor());
        book->buyShares(cycle, ndiaye, 1, actor());
        gueye = addMember("Gueye");
        closeMeeting();
    }

    void openMeetingOn(Date d)
    {
        clock.set(d, d.iso() + "T09:00:00Z");
        book->openMeeting(book->cashBalance(), "", actor());
    }
    void closeMeeting() { book->closeMeeting(book->cashBalance(), "", actor()); }
};

const Month April{2026, 4};
const Month May{2026, 5};

} // namespace

TEST_CASE("A member's April statement: savings, movements, rotation, loan, dues and chain head", "[report][statement]")
{
    StatementFund f;
    const StatementBuilder builder(*f.book, April);
    const MemberStatement s = builder.build(f.ndiaye);
    CHECK(s.fundName == "Groupement test");
    CHECK(s.currencyCode == "XOF");
    CHECK(s.month == April);
    CHECK(s.member.id == f.ndiaye);
    // 4 shares in March; 2 more in April (May's share is not April's).
    CHECK(s.openingSavings == 2000);
    CHECK(s.closingSavings == 3000);
    REQUIRE(s.closingShares);
    CHECK(*s.closingShares == 6);

    REQUIRE(s.movements.size() == 3);
    CHECK(s.movements[0].kind == "savings-shares");
    CHECK(s.movements[0].cashIn == 1000);
    CHECK(s.movements[0].savingsChange == 1000);
    CHECK(s.movements[1].kind == "loan-disbursement");
    CHECK(s.movements[1].cashOut == 6000);
    CHECK(s.movements[1].loanChange == 6000);
    CHECK(s.movements[2].kind == "rotation-contribution");
    CHECK(s.movements[2].cashIn == 500);
    for (const auto& m : s.movements) {
        CHECK(m.member == f.ndiaye);
        CHECK(m.date == day(2026, 4, 10));
    }
    CHECK(s.movements[0].seq < s.movements[1].seq);
    CHECK(s.movements[1].seq < s.movements[2].seq);
    CHECK(s.totalCashIn == 1500);
    CHECK(s.totalCashOut == 6000);

    // Round 2 (1 000, due 10 April) half paid; round 1 received in March.
    REQUIRE(s.rotations.size() == 1);
    const StatementRotation& r = s.rotations[0];
    CHECK(r.rotation == f.rotation);
    CHECK(r.name == "Tour des mamans");
    CHECK(r.dueInMonth == 1000);
    CHECK(r.paidInMonth == 500);
    CHECK(r.arrearsAtEnd == 500);
    CHECK(r.finesOwed == 0);
    CHECK(r.receivedRound == 1);
    CHECK(r.receivedOn == day(2026, 3, 10));
    CHECK(r.receivedAmount == 3000);
    CHECK(!r.expectedRound);

    // Paid out in April, nothing due before May.
    REQUIRE(s.loans.size() == 1);
    const StatementLoan& l = s.loans[0];
    CHECK(l.loan == f.loan);
    CHECK(l.product == "Ordinary loan");
    CHECK(l.status == "active");
    CHECK(l.principal == 6000);
    CHECK(l.principalOutstanding == 6000);
    CHECK(l.dueInMonth == 0);
    CHECK(l.paidInMonth == 0);
    CHECK(l.overdueAtEnd == 0);
    CHECK(l.daysLate == 0);
    CHECK(l.nextDueOn == day(2026, 5, 10));
    CHECK(l.nextDueAmount == 2060);
    CHECK(s.guarantees.empty());
    CHECK(s.grants.empty());

    // The late fine of 10 April, paid only in May: owed at April's end.
    REQUIRE(s.duesOwed.size() == 1);
    CHECK(s.duesOwed[0].dueOn == day(2026, 4, 10));
    CHECK(s.duesOwed[0].kind == "fine:late");
    CHECK(s.duesOwed[0].outstanding == 500);
    CHECK(s.totalOwed == 500 + 500);

    CHECK(s.chainHead.count == f.endOfApril.count);
    CHECK(s.chainHead.hash == f.endOfApril.hash);
}

TEST_CASE("A member's May statement: a loan instalment part paid and late at the month's end", "[report][statement]")
{
    StatementFund f;
    const MemberStatement s = StatementBuilder(*f.book, May).build(f.ndiaye);
    CHECK(s.openingSavings == 3000);
    CHECK(s.closingSavings == 3500);
    CHECK(s.closingShares == 7);
    // Fine 500, round 2's rest 500, repayment 1 000, a share 500.
    REQUIRE(s.movements.size() == 4);
    CHECK(s.movements[0].kind == "due-payment");
    CHECK(s.movements[0].cashIn == 500);
    CHECK(s.movements[2].kind == "loan-repayment");
    CHECK(s.movements[2].loanChange == -940);
    CHECK(s.totalCashIn == 2500);
    CHECK(s.totalCashOut == 0);

    REQUIRE(s.rotations.size() == 1);
    CHECK(s.rotations[0].dueInMonth == 1000); // round 3, 10 May
    CHECK(s.rotations[0].paidInMonth == 500);
    CHECK(s.rotations[0].arrearsAtEnd == 1000);

    // Instalment 1 (2 060 due 10 May): 1 000 paid, 60 interest then 940 principal.
    REQUIRE(s.loans.size() == 1);
    const StatementLoan& l = s.loans[0];
    CHECK(l.status == "active");
    CHECK(l.dueInMonth == 2060);
    CHECK(l.paidInMonth == 1000);
    CHECK(l.principalOutstanding == 5060);
    CHECK(l.overdueAtEnd == 1060);
    CHECK(l.daysLate == 21); // 10 → 31 May
    CHECK(l.nextDueOn == day(2026, 6, 10));
    CHECK(l.nextDueAmount == 2040);
    CHECK(s.duesOwed.empty());
    CHECK(s.totalOwed == 1000 + 1060);
    CHECK(s.chainHead.count == f.book->chainHead().count);
}

TEST_CASE("A guarantor's statement shows the pledge held; a turn expected, then received", "[report][statement]")
{
    StatementFund f;
    const MemberStatement april = StatementBuilder(*f.book, April).build(f.sarr);
    REQUIRE(april.guarantees.size() == 1);
    CHECK(april.guarantees[0].loan == f.loan);
    CHECK(april.guarantees[0].borrower == f.ndiaye);
    CHECK(april.guarantees[0].borrowerName == f.book->member(f.ndiaye)->fullName());
    CHECK(april.guarantees[0].pledge == 3000);
    CHECK(april.guarantees[0].held == 3000);
    CHECK(april.loans.empty());
    REQUIRE(april.rotations.size() == 1);
    CHECK(!april.rotations[0].receivedRound);
    CHECK(april.rotations[0].expectedRound == 2);
    CHECK(april.rotations[0].expectedOn == day(2026, 4, 10));
    CHECK(april.rotations[0].dueInMonth == 1000);
    CHECK(april.rotations[0].paidInMonth == 1000);
    CHECK(april.rotations[0].arrearsAtEnd == 0);
    CHECK(april.openingSavings == 4000);
    CHECK(april.closingSavings == 4000);

    // In May the pledge follows the principal: 3 000 × 5 060 / 6 000 = 2 530; round 2 paid out.
    const MemberStatement may = StatementBuilder(*f.book, May).build(f.sarr);
    REQUIRE(may.guarantees.size() == 1);
    CHECK(may.guarantees[0].held == 2530);
    REQUIRE(may.rotations.size() == 1);
    CHECK(may.rotations[0].receivedRound == 2);
    CHECK(may.rotations[0].receivedOn == day(2026, 5, 10));
    CHECK(may.rotations[0].receivedAmount == 3000);
    CHECK(!may.rotations[0].expectedRound);
    REQUIRE(may.movements.size() == 1);
    CHECK(may.movements[0].kind == "rotation-payout");
    CHECK(may.movements[0].cashOut == 3000);
}

TEST_CASE("A member with nothing in the month still gets a statement of what they owe", "[report][statement]")
{
    StatementFund f;
    const MemberStatement s = StatementBuilder(*f.book, April).build(f.fall);
    CHECK(s.member.id == f.fall);
    CHECK(s.movements.empty());
    CHECK(s.totalCashIn == 0);
    CHECK(s.totalCashOut == 0);
    CHECK(s.openingSavings == 1000);
    CHECK(s.closingSavings == 1000);
    CHECK(s.closingShares == 2);
    CHECK(s.rotations.empty()); // holds no hand
    CHECK(s.loans.empty());
    CHECK(s.guarantees.empty());
    // March's absence fine, never paid.
    REQUIRE(s.duesOwed.size() == 1);
    CHECK(s.duesOwed[0].kind == "fine:absent");
    CHECK(s.duesOwed[0].dueOn == day(2026, 3, 10));
    CHECK(s.duesOwed[0].outstanding == 1000);
    CHECK(s.totalOwed == 1000);
    CHECK_THROWS_AS(StatementBuilder(*f.book, April).build(99), ValidationError);
}

TEST_CASE("buildAll: members of the month in number order, progress reported, stopped on request",
          "[report][statement]")
{
    StatementFund f;
    const StatementBuilder april(*f.book, April);
    // Gueye joined in May: not in April's statements.
    const auto members = april.membersOfMonth();
    REQUIRE(members.size() == 4);
    CHECK(members[0].id == f.ndiaye);
    CHECK(members[3].id == f.fall);
    std::vector<std::pair<int, int>> calls;
    const auto all = april.buildAll([&](int done, int total) {
        calls.emplace_back(done, total);
        return true;
    });
    REQUIRE(all.size() == 4);
    for (std::size_t i = 0; i < all.size(); ++i) {
        CHECK(all[i].member.id == members[i].id);
        CHECK(all[i].closingSavings == april.build(members[i].id).closingSavings);
    }
    CHECK(calls == std::vector<std::pair<int, int>>{{1, 4}, {2, 4}, {3, 4}, {4, 4}});
    CHECK(april.buildAll().size() == 4);

    const auto stopped = april.buildAll([](int done, int) { return done < 2; });
    REQUIRE(stopped.size() == 2);
    CHECK(stopped[1].member.id == f.sarr);

    const auto may = StatementBuilder(*f.book, May).membersOfMonth();
    REQUIRE(may.size() == 5);
    CHECK(may[4].id == f.gueye);
}
