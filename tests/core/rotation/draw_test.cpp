#include "rotation_fixture.h"

#include "core/rotation/draw.h"
#include "core/rotation/rotation_plan.h"

using namespace rotation_test;

namespace {
std::vector<HandNumber> winners(const std::vector<DrawStep>& steps)
{
    std::vector<HandNumber> out;
    for (const DrawStep& s : steps)
        out.push_back(s.winner);
    return out;
}
const std::vector<HandNumber> kFive{1, 2, 3, 4, 5};
} // namespace

TEST_CASE("The draw matches the worked example of docs/draw.md, checkable with sha256sum", "[rotation]")
{
    // printf '%s' 'billet 4F2201873|1|0' | sha256sum  →  bfc463b8…
    const auto steps = drawOrder("billet 4F2201873", kFive);
    REQUIRE(steps.size() == 5);
    CHECK(steps[0].message == "billet 4F2201873|1|0");
    CHECK(steps[0].hashHex == "bfc463b8f0142897a85fe5f717cffb09aff139c681b3b1f5aaa26ed021388fd9");
    CHECK(steps[0].value == 3217318840u);
    CHECK(steps[0].index == 0); // 3217318840 mod 5
    CHECK(steps[1].hashHex.substr(0, 8) == "0a8bb2ca");
    CHECK(steps[1].eligible == std::vector<HandNumber>{2, 3, 4, 5});
    CHECK(steps[1].index == 2); // 176927434 mod 4
    CHECK(winners(steps) == std::vector<HandNumber>{1, 4, 2, 3, 5});
}

TEST_CASE("A draw re-run from its seed gives the same order; another seed gives another", "[rotation]")
{
    CHECK(winners(drawOrder("billet 4F2201873", kFive)) == winners(drawOrder("billet 4F2201873", {5, 3, 1, 2, 4})));
    CHECK(winners(drawOrder("billet 4F2201874", kFive)) != winners(drawOrder("billet 4F2201873", kFive)));

    // A draw-order rotation follows the same order, round after round, to the end.
    RotationState state;
    state.spec = simpleSpec(5, 1000, OrderMethod::Draw);
    REQUIRE(validateRotation(state.spec).empty());
    const auto expected = winners(drawOrder(state.spec.drawSeed, kFive));
    for (const RoundPlan& row : planCycle(state))
        CHECK(row.beneficiaries == std::vector<HandNumber>{expected[static_cast<std::size_t>(row.round - 1)]});
    Books books;
    for (int r = 1; r <= 5; ++r) {
        payRound(state, books, r);
        // Drawn at each round among the hands that have not received: the same result.
        CHECK(payOut(state, books, r, roundDate(state.spec, r)).beneficiaries[0].money.hand
              == expected[static_cast<std::size_t>(r - 1)]);
    }
    CHECK(books["pot:7"] == 0);
}

TEST_CASE("The draw redraws values that would bias the result (rejection sampling)", "[rotation]")
{
    // With 997 hands, values ≥ 4294966330 are redrawn. Attempt 0 of this seed hits one.
    std::vector<HandNumber> hands;
    for (int h = 1; h <= 997; ++h)
        hands.push_back(h);
    const DrawStep step = drawPick("rejection-1949837", 1, hands);
    CHECK(step.attempt == 1);
    CHECK(step.message == "rejection-1949837|1|1");
    CHECK(step.value == 4228962645u);
    CHECK(step.index == 706);
    CHECK(step.winner == 707);
    CHECK_THROWS_AS(drawPick("x", 1, {}), Error);
}

TEST_CASE("A draw seed must be printable and is checked with the rotation", "[rotation]")
{
    RotationSpec spec = simpleSpec(3, 1000, OrderMethod::Draw);
    spec.drawSeed = "";
    CHECK(hasCode(validateRotation(spec), "rotation.drawSeed"));
    spec.drawSeed = "a|b";
    CHECK(hasCode(validateRotation(spec), "rotation.drawSeed"));
    spec.drawSeed = "ok seed";
    CHECK(validateRotation(spec).empty());
}
