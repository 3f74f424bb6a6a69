#include "rotation_fixture.h"

#include "core/rotation/late_fine.h"
#include "core/rotation/member_dues.h"

using namespace rotation_test;

namespace {
Date d(int y, int m, int day) { return Date::fromYmd(y, m, day); }
} // namespace

TEST_CASE("A payment for several rounds is allocated oldest first and shown", "[rotation]")
{
    RotationState state;
    state.spec = simpleSpec(4, 5000);
    Books books;
    // Member 2 pays 12 500 at the first meeting: round 1, round 2, half of round 3.
    const ContributionResult c = pay(state, books, 2, d(2026, 1, 10), 12500);
    REQUIRE(c.parts.size() == 3);
    CHECK(c.parts[0].round == 1);
    CHECK(c.parts[0].amount == 5000);
    CHECK(c.parts[0].timing == Timing::OnTime);
    CHECK(c.parts[0].booking == Booking::Pot);
    CHECK(c.parts[1].round == 2);
    CHECK(c.parts[1].timing == Timing::Early);
    CHECK(c.parts[1].booking == Booking::Prepaid);
    CHECK(c.parts[2].round == 3);
    CHECK(c.parts[2].amount == 2500);
    CHECK(postingOn(c.postings, "cash") == 12500);
    CHECK(postingOn(c.postings, "pot:7") == -5000);
    CHECK(postingOn(c.postings, "prepaid:7") == -7500);

    // The rest of the cycle is 7 500; more than that is refused.
    const ContributionResult tooMuch = recordContribution(state, 2, d(2026, 1, 10), 7501);
    CHECK(hasCode(tooMuch.problems, "contribution.moreThanDue"));
    REQUIRE(tooMuch.problems.size() == 1);
    CHECK(tooMuch.problems[0].text == "The amount 7501 XOF is more than everything still due this cycle (7500 XOF)");
    CHECK(tooMuch.problems[0].args == std::vector<std::string>{"7501", "7500"});
    CHECK(tooMuch.postings.empty());
    CHECK(hasCode(recordContribution(state, 2, d(2026, 1, 10), 0).problems, "contribution.amount"));
    CHECK(hasCode(recordContribution(state, 99, d(2026, 1, 10), 10).problems, "contribution.member"));

    // When round 2 is paid out, its early money moves from prepaid into the pot.
    payRound(state, books, 1);
    payOut(state, books, 1, d(2026, 1, 10));
    payRound(state, books, 2);
    const PayoutResult p = payOut(state, books, 2, d(2026, 2, 10));
    CHECK(p.prepaidMovedIn == 5000);
    CHECK(books["pot:7"] == 0);
    CHECK(books["prepaid:7"] == -2500);
}

TEST_CASE("Partial and late payments become arrears; a fixed fine is charged once", "[rotation]")
{
    RotationState state;
    state.spec = simpleSpec(3, 10000);
    state.spec.shortfall = ShortfallRule::Advance;
    state.spec.lateFine = FineRule{FineRule::Kind::Fixed, 500, 0, false};
    Books books;
    pay(state, books, 1, d(2026, 1, 10), 10000);
    pay(state, books, 2, d(2026, 1, 10), 10000);
    pay(state, books, 3, d(2026, 1, 10), 4000); // partial
    auto rounds = memberRounds(state, 3, d(2026, 1, 10));
    CHECK(rounds[0].outstanding == 6000);
    CHECK_FALSE(rounds[0].overdue);
    CHECK(memberDueOn(state, 3, d(2026, 1, 10)).dueNow == 6000);
    CHECK(memberDueOn(state, 3, d(2026, 1, 10)).arrears == 0);
    const PayoutResult p = payOut(state, books, 1, d(2026, 1, 10));
    REQUIRE(p.advanced.size() == 1);
    CHECK(p.advanced[0].member == 3);
    CHECK(p.advanced[0].amount == 6000);

    // At the February meeting member 3 is 6 000 in arrears plus 10 000 due today.
    const MemberDue feb = memberDueOn(state, 3, d(2026, 2, 10));
    CHECK(feb.arrears == 6000);
    CHECK(feb.dueNow == 16000);
    CHECK(feb.advanceDebt == 6000);
    CHECK(feb.fineIfPaidNow == 500);
    rounds = memberRounds(state, 3, d(2026, 2, 10));
    CHECK(rounds[0].overdue);
    CHECK(rounds[0].fundCovered == 6000);

    // Paying 3 000 late: it repays the advance, and the round's fine is charged.
    ContributionResult c = pay(state, books, 3, d(2026, 2, 10), 3000);
    REQUIRE(c.parts.size() == 1);
    CHECK(c.parts[0].timing == Timing::Late);
    CHECK(c.parts[0].booking == Booking::Advance);
    CHECK(postingOn(c.postings, "advance:3") == -3000);
    REQUIRE(c.fines.size() == 1);
    CHECK(c.fines[0].amount == 500);
    CHECK(c.fines[0].periodsLate == 1);
    // The rest of the same round, later still: no second fine for a "once" rule.
    c = pay(state, books, 3, d(2026, 3, 10), 3000);
    CHECK(c.fines.empty());
    CHECK(advanceOutstanding(state, 3) == 0);
    CHECK(books["advance:3"] == 0);
    CHECK(finesOutstanding(state, 3) == 500);

    // Fines are income when paid, never more than owed.
    CHECK(hasCode(recordFinePayment(state, 3, d(2026, 3, 10), 501).problems, "fine.moreThanOwed"));
    const FinePaymentResult f = recordFinePayment(state, 3, d(2026, 3, 10), 500);
    REQUIRE(f.problems.empty());
    CHECK(postingOn(f.postings, "income:fines") == -500);
    applyFinePayment(state, f);
    CHECK(finesOutstanding(state, 3) == 0);
}

