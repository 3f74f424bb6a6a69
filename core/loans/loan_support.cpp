#include "core/loans/loan_support.h"

#include "core/text/text_checks.h"

#include <limits>
#include <utility>

namespace tontine::loans {

namespace {

std::int64_t narrow(__int128 value)
{
    if (value < std::numeric_limits<std::int64_t>::min() || value > std::numeric_limits<std::int64_t>::max())
        throw MoneyError("Amount out of range in a loan calculation");
    return static_cast<std::int64_t>(value);
}

// The exact numerator and denominator of a × b ÷ (c × unit), checked for the signs the
// rules use. |a × b| < 2^126 and c × unit < 2^126, so both are exact.
void operands(std::int64_t a, std::int64_t b, std::int64_t c, std::int64_t unit, __int128& n, __int128& d)
{
    if (a < 0 || b < 0 || c <= 0 || unit <= 0)
        throw MoneyError("A loan calculation got a negative amount or a zero divisor");
    n = static_cast<__int128>(a) * b;
    d = static_cast<__int128>(c) * unit;
}

} // namespace

void addProblem(Problems& problems, std::string field, std::string code, std::string text,
                std::vector<std::string> args)
{
    problems.push_back(Problem{std::move(field), std::move(code), std::move(args), std::move(text)});
}

void checkText(Problems& problems, const std::string& field, const std::string& what, std::string_view text,
               std::size_t maxLength)
{
    if (!isValidUtf8(text))
        addProblem(problems, field, "text.encoding", what + " is not valid UTF-8 text");
    else if (hasControlChars(text))
        addProblem(problems, field, "text.control_chars",
                   what + " contains control characters (such as tabs or line breaks)");
    else if (trimText(text).empty())
        addProblem(problems, field, "required", what + " is required");
    else if (trimText(text) != text)
        addProblem(problems, field, "text.untrimmed", what + " must not start or end with spaces");
    else if (const std::size_t length = codePointCount(text); length > maxLength)
        addProblem(problems, field, "too_long",
                   what + " must be at most " + std::to_string(maxLength) + " characters long (it has " +
                       std::to_string(length) + ")",
                   {std::to_string(maxLength), std::to_string(length)});
}

std::int64_t roundedShare(std::int64_t a, std::int64_t b, std::int64_t c, std::int64_t unit)
{
    __int128 n = 0;
    __int128 d = 0;
    operands(a, b, c, unit, n, d);
    __int128 q = n / d;
    if (2 * (n % d) >= d) // half away from zero (everything here is >= 0)
        ++q;
    return narrow(q * unit);
}

std::int64_t flooredShare(std::int64_t a, std::int64_t b, std::int64_t c, std::int64_t unit)
{
    __int128 n = 0;
    __int128 d = 0;
    operands(a, b, c, unit, n, d);
    return narrow(n / d * unit);
}

std::int64_t ceiledShare(std::int64_t a, std::int64_t b, std::int64_t c, std::int64_t unit)
{
    __int128 n = 0;
    __int128 d = 0;
    operands(a, b, c, unit, n, d);
    return narrow((n / d + (n % d != 0 ? 1 : 0)) * unit);
}

std::string joinedMembers(const std::vector<MemberId>& members)
{
    std::string out;
    for (MemberId m : members)
        out += (out.empty() ? "" : ",") + std::to_string(m);
    return out;
}

std::optional<std::string_view> valueOf(std::string_view word, std::string_view key)
{
    if (word.size() <= key.size() || word.substr(0, key.size()) != key || word[key.size()] != '=')
        return std::nullopt;
    return word.substr(key.size() + 1);
}

std::vector<std::string_view> splitText(std::string_view text, char separator)
{
    std::vector<std::string_view> parts;
    std::size_t from = 0;
    while (true) {
        const std::size_t at = text.find(separator, from);
        if (at == std::string_view::npos) {
            parts.push_back(text.substr(from));
            return parts;
        }
        parts.push_back(text.substr(from, at - from));
        from = at + 1;
    }
}

std::optional<std::vector<std::string_view>> payloadLines(std::string_view text, std::string_view kind,
                                                          std::string_view countKey, std::string_view lineKey)
{
    std::vector<std::string_view> lines = splitText(text, '\n');
    // The writer ends every line with '\n', so the last piece is empty.
    if (lines.size() < 3 || !lines.back().empty())
        return std::nullopt;
    lines.pop_back();
    if (lines[0] != "format=" + std::string(kind) + "/1")
        return std::nullopt;
    const auto countText = valueOf(lines[1], countKey);
    const auto count = countText ? parseNumber<std::int64_t>(*countText) : std::nullopt;
    if (!count || *count != static_cast<std::int64_t>(lines.size()) - 2)
        return std::nullopt;
    std::vector<std::string_view> values;
    for (std::size_t i = 2; i < lines.size(); ++i) {
        const auto value = valueOf(lines[i], lineKey);
        if (!value)
            return std::nullopt;
        values.push_back(*value);
    }
    return values;
}

} // namespace tontine::loans
