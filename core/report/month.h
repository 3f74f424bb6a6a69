#pragma once
// A calendar month, the period of statements and fund reports ("2026-10"). Pure data; it
// must not know about any book.

#include "core/calendar/date.h"

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace tontine {

struct Month {
    int year = 1970;
    int month = 1; // 1 … 12

    // Strict "YYYY-MM" (years 1900 … 2199), or nothing.
    static std::optional<Month> parse(std::string_view text);
    static Month of(Date date) { return Month{date.year(), date.month()}; }
    Date first() const;
    Date last() const;
    Month previous() const;
    Month next() const;
    std::string text() const; // "2026-10"
    bool contains(Date date) const { return date.year() == year && date.month() == month; }

    auto operator<=>(const Month&) const = default;
};

} // namespace tontine
