// Worked share-outs: every unit of the amount shared is accounted for, by hand.
#include "core/savings/share_out.h"

#include <catch2/catch.hpp>

#include <numeric>

using namespace tontine;

namespace {

constexpr std::int64_t kPrice = 500;

// The seven members of the worked example: 5, 8, 10, 12, 15, 11 and 12 shares at 500 = 73
// shares, 36 500 saved.
ShareOutInput sevenMembers(std::int64_t amountShared)
{
    ShareOutInput in;
    in.amountShared = amountShared;
    const int shares[] = {5, 8, 10, 12, 15, 11, 12};
    MemberId number = 1;
    for (int s : shares)
        in.members.push_back(ShareOutMemberInput{number++, s, s * kPrice, {{s * kPrice, 1}}, 0});
    return in;
}

std::vector<std::int64_t> grossOf(const ShareOutResult& r)
{
    std::vector<std::int64_t> out;
    for (const ShareOutLine& l : r.lines)
        out.push_back(l.gross);
    return out;
}

std::vector<MemberId> roundedUpOf(const ShareOutResult& r)
{
    std::vector<MemberId> out;
    for (const ShareOutLine& l : r.lines)
        if (l.roundedUp)
            out.push_back(l.member);
    return out;
}

std::int64_t sumGross(const ShareOutResult& r)
{
    return std::accumulate(r.lines.begin(), r.lines.end(), std::int64_t(0),
                           [](std::int64_t s, const ShareOutLine& l) { return s + l.gross; });
}

std::vector<std::string> codes(const Problems& problems)
{
    std::vector<std::string> out;
    for (const Problem& p : problems) {
        CHECK_FALSE(p.text.empty());
        out.push_back(p.code);
    }
    return out;
}

} // namespace

TEST_CASE("savings: share-out rule codes round-trip", "[savings]")
{
    CHECK(shareOutRuleCode(ShareOutRule::Standard) == "standard");
    CHECK(shareOutRuleCode(ShareOutRule::TimeWeighted) == "time-weighted");
    for (ShareOutRule rule : {ShareOutRule::Standard, ShareOutRule::TimeWeighted})
        CHECK(parseShareOutRule(shareOutRuleCode(rule)) == rule);
    CHECK_FALSE(parseShareOutRule("Standard"));
    CHECK_FALSE(parseShareOutRule(""));
}

TEST_CASE("savings: standard share-out of 41 500 over 73 shares accounts for every unit", "[savings]")
{
    // 41 500 shared over 73 shares is 568.49… per share. Each member's exact part is
    // 41 500 × shares / 73; the floors and what is left of each (the remainder, in 73rds):
    //   member 1:  5 shares → 2842 + 34/73 (.47)
    //   member 2:  8 shares → 4547 + 69/73 (.95)
    //   member 3: 10 shares → 5684 + 68/73 (.93)
    //   member 4: 12 shares → 6821 + 67/73 (.92)
    //   member 5: 15 shares → 8527 + 29/73 (.40)
    //   member 6: 11 shares → 6253 + 31/73 (.42)
    //   member 7: 12 shares → 6821 + 67/73 (.92)
    // The floors add up to 41 495: 5 units are left. They go to the 5 largest remainders:
    // members 2 (.95), 3 (.93), 4 and 7 (.92 each) and 1 (.47). Members 6 (.42) and 5 (.40)
    // get none. Σ = 2843 + 4548 + 5685 + 6822 + 8527 + 6253 + 6822 = 41 500.
    const ShareOutResult r = computeShareOut(sevenMembers(41500));
    REQUIRE(r.problems.empty());
    CHECK(r.totalShares == 73);
    CHECK(r.totalSaved == 36500);
    CHECK(r.earnings == 5000);
    CHECK(grossOf(r) == std::vector<std::int64_t>{2843, 4548, 5685, 6822, 8527, 6253, 6822});
    CHECK(sumGross(r) == 41500);
    CHECK(r.allocated == 41500);
    CHECK(r.keptByRounding == 0);
    CHECK(r.unitsByRemainder == 5);
    CHECK(roundedUpOf(r) == std::vector<MemberId>{1, 2, 3, 4, 7});
    // Members 4 and 7 hold the same shares and get the same part.
    CHECK(r.lines[3].gross == r.lines[6].gross);
    for (const ShareOutLine& l : r.lines) {
        CHECK(l.weight == l.saved); // the standard rule weighs by savings
        CHECK(l.deductions == 0);
        CHECK(l.net == l.gross);
        CHECK(l.stillOwed == 0);
    }
    CHECK(r.roundingNote == "Parts are whole multiples of 1; 5 units went by largest remainder (to members 1, 2, 3, 4 "
                            "and 7); ties go to the lower member number; nothing is lost: Σ parts = 41 500");
}

