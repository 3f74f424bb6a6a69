#include "core/error/errors.h"
#include "core/money/money.h"

#include <catch2/catch.hpp>

#include <limits>
#include <random>

using namespace tontine;

namespace {
const Currency& XOF = currencyByCode("XOF");

std::vector<std::int64_t> minors(const std::vector<Money>& parts)
{
    std::vector<std::int64_t> out;
    for (const Money& m : parts)
        out.push_back(m.minor());
    return out;
}

std::vector<std::int64_t> split(std::int64_t total, std::vector<std::int64_t> weights)
{
    return minors(allocate(Money(total, XOF), weights));
}

__int128 abs128(__int128 v)
{
    return v < 0 ? -v : v;
}
} // namespace

TEST_CASE("allocate worked examples")
{
    using V = std::vector<std::int64_t>;
    CHECK(split(100, {1, 1, 1}) == V{34, 33, 33});          // tie: lowest index first
    CHECK(split(-100, {1, 1, 1}) == V{-34, -33, -33});      // mirror image
    CHECK(split(101, {1, 1}) == V{51, 50});
    CHECK(split(10, {3, 7}) == V{3, 7});
    CHECK(split(10, {1, 2}) == V{3, 7});                    // 3.33 / 6.67: the larger remainder wins
    CHECK(split(1000, {0, 1, 0}) == V{0, 1000, 0});
    CHECK(split(5, {1, 0, 1}) == V{3, 0, 2});
    CHECK(split(0, {4, 5}) == V{0, 0});
    CHECK(split(7, {1}) == V{7});
    CHECK(split(2, {1, 1, 1, 1}) == V{1, 1, 0, 0});
    CHECK(split(-2, {1, 1, 1, 1}) == V{-1, -1, 0, 0});
    // A 10 000 F bid discount shared among members by their shares.
    CHECK(split(10000, {2, 1, 1, 3}) == V{2857, 1429, 1428, 4286});
}

TEST_CASE("allocate keeps the currency and handles the int64 extremes")
{
    constexpr auto max = std::numeric_limits<std::int64_t>::max();
    constexpr auto min = std::numeric_limits<std::int64_t>::min();
    const auto parts = allocate(Money(max, currencyByCode("EUR")), std::vector<std::int64_t>{max, max, 1});
    REQUIRE(parts.size() == 3);
    CHECK(parts[0].currency().code == "EUR");
    CHECK((__int128)parts[0].minor() + parts[1].minor() + parts[2].minor() == max);

    using V = std::vector<std::int64_t>;
    CHECK(split(min, {1}) == V{min});
    CHECK(split(min, {1, 1}) == V{min / 2, min / 2});
    CHECK(split(max, {1, 1}) == V{max / 2 + 1, max / 2});
    CHECK(split(min, {max, max}) == V{min / 2, min / 2});
}

TEST_CASE("allocate refuses bad weights")
{
    using V = std::vector<std::int64_t>;
    CHECK_THROWS_AS(split(100, V{}), MoneyError);
    CHECK_THROWS_AS(split(100, V{0, 0}), MoneyError);
    CHECK_THROWS_AS(split(100, V{1, -1}), MoneyError);
    CHECK_THROWS_AS(split(100, V{-1}), MoneyError);
    CHECK_THROWS_AS(split(0, V{0}), MoneyError);
}

TEST_CASE("allocate properties hold for thousands of random splits")
{
    std::mt19937_64 rng(0x70e71e);
    constexpr auto max = std::numeric_limits<std::int64_t>::max();
    constexpr auto min = std::numeric_limits<std::int64_t>::min();
    std::uniform_int_distribution<std::int64_t> anyTotal(min, max);
    std::uniform_int_distribution<std::int64_t> smallTotal(-100000, 100000);
    std::uniform_int_distribution<std::int64_t> smallWeight(0, 20);
    std::uniform_int_distribution<std::int64_t> hugeWeight(max / 2, max);
    std::uniform_int_distribution<int> count(1, 40);
    std::uniform_int_distribution<int> kind(0, 9);

    for (int round = 0; round < 5000; ++round) {
        const std::int64_t total = round % 3 == 0 ? anyTotal(rng) : smallTotal(rng);
        const int n = round % 10 == 0 ? 1 : count(rng);
        std::vector<std::int64_t> weights(static_cast<std::size_t>(n));
        for (auto& w : weights) {
            const int k = kind(rng);
            w = k < 2 ? 0 : (k < 4 ? hugeWeight(rng) : smallWeight(rng));
        }
        bool allZero = true;
        for (auto w : weights)
            allZero = allZero && w == 0;
        if (allZero)
            weights[rng() % weights.size()] = 1 + static_cast<std::int64_t>(rng() % 1000);

        const std::vector<std::int64_t> parts = split(total, weights);
        REQUIRE(parts.size() == weights.size());

        __int128 weightSum = 0;
        for (auto w : weights)
            weightSum += w;
        __int128 sum = 0;
        for (std::size_t i = 0; i < parts.size(); ++i) {
            sum += parts[i];
            // |part - total*w/W| < 1  <=>  |part*W - total*w| < W (exact in 128 bits)
            const __int128 exactTimesW = (__int128)total * weights[i];
            INFO("round " << round << " index " << i << " total " << total << " weight " << weights[i]);
            REQUIRE(abs128((__int128)parts[i] * weightSum - exactTimesW) < weightSum);
            if (weights[i] == 0)
                REQUIRE(parts[i] == 0);
            // Parts carry the sign of the total.
            REQUIRE((total >= 0 ? parts[i] >= 0 : parts[i] <= 0));
        }
        REQUIRE(sum == total);

        // Deterministic: the same input always gives the same output.
        REQUIRE(split(total, weights) == parts);
        // Symmetric: the negated total splits into the negated parts (when it can be negated).
        if (total != min) {
            std::vector<std::int64_t> negated;
            for (auto p : parts)
                negated.push_back(-p);
            REQUIRE(split(-total, weights) == negated);
        }
    }
}

TEST_CASE("allocate is order-deterministic: equal remainders go to the lowest index")
{
    using V = std::vector<std::int64_t>;
    CHECK(split(2, {1, 2, 1}) == V{1, 1, 0});
    CHECK(split(2, {1, 2, 1, 0}) == V{1, 1, 0, 0});
    CHECK(split(2, {0, 1, 2, 1}) == V{0, 1, 1, 0});
    CHECK(split(-2, {1, 2, 1}) == V{-1, -1, 0});
    std::mt19937_64 rng(42);
    for (int round = 0; round < 500; ++round) {
        const std::int64_t total = static_cast<std::int64_t>(rng() % 1000000);
        const std::size_t n = 2 + rng() % 20;
        std::vector<std::int64_t> equal(n, 7);
        const auto parts = split(total, equal);
        const std::int64_t base = total / static_cast<std::int64_t>(n);
        const std::size_t extra = static_cast<std::size_t>(total % static_cast<std::int64_t>(n));
        for (std::size_t i = 0; i < n; ++i)
            REQUIRE(parts[i] == base + (i < extra ? 1 : 0));
    }
}
