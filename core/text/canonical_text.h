#pragma once
// The canonical text form of a record (member, settings, operator) that is hashed into the
// tamper-evident chain. Format, version 1 — it never changes once funds exist:
//
//   format=<kind>/1\n         first line, names the record kind, e.g. "format=member/1"
//   <key>=<value>\n           one line per field, in the fixed order the caller writes them
//
// Keys are ASCII letters, digits and '_' / '.' chosen by code. Values are bytes as stored
// (UTF-8), with exactly three escapes so every record is one unambiguous line per field:
// '\' -> "\\", newline (0x0A) -> "\n", carriage return (0x0D) -> "\r". Integers are written
// in plain decimal (a leading '-' when negative, no grouping); booleans as "1" / "0"; an
// absent optional value as an empty value. Nothing depends on locale. This class only
// writes text; it knows nothing of the records themselves.

#include <cstdint>
#include <string>
#include <string_view>

namespace tontine {

class CanonicalWriter {
public:
    // Starts a record of this kind ("member", "settings", "operator").
    explicit CanonicalWriter(std::string_view kind);

    // Distinct names rather than overloads: a string literal would otherwise pick bool.
    CanonicalWriter& text(std::string_view key, std::string_view value);
    CanonicalWriter& integer(std::string_view key, std::int64_t value);
    CanonicalWriter& flag(std::string_view key, bool value);

    const std::string& str() const { return m_out; }

private:
    void key(std::string_view key);
    std::string m_out;
};

// The escaped form of a value, as CanonicalWriter writes it.
std::string escapeCanonical(std::string_view value);

} // namespace tontine
