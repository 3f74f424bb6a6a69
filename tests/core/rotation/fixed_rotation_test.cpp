#include "rotation_fixture.h"

#include "core/money/money.h"
#include "core/rotation/rotation_plan.h"

using namespace rotation_test;

TEST_CASE("A fixed-order rotation of 5 members runs its whole cycle and the pot returns to zero", "[rotation]")
{
    RotationState state;
    state.spec = simpleSpec(5, 10000);
    state.spec.fixedOrder = {3, 1, 5, 2, 4};
    REQUIRE(validateRotation(state.spec).empty());
    REQUIRE(cycleRounds(state.spec) == 5);
    const std::string pot = rotation_accounts::pot(7);
    CHECK(pot == "pot:7");

    const std::vector<HandNumber> expectedOrder{3, 1, 5, 2, 4};
    Books books;
    for (int round = 1; round <= 5; ++round) {
        INFO("round " << round);
        const Date date = roundDate(state.spec, round);
        CHECK(date == Date::fromYmd(2026, round, 10));
        CHECK(collectingRound(state) == round);
        for (MemberId m = 1; m <= 5; ++m)
            CHECK(due(state, m, round) == 10000);
        CHECK(grossPot(state, round) == 50000);

        for (MemberId m = 1; m <= 5; ++m) {
            const ContributionResult c = pay(state, books, m, date, 10000);
            REQUIRE(c.parts.size() == 1);
            CHECK(c.parts[0].round == round);
            CHECK(c.parts[0].timing == Timing::OnTime);
            CHECK(c.postings.size() == 2);
            CHECK(postingOn(c.postings, "cash") == 10000);
            CHECK(postingOn(c.postings, pot) == -10000);
        }
        CHECK(books[pot] == -50000);

        const PayoutResult p = payOut(state, books, round, date);
        REQUIRE(p.beneficiaries.size() == 1);
        const HandNumber winner = expectedOrder[static_cast<std::size_t>(round - 1)];
        CHECK(p.beneficiaries[0].money.hand == winner);
        CHECK(p.beneficiaries[0].money.payout == 50000);
        REQUIRE(p.beneficiaries[0].holders.size() == 1);
        CHECK(p.beneficiaries[0].holders[0].member == winner);
        CHECK(p.beneficiaries[0].holders[0].amount == 50000);
        CHECK(p.postings.size() == 2);
        CHECK(postingOn(p.postings, pot) == 50000);
        CHECK(postingOn(p.postings, "cash") == -50000);
        CHECK(books[pot] == 0);
        CHECK(handReceived(state, winner));
    }
    CHECK(books["cash"] == 0);
    CHECK_FALSE(collectingRound(state).has_value());
    for (const RoundPlan& row : planCycle(state))
        CHECK(row.status == RoundStatus::PaidOut);
    CHECK(hasCode(preparePayout(state, 5, Date::fromYmd(2026, 6, 10)).problems, "payout.roundPaid"));
    CHECK(hasCode(preparePayout(state, 6, Date::fromYmd(2026, 6, 10)).problems, "payout.cycleComplete"));
    CHECK(hasCode(recordContribution(state, 1, Date::fromYmd(2026, 6, 10), 10000).problems, "contribution.cycleComplete"));
}

