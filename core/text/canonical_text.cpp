#include "core/text/canonical_text.h"

#include <charconv>
#include <stdexcept>

namespace tontine {

namespace {

// Keys come from code, never from users; a bad one is a programming error, and letting it
// through would make the encoding ambiguous, so it fails loudly.
void requireValidKey(std::string_view key)
{
    if (key.empty())
        throw std::logic_error("canonical text: empty key");
    for (char c : key) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
                        c == '.' || c == '/';
        if (!ok)
            throw std::logic_error("canonical text: bad key " + std::string(key));
    }
}

} // namespace

std::string escapeCanonical(std::string_view value)
{
    std::string out;
    out.reserve(value.size());
    for (char c : value) {
        switch (c) {
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        default: out += c; break;
        }
    }
    return out;
}

CanonicalWriter::CanonicalWriter(std::string_view kind)
{
    requireValidKey(kind);
    m_out = "format=";
    m_out += kind;
    m_out += "/1\n";
}

void CanonicalWriter::key(std::string_view key)
{
    requireValidKey(key);
    m_out += key;
    m_out += '=';
}

CanonicalWriter& CanonicalWriter::text(std::string_view key, std::string_view value)
{
    this->key(key);
    m_out += escapeCanonical(value);
    m_out += '\n';
    return *this;
}

CanonicalWriter& CanonicalWriter::integer(std::string_view key, std::int64_t value)
{
    // std::to_chars is specified to ignore the locale, unlike the stream operators.
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    this->key(key);
    m_out.append(buffer, result.ptr);
    m_out += '\n';
    return *this;
}

CanonicalWriter& CanonicalWriter::flag(std::string_view key, bool value)
{
    this->key(key);
    m_out += value ? "1\n" : "0\n";
    return *this;
}

} // namespace tontine
