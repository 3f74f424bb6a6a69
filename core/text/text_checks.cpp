#include "core/text/text_checks.h"

namespace tontine {

namespace {

bool isAsciiSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

// Byte length of a no-break space at the start / end of `text`, 0 when there is none.
std::size_t noBreakSpaceAtStart(std::string_view text)
{
    if (text.starts_with("\xC2\xA0"))
        return 2;
    if (text.starts_with("\xE2\x80\xAF"))
        return 3;
    return 0;
}

std::size_t noBreakSpaceAtEnd(std::string_view text)
{
    if (text.ends_with("\xC2\xA0"))
        return 2;
    if (text.ends_with("\xE2\x80\xAF"))
        return 3;
    return 0;
}

} // namespace

std::string_view trimText(std::string_view text)
{
    for (;;) {
        if (!text.empty() && isAsciiSpace(text.front()))
            text.remove_prefix(1);
        else if (std::size_t n = noBreakSpaceAtStart(text))
            text.remove_prefix(n);
        else
            break;
    }
    for (;;) {
        if (!text.empty() && isAsciiSpace(text.back()))
            text.remove_suffix(1);
        else if (std::size_t n = noBreakSpaceAtEnd(text))
            text.remove_suffix(n);
        else
            break;
    }
    return text;
}

bool isValidUtf8(std::string_view text)
{
    std::size_t i = 0;
    while (i < text.size()) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        std::size_t extra;
        char32_t cp;
        if (c < 0x80) {
            ++i;
            continue;
        } else if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            cp = c & 0x07;
        } else {
            return false; // continuation byte first, overlong lead C0/C1, or past F4
        }
        if (i + extra >= text.size())
            return false;
        for (std::size_t k = 1; k <= extra; ++k) {
            const unsigned char cc = static_cast<unsigned char>(text[i + k]);
            if ((cc & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (cc & 0x3F);
        }
        // Overlong forms, UTF-16 surrogates and values past U+10FFFF are not UTF-8.
        if ((extra == 2 && cp < 0x800) || (extra == 3 && cp < 0x10000) || (cp >= 0xD800 && cp <= 0xDFFF) ||
            cp > 0x10FFFF)
            return false;
        i += extra + 1;
    }
    return true;
}

std::size_t codePointCount(std::string_view text)
{
    std::size_t count = 0;
    for (char c : text)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80)
            ++count;
    return count;
}

bool hasControlChars(std::string_view text)
{
    for (std::size_t i = 0; i < text.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (c < 0x20 || c == 0x7F)
            return true;
        // C1 controls U+0080..U+009F are encoded C2 80..C2 9F.
        if (c == 0xC2 && i + 1 < text.size()) {
            const unsigned char next = static_cast<unsigned char>(text[i + 1]);
            if (next >= 0x80 && next <= 0x9F)
                return true;
        }
    }
    return false;
}

} // namespace tontine
