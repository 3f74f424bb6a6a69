#pragma once
// A calendar date (proleptic Gregorian), stored as days since 1970-01-01.
// Core never reads the clock: "today" always comes in from outside (see Clock).

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace tontine {

class Date {
public:
    Date() = default; // 1970-01-01
    static Date fromYmd(int year, int month, int day); // throws ValidationError when invalid
    static std::optional<Date> parseIso(std::string_view text); // strict YYYY-MM-DD, years 1900..2199
    static Date fromDays(std::int32_t days) { Date d; d.m_days = days; return d; }

    std::string iso() const;
    int year() const;
    int month() const;
    int day() const;
    std::int32_t days() const { return m_days; }
    Date addDays(int n) const { return fromDays(m_days + n); }
    Date addMonths(int n) const; // clamps the day to the month's end
    int weekday() const; // 1 = Monday … 7 = Sunday

    auto operator<=>(const Date&) const = default;

private:
    std::int32_t m_days = 0;
};

bool isLeapYear(int year);
int daysInMonth(int year, int month);

} // namespace tontine