TEST_CASE("savings: share-out ties in remainder go to the lower member number", "[savings]")
{
    // Three equal savers, 3002 to share: 1000 each and 2/3 of a unit left for each. The two
    // units left go to the two lowest member numbers (4 and 9), not to member 12.
    ShareOutInput in;
    in.amountShared = 3002;
    for (MemberId m : {4, 9, 12})
        in.members.push_back(ShareOutMemberInput{m, 2, 1000, {}, 0});
    const ShareOutResult r = computeShareOut(in);
    REQUIRE(r.problems.empty());
    CHECK(grossOf(r) == std::vector<std::int64_t>{1001, 1001, 1000});
    CHECK(roundedUpOf(r) == std::vector<MemberId>{4, 9});
    CHECK(r.unitsByRemainder == 2);

    // Members out of member-number order would change who wins a tie: refused.
    std::swap(in.members[0], in.members[1]);
    CHECK(codes(computeShareOut(in).problems) == std::vector<std::string>{"shareout.member_order"});
}

TEST_CASE("savings: share-out nets a loan off the member's part", "[savings]")
{
    ShareOutInput in = sevenMembers(41500);
    in.members[2].owed = 2000;  // member 3: part 5685, owes 2000 → paid 3685, owes nothing after
    in.members[4].owed = 10000; // member 5: part 8527, owes 10 000 → paid 0, still owes 1473
    const ShareOutResult r = computeShareOut(in);
    REQUIRE(r.problems.empty());
    const ShareOutLine& m3 = r.lines[2];
    CHECK(m3.gross == 5685);
    CHECK(m3.deductions == 2000);
    CHECK(m3.net == 3685);
    CHECK(m3.stillOwed == 0);
    const ShareOutLine& m5 = r.lines[4];
    CHECK(m5.gross == 8527);
    CHECK(m5.deductions == 8527); // never more than the part
    CHECK(m5.net == 0);
    CHECK(m5.stillOwed == 1473);
    // Netting moves money from payouts to repayments; the amount shared is unchanged.
    std::int64_t net = 0;
    std::int64_t deductions = 0;
    for (const ShareOutLine& l : r.lines) {
        net += l.net;
        deductions += l.deductions;
    }
    CHECK(deductions == 10527);
    CHECK(net + deductions == 41500);
    CHECK(grossOf(r) == grossOf(computeShareOut(sevenMembers(41500))));
}

TEST_CASE("savings: share-out under repay-first is refused while a member owes", "[savings]")
{
    ShareOutInput in = sevenMembers(41500);
    in.netOffLoans = false;
    in.members[1].owed = 3000;
    in.members[5].owed = 250;
    const ShareOutResult r = computeShareOut(in);
    REQUIRE(r.problems.size() == 2);
    CHECK(r.problems[0].code == "shareout.repay_first");
    CHECK(r.problems[0].field == "members");
    CHECK(r.problems[0].args == std::vector<std::string>{"2", "3000"});
    CHECK(r.problems[0].text == "Member 2 still owes 3000: under the repay-first rule they must repay before the share-out");
    CHECK(r.problems[1].args == std::vector<std::string>{"6", "250"});
    // The lines are still shown, with nothing netted off.
    REQUIRE(r.lines.size() == 7);
    CHECK(r.lines[1].deductions == 0);
    CHECK(r.lines[1].stillOwed == 3000);
    CHECK(r.lines[1].net == r.lines[1].gross);

    in.members[1].owed = 0;
    in.members[5].owed = 0;
    CHECK(computeShareOut(in).problems.empty());
}

TEST_CASE("savings: share-out with a rounding unit of 25 keeps the odd amount in the fund", "[savings]")
{
    // 41 510 to share in whole 25s: 1660 units (41 500) and 10 kept by the fund. 1660 units
    // × shares / 73 — floors and remainders in 73rds:
    //   member 1: 113 + 51, member 2: 181 + 67, member 3: 227 + 29, member 4: 272 + 64,
    //   member 5: 341 + 7,  member 6: 250 + 10, member 7: 272 + 64.
    // Floors: 1656 units; the 4 left go to members 2 (67), 4 and 7 (64) and 1 (51).
    ShareOutInput in = sevenMembers(41510);
    in.roundingUnit = 25;
    const ShareOutResult r = computeShareOut(in);
    REQUIRE(r.problems.empty());
    CHECK(grossOf(r) == std::vector<std::int64_t>{2850, 4550, 5675, 6825, 8525, 6250, 6825});
    CHECK(roundedUpOf(r) == std::vector<MemberId>{1, 2, 4, 7});
    CHECK(r.unitsByRemainder == 4);
    CHECK(r.allocated == 41500);
    CHECK(r.keptByRounding == 10);
    CHECK(r.allocated + r.keptByRounding == r.amountShared);
    for (const ShareOutLine& l : r.lines)
        CHECK(l.gross % 25 == 0);
    CHECK(r.roundingNote ==
          "Parts are whole multiples of 25; 4 units of 25 went by largest remainder (to members 1, 2, 4 and 7); ties "
          "go to the lower member number; 10 (less than one unit) is kept by the fund: Σ parts = 41 500 and 41 500 + "
          "10 = 41 510");
}

