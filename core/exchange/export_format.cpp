#include "core/exchange/export_format.h"

#include <charconv>
#include <cstdint>

namespace tontine::exportfmt {

namespace {

// Fixed-width decimal digits, zero-padded: dates need "03", "0907".
void appendPadded(std::string& out, int value, int width)
{
    char buf[16];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value);
    (void)ec; // cannot fail: the buffer holds any int
    const int len = static_cast<int>(end - buf);
    for (int i = len; i < width; ++i)
        out += '0';
    out.append(buf, end);
}

std::string joinDate(int first, int firstWidth, int second, int secondWidth, int third, int thirdWidth,
                     char separator)
{
    std::string out;
    appendPadded(out, first, firstWidth);
    out += separator;
    appendPadded(out, second, secondWidth);
    out += separator;
    appendPadded(out, third, thirdWidth);
    return out;
}

// The base ASCII letters of the Latin-1 supplement letters U+00C0..U+00FF (lower-cased), or
// nullptr for the two signs in that range (× ÷).
const char* latin1Base(unsigned code)
{
    static const char* const table[64] = {
        "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",   // C0-CF
        "d", "n", "o", "o", "o", "o", "o", nullptr, "o", "u", "u", "u", "u", "y", "th", "ss", // D0-DF
        "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",   // E0-EF
        "d", "n", "o", "o", "o", "o", "o", nullptr, "o", "u", "u", "u", "u", "y", "th", "y", // F0-FF
    };
    return table[code - 0xC0];
}

} // namespace

std::string isoDate(Date date)
{
    return joinDate(date.year(), 4, date.month(), 2, date.day(), 2, '-');
}

std::string usDate(Date date)
{
    return joinDate(date.month(), 2, date.day(), 2, date.year(), 4, '/');
}

std::string frDate(Date date)
{
    return joinDate(date.day(), 2, date.month(), 2, date.year(), 4, '/');
}

std::string integer(std::int64_t value)
{
    char buf[24];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value);
    (void)ec; // 24 bytes hold any int64
    return std::string(buf, end);
}

std::string amount(std::int64_t minor, int decimals, char decimalMark)
{
    // Work on the magnitude as unsigned so that INT64_MIN has one too.
    const bool negative = minor < 0;
    const std::uint64_t magnitude = negative ? std::uint64_t(0) - static_cast<std::uint64_t>(minor)
                                             : static_cast<std::uint64_t>(minor);
    char buf[24];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, magnitude);
    (void)ec;
    std::string digits(buf, end);
    if (decimals > 0 && digits.size() <= static_cast<std::size_t>(decimals))
        digits.insert(0, static_cast<std::size_t>(decimals) + 1 - digits.size(), '0');
    std::string out = negative ? "-" : "";
    if (decimals <= 0) {
        out += digits;
        return out;
    }
    const std::size_t split = digits.size() - static_cast<std::size_t>(decimals);
    out.append(digits, 0, split);
    out += decimalMark;
    out.append(digits, split, std::string::npos);
    return out;
}

std::string slug(std::string_view text, std::string_view fallback, std::size_t maxLength)
{
    std::string out;
    bool pendingDash = false;
    const auto put = [&](std::string_view piece) {
        if (pendingDash && !out.empty())
            out += '-';
        pendingDash = false;
        out += piece;
    };
    for (std::size_t i = 0; i < text.size();) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            put(std::string_view(text.data() + i, 1));
            ++i;
            continue;
        }
        if (c >= 'A' && c <= 'Z') {
            const char lower = static_cast<char>(c - 'A' + 'a');
            put(std::string_view(&lower, 1));
            ++i;
            continue;
        }
        // Two-byte UTF-8 letters we know how to spell in ASCII; everything else separates.
        if (c >= 0xC2 && c <= 0xDF && i + 1 < text.size()) {
            const unsigned code = ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(text[i + 1]) & 0x3Fu);
            const char* base = nullptr;
            if (code >= 0xC0 && code <= 0xFF)
                base = latin1Base(code);
            else if (code == 0x152 || code == 0x153)
                base = "oe";
            if (base) {
                put(base);
                i += 2;
                continue;
            }
        }
        pendingDash = true;
        // Skip the whole UTF-8 sequence so its continuation bytes do not count twice.
        std::size_t len = 1;
        if (c >= 0xC0 && c < 0xE0) len = 2;
        else if (c >= 0xE0 && c < 0xF0) len = 3;
        else if (c >= 0xF0) len = 4;
        i += len;
    }
    if (out.size() > maxLength) {
        out.resize(maxLength);
        while (!out.empty() && out.back() == '-')
            out.pop_back();
    }
    return out.empty() ? std::string(fallback) : out;
}

} // namespace tontine::exportfmt
