#include "core/error/errors.h"
#include "core/money/money.h"

#include <catch2/catch.hpp>

#include <limits>

using namespace tontine;

namespace {
const Currency& XOF = currencyByCode("XOF");
const Currency& EUR = currencyByCode("EUR");
const Currency& PEN = currencyByCode("PEN");

std::string parseError(std::string_view text, const Currency& currency)
{
    try {
        Money::parse(text, currency);
    } catch (const MoneyError& e) {
        return e.what();
    }
    return "(no error)";
}
} // namespace

TEST_CASE("parse reads plain amounts exactly")
{
    CHECK(Money::parse("1500", XOF).minor() == 1500);
    CHECK(Money::parse("0", XOF).minor() == 0);
    CHECK(Money::parse("-0", XOF).minor() == 0);
    CHECK(Money::parse("-12.50", EUR).minor() == -1250);
    CHECK(Money::parse("12.5", EUR).minor() == 1250);
    CHECK(Money::parse("12.05", EUR).minor() == 1205);
    CHECK(Money::parse("0.01", EUR).minor() == 1);
    CHECK(Money::parse("-0.01", EUR).minor() == -1);
    CHECK(Money::parse("12", EUR).minor() == 1200);
    CHECK(Money::parse("007", XOF).minor() == 7);
    CHECK(&Money::parse("1", PEN).currency() == &PEN);
}

TEST_CASE("parse accepts thousands grouped by three with spaces or no-break spaces")
{
    CHECK(Money::parse("125 000", XOF).minor() == 125000);
    CHECK(Money::parse("1 250 000", XOF).minor() == 1250000);
    CHECK(Money::parse("125\xC2\xA0" "000", XOF).minor() == 125000);     // U+00A0
    CHECK(Money::parse("125\xE2\x80\xAF" "000", XOF).minor() == 125000); // U+202F
    CHECK(Money::parse("-1 250.50", EUR).minor() == -125050);
    CHECK(Money::parse("12 345 678.9", EUR).minor() == 1234567890);
}

TEST_CASE("parse accepts a trailing code equal to the currency's")
{
    CHECK(Money::parse("1500 XOF", XOF).minor() == 1500);
    CHECK(Money::parse("125 000 XOF", XOF).minor() == 125000);
    CHECK(Money::parse("-3.20 EUR", EUR).minor() == -320);
    CHECK(Money::parse("1500 xof", XOF).minor() == 1500);
    CHECK_THAT(parseError("1500 EUR", XOF), Catch::Contains("XOF"));
    CHECK_FALSE(Money::tryParse("1500 EURO", EUR));
    CHECK_FALSE(Money::tryParse("1500  XOF", XOF)); // two spaces
    CHECK_FALSE(Money::tryParse("1500XOF", XOF));
    CHECK_FALSE(Money::tryParse("XOF 1500", XOF));
    CHECK_FALSE(Money::tryParse(" XOF", XOF));
    CHECK_FALSE(Money::tryParse("1500 XOF ", XOF));
}

TEST_CASE("parse rejects malformed amounts with a reason")
{
    const char* bad[] = {"",     "--5",  "+5",  "-+5", "1e3",  "1E3", "1,5",    "1,500", "12.",  ".5", "-.5",
                         "1 50", " 12",  "12 ", "1  500", "1 5000", "1234 567", "12 345.6 7", "abc", "-",
                         "1.2.3", "12\t", "\xC2\xA0" "12", "0x10", "1_000", "\xE2\x88\x92" "5", "- 5", "5-"};
    for (const char* text : bad) {
        INFO("text: \"" << text << "\"");
        CHECK_FALSE(Money::tryParse(text, EUR));
        CHECK_THROWS_AS(Money::parse(text, EUR), MoneyError);
    }
}

TEST_CASE("parse errors say what is wrong in plain English")
{
    CHECK(parseError("12.345 XOF", XOF) == "12.345 has more decimals than XOF allows (0)");
    CHECK(parseError("12.5", XOF) == "12.5 has more decimals than XOF allows (0)");
    CHECK(parseError("12.0", XOF) == "12.0 has more decimals than XOF allows (0)");
    CHECK(parseError("1.005", EUR) == "1.005 has more decimals than EUR allows (2)");
    CHECK_THAT(parseError("", XOF), Catch::Contains("empty"));
    CHECK_THAT(parseError("1e3", XOF), Catch::Contains("exponent"));
    CHECK_THAT(parseError("1,5", EUR), Catch::Contains("dot for decimals"));
    CHECK_THAT(parseError("--5", XOF), Catch::Contains("more than one sign"));
    CHECK_THAT(parseError("+5", XOF), Catch::Contains("plus sign"));
    CHECK_THAT(parseError("12.", EUR), Catch::Contains("after the decimal point"));
    CHECK_THAT(parseError(".5", EUR), Catch::Contains("before the decimal point"));
    CHECK_THAT(parseError("1 50", XOF), Catch::Contains("three digits"));
    CHECK_THAT(parseError(" 12", XOF), Catch::Contains("spaces before or after"));
    CHECK_THAT(parseError("- 5", XOF), Catch::Contains("follow the minus sign"));
    CHECK_THAT(parseError("abc", XOF), Catch::Contains("start with a digit"));
    CHECK_THAT(parseError("12abc", XOF), Catch::Contains("\"12abc\" is not an amount"));
}

TEST_CASE("parse long texts are cut short in messages")
{
    const std::string junk(200, 'x');
    const std::string message = parseError(junk, XOF);
    CHECK(message.size() < 150);
    CHECK_THAT(message, Catch::Contains("..."));
}

TEST_CASE("parse at the int64 limits")
{
    constexpr auto max = std::numeric_limits<std::int64_t>::max();
    constexpr auto min = std::numeric_limits<std::int64_t>::min();
    CHECK(Money::parse("9223372036854775807", XOF).minor() == max);
    CHECK(Money::parse("-9223372036854775808", XOF).minor() == min);
    CHECK(Money::parse("9 223 372 036 854 775 807", XOF).minor() == max);
    CHECK(Money::parse("92233720368547758.07", EUR).minor() == max);
    CHECK(Money::parse("-92233720368547758.08", EUR).minor() == min);

    CHECK_FALSE(Money::tryParse("9223372036854775808", XOF));
    CHECK_FALSE(Money::tryParse("-9223372036854775809", XOF));
    CHECK_FALSE(Money::tryParse("92233720368547758.08", EUR));
    CHECK_FALSE(Money::tryParse("92233720368547759", EUR)); // fits as major units, not as cents
    CHECK_FALSE(Money::tryParse("99999999999999999999999999999999999999999999", XOF));
    CHECK_THAT(parseError("9223372036854775808", XOF), Catch::Contains("too large"));
}

TEST_CASE("parse round-trips toPlain for many values")
{
    const std::int64_t values[] = {0, 1, -1, 5, 99, 100, 101, 123456789, -987654321,
                                   std::numeric_limits<std::int64_t>::max(), std::numeric_limits<std::int64_t>::min()};
    for (const Currency& c : currencies())
        for (std::int64_t v : values) {
            const Money m(v, c);
            INFO(c.code << " " << v);
            CHECK(Money::parse(m.toPlain(), c) == m);
        }
}
