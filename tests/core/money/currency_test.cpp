#include "core/error/errors.h"
#include "core/money/currency.h"

#include <catch2/catch.hpp>

#include <set>

using namespace tontine;

TEST_CASE("currency table holds the seven supported currencies in a stable order")
{
    const auto all = currencies();
    REQUIRE(all.size() == 7);
    const char* expected[] = {"XOF", "XAF", "RWF", "PEN", "DOP", "EUR", "USD"};
    for (std::size_t i = 0; i < all.size(); ++i)
        CHECK(all[i].code == expected[i]);
    std::set<std::string_view> codes;
    for (const auto& c : all)
        codes.insert(c.code);
    CHECK(codes.size() == all.size());
}

TEST_CASE("currency decimals and symbols")
{
    struct Row {
        const char* code;
        int decimals;
        const char* symbol;
        bool before;
    };
    const Row rows[] = {
        {"XOF", 0, "F CFA", false}, {"XAF", 0, "F CFA", false}, {"RWF", 0, "FRw", false},
        {"PEN", 2, "S/", true},     {"DOP", 2, "RD$", true},    {"EUR", 2, "\xE2\x82\xAC", false},
        {"USD", 2, "$", true},
    };
    for (const Row& row : rows) {
        INFO(row.code);
        const Currency* c = findCurrency(row.code);
        REQUIRE(c != nullptr);
        CHECK(c->decimals == row.decimals);
        CHECK(c->symbol == row.symbol);
        CHECK(c->symbolBefore == row.before);
        CHECK(minorPerMajor(*c) == (row.decimals == 0 ? 1 : 100));
        CHECK(&currencyByCode(row.code) == c);
    }
}

TEST_CASE("unknown currencies are not found and currencyByCode names the problem")
{
    CHECK(findCurrency("GBP") == nullptr);
    CHECK(findCurrency("xof") == nullptr); // codes are exact ISO codes
    CHECK(findCurrency("") == nullptr);
    try {
        currencyByCode("GBP");
        FAIL("expected ValidationError");
    } catch (const ValidationError& e) {
        REQUIRE(e.problems().size() == 1);
        CHECK(e.problems()[0].field == "currency");
        CHECK(e.problems()[0].code == "currency.unknown");
        CHECK(e.problems()[0].args == std::vector<std::string>{"GBP"});
        CHECK_THAT(e.problems()[0].text, Catch::Contains("GBP"));
    }
}

TEST_CASE("every currency has a display format")
{
    for (const auto& c : currencies()) {
        const CurrencyFormat& f = currencyFormat(c);
        CHECK_FALSE(f.groupSeparator.empty());
        CHECK_FALSE(f.decimalSeparator.empty());
        CHECK(f.groupSeparator != f.decimalSeparator);
    }
}
