#include "rotation_fixture.h"

#include "core/rotation/rotation_plan.h"

using namespace rotation_test;

namespace {

// The example: 3 members pay 10 each; bids of 5 and 4 win rounds 1 and 2.
RotationState threeMemberAuction(DiscountRule rule)
{
    RotationState state;
    state.spec = simpleSpec(3, 10, OrderMethod::Auction);
    state.spec.discountRule = rule;
    REQUIRE(validateRotation(state.spec).empty());
    return state;
}

// Runs the whole cycle: round 1 won by member 1 (bid 5 over 3), round 2 by member 2 (bid 4
// over 2), round 3 by member 3 without bidding. Returns the three payouts.
std::vector<PayoutResult> runCycle(RotationState& state, Books& books)
{
    std::vector<PayoutResult> out;
    decide(state, 1, {Bid{2, 2, 3, 1}, Bid{1, 1, 5, 2}});
    payRound(state, books, 1);
    out.push_back(payOut(state, books, 1, roundDate(state.spec, 1)));
    CHECK(books[rotation_accounts::pot(7)] == 0);
    decide(state, 2, {Bid{3, 3, 2, 1}, Bid{2, 2, 4, 2}});
    payRound(state, books, 2);
    out.push_back(payOut(state, books, 2, roundDate(state.spec, 2)));
    CHECK(books[rotation_accounts::pot(7)] == 0);
    CHECK(scheduledBeneficiaries(state, 3) == std::vector<HandNumber>{3});
    CHECK(hasCode(validateBid(state, 3, Bid{3, 3, 1, 1}), "bid.uncontested"));
    decide(state, 3, {});
    payRound(state, books, 3);
    out.push_back(payOut(state, books, 3, roundDate(state.spec, 3)));
    CHECK(books[rotation_accounts::pot(7)] == 0);
    return out;
}

std::vector<std::int64_t> payouts(const std::vector<PayoutResult>& results)
{
    std::vector<std::int64_t> out;
    for (const PayoutResult& r : results)
        out.push_back(r.beneficiaries.at(0).money.payout);
    return out;
}

} // namespace

TEST_CASE("Auction, discount shared at the end: payouts 25, 26, 30 and each member gets 3 back", "[rotation]")
{
    RotationState state = threeMemberAuction(DiscountRule::SharedAtEnd);
    Books books;
    CHECK(hasCode(shareReserve(state, Date::fromYmd(2026, 1, 10)).problems, "reserve.cycleNotComplete"));
    const auto results = runCycle(state, books);
    CHECK(payouts(results) == std::vector<std::int64_t>{25, 26, 30});
    CHECK(results[0].discountReserved == 5);
    CHECK(results[1].discountReserved == 4);
    CHECK(books[rotation_accounts::reserve(7)] == -9);
    CHECK(reserveBalance(state) == 9);
    // Everyone paid the full 10 each round.
    for (MemberId m = 1; m <= 3; ++m)
        CHECK(paidBy(state, m, 1) + paidBy(state, m, 2) + paidBy(state, m, 3) == 30);

    const ReserveShareResult share = shareReserve(state, Date::fromYmd(2026, 3, 10));
    REQUIRE(share.problems.empty());
    REQUIRE(share.shares.size() == 3);
    for (const MemberAmount& s : share.shares)
        CHECK(s.amount == 3);
    books.post(share.postings);
    applyReserveShare(state, share);
    CHECK(books[rotation_accounts::reserve(7)] == 0);
    CHECK(books["cash"] == 0);
    CHECK(hasCode(shareReserve(state, Date::fromYmd(2026, 3, 10)).problems, "reserve.alreadyShared"));
}

