#include "core/savings/savings_cycle.h"

#include "core/money/money.h"
#include "core/text/canonical_text.h"
#include "core/text/text_checks.h"

#include <utility>

namespace tontine {

namespace {

constexpr std::size_t kMaxNameLength = 100;
constexpr int kMaxSharesPerMeeting = 100;

} // namespace

std::string loanAtShareOutCode(LoanAtShareOut rule)
{
    switch (rule) {
    case LoanAtShareOut::NetOff: return "net";
    case LoanAtShareOut::RepayFirst: return "repay-first";
    }
    return "";
}

std::optional<LoanAtShareOut> parseLoanAtShareOut(std::string_view code)
{
    for (LoanAtShareOut rule : {LoanAtShareOut::NetOff, LoanAtShareOut::RepayFirst})
        if (code == loanAtShareOutCode(rule))
            return rule;
    return std::nullopt;
}

Problems validateSavingsCycle(const SavingsCycle& cycle, std::int64_t roundingUnit, const Currency* currency)
{
    Problems problems;
    auto add = [&](std::string field, std::string code, std::string text, std::vector<std::string> args = {}) {
        problems.push_back(Problem{std::move(field), std::move(code), std::move(args), std::move(text)});
    };

    const std::string_view name = cycle.name;
    if (!isValidUtf8(name))
        add("name", "text.encoding", "The cycle name is not valid UTF-8 text");
    else if (hasControlChars(name))
        add("name", "text.control_chars", "The cycle name contains control characters (such as tabs or line breaks)");
    else if (trimText(name).empty())
        add("name", "required", "The savings cycle needs a name");
    else if (trimText(name) != name)
        add("name", "text.untrimmed", "The cycle name must not start or end with spaces");
    else if (const std::size_t length = codePointCount(name); length > kMaxNameLength)
        add("name", "too_long",
            "The cycle name must be at most " + std::to_string(kMaxNameLength) + " characters long (it has " +
                std::to_string(length) + ")",
            {std::to_string(kMaxNameLength), std::to_string(length)});

    if (!(cycle.start < cycle.end))
        add("end", "cycle.dates",
            "The cycle must end after it starts (start " + cycle.start.iso() + ", end " + cycle.end.iso() + ")",
            {cycle.start.iso(), cycle.end.iso()});

    // A unit of 0 or less would be a settings bug; treat it as 1 so the price is still checked.
    const std::int64_t unit = roundingUnit > 0 ? roundingUnit : 1;
    if (cycle.sharePrice <= 0)
        add("sharePrice", "cycle.share_price", "The share price must be more than zero",
            {std::to_string(cycle.sharePrice)});
    else if (cycle.sharePrice % unit != 0)
        // Otherwise a share-out could never give back exactly what a member paid in.
        add("sharePrice", "cycle.share_price_unit",
            "The share price " + formatAmount(cycle.sharePrice, currency) +
                " must be a whole multiple of the rounding unit " + formatAmount(unit, currency),
            {std::to_string(cycle.sharePrice), std::to_string(unit)});

    if (cycle.maxShares < 1 || cycle.maxShares > kMaxSharesPerMeeting)
        add("maxShares", "cycle.max_shares",
            "The most shares a member may buy at one meeting must be between 1 and " +
                std::to_string(kMaxSharesPerMeeting) + ", not " + std::to_string(cycle.maxShares),
            {"1", std::to_string(kMaxSharesPerMeeting), std::to_string(cycle.maxShares)});
    if (cycle.minShares < 0)
        add("minShares", "cycle.min_shares", "The fewest shares bought at a meeting cannot be negative",
            {std::to_string(cycle.minShares)});
    else if (cycle.minShares > cycle.maxShares)
        add("minShares", "cycle.min_above_max",
            "The fewest shares bought at a meeting (" + std::to_string(cycle.minShares) + ") cannot be more than the most (" +
                std::to_string(cycle.maxShares) + ")",
            {std::to_string(cycle.minShares), std::to_string(cycle.maxShares)});
    return problems;
}

std::string savingsCycleSnapshot(const SavingsCycle& cycle)
{
    // Field order and keys are fixed forever (append new keys at the end).
    CanonicalWriter w("savings_cycle");
    w.integer("id", cycle.id)
        .text("name", cycle.name)
        .text("start", cycle.start.iso())
        .text("end", cycle.end.iso())
        .integer("sharePrice", cycle.sharePrice)
        .integer("minShares", cycle.minShares)
        .integer("maxShares", cycle.maxShares)
        .flag("voluntaryAllowed", cycle.voluntaryAllowed)
        .flag("withdrawalsAllowed", cycle.withdrawalsAllowed)
        .text("loanRule", loanAtShareOutCode(cycle.loanRule))
        .text("sharedOn", cycle.sharedOn ? cycle.sharedOn->iso() : std::string());
    return w.str();
}

} // namespace tontine