TEST_CASE("savings: time-weighted share-out worked by hand", "[savings]")
{
    // Three members; meetingsHeld = meetings each amount stayed in the fund before the share-out.
    //   member 1: 1000 held 4 meetings                       → saved 1000, weight 4000
    //   member 2: 500 held 4 meetings, 1000 held 2 meetings  → saved 1500, weight 2000 + 2000 = 4000
    //   member 3: 2000 held 1 meeting                        → saved 2000, weight 2000
    // Saved 4500; 5501 to share → earnings 1001, split by weight 4000 : 4000 : 2000 (of 10 000):
    //   400.4, 400.4, 200.2 → floors 400, 400, 200 = 1000; 1 unit left, remainders .4, .4, .2:
    //   members 1 and 2 tie, the lower member number (1) takes it → earnings 401, 400, 200.
    // Gross = savings back + earnings: 1401, 1900, 2200 (Σ 5501). The standard rule would give
    // 1222, 1834, 2445: member 3, who saved late, gets less under time weighting.
    ShareOutInput in;
    in.rule = ShareOutRule::TimeWeighted;
    in.amountShared = 5501;
    in.members = {
        ShareOutMemberInput{1, 2, 1000, {{1000, 4}}, 0},
        ShareOutMemberInput{2, 3, 1500, {{500, 4}, {1000, 2}}, 0},
        ShareOutMemberInput{3, 4, 2000, {{2000, 1}}, 0},
    };
    const ShareOutResult r = computeShareOut(in);
    REQUIRE(r.problems.empty());
    CHECK(r.earnings == 1001);
    CHECK(r.lines[0].weight == 4000);
    CHECK(r.lines[1].weight == 4000);
    CHECK(r.lines[2].weight == 2000);
    CHECK(grossOf(r) == std::vector<std::int64_t>{1401, 1900, 2200});
    CHECK(roundedUpOf(r) == std::vector<MemberId>{1});
    CHECK(r.allocated == 5501);
    CHECK(r.roundingNote == "Savings come back whole; the earnings of 1 001 are split by amount × meetings held, in "
                            "whole multiples of 1; 1 unit went by largest remainder (to member 1); ties go to the "
                            "lower member number; nothing is lost: Σ parts = 5 501");

    in.rule = ShareOutRule::Standard;
    CHECK(grossOf(computeShareOut(in)) == std::vector<std::int64_t>{1222, 1834, 2445});
}

TEST_CASE("savings: time-weighted share-out falls back to savings when nothing was held a meeting", "[savings]")
{
    ShareOutInput in;
    in.rule = ShareOutRule::TimeWeighted;
    in.amountShared = 3300;
    in.members = {ShareOutMemberInput{1, 1, 1000, {{1000, 0}}, 0}, ShareOutMemberInput{2, 2, 2000, {{2000, 0}}, 0}};
    const ShareOutResult r = computeShareOut(in);
    REQUIRE(r.problems.empty());
    // Earnings 300 split 1000 : 2000.
    CHECK(grossOf(r) == std::vector<std::int64_t>{1100, 2200});
    CHECK(r.lines[0].weight == 1000);
    CHECK(r.roundingNote.find("split by savings, because no amount was held for a whole meeting") != std::string::npos);
}

