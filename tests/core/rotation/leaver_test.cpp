#include "rotation_fixture.h"

#include "core/rotation/rotation_plan.h"

using namespace rotation_test;

namespace {
// 4 members × 1 000, fixed order 1..4; round 1 paid out to hand 1; at the round-2 meeting
// members 1–3 pay round 2 and member 4 pays rounds 2 and 3.
RotationState secondMeeting(Books& books, LeaverRefund refund)
{
    RotationState state;
    state.spec = simpleSpec(4, 1000);
    state.spec.leaverRefund = refund;
    payRound(state, books, 1);
    payOut(state, books, 1, roundDate(state.spec, 1));
    for (MemberId m = 1; m <= 3; ++m)
        pay(state, books, m, roundDate(state.spec, 2), 1000);
    pay(state, books, 4, roundDate(state.spec, 2), 2000);
    return state;
}
} // namespace

TEST_CASE("A member leaving before receiving gets back what they paid (return setting)", "[rotation]")
{
    Books books;
    RotationState state = secondMeeting(books, LeaverRefund::Return);
    const LeaveResult leave = computeLeave(state, 4, roundDate(state.spec, 2));
    REQUIRE(leave.problems.empty());
    CHECK(leave.beforeReceiving);
    CHECK(leave.returnedFromPot == 2000);
    CHECK(leave.returnedPaidOut == 1000);
    CHECK(postingOn(leave.postings, "pot:7") == 1000);
    CHECK(postingOn(leave.postings, "prepaid:7") == 1000);
    CHECK(postingOn(leave.postings, "expense:costs") == 1000);
    CHECK(postingOn(leave.postings, "cash") == -3000);
    books.post(leave.postings);
    applyLeave(state, leave);

    // Hand 4 no longer pays or receives: the cycle has 3 rounds of 3 000.
    CHECK(activeRounds(state) == 3);
    CHECK(grossPot(state, 2) == 3000);
    CHECK(due(state, 4, 2) == 0);
    const PayoutResult p = payOut(state, books, 2, roundDate(state.spec, 2));
    CHECK(p.beneficiaries[0].money.payout == 3000);
    payRound(state, books, 3);
    payOut(state, books, 3, roundDate(state.spec, 3));
    CHECK_FALSE(collectingRound(state).has_value());
    CHECK(books["pot:7"] == 0);
    CHECK(books["prepaid:7"] == 0);
    CHECK(hasCode(computeLeave(state, 4, roundDate(state.spec, 3)).problems, "leave.alreadyLeft"));
}

TEST_CASE("A member leaving before receiving forfeits what is held (keep setting)", "[rotation]")
{
    Books books;
    RotationState state = secondMeeting(books, LeaverRefund::Keep);
    const LeaveResult leave = computeLeave(state, 4, roundDate(state.spec, 2));
    REQUIRE(leave.problems.empty());
    CHECK(leave.kept == 2000);
    CHECK(leave.returnedFromPot == 0);
    CHECK(leave.returnedPaidOut == 0);
    CHECK(postingOn(leave.postings, "income:forfeits") == -2000);
    books.post(leave.postings);
    applyLeave(state, leave);
    payOut(state, books, 2, roundDate(state.spec, 2));
    CHECK(books["pot:7"] == 0);
    CHECK(books["prepaid:7"] == 0);
}

TEST_CASE("A member leaving after receiving still owes the rest of the cycle as a debt", "[rotation]")
{
    Books books;
    RotationState state;
    state.spec = simpleSpec(4, 1000);
    state.spec.shortfall = ShortfallRule::Wait;
    payRound(state, books, 1);
    payOut(state, books, 1, roundDate(state.spec, 1));
    const LeaveResult leave = computeLeave(state, 1, roundDate(state.spec, 2));
    REQUIRE(leave.problems.empty());
    CHECK_FALSE(leave.beforeReceiving);
    CHECK(leave.newDebt == 3000);
    CHECK(leave.debtAfter == 3000);
    CHECK(postingOn(leave.postings, "advance:1") == 3000);
    CHECK(postingOn(leave.postings, "pot:7") == -1000);
    CHECK(postingOn(leave.postings, "prepaid:7") == -2000);
    books.post(leave.postings);
    applyLeave(state, leave);
    CHECK(advanceOutstanding(state, 1) == 3000);

    // Later payouts are whole, even under the wait rule.
    for (int r = 2; r <= 4; ++r) {
        for (MemberId m = 2; m <= 4; ++m)
            pay(state, books, m, roundDate(state.spec, r), 1000);
        CHECK(payOut(state, books, r, roundDate(state.spec, r)).beneficiaries[0].money.payout == 4000);
        CHECK(books["pot:7"] == 0);
    }
    CHECK(books["prepaid:7"] == 0);
    // What the leaver pays later, even after the cycle, repays the debt.
    CHECK_FALSE(collectingRound(state).has_value());
    const ContributionResult c = pay(state, books, 1, Date::fromYmd(2026, 6, 1), 1500);
    CHECK(postingOn(c.postings, "advance:1") == -1500);
    CHECK(c.parts.size() == 2); // rounds 2 and 3 (half), oldest first
    CHECK(advanceOutstanding(state, 1) == 1500);
    CHECK(books["advance:1"] == 1500);
    CHECK(hasCode(recordContribution(state, 2, Date::fromYmd(2026, 6, 1), 1).problems, "contribution.cycleComplete"));
}

TEST_CASE("Leaving is refused for a shared hand, a non-member or a pending winner", "[rotation]")
{
    RotationState state;
    state.spec = simpleSpec(3, 1000, OrderMethod::Auction);
    state.spec.hands[2].holders = {HandShare{3, 1}, HandShare{4, 1}};
    CHECK(hasCode(computeLeave(state, 4, Date::fromYmd(2026, 1, 10)).problems, "leave.sharedHand"));
    CHECK(hasCode(computeLeave(state, 9, Date::fromYmd(2026, 1, 10)).problems, "leave.notMember"));
    decide(state, 1, {Bid{2, 2, 100, 1}});
    CHECK(hasCode(computeLeave(state, 2, Date::fromYmd(2026, 1, 10)).problems, "leave.pendingWinner"));
}

TEST_CASE("A member who left and tries to pay is told when they left", "[rotation]")
{
    Books books;
    RotationState state = secondMeeting(books, LeaverRefund::Return);
    const Date left = roundDate(state.spec, 2);
    const LeaveResult leave = computeLeave(state, 4, left);
    REQUIRE(leave.problems.empty());
    books.post(leave.postings);
    applyLeave(state, leave);

    // Round 3 is still being collected from the others, but member 4 owes nothing more.
    const ContributionResult c = recordContribution(state, 4, roundDate(state.spec, 3), 1000);
    REQUIRE(c.problems.size() == 1);
    CHECK(c.problems[0].field == "member");
    CHECK(c.problems[0].code == "contribution.memberLeft");
    CHECK(c.problems[0].args == std::vector<std::string>{"4", "2026-02-10"});
    CHECK(c.problems[0].text == "Member 4 left this rotation on 2026-02-10: nothing more is due from them");
    CHECK(c.postings.empty());
    // A member still in the rotation paying too much keeps the usual message.
    CHECK(hasCode(recordContribution(state, 3, roundDate(state.spec, 3), 999999).problems, "contribution.moreThanDue"));
}