TEST_CASE("A fixed fine per period late counts every period once", "[rotation]")
{
    RotationState state;
    state.spec = simpleSpec(2, 10000);
    state.spec.frequency = MeetingFrequency::Weekly;
    state.spec.start = d(2026, 1, 5);
    state.spec.shortfall = ShortfallRule::Advance;
    state.spec.lateFine = FineRule{FineRule::Kind::Fixed, 200, 0, true};
    Books books;
    pay(state, books, 1, d(2026, 1, 5), 10000);
    payOut(state, books, 1, d(2026, 1, 5));
    // Member 2 pays round 1 in two parts: 1 week late, then 3 weeks late.
    ContributionResult c = pay(state, books, 2, d(2026, 1, 12), 5000);
    REQUIRE(c.fines.size() == 1);
    CHECK(c.fines[0].periodsLate == 1);
    CHECK(c.fines[0].amount == 200);
    c = pay(state, books, 2, d(2026, 1, 26), 5000);
    REQUIRE(c.fines.size() == 1);
    CHECK(c.fines[0].periodsLate == 3);
    CHECK(c.fines[0].amount == 400); // periods 2 and 3
    CHECK(finesOutstanding(state, 2) == 600);
}

TEST_CASE("A percentage fine applies to the amount paid late, once or per period", "[rotation]")
{
    RotationState state;
    state.spec = simpleSpec(2, 10000);
    state.spec.shortfall = ShortfallRule::Advance;
    state.spec.lateFine = FineRule{FineRule::Kind::Percent, 0, 250, false}; // 2.5 %
    state.spec.roundingUnit = 5;
    Books books;
    pay(state, books, 1, d(2026, 1, 10), 10000);
    payOut(state, books, 1, d(2026, 1, 10));
    // 2.5 % of 7 010 = 175.25 → 175 (unit 5); once, though two months late.
    ContributionResult c = pay(state, books, 2, d(2026, 3, 1), 7010);
    REQUIRE(c.fines.size() == 1);
    CHECK(c.fines[0].periodsLate == 2);
    CHECK(c.fines[0].amount == 175);

    state.spec.lateFine.perPeriod = true;
    c = recordContribution(state, 2, d(2026, 3, 1), 2990); // 74.75 → 75, × 2 months
    REQUIRE(c.fines.size() == 1);
    CHECK(c.fines[0].amount == 150);
}

TEST_CASE("Periods late count meeting periods or part of one", "[rotation]")
{
    using F = MeetingFrequency;
    CHECK(periodsLate(F::Weekly, d(2026, 1, 5), d(2026, 1, 5)) == 0);
    CHECK(periodsLate(F::Weekly, d(2026, 1, 5), d(2026, 1, 1)) == 0);
    CHECK(periodsLate(F::Weekly, d(2026, 1, 5), d(2026, 1, 8)) == 1);
    CHECK(periodsLate(F::Weekly, d(2026, 1, 5), d(2026, 1, 12)) == 1);
    CHECK(periodsLate(F::Weekly, d(2026, 1, 5), d(2026, 1, 13)) == 2);
    CHECK(periodsLate(F::Fortnightly, d(2026, 1, 5), d(2026, 2, 2)) == 2);
    CHECK(periodsLate(F::Monthly, d(2026, 1, 31), d(2026, 2, 28)) == 1);
    CHECK(periodsLate(F::Monthly, d(2026, 1, 31), d(2026, 3, 1)) == 2);
    CHECK(periodsLate(F::Monthly, d(2026, 1, 10), d(2027, 1, 10)) == 12);
}
