#pragma once
// Parses the words after a verb against that verb's declared options: `--name VALUE`,
// `--name=VALUE`, flags, and positional arguments. Anything undeclared is a UsageError.
// It knows nothing about funds; verbs interpret the values.

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tontine::cli {

// What a verb accepts. Option names are given without the leading "--".
struct ArgSpec {
    std::vector<std::string> valueOptions;  // take one value
    std::vector<std::string> repeatable;    // value options that may be given more than once
    std::vector<std::string> flags;         // take none
    std::vector<std::string> required;      // value options that must be given
    std::vector<std::string> positionals;   // names of required positional arguments, in order
    std::vector<std::string> optionalPositionals; // may follow the required ones
    bool morePositionals = false; // any number may follow those (the verb checks them)
};

// The options and positionals one command line gave a verb, already checked against its
// ArgSpec. Values stay text: it must not interpret them (verbs parse amounts, dates, numbers).
class ParsedArgs {
public:
    std::optional<std::string> value(std::string_view name) const;
    // Every value given to an option, in command-line order (a repeatable option's list).
    std::vector<std::string> values(std::string_view name) const;
    std::string valueOr(std::string_view name, std::string fallback) const;
    bool has(std::string_view name) const;
    bool flag(std::string_view name) const;
    const std::vector<std::string>& positionals() const { return m_positionals; }
    std::optional<std::string> positional(std::size_t index) const;

    // Parses `words`; `verb` names the verb in error messages.
    static ParsedArgs parse(const std::vector<std::string>& words, const ArgSpec& spec,
                            const std::string& verb);

private:
    std::map<std::string, std::string, std::less<>> m_values;
    std::map<std::string, std::vector<std::string>, std::less<>> m_lists;
    std::map<std::string, bool, std::less<>> m_flags;
    std::vector<std::string> m_positionals;
};

} // namespace tontine::cli