TEST_CASE("Auction, discount shared at once: the others pay less that round", "[rotation]")
{
    RotationState state = threeMemberAuction(DiscountRule::SharedNow);
    CHECK(due(state, 2, 1) == 10); // undecided: the full contribution
    decide(state, 1, {Bid{1, 1, 5, 1}});
    // 5 split between members 2 and 3 (equal weights: the lower index takes the odd unit).
    CHECK(due(state, 1, 1) == 10);
    CHECK(due(state, 2, 1) == 7);
    CHECK(due(state, 3, 1) == 8);
    Books books;
    payRound(state, books, 1);
    const PayoutResult p1 = payOut(state, books, 1, roundDate(state.spec, 1));
    CHECK(p1.beneficiaries[0].money.payout == 25);
    REQUIRE(p1.reductions.size() == 2);
    CHECK(p1.reductions[0].member == 2);
    CHECK(p1.reductions[0].amount == 3);
    CHECK(p1.reductions[1].amount == 2);
    CHECK(books[rotation_accounts::pot(7)] == 0);

    decide(state, 2, {Bid{2, 2, 4, 1}});
    CHECK(due(state, 1, 2) == 8);
    CHECK(due(state, 3, 2) == 8);
    payRound(state, books, 2);
    CHECK(payOut(state, books, 2, roundDate(state.spec, 2)).beneficiaries[0].money.payout == 26);
    decide(state, 3, {});
    payRound(state, books, 3);
    CHECK(payOut(state, books, 3, roundDate(state.spec, 3)).beneficiaries[0].money.payout == 30);
    CHECK(books["cash"] == 0);
    CHECK(books["income:discounts"] == 0);
    CHECK(books[rotation_accounts::reserve(7)] == 0);
    CHECK(reserveBalance(state) == 0);
    CHECK(hasCode(shareReserve(state, Date::fromYmd(2026, 3, 10)).problems, "reserve.notSharedAtEnd"));
}

TEST_CASE("Auction, discount kept by the fund: income:discounts gets 9", "[rotation]")
{
    RotationState state = threeMemberAuction(DiscountRule::KeptByFund);
    Books books;
    const auto results = runCycle(state, books);
    CHECK(payouts(results) == std::vector<std::int64_t>{25, 26, 30});
    CHECK(results[0].discountKept == 5);
    CHECK(postingOn(results[0].postings, "income:discounts") == -5);
    CHECK(books["income:discounts"] == -9);
    CHECK(books["cash"] == 9);
}

TEST_CASE("A member paid before a discount shared at once: the excess moves to their next round", "[rotation]")
{
    RotationState state = threeMemberAuction(DiscountRule::SharedNow);
    Books books;
    // Member 3 pays rounds 1 and 2 before the auction of round 1.
    const ContributionResult early = pay(state, books, 3, Date::fromYmd(2026, 1, 3), 20);
    REQUIRE(early.parts.size() == 2);
    CHECK(early.parts[1].timing == Timing::Early);
    CHECK(early.parts[1].booking == Booking::Prepaid);
    CHECK(books[rotation_accounts::prepaid(7)] == -10);
    decide(state, 1, {Bid{1, 1, 5, 1}});
    payRound(state, books, 1);
    const PayoutResult p = payOut(state, books, 1, roundDate(state.spec, 1));
    REQUIRE(p.carried.size() == 1);
    CHECK(p.carried[0].member == 3);
    CHECK(p.carried[0].amount == 2); // paid 10, owed 8; round 2 is already paid, so round 3
    CHECK(paidBy(state, 3, 1) == 8);
    CHECK(paidBy(state, 3, 3) == 2);
    CHECK(books[rotation_accounts::pot(7)] == 0);
    CHECK(books[rotation_accounts::prepaid(7)] == -12);
}

