#include "app/cli/json_writer.h"

#include <stdexcept>

namespace tontine::cli {

std::string JsonWriter::quote(std::string_view text)
{
    static const char* hex = "0123456789abcdef";
    std::string out = "\"";
    for (char ch : text) {
        auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (c < 0x20 || c == 0x7f) {
                out += "\\u00";
                out += hex[c >> 4];
                out += hex[c & 0xf];
            } else {
                out += ch; // UTF-8 passes through unchanged
            }
        }
    }
    out += '"';
    return out;
}

void JsonWriter::newline()
{
    m_out += '\n';
    m_out.append(2 * m_stack.size(), ' ');
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_stack.empty()) {
        if (!m_out.empty())
            throw std::logic_error("JsonWriter: a second top-level value");
        return;
    }
    Level& top = m_stack.back();
    if (top.isObject)
        throw std::logic_error("JsonWriter: a value in an object needs a key");
    if (top.count++ > 0)
        m_out += ',';
    newline();
}

JsonWriter& JsonWriter::key(std::string_view name)
{
    if (m_stack.empty() || !m_stack.back().isObject || m_afterKey)
        throw std::logic_error("JsonWriter: a key outside an object");
    if (m_stack.back().count++ > 0)
        m_out += ',';
    newline();
    m_out += quote(name);
    m_out += ": ";
    m_afterKey = true;
    return *this;
}

JsonWriter& JsonWriter::beginObject()
{
    beforeValue();
    m_out += '{';
    m_stack.push_back({true, 0});
    return *this;
}

JsonWriter& JsonWriter::beginArray()
{
    beforeValue();
    m_out += '[';
    m_stack.push_back({false, 0});
    return *this;
}

JsonWriter& JsonWriter::endObject()
{
    if (m_stack.empty() || !m_stack.back().isObject || m_afterKey)
        throw std::logic_error("JsonWriter: endObject without an open object");
    int count = m_stack.back().count;
    m_stack.pop_back();
    if (count > 0)
        newline();
    m_out += '}';
    return *this;
}

JsonWriter& JsonWriter::endArray()
{
    if (m_stack.empty() || m_stack.back().isObject)
        throw std::logic_error("JsonWriter: endArray without an open array");
    int count = m_stack.back().count;
    m_stack.pop_back();
    if (count > 0)
        newline();
    m_out += ']';
    return *this;
}

JsonWriter& JsonWriter::value(std::string_view text)
{
    beforeValue();
    m_out += quote(text);
    return *this;
}

JsonWriter& JsonWriter::value(std::int64_t number)
{
    beforeValue();
    m_out += std::to_string(number);
    return *this;
}

JsonWriter& JsonWriter::value(bool flag)
{
    beforeValue();
    m_out += flag ? "true" : "false";
    return *this;
}

JsonWriter& JsonWriter::null()
{
    beforeValue();
    m_out += "null";
    return *this;
}

JsonWriter& JsonWriter::value(const std::optional<std::int64_t>& number)
{
    return number ? value(*number) : null();
}

std::string JsonWriter::str() const
{
    return m_stack.empty() && !m_out.empty() ? m_out + "\n" : m_out;
}

} // namespace tontine::cli
