#pragma once
// How the export profiles write dates, amounts and file names: digits built by hand (or with
// std::to_chars), never through printf or a stream, so the bytes never depend on the process
// locale (a French locale must not turn "1250.50" into "1250,50" or "1 250,50").
// Pure text helpers for core/exchange; they know nothing of members or payments.

#include "core/calendar/date.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace tontine::exportfmt {

// "2026-10-01"
std::string isoDate(Date date);
// "10/01/2026" (month/day/year, as openIMIS reads it)
std::string usDate(Date date);
// "01/10/2026" (day/month/year, as French-speaking spreadsheets read it)
std::string frDate(Date date);

// Minor units written in major units: `decimals` digits after `decimalMark` (none when the
// currency has no minor unit), no grouping, a leading '-' when negative. Exact for every
// int64, including the most negative.
// amount(125050, 2, '.') == "1250.50"; amount(-5, 2, ',') == "-0,05"; amount(20000, 0, '.') == "20000"
std::string amount(std::int64_t minor, int decimals, char decimalMark);

// A plain integer in decimal.
std::string integer(std::int64_t value);

// A file-name part: ASCII lower-case letters and digits, everything else turned into single
// '-' (accented Latin letters become their base letter, "œ" "oe", "ß" "ss"), no leading or
// trailing '-', at most `maxLength` characters; `fallback` when nothing is left.
std::string slug(std::string_view text, std::string_view fallback, std::size_t maxLength = 40);

} // namespace tontine::exportfmt
