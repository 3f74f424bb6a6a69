#include "core/report/month.h"

#include <catch2/catch.hpp>

using namespace tontine;

TEST_CASE("a month parses strictly and knows its first and last day")
{
    const auto m = Month::parse("2024-02");
    REQUIRE(m);
    CHECK(m->first().iso() == "2024-02-01");
    CHECK(m->last().iso() == "2024-02-29"); // leap year
    CHECK(m->text() == "2024-02");
    CHECK(m->previous().text() == "2024-01");
    CHECK(Month{2024, 12}.next().text() == "2025-01");
    CHECK(Month{2025, 1}.previous().text() == "2024-12");
    CHECK(m->contains(Date::fromYmd(2024, 2, 29)));
    CHECK_FALSE(m->contains(Date::fromYmd(2024, 3, 1)));
    for (const char* bad : {"2024-13", "2024-00", "2024-2", "24-02", "2024/02", "2024-02-01", "", "abcd-ef"})
        CHECK_FALSE(Month::parse(bad));
}
