// BigUnsigned against 128-bit integers where they overlap, and against known values beyond.
#include "core/error/errors.h"
#include "core/money/big_unsigned.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <limits>
#include <random>
#include <string>

using namespace tontine;

namespace {

std::string decimal(unsigned __int128 v)
{
    if (v == 0)
        return "0";
    std::string out;
    while (v != 0) {
        out.insert(out.begin(), static_cast<char>('0' + static_cast<int>(v % 10)));
        v /= 10;
    }
    return out;
}

} // namespace

TEST_CASE("loans: BigUnsigned agrees with 128-bit arithmetic", "[loans]")
{
    std::mt19937_64 rng(20261123);
    for (int i = 0; i < 2000; ++i) {
        // Mix small and large values so that carries, borrows and single limbs all occur.
        const std::uint64_t a = i % 3 == 0 ? rng() % 1000 : rng() >> (rng() % 60);
        const std::uint64_t b = i % 5 == 0 ? 1 + rng() % 7 : 1 + (rng() >> (1 + rng() % 60));
        const unsigned __int128 product = static_cast<unsigned __int128>(a) * b;
        const BigUnsigned x(a);
        const BigUnsigned y(b);
        CHECK((x * y).toDecimal() == decimal(product));
        CHECK((x + y).toDecimal() == decimal(static_cast<unsigned __int128>(a) + b));
        CHECK((x * y / y) == x);
        CHECK(((x * y + BigUnsigned(b - 1)) % y) == BigUnsigned(b - 1));
        CHECK((x / y).toDecimal() == decimal(a / b));
        CHECK((x % y).toDecimal() == decimal(a % b));
        CHECK((x < y) == (a < b));
        CHECK((x <= y) == (a <= b));
        if (a >= b)
            CHECK((x - y).toDecimal() == decimal(a - b));
        else
            CHECK_THROWS_AS(x - y, MoneyError);
        // Products of three: beyond 128 bits, checked by dividing back.
        const BigUnsigned z = x * y * y;
        CHECK(z / y / y == x);
    }
}

TEST_CASE("loans: BigUnsigned powers, decimals and the int64 range", "[loans]")
{
    CHECK(BigUnsigned(2).pow(100).toDecimal() == "1267650600228229401496703205376");
    CHECK(BigUnsigned(10).pow(40).toDecimal() == "1" + std::string(40, '0'));
    CHECK(BigUnsigned(10036).pow(0) == BigUnsigned(1));
    CHECK(BigUnsigned(0).toDecimal() == "0");
    CHECK(BigUnsigned(0).isZero());
    CHECK(BigUnsigned().isZero());
    CHECK(BigUnsigned(7) - BigUnsigned(7) == BigUnsigned(0));
    // (10^40 + 123) mod 10^20 and div 10^20: the digits split where they should.
    const BigUnsigned big = BigUnsigned(10).pow(40) + BigUnsigned(123);
    CHECK((big % BigUnsigned(10).pow(20)).toDecimal() == "123");
    CHECK((big / BigUnsigned(10).pow(20)).toDecimal() == "1" + std::string(20, '0'));
    CHECK(BigUnsigned(std::numeric_limits<std::int64_t>::max()).toInt64() == std::numeric_limits<std::int64_t>::max());
    CHECK_THROWS_AS(BigUnsigned(std::uint64_t(1) << 63).toInt64(), MoneyError);
    CHECK_THROWS_AS((BigUnsigned(1) / BigUnsigned(0)), MoneyError);
    CHECK_THROWS_AS((BigUnsigned(1) % BigUnsigned(0)), MoneyError);
    CHECK(BigUnsigned(3).pow(5).toInt64() == 243);
}