TEST_CASE("Bids outside the allowed range are refused with a clear problem", "[rotation]")
{
    RotationState state = threeMemberAuction(DiscountRule::KeptByFund);
    state.spec.minimumBid = 2;
    CHECK(hasCode(validateBid(state, 1, Bid{1, 1, -1, 1}), "bid.negative"));
    CHECK(hasCode(validateBid(state, 1, Bid{1, 1, 1, 1}), "bid.belowMinimum"));
    CHECK(hasCode(validateBid(state, 1, Bid{1, 1, 31, 1}), "bid.abovePot"));
    CHECK(validateBid(state, 1, Bid{1, 1, 30, 1}).empty());
    CHECK(hasCode(validateBid(state, 1, Bid{2, 1, 5, 1}), "bid.notHolder"));
    CHECK(hasCode(validateBid(state, 1, Bid{1, 9, 5, 1}), "bid.unknownHand"));
    CHECK(hasCode(validateBid(state, 2, Bid{1, 1, 5, 1}), "bid.notCollectingRound"));
    const Problems p = validateBid(state, 1, Bid{1, 1, 31, 1});
    REQUIRE(p.size() == 1);
    CHECK(p[0].field == "bid");
    CHECK(p[0].text == "The bid 31 XOF is more than the pot (30 XOF)");
    CHECK(p[0].args == std::vector<std::string>{"31", "30"}); // plain, for callers that format

    // One bad bid refuses the whole decision.
    const AuctionResult bad = decideAuction(state, 1, {Bid{1, 1, 5, 1}, Bid{2, 2, -3, 2}});
    CHECK(hasCode(bad.problems, "bid.negative"));
    CHECK_THROWS_AS(applyAuction(state, bad), ValidationError);
    CHECK(hasCode(decideAuction(state, 1, {}).problems, "auction.tooFewBids"));

    // After member 1 has received, their hand cannot bid again.
    Books books;
    decide(state, 1, {Bid{1, 1, 5, 1}});
    CHECK(hasCode(validateBid(state, 1, Bid{2, 2, 5, 1}), "bid.roundDecided"));
    payRound(state, books, 1);
    payOut(state, books, 1, roundDate(state.spec, 1));
    CHECK(hasCode(validateBid(state, 2, Bid{1, 1, 5, 1}), "bid.handNotEligible"));

    // Shared at once, a discount cannot exceed what the others pay.
    RotationState shared = threeMemberAuction(DiscountRule::SharedNow);
    shared.spec.hands.push_back(Hand{4, {HandShare{4, 2}}});
    shared.spec.contributionPerHand = 10;
    shared.spec.beneficiariesPerRound = 2;
    // Pot 40 split between 2 winners: 20 each; a bid of the whole share is allowed.
    CHECK(validateBid(shared, 1, Bid{1, 1, 20, 1}).empty());
    shared.spec.hands.pop_back();
    shared.spec.beneficiariesPerRound = 1;
    CHECK(hasCode(validateBid(shared, 1, Bid{1, 1, 21, 1}), "bid.aboveOthersDues"));
}

TEST_CASE("Equal bids: the earliest bid wins, then the lowest hand number", "[rotation]")
{
    RotationState state = threeMemberAuction(DiscountRule::KeptByFund);
    AuctionResult a = decideAuction(state, 1, {Bid{3, 3, 5, 2}, Bid{2, 2, 5, 1}, Bid{1, 1, 4, 0}});
    REQUIRE(a.problems.empty());
    CHECK(a.outcome.beneficiaries == std::vector<HandNumber>{2});
    CHECK(a.outcome.discounts == std::vector<std::int64_t>{5});
    CHECK(a.ranking.front().hand == 2);
    a = decideAuction(state, 1, {Bid{3, 3, 5, 1}, Bid{2, 2, 5, 1}});
    CHECK(a.outcome.beneficiaries == std::vector<HandNumber>{2});
}

