#include "rotation_fixture.h"

using namespace rotation_test;

namespace {

RotationState withCommission(OrderMethod order, CommissionRule::Kind kind, std::int64_t value, CommissionSource source)
{
    RotationState state;
    state.spec = simpleSpec(3, 10, order);
    state.spec.discountRule = DiscountRule::KeptByFund;
    state.spec.commission.kind = kind;
    state.spec.commission.source = source;
    if (kind == CommissionRule::Kind::Fixed)
        state.spec.commission.amount = value;
    else
        state.spec.commission.basisPoints = value;
    REQUIRE(validateRotation(state.spec).empty());
    return state;
}

PayoutResult firstRound(RotationState& state, Books& books, std::int64_t bid)
{
    if (state.spec.order == OrderMethod::Auction)
        decide(state, 1, {Bid{1, 1, bid, 1}});
    payRound(state, books, 1);
    return payOut(state, books, 1, roundDate(state.spec, 1));
}

} // namespace

TEST_CASE("Commission fixed, taken from the winner's payout", "[rotation]")
{
    RotationState state = withCommission(OrderMethod::Auction, CommissionRule::Kind::Fixed, 2, CommissionSource::Winner);
    Books books;
    const PayoutResult p = firstRound(state, books, 5);
    CHECK(p.beneficiaries[0].money.payout == 23);
    CHECK(p.commission == 2);
    CHECK(p.discountKept == 5);
    CHECK(postingOn(p.postings, "income:commission") == -2);
    CHECK(postingOn(p.postings, "income:discounts") == -5);
    CHECK(books[rotation_accounts::pot(7)] == 0);
}

TEST_CASE("Commission fixed, taken from the pot: the discount bears it first", "[rotation]")
{
    RotationState state = withCommission(OrderMethod::Auction, CommissionRule::Kind::Fixed, 2, CommissionSource::Pot);
    Books books;
    const PayoutResult p = firstRound(state, books, 5);
    CHECK(p.beneficiaries[0].money.payout == 25);
    CHECK(p.beneficiaries[0].money.commissionFromDiscount == 2);
    CHECK(p.discountKept == 3);
    CHECK(books["income:commission"] == -2);
    CHECK(books["income:discounts"] == -3);
    CHECK(books[rotation_accounts::pot(7)] == 0);

    // With a discount smaller than the commission, the payout bears the rest.
    RotationState small = withCommission(OrderMethod::Auction, CommissionRule::Kind::Fixed, 2, CommissionSource::Pot);
    Books other;
    const PayoutResult q = firstRound(small, other, 1);
    CHECK(q.beneficiaries[0].money.payout == 28);
    CHECK(q.discountKept == 0);
}

TEST_CASE("Commission as a percentage of the pot, from the winner and from the pot", "[rotation]")
{
    // 5 % of a pot of 30 is 1.5, rounded half away from zero to 2.
    RotationState state = withCommission(OrderMethod::Fixed, CommissionRule::Kind::Percent, 500, CommissionSource::Winner);
    Books books;
    PayoutResult p = firstRound(state, books, 0);
    CHECK(p.commission == 2);
    CHECK(p.beneficiaries[0].money.payout == 28);

    // From the pot in a fixed-order rotation: there is no discount, so the payout bears it.
    RotationState pot = withCommission(OrderMethod::Fixed, CommissionRule::Kind::Percent, 500, CommissionSource::Pot);
    Books books2;
    p = firstRound(pot, books2, 0);
    CHECK(p.beneficiaries[0].money.payout == 28);

    // From the pot in an auction with a shared discount: the others share 5 − 2 = 3.
    RotationState shared = withCommission(OrderMethod::Auction, CommissionRule::Kind::Percent, 500, CommissionSource::Pot);
    shared.spec.discountRule = DiscountRule::SharedNow;
    decide(shared, 1, {Bid{1, 1, 5, 1}});
    CHECK(due(shared, 2, 1) + due(shared, 3, 1) == 17);
    Books books3;
    payRound(shared, books3, 1);
    p = payOut(shared, books3, 1, roundDate(shared.spec, 1));
    CHECK(p.beneficiaries[0].money.payout == 25);
    CHECK(books3["income:commission"] == -2);
    CHECK(books3[rotation_accounts::pot(7)] == 0);

    // The fund's rounding unit applies: 2.5 % of 3000 is 75, rounded to the unit 50 → 100.
    CHECK(commissionOn([] {
        RotationSpec s = simpleSpec(3, 1000);
        s.commission = CommissionRule{CommissionRule::Kind::Percent, 0, 250, CommissionSource::Winner};
        s.roundingUnit = 50;
        return s;
    }(), 3000) == 100);
}

TEST_CASE("A commission larger than the payout is refused", "[rotation]")
{
    // The commission is less than the pot share (30), so the rotation is accepted; with a
    // bid of 15 taken first, the payout (15) cannot bear it.
    RotationState state = withCommission(OrderMethod::Auction, CommissionRule::Kind::Fixed, 20, CommissionSource::Winner);
    Books books;
    decide(state, 1, {Bid{1, 1, 15, 1}});
    payRound(state, books, 1);
    const PayoutResult p = preparePayout(state, 1, roundDate(state.spec, 1));
    CHECK(hasCode(p.problems, "payout.commissionTooLarge"));
    CHECK(p.postings.empty());
}
