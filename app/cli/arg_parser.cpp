#include "app/cli/arg_parser.h"

#include "app/cli/usage_error.h"

#include <algorithm>

namespace tontine::cli {

namespace {
bool contains(const std::vector<std::string>& list, std::string_view name)
{
    return std::find(list.begin(), list.end(), name) != list.end();
}
} // namespace

std::optional<std::string> ParsedArgs::value(std::string_view name) const
{
    auto it = m_values.find(name);
    if (it == m_values.end())
        return std::nullopt;
    return it->second;
}

std::vector<std::string> ParsedArgs::values(std::string_view name) const
{
    auto it = m_lists.find(name);
    return it == m_lists.end() ? std::vector<std::string>{} : it->second;
}

std::string ParsedArgs::valueOr(std::string_view name, std::string fallback) const
{
    auto v = value(name);
    return v ? *v : std::move(fallback);
}

bool ParsedArgs::has(std::string_view name) const { return m_values.find(name) != m_values.end(); }

bool ParsedArgs::flag(std::string_view name) const { return m_flags.find(name) != m_flags.end(); }

std::optional<std::string> ParsedArgs::positional(std::size_t index) const
{
    if (index >= m_positionals.size())
        return std::nullopt;
    return m_positionals[index];
}

ParsedArgs ParsedArgs::parse(const std::vector<std::string>& words, const ArgSpec& spec,
                             const std::string& verb)
{
    ParsedArgs out;
    bool optionsEnded = false;
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string& word = words[i];
        // A lone "-" and negative numbers are values, not options ("-500" as an amount).
        bool looksLikeOption = !optionsEnded && word.size() > 1 && word[0] == '-'
                               && !(word[1] >= '0' && word[1] <= '9');
        if (!optionsEnded && word == "--") {
            optionsEnded = true;
            continue;
        }
        if (!looksLikeOption) {
            out.m_positionals.push_back(word);
            continue;
        }
        if (word.rfind("--", 0) != 0)
            throw UsageError("unknown option " + word + " for '" + verb + "'", verb);
        std::string name = word.substr(2);
        std::optional<std::string> inlineValue;
        if (auto eq = name.find('='); eq != std::string::npos) {
            inlineValue = name.substr(eq + 1);
            name = name.substr(0, eq);
        }
        if (contains(spec.flags, name)) {
            if (inlineValue)
                throw UsageError("option --" + name + " takes no value", verb);
            out.m_flags[name] = true;
        } else if (contains(spec.valueOptions, name) || contains(spec.repeatable, name)) {
            if (out.m_values.count(name) && !contains(spec.repeatable, name))
                throw UsageError("option --" + name + " given twice", verb);
            if (!inlineValue && i + 1 >= words.size())
                throw UsageError("option --" + name + " needs a value", verb);
            const std::string v = inlineValue ? *inlineValue : words[++i];
            // value() of a repeated option is the first one given; values() lists them all.
            out.m_values.emplace(name, v);
            out.m_lists[name].push_back(v);
        } else {
            throw UsageError("unknown option --" + name + " for '" + verb + "'", verb);
        }
    }
    for (const auto& name : spec.required)
        if (!out.has(name))
            throw UsageError("'" + verb + "' needs --" + name, verb);
    if (out.m_positionals.size() < spec.positionals.size())
        throw UsageError("'" + verb + "' needs " + spec.positionals[out.m_positionals.size()], verb);
    if (!spec.morePositionals
        && out.m_positionals.size() > spec.positionals.size() + spec.optionalPositionals.size())
        throw UsageError("unexpected argument '" + out.m_positionals[spec.positionals.size()
                                                                       + spec.optionalPositionals.size()]
                             + "' for '" + verb + "'",
                         verb);
    return out;
}

} // namespace tontine::cli
