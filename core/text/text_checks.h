#pragma once
// Small checks on UTF-8 text that every form field goes through: trimming, encoding,
// length in characters, control characters. No locale, no Unicode tables.

#include <cstddef>
#include <string>
#include <string_view>

namespace tontine {

// The text without surrounding ASCII whitespace (space, tab, CR, LF, VT, FF) and without
// surrounding no-break spaces (U+00A0, U+202F), which spreadsheets and phones leave behind.
std::string_view trimText(std::string_view text);
// True when the bytes are well-formed UTF-8 (no overlongs, surrogates or values past U+10FFFF).
bool isValidUtf8(std::string_view text);
// The number of code points in well-formed UTF-8 text (what "100 characters" means).
std::size_t codePointCount(std::string_view text);
// True when the text holds a C0 control (including tab and newline), DEL, or a C1 control.
bool hasControlChars(std::string_view text);

} // namespace tontine
