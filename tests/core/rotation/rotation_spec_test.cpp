#include "rotation_fixture.h"

#include "core/rotation/posting_list.h"

using namespace rotation_test;

namespace {
std::vector<std::string> fields(const Problems& problems)
{
    std::vector<std::string> out;
    for (const Problem& p : problems)
        out.push_back(p.field);
    return out;
}
} // namespace

TEST_CASE("validateRotation collects every problem with its field and code", "[rotation]")
{
    RotationSpec spec = simpleSpec(4, 1000);
    REQUIRE(validateRotation(spec).empty());

    RotationSpec bad = spec;
    bad.name = "";
    bad.currencyCode = "ZZZ";
    bad.contributionPerHand = 0;
    bad.everyKth = 0;
    bad.roundingUnit = 0;
    bad.fixedOrder = {1, 2, 2, 4};
    bad.commission = CommissionRule{CommissionRule::Kind::Percent, 0, 10001, CommissionSource::Winner};
    bad.lateFine = FineRule{FineRule::Kind::Fixed, -1, 0, false};
    const Problems problems = validateRotation(bad);
    CHECK(fields(problems) == std::vector<std::string>{"name", "currencyCode", "contributionPerHand", "roundingUnit",
                                                       "everyKth", "fixedOrder", "commission", "lateFine"});
    CHECK(hasCode(problems, "rotation.fixedOrder"));
    for (const Problem& p : problems)
        CHECK_FALSE(p.text.empty());

    RotationSpec hands = spec;
    hands.hands[1].holders = {HandShare{2, 1}};                    // half a hand, no partner
    hands.hands[2].holders = {HandShare{3, 1}, HandShare{3, 1}};   // the same member twice
    hands.beneficiariesPerRound = 3;                                // 4 hands are not 3 per round
    const Problems hp = validateRotation(hands);
    CHECK(hasCode(hp, "rotation.handHalves"));
    CHECK(hasCode(hp, "rotation.handTwice"));
    CHECK(hasCode(hp, "rotation.beneficiaries"));

    RotationSpec numbering = spec;
    numbering.hands[3].number = 9;
    CHECK(hasCode(validateRotation(numbering), "rotation.handNumbers"));
    RotationSpec none = spec;
    none.hands.clear();
    none.fixedOrder.clear();
    CHECK(hasCode(validateRotation(none), "rotation.noHands"));
    RotationSpec auction = simpleSpec(3, 10, OrderMethod::Auction);
    auction.minimumBid = -1;
    CHECK(hasCode(validateRotation(auction), "rotation.minimumBid"));
}

TEST_CASE("A minimum bid above the pot or a commission taking the whole pot share is refused", "[rotation]")
{
    // 4 hands of 1000, 2 beneficiaries a round: each receives a pot share of 2000.
    RotationSpec auction = simpleSpec(4, 1000, OrderMethod::Auction);
    auction.beneficiariesPerRound = 2;
    auction.minimumBid = 2000; // the whole share: one bid is still possible
    REQUIRE(validateRotation(auction).empty());
    auction.minimumBid = 2001;
    Problems problems = validateRotation(auction);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].field == "minimumBid");
    CHECK(problems[0].code == "rotation.minimumBidAbovePot");
    CHECK(problems[0].args == std::vector<std::string>{"2001", "2000"});
    CHECK(problems[0].text.find("2000") != std::string::npos);

    RotationSpec fixed = simpleSpec(4, 1000);
    fixed.commission = CommissionRule{CommissionRule::Kind::Fixed, 3999, 0, CommissionSource::Winner};
    REQUIRE(validateRotation(fixed).empty());
    fixed.commission.amount = 4000; // the whole share of the one beneficiary
    problems = validateRotation(fixed);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].field == "commission");
    CHECK(problems[0].code == "rotation.commissionAbovePot");
    CHECK(problems[0].args == std::vector<std::string>{"4000", "4000"});
    fixed.commission.source = CommissionSource::Pot; // whoever bears it, nothing would be left
    CHECK(hasCode(validateRotation(fixed), "rotation.commissionAbovePot"));

    RotationSpec percent = simpleSpec(4, 1000);
    percent.commission = CommissionRule{CommissionRule::Kind::Percent, 0, 9999, CommissionSource::Winner};
    REQUIRE(validateRotation(percent).empty());
    percent.commission.basisPoints = 10000; // 100 %
    problems = validateRotation(percent);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].field == "commission");
    CHECK(problems[0].code == "rotation.commission");

    // A fixed or drawn order has no bids: its minimum bid is not checked against the pot.
    RotationSpec drawn = simpleSpec(4, 1000, OrderMethod::Draw);
    drawn.minimumBid = 999999;
    CHECK(validateRotation(drawn).empty());
}

TEST_CASE("Round dates follow the fund's frequency times k without drifting", "[rotation]")
{
    RotationSpec spec = simpleSpec(4, 1000);
    spec.start = Date::fromYmd(2026, 1, 31);
    CHECK(roundDates(spec) == std::vector<Date>{Date::fromYmd(2026, 1, 31), Date::fromYmd(2026, 2, 28),
                                                Date::fromYmd(2026, 3, 31), Date::fromYmd(2026, 4, 30)});
    spec.everyKth = 3;
    CHECK(roundDate(spec, 2) == Date::fromYmd(2026, 4, 30));
    spec.frequency = MeetingFrequency::Fortnightly;
    spec.everyKth = 1;
    CHECK(roundDate(spec, 3) == Date::fromYmd(2026, 2, 28));
}

TEST_CASE("Rule codes read back to the same setting", "[rotation]")
{
    for (auto m : {OrderMethod::Fixed, OrderMethod::Draw, OrderMethod::Auction})
        CHECK(parseOrderMethod(orderMethodCode(m)) == m);
    for (auto r : {DiscountRule::SharedNow, DiscountRule::KeptByFund, DiscountRule::SharedAtEnd})
        CHECK(parseDiscountRule(discountRuleCode(r)) == r);
    for (auto s : {CommissionSource::Winner, CommissionSource::Pot})
        CHECK(parseCommissionSource(commissionSourceCode(s)) == s);
    for (auto r : {ShortfallRule::Wait, ShortfallRule::Advance})
        CHECK(parseShortfallRule(shortfallRuleCode(r)) == r);
    for (auto r : {LeaverRefund::Return, LeaverRefund::Keep})
        CHECK(parseLeaverRefund(leaverRefundCode(r)) == r);
    CHECK_FALSE(parseOrderMethod("lottery").has_value());
    CHECK(discountRuleCode(DiscountRule::SharedAtEnd) == "shared-at-end");
    CHECK(rotation_accounts::reserve(3) == "pot-reserve:3");
    CHECK(rotation_accounts::advance(12) == "advance:12");
}

TEST_CASE("PostingList merges accounts, drops zeros and refuses an imbalance", "[rotation]")
{
    PostingList list;
    list.move("cash", "pot:1", 10);
    list.move("cash", "pot:1", 5);
    list.move("pot:1", "prepaid:1", 0);
    const auto postings = list.take();
    REQUIRE(postings.size() == 2);
    CHECK(postings[0].accountCode == "cash");
    CHECK(postings[0].amount == 15);
    CHECK(postings[1].amount == -15);
    PostingList unbalanced;
    unbalanced.add("cash", 1);
    CHECK_THROWS_AS(unbalanced.take(), Error);
}