TEST_CASE("The plan shows dates, beneficiaries, pots and status; the fixed order is editable until paid", "[rotation]")
{
    RotationState state;
    state.spec = simpleSpec(4, 5000);
    state.spec.frequency = MeetingFrequency::Weekly;
    state.spec.everyKth = 2;
    state.spec.start = Date::fromYmd(2026, 3, 2);
    CHECK(roundDates(state.spec) == std::vector<Date>{Date::fromYmd(2026, 3, 2), Date::fromYmd(2026, 3, 16),
                                                      Date::fromYmd(2026, 3, 30), Date::fromYmd(2026, 4, 13)});
    Books books;
    payRound(state, books, 1);
    payOut(state, books, 1, Date::fromYmd(2026, 3, 2));

    auto plan = planCycle(state);
    REQUIRE(plan.size() == 4);
    CHECK(plan[0].status == RoundStatus::PaidOut);
    CHECK(plan[1].status == RoundStatus::Collecting);
    CHECK(plan[2].status == RoundStatus::Upcoming);
    CHECK(plan[3].beneficiaries == std::vector<HandNumber>{4});
    CHECK(plan[3].grossPot == 20000);

    // Swapping rounds 3 and 4 is fine; moving hand 1 (already paid) is refused.
    CHECK(checkFixedOrderEdit(state, {1, 2, 4, 3}).empty());
    CHECK(hasCode(checkFixedOrderEdit(state, {2, 1, 3, 4}), "rotation.orderPaidRound"));
    CHECK(hasCode(checkFixedOrderEdit(state, {1, 2, 2, 3}), "rotation.fixedOrder"));
    RotationState drawn = state;
    drawn.spec.order = OrderMethod::Draw;
    CHECK(hasCode(checkFixedOrderEdit(drawn, {1, 2, 4, 3}), "rotation.notFixed"));
    state.spec.fixedOrder = {1, 2, 4, 3};
    CHECK(scheduledBeneficiaries(state, 3) == std::vector<HandNumber>{4});
}

TEST_CASE("A half hand: two members each pay half and share the pot", "[rotation]")
{
    RotationState state;
    state.spec = simpleSpec(3, 10001);
    // Hand 3 is shared by members 3 and 4.
    state.spec.hands[2].holders = {HandShare{3, 1}, HandShare{4, 1}};
    state.spec.fixedOrder = {3, 1, 2};
    REQUIRE(validateRotation(state.spec).empty());
    CHECK(rotationMembers(state.spec) == std::vector<MemberId>{1, 2, 3, 4});
    CHECK(due(state, 1, 1) == 10001);
    CHECK(due(state, 3, 1) == 5001); // the first-listed holder takes the odd franc
    CHECK(due(state, 4, 1) == 5000);

    Books books;
    payRound(state, books, 1);
    const PayoutResult p = payOut(state, books, 1, roundDate(state.spec, 1));
    REQUIRE(p.beneficiaries.size() == 1);
    CHECK(p.beneficiaries[0].money.payout == 30003);
    REQUIRE(p.beneficiaries[0].holders.size() == 2);
    CHECK(p.beneficiaries[0].holders[0].member == 3);
    CHECK(p.beneficiaries[0].holders[0].amount == 15002);
    CHECK(p.beneficiaries[0].holders[1].member == 4);
    CHECK(p.beneficiaries[0].holders[1].amount == 15001);
    CHECK(books[rotation_accounts::pot(7)] == 0);
}

TEST_CASE("A EUR rotation splits cents exactly: a half hand and a shared discount", "[rotation]")
{
    RotationState state;
    state.spec = simpleSpec(3, 2501, OrderMethod::Auction); // 25.01 EUR per hand
    state.spec.currencyCode = "EUR";
    state.spec.hands[0].holders = {HandShare{1, 1}, HandShare{4, 1}};
    state.spec.discountRule = DiscountRule::SharedNow;
    REQUIRE(validateRotation(state.spec).empty());
    CHECK(due(state, 1, 1) == 1251); // 12.51
    CHECK(due(state, 4, 1) == 1250); // 12.50
    // Hand 2 wins round 1 with a discount of 10.00 EUR, shared at once pro rata to what the
    // others pay: 12.51 / 12.50 / 25.01 of 50.02 → 2.501 / 2.499 / 5.00; the floors leave one
    // cent, which goes to the largest remainder (member 4's .9).
    decide(state, 1, {Bid{2, 2, 1000, 1}});
    CHECK(due(state, 1, 1) == 1251 - 250);
    CHECK(due(state, 4, 1) == 1250 - 250);
    CHECK(due(state, 3, 1) == 2501 - 500);
    CHECK(due(state, 2, 1) == 2501);
    Books books;
    payRound(state, books, 1);
    const PayoutResult p = payOut(state, books, 1, roundDate(state.spec, 1));
    CHECK(p.beneficiaries[0].money.payout == 7503 - 1000);
    CHECK(books[rotation_accounts::pot(7)] == 0);
    CHECK(books["cash"] == 0);
    CHECK(formatPlain(p.beneficiaries[0].money.payout, state.spec.currency()) == "65.03");
}