TEST_CASE("savings: share-out of a loss", "[savings]")
{
    SECTION("standard: everyone loses in proportion to savings")
    {
        // 36 500 saved, 29 200 left (a loss of 7 300 = 20 %): each member gets 80 % back.
        const ShareOutResult r = computeShareOut(sevenMembers(29200));
        REQUIRE(r.problems.empty());
        CHECK(r.earnings == -7300);
        CHECK(grossOf(r) == std::vector<std::int64_t>{2000, 3200, 4000, 4800, 6000, 4400, 4800});
        CHECK(r.allocated == 29200);
    }
    SECTION("time-weighted: the loss is split by amount × meetings, rounded so the fund never pays more")
    {
        // Saved 1000 + 1000, weights 3000 : 1000, 1950 left → a loss of 50 in 25s: 2 units of
        // loss, 1.5 and 0.5 → member 1 bears 25 + the remainder unit (tie .5/.5 → member 1):
        // 50, member 2 bears 0. Gross 950, 1000.
        ShareOutInput in;
        in.rule = ShareOutRule::TimeWeighted;
        in.roundingUnit = 25;
        in.amountShared = 1950;
        in.members = {ShareOutMemberInput{1, 2, 1000, {{1000, 3}}, 0}, ShareOutMemberInput{2, 2, 1000, {{1000, 1}}, 0}};
        ShareOutResult r = computeShareOut(in);
        REQUIRE(r.problems.empty());
        CHECK(grossOf(r) == std::vector<std::int64_t>{950, 1000});
        CHECK(r.keptByRounding == 0);
        // A loss of 60 is rounded to 75 (three whole units); the fund keeps 15.
        in.amountShared = 1940;
        r = computeShareOut(in);
        REQUIRE(r.problems.empty());
        CHECK(r.allocated == 1925);
        CHECK(r.keptByRounding == 15);
        // 3 units of loss split 3000 : 1000 = 2.25, 0.75 → 2, 0 and one unit left, borne by
        // member 2 (.75): parts 1000 − 50 and 1000 − 25.
        CHECK(grossOf(r) == std::vector<std::int64_t>{950, 975});
        CHECK(roundedUpOf(r) == std::vector<MemberId>{2});
        CHECK(r.roundingNote == "Savings come back whole; the loss of 60 is split by amount × meetings held, in whole "
                                "multiples of 25; 1 unit of 25 of the loss fell by largest remainder (on member 2); "
                                "ties go to the lower member number; 15 (less than one unit) is kept by the fund: "
                                "Σ parts = 1 925 and 1 925 + 15 = 1 940");
    }
    SECTION("time-weighted: a part of the loss larger than a member's savings is a problem")
    {
        // Member 1 saved 100 for 10 meetings (weight 1000), member 2 1000 for 1 meeting (weight
        // 1000). 200 left → a loss of 900, 450 each: more than member 1's 100.
        ShareOutInput in;
        in.rule = ShareOutRule::TimeWeighted;
        in.amountShared = 200;
        in.members = {ShareOutMemberInput{1, 1, 100, {{100, 10}}, 0}, ShareOutMemberInput{2, 2, 1000, {{1000, 1}}, 0}};
        const ShareOutResult r = computeShareOut(in);
        REQUIRE(r.problems.size() == 1);
        CHECK(r.problems[0].code == "shareout.loss_above_savings");
        CHECK(r.problems[0].args == std::vector<std::string>{"1", "450", "100"});
        CHECK(grossOf(r) == std::vector<std::int64_t>{-350, 550});
        CHECK(r.lines[0].deductions == 0);
    }
}

TEST_CASE("savings: share-out input problems", "[savings]")
{
    ShareOutInput none;
    none.amountShared = 1000;
    none.members = {ShareOutMemberInput{1, 0, 0, {}, 0}, ShareOutMemberInput{2, 0, 0, {}, 0}};
    CHECK(codes(computeShareOut(none).problems) == std::vector<std::string>{"shareout.no_savings"});
    none.members.clear();
    CHECK(codes(computeShareOut(none).problems) == std::vector<std::string>{"shareout.no_savings"});

    ShareOutInput negative = sevenMembers(-1);
    const ShareOutResult r = computeShareOut(negative);
    CHECK(codes(r.problems) == std::vector<std::string>{"shareout.negative_amount"});
    CHECK(r.problems[0].field == "amountShared");
    CHECK(r.lines.empty());

    ShareOutInput unit = sevenMembers(41500);
    unit.roundingUnit = 0;
    CHECK(codes(computeShareOut(unit).problems) == std::vector<std::string>{"shareout.rounding_unit"});

    ShareOutInput holdings = sevenMembers(41500);
    holdings.rule = ShareOutRule::TimeWeighted;
    holdings.members[3].holdings = {{5000, 2}}; // saved 6000
    CHECK(codes(computeShareOut(holdings).problems) == std::vector<std::string>{"shareout.holdings_mismatch"});
    holdings.members[3].holdings = {{6000, -1}};
    CHECK(codes(computeShareOut(holdings).problems) == std::vector<std::string>{"shareout.negative_weight"});

    ShareOutInput owed = sevenMembers(41500);
    owed.members[0].owed = -5;
    owed.members[1].saved = -5;
    CHECK(codes(computeShareOut(owed).problems) ==
          std::vector<std::string>{"shareout.negative_owed", "shareout.negative_savings"});
}
