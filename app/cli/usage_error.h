#pragma once
// The command line itself is wrong (unknown verb or option, missing argument): exit code 2.
// Input that is well-formed but rejected is a core ValidationError instead (exit code 1).

#include <stdexcept>
#include <string>

namespace tontine::cli {

class UsageError : public std::runtime_error {
public:
    // `verb` names the verb whose usage line to show as a hint; empty for the general one.
    UsageError(const std::string& message, std::string verb = {})
        : std::runtime_error(message), m_verb(std::move(verb)) {}
    const std::string& verb() const { return m_verb; }

private:
    std::string m_verb;
};

} // namespace tontine::cli
