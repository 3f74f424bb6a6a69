#pragma once
// Small helpers the loan modules share (not part of the engine's interface): building
// problems, the name and purpose text checks, and the exact "a × b ÷ c to the unit" roundings
// every rule names. Pure; no floating point.

#include "core/error/errors.h"
#include "core/members/member.h"
#include "core/money/currency.h"

#include <charconv>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tontine::loans {

void addProblem(Problems& problems, std::string field, std::string code, std::string text,
                std::vector<std::string> args = {});

// A required text of 1..maxLength characters: valid UTF-8, no control characters, trimmed.
// `what` starts the message ("The product name").
void checkText(Problems& problems, const std::string& field, const std::string& what, std::string_view text,
               std::size_t maxLength);

// The rounding unit a check works with: the fund's, or 1 when it gave none.
inline std::int64_t unitOr1(std::int64_t roundingUnit) { return roundingUnit > 0 ? roundingUnit : 1; }

// a × b ÷ c as a whole number of units, times the unit: half away from zero, down, or up.
// a, b >= 0 and c > 0; throws MoneyError when the result does not fit in int64.
std::int64_t roundedShare(std::int64_t a, std::int64_t b, std::int64_t c, std::int64_t unit);
std::int64_t flooredShare(std::int64_t a, std::int64_t b, std::int64_t c, std::int64_t unit);
std::int64_t ceiledShare(std::int64_t a, std::int64_t b, std::int64_t c, std::int64_t unit);

// Member numbers joined by commas ("3,7,12"), for snapshots.
std::string joinedMembers(const std::vector<MemberId>& members);

// Strict parsing for the payload parsers: exactly the text std::to_string would write.
template <typename T>
std::optional<T> parseNumber(std::string_view text)
{
    T value{};
    if (text.empty())
        return std::nullopt;
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || ptr != text.data() + text.size())
        return std::nullopt;
    return value;
}
// "key=value" → value, when the word has exactly that key.
std::optional<std::string_view> valueOf(std::string_view word, std::string_view key);
std::vector<std::string_view> splitText(std::string_view text, char separator);
// The "format=<kind>/1", "<countKey>=N", then N lines "<lineKey>=…" of a CanonicalWriter payload:
// the lines' values, or nullopt when the text is not exactly of that shape.
std::optional<std::vector<std::string_view>> payloadLines(std::string_view text, std::string_view kind,
                                                          std::string_view countKey, std::string_view lineKey);

} // namespace tontine::loans
