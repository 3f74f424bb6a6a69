#include "core/error/errors.h"
#include "core/money/money.h"

#include <catch2/catch.hpp>

#include <limits>
#include <random>

using namespace tontine;

namespace {
constexpr auto kMax = std::numeric_limits<std::int64_t>::max();
constexpr auto kMin = std::numeric_limits<std::int64_t>::min();
} // namespace

TEST_CASE("checked helpers compute and refuse overflow")
{
    CHECK(checkedAdd(2, 3) == 5);
    CHECK(checkedSub(2, 3) == -1);
    CHECK(checkedMul(-4, 3) == -12);
    CHECK(checkedAdd(kMax, 0) == kMax);
    CHECK(checkedSub(kMin, 0) == kMin);
    CHECK_THROWS_AS(checkedAdd(kMax, 1), MoneyError);
    CHECK_THROWS_AS(checkedAdd(kMin, -1), MoneyError);
    CHECK_THROWS_AS(checkedSub(kMin, 1), MoneyError);
    CHECK_THROWS_AS(checkedSub(0, kMin), MoneyError);
    CHECK_THROWS_AS(checkedMul(kMax, 2), MoneyError);
    CHECK_THROWS_AS(checkedMul(kMin, -1), MoneyError);
    CHECK(checkedMul(kMin, 1) == kMin);
}

TEST_CASE("roundToUnit rounds half away from zero")
{
    CHECK(roundToUnit(12, 5) == 10);
    CHECK(roundToUnit(13, 5) == 15);
    CHECK(roundToUnit(12, 25) == 0);
    CHECK(roundToUnit(13, 25) == 25);  // 12.5 units away: half goes away from zero
    CHECK(roundToUnit(-13, 25) == -25);
    CHECK(roundToUnit(-12, 25) == 0);
    CHECK(roundToUnit(-12, 5) == -10);
    CHECK(roundToUnit(-13, 5) == -15);
    CHECK(roundToUnit(150, 100) == 200);
    CHECK(roundToUnit(-150, 100) == -200);
    CHECK(roundToUnit(149, 100) == 100);
    CHECK(roundToUnit(7, 1) == 7);
    CHECK(roundToUnit(0, 50) == 0);
    CHECK(roundToUnit(kMax, 1) == kMax);
    CHECK(roundToUnit(kMin, 1) == kMin);
    CHECK_THROWS_AS(roundToUnit(kMax, 10), MoneyError); // rounds up past the limit
    CHECK_THROWS_AS(roundToUnit(kMin, 10), MoneyError);
    CHECK(roundToUnit(kMax - 7, 10) == kMax - 7); // ...800 is already a multiple of 10
    CHECK(roundToUnit(kMax - 5, 10) == kMax - 7); // ...802 rounds down
    CHECK_THROWS_AS(roundToUnit(5, 0), MoneyError);
    CHECK_THROWS_AS(roundToUnit(5, -5), MoneyError);
}

TEST_CASE("mulDivRound is exact and rounds half away from zero with the right sign")
{
    CHECK(mulDivRound(10, 1, 4) == 3);    // 2.5 -> 3
    CHECK(mulDivRound(-10, 1, 4) == -3);  // -2.5 -> -3
    CHECK(mulDivRound(10, -1, 4) == -3);
    CHECK(mulDivRound(10, 1, -4) == -3);
    CHECK(mulDivRound(-10, 1, -4) == 3);
    CHECK(mulDivRound(9, 1, 4) == 2);     // 2.25
    CHECK(mulDivRound(11, 1, 4) == 3);    // 2.75
    CHECK(mulDivRound(-9, 1, 4) == -2);
    CHECK(mulDivRound(0, 5, 7) == 0);
    // 100 000 F at 250 basis points: 2 500 F exactly.
    CHECK(mulDivRound(100000, 250, 10000) == 2500);
    // 12 345 F at 3.5 % = 432.075 -> 432
    CHECK(mulDivRound(12345, 350, 10000) == 432);
    // Products far past int64 are still exact.
    CHECK(mulDivRound(kMax, kMax, kMax) == kMax);
    CHECK(mulDivRound(kMin, kMin, kMin) == kMin);
    CHECK(mulDivRound(kMax, 2, 4) == kMax / 2 + 1); // (2^63-1)/2 = ...3.5 -> up
    CHECK(mulDivRound(kMin, 1, -2) == std::int64_t(1) << 62);
    CHECK_THROWS_AS(mulDivRound(kMax, 2, 1), MoneyError);
    CHECK_THROWS_AS(mulDivRound(kMin, 1, -1), MoneyError);
    CHECK_THROWS_AS(mulDivRound(1, 1, 0), MoneyError);
}

TEST_CASE("mulDivRound is the nearest integer, ties away from zero, on random inputs")
{
    // Characterises the result instead of recomputing it: r is within half a unit of a*b/c,
    // i.e. 2*|a*b - r*c| <= |c|, and on an exact tie |r*c| > |a*b| (away from zero).
    std::mt19937_64 rng(20261122);
    std::uniform_int_distribution<std::int64_t> small(-1000000, 1000000);
    std::uniform_int_distribution<std::int64_t> divisor(1, 1000);
    std::uniform_int_distribution<std::int64_t> any(kMin, kMax);
    int ties = 0;
    for (int i = 0; i < 20000; ++i) {
        std::int64_t a = small(rng);
        std::int64_t b = small(rng);
        std::int64_t c = divisor(rng) * (rng() % 2 ? 1 : -1);
        if (i % 4 == 0) { // huge operands: a*b far past int64, the quotient still fits
            a = any(rng);
            b = std::int64_t(rng() % 1000) - 500;
            c = b == 0 ? 1 : b * (std::int64_t(rng() % 7) + 1);
        }
        const std::int64_t r = mulDivRound(a, b, c);
        const __int128 n = (__int128)a * b;
        const __int128 diff = n - (__int128)r * c;
        const __int128 absDiff = diff < 0 ? -diff : diff;
        const __int128 absC = c < 0 ? -(__int128)c : c;
        INFO(a << " * " << b << " / " << c << " = " << r);
        REQUIRE(2 * absDiff <= absC);
        if (2 * absDiff == absC) {
            ++ties;
            const __int128 rc = (__int128)r * c;
            REQUIRE((rc < 0 ? -rc : rc) > (n < 0 ? -n : n));
        }
    }
    CHECK(ties > 0); // the tie rule was exercised
}
