// Shared parsing and wording of the savings, social fund and share-out verbs (savings_text.h).
#include "app/cli/savings_text.h"

#include "app/cli/cli_context.h"
#include "app/cli/meeting_text.h"
#include "app/cli/problem_text.h"
#include "app/cli/rotation_text.h"
#include "core/error/errors.h"

#include <algorithm>
#include <limits>

namespace tontine::cli {

namespace {
constexpr std::int64_t maxId = std::numeric_limits<std::int64_t>::max();
} // namespace

MemberId memberArg(const std::string& text, const std::string& name)
{
    return CliContext::parseCount(text, name, 1, maxId);
}

std::vector<MemberId> memberListArg(const std::string& text, const std::string& option)
{
    std::vector<MemberId> members;
    for (const auto& item : splitOn(text, ',')) {
        MemberId m = CliContext::parseCount(item, option, 1, maxId);
        // Two approvals by the same person are one approval: say so rather than count it once.
        if (std::find(members.begin(), members.end(), m) != members.end())
            throw ValidationError(option, "member.twice", "member " + item + " is listed twice", {item});
        members.push_back(m);
    }
    return members;
}

SavingsCycle requireOpenCycle(const Book& book)
{
    auto cycle = book.openSavingsCycle();
    if (!cycle)
        throw ValidationError("cycle", "savings.no_open_cycle",
                              "No savings cycle is open: create one with 'savings cycle create'");
    return *cycle;
}

SavingsCycle cycleOption(const Book& book, const ParsedArgs& args)
{
    if (auto text = args.value("cycle")) {
        const SavingsCycleId id = CliContext::parseCount(*text, "--cycle", 1, maxId);
        auto cycle = book.savingsCycle(id);
        if (!cycle)
            throw ValidationError("--cycle", "savings.cycle_unknown", "There is no savings cycle " + *text, {*text});
        return *cycle;
    }
    if (auto open = book.openSavingsCycle())
        return *open;
    auto all = book.savingsCycles();
    if (all.empty())
        throw ValidationError("cycle", "savings.no_cycle",
                              "The fund has no savings cycle: create one with 'savings cycle create'");
    return *std::max_element(all.begin(), all.end(),
                             [](const SavingsCycle& a, const SavingsCycle& b) { return a.id < b.id; });
}

Date previewDate(const Book& book, const ParsedArgs& args, const Clock& clock)
{
    if (auto text = args.value("date"))
        return CliContext::parseDate(*text, "--date");
    if (auto open = book.currentMeeting())
        return open->date;
    return clock.today();
}

std::int64_t sharesValue(std::int64_t price, int shares, const std::string& option)
{
    std::int64_t value = 0;
    if (__builtin_mul_overflow(price, static_cast<std::int64_t>(shares), &value))
        throw ValidationError(option, "amount.overflow", "too many shares: " + std::to_string(shares),
                              {std::to_string(shares)});
    return value;
}

std::string sharesText(std::int64_t shares)
{
    return std::to_string(shares) + (shares == 1 || shares == -1 ? " share" : " shares");
}

std::string shareLimitsText(const SavingsCycle& c)
{
    if (c.minShares == 0)
        return "up to " + std::to_string(c.maxShares) + " shares a meeting (buying is optional)";
    return std::to_string(c.minShares) + " to " + std::to_string(c.maxShares) + " shares a meeting";
}

std::string membersText(const Book& book, const std::vector<MemberId>& members)
{
    std::string text;
    for (auto m : members)
        text += (text.empty() ? "" : ", ") + memberLine(book, m);
    return text;
}

ValidationError forPeople(const ValidationError& e, const FieldNames& names)
{
    Problems problems = e.problems();
    for (auto& p : problems)
        for (const auto& [field, option] : names)
            if (p.field == field) {
                p.field = option;
                break;
            }
    return ValidationError(problems);
}

} // namespace tontine::cli
