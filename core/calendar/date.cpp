#include "core/calendar/date.h"

#include "core/error/errors.h"

#include <algorithm>
#include <cstdio>

namespace tontine {

namespace {

// Days since 1970-01-01 of a proleptic Gregorian date, and back: Howard Hinnant's
// "chrono-compatible low-level date algorithms" (public domain). Eras of 400 years make the
// arithmetic branch-free and exact for any int32 day count.
std::int64_t daysFromCivil(std::int64_t y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);            // [0, 399]
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1; // [0, 365]
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;           // [0, 146096]
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

struct Ymd {
    std::int64_t year;
    unsigned month;
    unsigned day;
};

Ymd civilFromDays(std::int64_t z)
{
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);                // [0, 146096]
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365; // [0, 399]
    const std::int64_t y = static_cast<std::int64_t>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);                // [0, 365]
    const unsigned mp = (5 * doy + 2) / 153;                                     // [0, 11]
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;                             // [1, 31]
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;                                // [1, 12]
    return {y + (m <= 2), m, d};
}

// Years a Date can be built from: wide enough for any real fund, narrow enough that the day
// count fits int32 and iso() always writes four digits.
constexpr int kMinYear = 1;
constexpr int kMaxYear = 9999;

bool validYmd(int year, int month, int day)
{
    return year >= kMinYear && year <= kMaxYear && month >= 1 && month <= 12 && day >= 1 &&
           day <= daysInMonth(year, month);
}

} // namespace

bool isLeapYear(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int daysInMonth(int year, int month)
{
    static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12)
        return 0;
    return month == 2 && isLeapYear(year) ? 29 : kDays[month - 1];
}

Date Date::fromYmd(int year, int month, int day)
{
    if (!validYmd(year, month, day)) {
        char text[48];
        std::snprintf(text, sizeof text, "%d-%02d-%02d", year, month, day);
        throw ValidationError("date", "date.invalid", std::string(text) + " is not a valid date", {text});
    }
    return fromDays(static_cast<std::int32_t>(daysFromCivil(year, unsigned(month), unsigned(day))));
}

std::optional<Date> Date::parseIso(std::string_view text)
{
    // Exactly ten ASCII characters, digits and two dashes: no signs, spaces or short fields.
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    int fields[3] = {0, 0, 0};
    const int starts[3] = {0, 5, 8};
    const int lengths[3] = {4, 2, 2};
    for (int f = 0; f < 3; ++f) {
        for (int i = 0; i < lengths[f]; ++i) {
            const char c = text[std::size_t(starts[f] + i)];
            if (c < '0' || c > '9')
                return std::nullopt;
            fields[f] = fields[f] * 10 + (c - '0');
        }
    }
    // Years outside 1900..2199 are typos for anything a fund records (a birth in 1890 or a
    // meeting in 2301), so they are refused here rather than stored.
    if (fields[0] < 1900 || fields[0] > 2199 || !validYmd(fields[0], fields[1], fields[2]))
        return std::nullopt;
    return fromYmd(fields[0], fields[1], fields[2]);
}

std::string Date::iso() const
{
    const Ymd ymd = civilFromDays(m_days);
    char text[32];
    std::snprintf(text, sizeof text, "%04lld-%02u-%02u", static_cast<long long>(ymd.year), ymd.month, ymd.day);
    return text;
}

int Date::year() const
{
    return static_cast<int>(civilFromDays(m_days).year);
}

int Date::month() const
{
    return static_cast<int>(civilFromDays(m_days).month);
}

int Date::day() const
{
    return static_cast<int>(civilFromDays(m_days).day);
}

Date Date::addMonths(int n) const
{
    const Ymd ymd = civilFromDays(m_days);
    const std::int64_t index = ymd.year * 12 + (ymd.month - 1) + n;
    // Floor division so that going back across year 0 stays correct.
    const std::int64_t year = index >= 0 ? index / 12 : (index - 11) / 12;
    const int month = static_cast<int>(index - year * 12) + 1;
    const int lastDay = daysInMonth(static_cast<int>(year), month);
    const int day = std::min(static_cast<int>(ymd.day), lastDay);
    return fromDays(static_cast<std::int32_t>(daysFromCivil(year, unsigned(month), unsigned(day))));
}

int Date::weekday() const
{
    // 1970-01-01 was a Thursday (4).
    const std::int64_t shifted = (static_cast<std::int64_t>(m_days) + 3) % 7;
    return static_cast<int>(shifted < 0 ? shifted + 7 : shifted) + 1;
}

} // namespace tontine
