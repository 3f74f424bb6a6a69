#include "core/report/month.h"

#include <cstdio>

namespace tontine {

std::optional<Month> Month::parse(std::string_view text)
{
    // Reuses the strict date parser on the month's first day, so the two never disagree.
    if (text.size() != 7 || text[4] != '-')
        return std::nullopt;
    const auto first = Date::parseIso(std::string(text) + "-01");
    if (!first)
        return std::nullopt;
    return Month{first->year(), first->month()};
}

Date Month::first() const { return Date::fromYmd(year, month, 1); }
Date Month::last() const { return Date::fromYmd(year, month, daysInMonth(year, month)); }
Month Month::previous() const { return month == 1 ? Month{year - 1, 12} : Month{year, month - 1}; }
Month Month::next() const { return month == 12 ? Month{year + 1, 1} : Month{year, month + 1}; }

std::string Month::text() const
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d", year, month);
    return buffer;
}

} // namespace tontine
