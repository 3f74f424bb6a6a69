#include "core/error/errors.h"
#include "core/money/money.h"

#include <catch2/catch.hpp>

#include <limits>

using namespace tontine;

namespace {
Money in(const char* code, std::int64_t minor)
{
    return Money(minor, currencyByCode(code));
}
} // namespace

TEST_CASE("toPlain writes major units without grouping")
{
    CHECK(in("EUR", 125050).toPlain() == "1250.50");
    CHECK(in("XOF", -125000).toPlain() == "-125000");
    CHECK(in("XOF", 0).toPlain() == "0");
    CHECK(in("EUR", 0).toPlain() == "0.00");
    CHECK(in("EUR", 5).toPlain() == "0.05");
    CHECK(in("EUR", -5).toPlain() == "-0.05");
    CHECK(in("EUR", -100).toPlain() == "-1.00");
    CHECK(in("XOF", std::numeric_limits<std::int64_t>::min()).toPlain() == "-9223372036854775808");
    CHECK(in("USD", std::numeric_limits<std::int64_t>::max()).toPlain() == "92233720368547758.07");
    CHECK(formatPlain(1234, currencyByCode("PEN")) == "12.34");
}

TEST_CASE("formatWithCode names an amount in a message as people type it back")
{
    CHECK(formatWithCode(80000, currencyByCode("XOF")) == "80000 XOF");
    CHECK(formatWithCode(-50, currencyByCode("EUR")) == "-0.50 EUR");
    CHECK(formatWithCode(1234, currencyByCode("PEN")) == "12.34 PEN");
    // What it prints is accepted by the parser for the same currency.
    CHECK(Money::parse(formatWithCode(125000, currencyByCode("XOF")), currencyByCode("XOF")).minor() == 125000);
}

TEST_CASE("toDisplay follows each currency's writing habit")
{
    CHECK(in("XOF", 125000).toDisplay() == "125 000 F CFA");
    CHECK(in("XAF", 1000000).toDisplay() == "1 000 000 F CFA");
    CHECK(in("RWF", 5000).toDisplay() == "5 000 FRw");
    CHECK(in("XOF", 999).toDisplay() == "999 F CFA");
    CHECK(in("XOF", 0).toDisplay() == "0 F CFA");
    CHECK(in("PEN", 125050).toDisplay() == "S/ 1,250.50");
    CHECK(in("DOP", 125050).toDisplay() == "RD$ 1,250.50");
    CHECK(in("EUR", 125050).toDisplay() == "1 250,50 \xE2\x82\xAC");
    CHECK(in("USD", 125050).toDisplay() == "$1,250.50");
    CHECK(in("USD", 5).toDisplay() == "$0.05");
    CHECK(in("PEN", 123456789).toDisplay() == "S/ 1,234,567.89");
}

TEST_CASE("toDisplay puts the minus sign in front of everything")
{
    CHECK(in("XOF", -125000).toDisplay() == "-125 000 F CFA");
    CHECK(in("PEN", -1200).toDisplay() == "-S/ 12.00");
    CHECK(in("USD", -1).toDisplay() == "-$0.01");
    CHECK(in("EUR", -100000).toDisplay() == "-1 000,00 \xE2\x82\xAC");
    CHECK(in("XOF", std::numeric_limits<std::int64_t>::min()).toDisplay() ==
          "-9 223 372 036 854 775 808 F CFA");
}

TEST_CASE("Money arithmetic is checked and refuses mixed currencies")
{
    const Money a = in("XOF", 1500);
    const Money b = in("XOF", 250);
    CHECK((a + b).minor() == 1750);
    CHECK((a - b).minor() == 1250);
    CHECK((-a).minor() == -1500);
    CHECK(a.times(3).minor() == 4500);
    CHECK(a.times(-2).minor() == -3000);
    Money c = a;
    c += b;
    c -= in("XOF", 50);
    CHECK(c.minor() == 1700);

    const Money eur = in("EUR", 1500);
    CHECK_THROWS_AS(a + eur, MoneyError);
    CHECK_THROWS_AS(a - eur, MoneyError);
    CHECK_THROWS_AS(a < eur, MoneyError);
    CHECK_FALSE(a == eur);
    CHECK(a == in("XOF", 1500));
    CHECK(b < a);
    CHECK(a > b);
    CHECK((a <=> in("XOF", 1500)) == std::strong_ordering::equal);

    CHECK(Money::zero(currencyByCode("EUR")).isZero());
    CHECK(in("EUR", -1).isNegative());
    CHECK_FALSE(in("EUR", 0).isNegative());
}

TEST_CASE("Money arithmetic overflows at the int64 limits")
{
    constexpr auto max = std::numeric_limits<std::int64_t>::max();
    constexpr auto min = std::numeric_limits<std::int64_t>::min();
    CHECK_THROWS_AS(in("XOF", max) + in("XOF", 1), MoneyError);
    CHECK_THROWS_AS(in("XOF", min) - in("XOF", 1), MoneyError);
    CHECK_THROWS_AS(-in("XOF", min), MoneyError);
    CHECK_THROWS_AS(in("XOF", max).times(2), MoneyError);
    CHECK_THROWS_AS(in("XOF", min).times(-1), MoneyError);
    CHECK((in("XOF", max) + in("XOF", min)).minor() == -1);
    CHECK((-in("XOF", max)).minor() == min + 1);
    CHECK(in("XOF", max - 1).operator+(in("XOF", 1)).minor() == max);
}
