#pragma once
// Writes one JSON document, indented two spaces, with correct string escaping.
// Tiny on purpose: objects, arrays, strings, integers, booleans and null. No floating point:
// amounts go out as integers in minor units.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tontine::cli {

class JsonWriter {
public:
    JsonWriter& beginObject();
    JsonWriter& endObject();
    JsonWriter& beginArray();
    JsonWriter& endArray();
    // Names the next value inside an object.
    JsonWriter& key(std::string_view name);

    JsonWriter& value(std::string_view text);
    JsonWriter& value(const char* text) { return value(std::string_view(text)); }
    JsonWriter& value(const std::string& text) { return value(std::string_view(text)); }
    JsonWriter& value(std::int64_t number);
    JsonWriter& value(int number) { return value(static_cast<std::int64_t>(number)); }
    JsonWriter& value(bool flag);
    JsonWriter& null();
    // null when empty
    JsonWriter& value(const std::optional<std::int64_t>& number);

    // Shorthands for key(name).value(v).
    template <typename T>
    JsonWriter& field(std::string_view name, const T& v) { key(name); return value(v); }

    // The document so far, with a final newline once the top level is closed.
    std::string str() const;

    static std::string quote(std::string_view text);

private:
    void beforeValue();
    void newline();

    struct Level {
        bool isObject;
        int count;
    };
    std::string m_out;
    std::vector<Level> m_stack;
    bool m_afterKey = false;
};

} // namespace tontine::cli
