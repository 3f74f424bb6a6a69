// Money::parse: strict decimal text to exact minor units. Strict on purpose: an amount a
// treasurer typed is either read exactly as meant or refused with a reason, never guessed.

#include "core/money/money.h"

#include "core/error/errors.h"

#include <limits>

namespace tontine {

namespace {

struct ParseOutcome {
    std::optional<std::int64_t> minor;
    std::string error;
};

ParseOutcome fail(std::string message)
{
    return {std::nullopt, std::move(message)};
}

// The text quoted for a message, cut short (on a UTF-8 boundary) so a pasted paragraph does
// not become a paragraph-long error.
std::string quoted(std::string_view text)
{
    constexpr std::size_t kMax = 40;
    if (text.size() <= kMax)
        return "\"" + std::string(text) + "\"";
    std::size_t cut = kMax;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
        --cut;
    return "\"" + std::string(text.substr(0, cut)) + "...\"";
}

// Length in bytes of a thousands separator at `pos`: a space, a no-break space (U+00A0) or a
// narrow no-break space (U+202F, what French locales put there); 0 when there is none.
std::size_t separatorAt(std::string_view text, std::size_t pos)
{
    if (pos < text.size() && text[pos] == ' ')
        return 1;
    if (text.substr(pos, 2) == "\xC2\xA0")
        return 2;
    if (text.substr(pos, 3) == "\xE2\x80\xAF")
        return 3;
    return 0;
}

bool isSpaceByte(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

bool hasOuterSpace(std::string_view text)
{
    if (isSpaceByte(text.front()) || isSpaceByte(text.back()) || separatorAt(text, 0) > 0)
        return true;
    return text.ends_with("\xC2\xA0") || text.ends_with("\xE2\x80\xAF");
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isAsciiLetter(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

// Currency codes compare without regard to case: "1500 xof" is as clear as "1500 XOF".
bool sameLetters(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const char x = (a[i] >= 'a' && a[i] <= 'z') ? char(a[i] - 'a' + 'A') : a[i];
        const char y = (b[i] >= 'a' && b[i] <= 'z') ? char(b[i] - 'a' + 'A') : b[i];
        if (x != y)
            return false;
    }
    return true;
}

std::size_t digitRun(std::string_view text, std::size_t pos)
{
    std::size_t end = pos;
    while (end < text.size() && isDigit(text[end]))
        ++end;
    return end - pos;
}

std::string notAmount(std::string_view text, std::string_view why)
{
    return quoted(text) + " is not an amount: " + std::string(why);
}

ParseOutcome parseAmount(std::string_view text, const Currency& currency)
{
    if (text.empty())
        return fail("The amount is empty: type a number such as 1500");
    if (hasOuterSpace(text))
        return fail(notAmount(text, "remove the spaces before or after it"));

    // An optional trailing currency code, after exactly one space: "1500 XOF".
    std::string_view number = text;
    if (const std::size_t space = text.rfind(' '); space != std::string_view::npos) {
        const std::string_view word = text.substr(space + 1);
        bool letters = !word.empty();
        for (char c : word)
            letters = letters && isAsciiLetter(c);
        if (letters) {
            if (!sameLetters(word, currency.code))
                return fail(quoted(text) + " is not in " + std::string(currency.code) +
                            ": amounts here are in " + std::string(currency.code));
            number = text.substr(0, space);
            if (number.empty() || hasOuterSpace(number))
                return fail(notAmount(text, "put exactly one space between the number and the currency code"));
        }
    }

    std::size_t pos = 0;
    bool negative = false;
    if (number[pos] == '+')
        return fail(notAmount(text, "write it without a plus sign"));
    if (number[pos] == '-') {
        negative = true;
        ++pos;
        if (pos < number.size() && (number[pos] == '-' || number[pos] == '+'))
            return fail(notAmount(text, "it has more than one sign"));
    }

    std::string digits; // integer digits then fraction digits, separators removed
    std::size_t run = digitRun(number, pos);
    if (run == 0) {
        if (pos < number.size() && number[pos] == '.')
            return fail(notAmount(text, "a digit is missing before the decimal point (write 0.5, not .5)"));
        if (pos < number.size() && number[pos] == ',')
            return fail(notAmount(text, "use a dot for decimals (1.5) and spaces between thousands (125 000)"));
        if (negative)
            return fail(notAmount(text, "a digit must follow the minus sign directly"));
        return fail(notAmount(text, "it must start with a digit or a minus sign"));
    }
    const std::size_t firstGroup = run;
    digits.append(number.substr(pos, run));
    pos += run;
    while (const std::size_t sep = separatorAt(number, pos)) {
        pos += sep;
        run = digitRun(number, pos);
        if (run != 3 || firstGroup > 3)
            return fail(notAmount(text, "thousands must be grouped by three digits with single spaces (125 000)"));
        digits.append(number.substr(pos, run));
        pos += run;
    }

    std::size_t fractionDigits = 0;
    if (pos < number.size() && number[pos] == '.') {
        ++pos;
        run = digitRun(number, pos);
        if (run == 0 && pos == number.size())
            return fail(notAmount(text, "a digit is missing after the decimal point (write 12 or 12.50, not 12.)"));
        fractionDigits = run;
        digits.append(number.substr(pos, run));
        pos += run;
    }

    if (pos < number.size()) {
        const char c = number[pos];
        if (c == ',')
            return fail(notAmount(text, "use a dot for decimals (1.5) and spaces between thousands (125 000)"));
        if (c == 'e' || c == 'E')
            return fail(notAmount(text, "exponents are not allowed, write all the digits"));
        return fail(notAmount(text, "only digits, a leading minus sign, one dot for decimals and spaces between "
                                    "thousands are allowed"));
    }

    const std::string numberText(number);
    if (fractionDigits > std::size_t(currency.decimals))
        return fail(numberText + " has more decimals than " + std::string(currency.code) + " allows (" +
                    std::to_string(currency.decimals) + ")");

    // Accumulate the magnitude in 128 bits and stop as soon as it passes 2^63, so that any
    // number of digits is safe. Negative amounts may reach 2^63 (INT64_MIN), positive 2^63-1.
    const unsigned __int128 limit = negative ? (unsigned __int128)1 << 63 : ((unsigned __int128)1 << 63) - 1;
    const std::string tooLarge = numberText + " is too large for an amount in " + std::string(currency.code) +
                                 " (the limit is " +
                                 formatPlain(negative ? std::numeric_limits<std::int64_t>::min()
                                                      : std::numeric_limits<std::int64_t>::max(),
                                             currency) +
                                 ")";
    unsigned __int128 value = 0;
    digits.append(std::size_t(currency.decimals) - fractionDigits, '0');
    for (char c : digits) {
        value = value * 10 + unsigned(c - '0');
        if (value > limit)
            return fail(tooLarge);
    }
    const std::int64_t minor = negative ? std::int64_t(-(__int128)value) : std::int64_t(value);
    return {minor, {}};
}

} // namespace

Money Money::parse(std::string_view text, const Currency& currency)
{
    ParseOutcome outcome = parseAmount(text, currency);
    if (!outcome.minor)
        throw MoneyError(outcome.error);
    return Money(*outcome.minor, currency);
}

std::optional<Money> Money::tryParse(std::string_view text, const Currency& currency)
{
    ParseOutcome outcome = parseAmount(text, currency);
    if (!outcome.minor)
        return std::nullopt;
    return Money(*outcome.minor, currency);
}

} // namespace tontine
