#include "rotation_fixture.h"

#include "core/rotation/rotation_plan.h"

using namespace rotation_test;

TEST_CASE("Wait rule: a payout with a contribution missing is refused and writes nothing", "[rotation]")
{
    RotationState state;
    state.spec = simpleSpec(3, 10000);
    state.spec.shortfall = ShortfallRule::Wait;
    Books books;
    pay(state, books, 1, roundDate(state.spec, 1), 10000);
    pay(state, books, 2, roundDate(state.spec, 1), 10000);
    pay(state, books, 3, roundDate(state.spec, 1), 2500);
    const PayoutResult p = preparePayout(state, 1, roundDate(state.spec, 1));
    REQUIRE(p.problems.size() == 1);
    CHECK(p.problems[0].code == "payout.contributionsMissing");
    CHECK(p.problems[0].args == std::vector<std::string>{"3", "7500", "1"});
    CHECK(p.problems[0].text == "Member 3 still owes 7500 XOF for round 1");
    CHECK(p.postings.empty());
    CHECK(p.lines.empty());
    CHECK(p.beneficiaries.empty());
    CHECK_THROWS_AS(applyPayout(state, p), ValidationError);
    CHECK_FALSE(handReceived(state, 1));

    // Once member 3 pays the rest, the payout goes through.
    pay(state, books, 3, roundDate(state.spec, 1), 7500);
    payOut(state, books, 1, roundDate(state.spec, 1));
    CHECK(books["pot:7"] == 0);
}

TEST_CASE("Advance rule: the fund advances the shortfall as the late member's debt", "[rotation]")
{
    RotationState state;
    state.spec = simpleSpec(3, 10000);
    state.spec.shortfall = ShortfallRule::Advance;
    Books books;
    pay(state, books, 1, roundDate(state.spec, 1), 10000);
    pay(state, books, 2, roundDate(state.spec, 1), 4000);
    const PayoutResult p = payOut(state, books, 1, roundDate(state.spec, 1));
    REQUIRE(p.advanced.size() == 2);
    CHECK(p.advanced[0].member == 2);
    CHECK(p.advanced[0].amount == 6000);
    CHECK(p.advanced[1].member == 3);
    CHECK(p.advanced[1].amount == 10000);
    CHECK(p.beneficiaries[0].money.payout == 30000);
    CHECK(postingOn(p.postings, "advance:2") == 6000);
    CHECK(postingOn(p.postings, "advance:3") == 10000);
    // The entry credits the pot with 16 000 of advances and debits it 30 000 for the payout:
    // net, it empties the 14 000 the members paid in.
    CHECK(postingOn(p.postings, "pot:7") == 14000);
    CHECK(books["pot:7"] == 0);
    CHECK(books["cash"] == 14000 - 30000);
    CHECK(advanceOutstanding(state, 2) == 6000);
    CHECK(advanceOutstanding(state, 3) == 10000);
    // Member 3 repays later: the payment goes to advance:3, not to the pot.
    const ContributionResult c = pay(state, books, 3, roundDate(state.spec, 2), 10000);
    CHECK(c.parts[0].round == 1);
    CHECK(postingOn(c.postings, "advance:3") == -10000);
    CHECK(books["advance:3"] == 0);
}

TEST_CASE("A second payout to a hand whose turn is used up is refused", "[rotation]")
{
    RotationState state;
    state.spec = simpleSpec(3, 10000);
    Books books;
    payRound(state, books, 1);
    payOut(state, books, 1, roundDate(state.spec, 1));
    // Someone records hand 1 as round 2's winner as well: refused.
    state.outcomes.push_back(RoundOutcome{2, {1}, {0}, false, {}});
    payRound(state, books, 2);
    PayoutResult p = preparePayout(state, 2, roundDate(state.spec, 2));
    CHECK(hasCode(p.problems, "payout.handUsedUp"));
    CHECK(p.postings.empty());
    state.outcomes.pop_back();
    // Paying round 1 again, or round 3 before round 2, or before its date, is refused too.
    CHECK(hasCode(preparePayout(state, 1, roundDate(state.spec, 2)).problems, "payout.roundPaid"));
    CHECK(hasCode(preparePayout(state, 3, roundDate(state.spec, 3)).problems, "payout.notCollectingRound"));
    CHECK(hasCode(preparePayout(state, 2, roundDate(state.spec, 1)).problems, "payout.tooEarly"));
    // An undecided auction round has no beneficiary.
    RotationState auction;
    auction.spec = simpleSpec(3, 10, OrderMethod::Auction);
    CHECK(hasCode(preparePayout(auction, 1, roundDate(auction.spec, 1)).problems, "payout.noBeneficiary"));
}

TEST_CASE("Two beneficiaries per round share the pot and each hand receives once", "[rotation]")
{
    RotationState state;
    state.spec = simpleSpec(4, 1001);
    state.spec.beneficiariesPerRound = 2;
    state.spec.fixedOrder = {4, 2, 1, 3};
    REQUIRE(validateRotation(state.spec).empty());
    CHECK(cycleRounds(state.spec) == 2);
    Books books;
    payRound(state, books, 1);
    const PayoutResult p = payOut(state, books, 1, roundDate(state.spec, 1));
    REQUIRE(p.beneficiaries.size() == 2);
    CHECK(p.beneficiaries[0].money.hand == 4);
    CHECK(p.beneficiaries[0].money.payout == 2002);
    CHECK(p.beneficiaries[1].money.hand == 2);
    CHECK(p.beneficiaries[1].money.payout == 2002);
    payRound(state, books, 2);
    CHECK(payOut(state, books, 2, roundDate(state.spec, 2)).beneficiaries[1].money.hand == 3);
    CHECK(books["cash"] == 0);
    CHECK_FALSE(collectingRound(state).has_value());
}
