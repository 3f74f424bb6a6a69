#include "core/calendar/clock.h"
#include "core/calendar/date.h"
#include "core/error/errors.h"

#include <catch2/catch.hpp>

using namespace tontine;

TEST_CASE("the epoch and known dates")
{
    CHECK(Date().iso() == "1970-01-01");
    CHECK(Date().days() == 0);
    CHECK(Date::fromYmd(1970, 1, 2).days() == 1);
    CHECK(Date::fromYmd(1969, 12, 31).days() == -1);
    CHECK(Date::fromYmd(2000, 3, 1).days() == 11017);
    CHECK(Date::fromYmd(1900, 1, 1).days() == -25567);
    CHECK(Date::fromDays(19723).iso() == "2024-01-01");
    const Date d = Date::fromYmd(2026, 11, 22);
    CHECK(d.year() == 2026);
    CHECK(d.month() == 11);
    CHECK(d.day() == 22);
    CHECK(d.iso() == "2026-11-22");
}

TEST_CASE("leap years and month lengths")
{
    CHECK(isLeapYear(2024));
    CHECK(isLeapYear(2000));
    CHECK_FALSE(isLeapYear(1900));
    CHECK_FALSE(isLeapYear(2100));
    CHECK_FALSE(isLeapYear(2023));
    CHECK(daysInMonth(2024, 2) == 29);
    CHECK(daysInMonth(2023, 2) == 28);
    CHECK(daysInMonth(1900, 2) == 28);
    CHECK(daysInMonth(2000, 2) == 29);
    CHECK(daysInMonth(2023, 4) == 30);
    CHECK(daysInMonth(2023, 12) == 31);
    CHECK(daysInMonth(2023, 13) == 0);
    CHECK(daysInMonth(2023, 0) == 0);
}

TEST_CASE("fromYmd refuses impossible dates")
{
    CHECK_THROWS_AS(Date::fromYmd(2023, 2, 29), ValidationError);
    CHECK_THROWS_AS(Date::fromYmd(2023, 4, 31), ValidationError);
    CHECK_THROWS_AS(Date::fromYmd(2023, 0, 1), ValidationError);
    CHECK_THROWS_AS(Date::fromYmd(2023, 13, 1), ValidationError);
    CHECK_THROWS_AS(Date::fromYmd(2023, 1, 0), ValidationError);
    CHECK_NOTHROW(Date::fromYmd(2024, 2, 29));
    try {
        Date::fromYmd(2023, 2, 30);
        FAIL("expected ValidationError");
    } catch (const ValidationError& e) {
        CHECK(e.problems().at(0).code == "date.invalid");
        CHECK(e.problems().at(0).args == std::vector<std::string>{"2023-02-30"});
    }
}

TEST_CASE("parseIso is strict")
{
    CHECK(Date::parseIso("2024-02-29") == Date::fromYmd(2024, 2, 29));
    CHECK(Date::parseIso("1900-01-01") == Date::fromYmd(1900, 1, 1));
    CHECK(Date::parseIso("2199-12-31") == Date::fromYmd(2199, 12, 31));
    const char* bad[] = {"",           "2023-02-29", "1900-02-29", "2100-02-29", "2024-13-01", "2024-00-10",
                         "2024-01-00", "2024-04-31", "1899-12-31", "2200-01-01", "2024-1-05",  "2024-01-5",
                         "24-01-05",   "2024/01/05", "2024-01-05 ", " 2024-01-05", "2024-01-05T00:00",
                         "+024-01-05", "2024-0a-05", "2024--1-05", "05-01-2024", "20240105", "２０２４-01-05"};
    for (const char* text : bad) {
        INFO(text);
        CHECK_FALSE(Date::parseIso(text));
    }
}

