#include "core/error/errors.h"

namespace tontine {

namespace {
std::string firstText(const Problems& problems)
{
    if (problems.empty())
        return "invalid input";
    return problems.size() == 1 ? problems.front().text : describe(problems);
}
} // namespace

ValidationError::ValidationError(Problems problems)
    : Error(firstText(problems)), m_problems(std::move(problems))
{
}

ValidationError::ValidationError(std::string field, std::string code, std::string text,
                                 std::vector<std::string> args)
    : ValidationError(Problems{Problem{std::move(field), std::move(code), std::move(args), std::move(text)}})
{
}

std::string describe(const Problems& problems)
{
    std::string out;
    for (const auto& p : problems) {
        if (!out.empty())
            out += '\n';
        out += p.field.empty() ? p.text : p.field + ": " + p.text;
    }
    return out;
}

} // namespace tontine
