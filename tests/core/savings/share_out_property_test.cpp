// Random cycles: whatever members saved, when and what they owe, the share-out accounts for
// every unit and each part is within one rounding unit of its exact share.
#include "core/demo/demo_random.h"
#include "core/savings/share_out.h"

#include <catch2/catch.hpp>

using namespace tontine;

namespace {

struct Cycle {
    ShareOutInput input;
    bool savedInUnits = true; // every member's savings a multiple of the rounding unit
};

Cycle randomCycle(demo::DemoRandom& rng)
{
    static const std::int64_t kUnits[] = {1, 5, 25, 100};
    static const std::int64_t kPrices[] = {100, 200, 500, 1000, 2500};
    Cycle c;
    ShareOutInput& in = c.input;
    in.rule = rng.chance(50) ? ShareOutRule::TimeWeighted : ShareOutRule::Standard;
    in.roundingUnit = kUnits[rng.below(4)];
    const std::int64_t price = kPrices[rng.below(5)];
    const int meetings = 1 + rng.below(24);
    const int members = 1 + rng.below(15);
    MemberId number = 0;
    std::int64_t totalSaved = 0;
    for (int i = 0; i < members; ++i) {
        ShareOutMemberInput m;
        number += 1 + rng.below(3); // gaps: members who left or joined no cycle
        m.member = number;
        const int purchases = rng.below(8);
        for (int p = 0; p < purchases; ++p) {
            const int shares = 1 + rng.below(5);
            m.holdings.push_back(ShareOutHolding{shares * price, rng.below(meetings + 1)});
            m.shares += shares;
            m.saved += shares * price;
        }
        if (rng.chance(15)) { // a free amount, not always a multiple of the unit
            const std::int64_t amount = 1 + rng.below(3000);
            m.holdings.push_back(ShareOutHolding{amount, rng.below(meetings + 1)});
            m.saved += amount;
        }
        if (rng.chance(30))
            m.owed = rng.below(static_cast<int>(m.saved) * 2 + 1);
        c.savedInUnits = c.savedInUnits && m.saved % in.roundingUnit == 0;
        totalSaved += m.saved;
        in.members.push_back(m);
    }
    if (totalSaved == 0) { // at least one member holds savings
        in.members[0].holdings.push_back(ShareOutHolding{price, meetings});
        in.members[0].shares += 1;
        in.members[0].saved += price;
        c.savedInUnits = c.savedInUnits && in.members[0].saved % in.roundingUnit == 0;
        totalSaved += price;
    }
    // Earnings from −10 % (a loss) to +40 % of the savings.
    const std::int64_t span = totalSaved / 2 + 1;
    const std::int64_t earnings = static_cast<std::int64_t>(rng.next() % static_cast<std::uint64_t>(span)) - totalSaved / 10;
    in.amountShared = totalSaved + earnings;
    return c;
}

} // namespace

TEST_CASE("savings: share-out of 300 random cycles accounts for every unit", "[savings]")
{
    demo::DemoRandom rng(0x5A1E5C0DEULL);
    int losses = 0;
    int timeWeighted = 0;
    int kept = 0;
    for (int run = 0; run < 300; ++run) {
        const Cycle c = randomCycle(rng);
        const ShareOutInput& in = c.input;
        const ShareOutResult r = computeShareOut(in);
        INFO("run " << run << ": " << describe(r.problems));
        // The only problems random input can raise: a time-weighted loss beyond savings.
        for (const Problem& p : r.problems)
            REQUIRE(p.code == "shareout.loss_above_savings");
        REQUIRE(r.lines.size() == in.members.size());
        const bool loss = r.earnings < 0;
        losses += loss ? 1 : 0;
        timeWeighted += in.rule == ShareOutRule::TimeWeighted ? 1 : 0;
        kept += r.keptByRounding > 0 ? 1 : 0;

        std::int64_t net = 0;
        std::int64_t deductions = 0;
        std::int64_t gross = 0;
        std::int64_t weights = 0;
        int roundedUp = 0;
        for (std::size_t i = 0; i < r.lines.size(); ++i) {
            const ShareOutLine& l = r.lines[i];
            const ShareOutMemberInput& m = in.members[i];
            CHECK(l.member == m.member);
            net += l.net;
            deductions += l.deductions;
            gross += l.gross;
            weights += l.weight;
            roundedUp += l.roundedUp ? 1 : 0;
            CHECK(l.net == l.gross - l.deductions);
            CHECK(l.deductions >= 0);
            CHECK(l.deductions <= m.owed);
            CHECK(l.deductions <= std::max<std::int64_t>(l.gross, 0));
            CHECK(l.stillOwed == m.owed - l.deductions);
            // Netting takes all it can: either the debt is cleared or the part is used up.
            CHECK((l.stillOwed == 0 || l.net <= 0));
            if (!loss)
                CHECK(l.gross >= 0);
            if (!loss && in.rule == ShareOutRule::TimeWeighted)
                CHECK(l.gross >= l.saved);
            if (c.savedInUnits || in.rule == ShareOutRule::Standard)
                CHECK(l.gross % in.roundingUnit == 0);
        }
        CHECK(gross == r.allocated);
        CHECK(net + deductions == r.allocated);
        CHECK(r.allocated + r.keptByRounding == in.amountShared);
        CHECK(r.keptByRounding >= 0);
        CHECK(r.keptByRounding < in.roundingUnit);
        CHECK(r.unitsByRemainder == roundedUp);
        CHECK(r.unitsByRemainder < static_cast<int>(in.members.size()));

        // Each part of what was split is within one rounding unit of its exact share:
        // |part × Σweights − splitAmount × weight| < unit × Σweights (integers, no division).
        const bool tw = in.rule == ShareOutRule::TimeWeighted;
        const std::int64_t split = (tw ? r.earnings : in.amountShared) - r.keptByRounding;
        for (const ShareOutLine& l : r.lines) {
            const __int128 part = tw ? l.gross - l.saved : l.gross;
            const __int128 error = part * weights - (__int128)split * l.weight;
            CHECK((error < 0 ? -error : error) < (__int128)in.roundingUnit * weights);
        }
    }
    // The random cycles did cover the cases the checks are about.
    CHECK(losses > 10);
    CHECK(timeWeighted > 100);
    CHECK(kept > 10);
}