TEST_CASE("every day from 1900 to 2199 round-trips through iso and ymd")
{
    const Date first = Date::fromYmd(1900, 1, 1);
    const Date last = Date::fromYmd(2199, 12, 31);
    int expectedYear = 1900, expectedMonth = 1, expectedDay = 1;
    int expectedWeekday = 1; // 1900-01-01 was a Monday
    std::int64_t count = 0;
    for (std::int32_t n = first.days(); n <= last.days(); ++n, ++count) {
        const Date d = Date::fromDays(n);
        REQUIRE(d.year() == expectedYear);
        REQUIRE(d.month() == expectedMonth);
        REQUIRE(d.day() == expectedDay);
        REQUIRE(d.weekday() == expectedWeekday);
        const std::optional<Date> parsed = Date::parseIso(d.iso());
        REQUIRE(parsed);
        REQUIRE(parsed->days() == n);
        REQUIRE(Date::fromYmd(expectedYear, expectedMonth, expectedDay) == d);
        // Advance the expected calendar by hand, independently of the algorithm under test.
        expectedWeekday = expectedWeekday % 7 + 1;
        if (++expectedDay > daysInMonth(expectedYear, expectedMonth)) {
            expectedDay = 1;
            if (++expectedMonth > 12) {
                expectedMonth = 1;
                ++expectedYear;
            }
        }
    }
    CHECK(count == 300 * 365 + 73); // 75 years divisible by 4, less 1900 and 2100
}

TEST_CASE("weekday")
{
    CHECK(Date().weekday() == 4); // 1970-01-01, a Thursday
    CHECK(Date::fromYmd(2026, 11, 22).weekday() == 7); // a Sunday
    CHECK(Date::fromYmd(2024, 2, 29).weekday() == 4);
    CHECK(Date::fromYmd(1900, 1, 1).weekday() == 1);
    CHECK(Date::fromYmd(1969, 12, 29).weekday() == 1);
}

TEST_CASE("addDays and ordering")
{
    const Date d = Date::fromYmd(2024, 2, 28);
    CHECK(d.addDays(1).iso() == "2024-02-29");
    CHECK(d.addDays(2).iso() == "2024-03-01");
    CHECK(d.addDays(-59).iso() == "2023-12-31");
    CHECK(d < d.addDays(1));
    CHECK(d.addDays(0) == d);
}

TEST_CASE("addMonths clamps to the end of the month")
{
    CHECK(Date::fromYmd(2024, 1, 31).addMonths(1).iso() == "2024-02-29");
    CHECK(Date::fromYmd(2023, 1, 31).addMonths(1).iso() == "2023-02-28");
    CHECK(Date::fromYmd(2024, 3, 31).addMonths(1).iso() == "2024-04-30");
    CHECK(Date::fromYmd(2024, 3, 31).addMonths(-1).iso() == "2024-02-29");
    CHECK(Date::fromYmd(2024, 1, 15).addMonths(12).iso() == "2025-01-15");
    CHECK(Date::fromYmd(2024, 1, 15).addMonths(-1).iso() == "2023-12-15");
    CHECK(Date::fromYmd(2024, 1, 15).addMonths(-13).iso() == "2022-12-15");
    CHECK(Date::fromYmd(2024, 12, 31).addMonths(2).iso() == "2025-02-28");
    CHECK(Date::fromYmd(2024, 2, 29).addMonths(48).iso() == "2028-02-29");
    CHECK(Date::fromYmd(2024, 2, 29).addMonths(12).iso() == "2025-02-28");
    CHECK(Date::fromYmd(2024, 5, 10).addMonths(0).iso() == "2024-05-10");
    // Each call starts from the original date, so clamping never accumulates.
    const Date start = Date::fromYmd(2024, 1, 31);
    CHECK(start.addMonths(2).iso() == "2024-03-31");
    CHECK(start.addMonths(-2400).iso() == "1824-01-31");
}

TEST_CASE("FixedClock says what it is told")
{
    FixedClock clock(Date::fromYmd(2026, 11, 22), "2026-11-22T10:00:00Z");
    CHECK(clock.today().iso() == "2026-11-22");
    CHECK(clock.nowUtc() == "2026-11-22T10:00:00Z");
    clock.set(Date::fromYmd(2026, 11, 23), "2026-11-23T08:30:00Z");
    CHECK(clock.today().iso() == "2026-11-23");
    CHECK(clock.nowUtc() == "2026-11-23T08:30:00Z");
}
