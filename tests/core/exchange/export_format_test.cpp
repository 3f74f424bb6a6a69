#include "core/exchange/export_format.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <limits>

using namespace tontine;

TEST_CASE("export dates are written with fixed digits in three orders", "[export]")
{
    const Date d = Date::fromYmd(2026, 3, 7);
    CHECK(exportfmt::isoDate(d) == "2026-03-07");
    CHECK(exportfmt::usDate(d) == "03/07/2026");
    CHECK(exportfmt::frDate(d) == "07/03/2026");
    CHECK(exportfmt::usDate(Date::fromYmd(1955, 12, 25)) == "12/25/1955");
}

TEST_CASE("export amounts are minor units written in major units without grouping", "[export]")
{
    CHECK(exportfmt::amount(125050, 2, '.') == "1250.50");
    CHECK(exportfmt::amount(125050, 2, ',') == "1250,50");
    CHECK(exportfmt::amount(-5, 2, ',') == "-0,05");
    CHECK(exportfmt::amount(0, 2, '.') == "0.00");
    CHECK(exportfmt::amount(20000, 0, '.') == "20000");
    CHECK(exportfmt::amount(-1234567, 0, ',') == "-1234567");
    CHECK(exportfmt::amount(7, 3, '.') == "0.007");
    CHECK(exportfmt::amount(std::numeric_limits<std::int64_t>::min(), 2, '.') == "-92233720368547758.08");
    CHECK(exportfmt::amount(std::numeric_limits<std::int64_t>::max(), 0, '.') == "9223372036854775807");
    CHECK(exportfmt::integer(-42) == "-42");
}

TEST_CASE("export file names are ASCII slugs", "[export]")
{
    CHECK(exportfmt::slug("Mutuelle de sant\xC3\xA9 And Fagaru", "x") == "mutuelle-de-sante-and-fagaru");
    CHECK(exportfmt::slug("  C\xC5\x93ur / \xC3\x89pargne -- \"N\xC2\xB0 1\" ", "x") == "coeur-epargne-n-1");
    CHECK(exportfmt::slug("\xE4\xBA\x92\xE5\x8A\xA9", "fund") == "fund"); // no Latin letters at all
    CHECK(exportfmt::slug("", "fund") == "fund");
    CHECK(exportfmt::slug("abcdefghij klmnop", "x", 11) == "abcdefghij");
}