TEST_CASE("A bid in the last, uncontested round is refused, not dropped", "[rotation]")
{
    RotationState state = threeMemberAuction(DiscountRule::KeptByFund);
    Books books;
    decide(state, 1, {Bid{1, 1, 5, 1}});
    payRound(state, books, 1);
    payOut(state, books, 1, roundDate(state.spec, 1));
    decide(state, 2, {Bid{2, 2, 4, 1}});
    payRound(state, books, 2);
    payOut(state, books, 2, roundDate(state.spec, 2));

    const AuctionResult refused = decideAuction(state, 3, {Bid{3, 3, 2, 1}});
    REQUIRE(refused.problems.size() == 1);
    CHECK(refused.problems[0].field == "bid");
    CHECK(refused.problems[0].code == "bid.uncontested");
    CHECK(refused.problems[0].text == "Round 3 has only hand 3 left: it receives the pot without bidding");
    CHECK(refused.problems[0].args == std::vector<std::string>{"3", "3"});
    CHECK(refused.outcome.beneficiaries.empty());
    // validateBid, used while the bids are typed, says the same.
    const Problems inline_ = validateBid(state, 3, Bid{3, 3, 2, 1});
    REQUIRE(hasCode(inline_, "bid.uncontested"));
    CHECK(inline_[0].text == refused.problems[0].text);

    const AuctionResult a = decideAuction(state, 3, {});
    REQUIRE(a.problems.empty());
    CHECK(a.outcome.beneficiaries == std::vector<HandNumber>{3});
    CHECK(a.outcome.discounts == std::vector<std::int64_t>{0});
}

TEST_CASE("A member's later bid for the same hand replaces the earlier one; each hand is ranked once", "[rotation]")
{
    RotationState state = threeMemberAuction(DiscountRule::KeptByFund);
    // Member 1 bids 5 then raises to 6; member 2 bids 6 between the two.
    AuctionResult a = decideAuction(state, 1, {Bid{1, 1, 5, 1}, Bid{2, 2, 6, 2}, Bid{1, 1, 6, 3}, Bid{3, 3, 2, 4}});
    REQUIRE(a.problems.empty());
    REQUIRE(a.ranking.size() == 3);
    CHECK(a.ranking[0].hand == 2); // 6 at place 2 comes before the raise to 6 at place 3
    CHECK(a.ranking[1].hand == 1);
    CHECK(a.ranking[1].discount == 6);
    CHECK(a.ranking[1].sequence == 3); // the raise counts from the raise
    CHECK(a.ranking[2].hand == 3);
    CHECK(a.outcome.beneficiaries == std::vector<HandNumber>{2});
    CHECK(a.outcome.discounts == std::vector<std::int64_t>{6});

    // The same with the raise above member 2's bid: member 1 wins with the raise, listed once.
    a = decideAuction(state, 1, {Bid{1, 1, 5, 1}, Bid{2, 2, 6, 2}, Bid{1, 1, 7, 3}});
    REQUIRE(a.problems.empty());
    REQUIRE(a.ranking.size() == 2);
    CHECK(a.ranking[0].hand == 1);
    CHECK(a.ranking[0].discount == 7);
    CHECK(a.outcome.discounts == std::vector<std::int64_t>{7});

    // A later bid that is not higher is refused, and nothing is decided.
    for (std::int64_t later : {5, 4}) {
        a = decideAuction(state, 1, {Bid{1, 1, 5, 1}, Bid{1, 1, later, 2}});
        REQUIRE(a.problems.size() == 1);
        CHECK(a.problems[0].code == "bid.notRaised");
        CHECK(a.problems[0].args == std::vector<std::string>{"1", "1", "5", std::to_string(later)});
        CHECK(a.outcome.beneficiaries.empty());
    }

    // Two holders of a half hand both bid: the hand is ranked once, by its best bid.
    RotationState half = threeMemberAuction(DiscountRule::KeptByFund);
    half.spec.hands[0].holders = {HandShare{1, 1}, HandShare{4, 1}};
    REQUIRE(validateRotation(half.spec).empty());
    a = decideAuction(half, 1, {Bid{1, 1, 3, 1}, Bid{4, 1, 5, 2}, Bid{2, 2, 4, 3}});
    REQUIRE(a.problems.empty());
    REQUIRE(a.ranking.size() == 2);
    CHECK(a.ranking[0].member == 4);
    CHECK(a.ranking[1].hand == 2);
}
