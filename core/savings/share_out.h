#pragma once
// The end-of-cycle share-out (DESIGN §2.2, docs/savings-rules.md): splits the amount shared
// among the cycle's members, exactly, by the standard or the time-weighted rule, then takes
// off what each member owes. Pure: the book decides the amount and writes the entries.

#include "core/error/errors.h"
#include "core/members/member.h"
#include "core/money/currency.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tontine {

enum class ShareOutRule {
    Standard,     // value per share = amount ÷ total shares: parts proportional to savings
    TimeWeighted, // savings back, then the earnings by amount × meetings each amount was held
};
std::string shareOutRuleCode(ShareOutRule rule); // "standard", "time-weighted"
std::optional<ShareOutRule> parseShareOutRule(std::string_view code);

// One amount a member put in (or, negative, took out) and for how many of the cycle's
// meetings it was held before the share-out.
struct ShareOutHolding {
    std::int64_t amount = 0;
    int meetingsHeld = 0;
};

struct ShareOutMemberInput {
    MemberId member = 0;
    int shares = 0;                       // shares held (shown; the standard rule uses `saved`)
    std::int64_t saved = 0;               // minor units held in the cycle (Σ holdings' amounts)
    std::vector<ShareOutHolding> holdings; // for the time-weighted rule
    std::int64_t owed = 0;                // loans and social loans to net off (0 if none)
};

struct ShareOutInput {
    ShareOutRule rule = ShareOutRule::Standard;
    std::int64_t amountShared = 0;        // the cycle's fund after social fund and keep-back
    std::int64_t roundingUnit = 1;        // parts are whole multiples of it
    bool netOffLoans = true;              // false: a member who owes makes it a problem (repay first)
    std::vector<ShareOutMemberInput> members; // in member-number order: the tie order
    // The fund's currency, for amounts in problem texts and the rounding note (nullptr: plain
    // minor units, grouped in the note). Problem args are always minor units.
    const Currency* currency = nullptr;
};

struct ShareOutLine {
    MemberId member = 0;
    int shares = 0;
    std::int64_t saved = 0;
    std::int64_t weight = 0;      // standard: saved; time-weighted: Σ amount × meetings held
    std::int64_t gross = 0;       // their part of the amount shared
    std::int64_t deductions = 0;  // what they owed, taken off (never more than gross)
    std::int64_t net = 0;         // gross − deductions: paid out (or reinvested)
    std::int64_t stillOwed = 0;   // owed − deductions: what they still owe after the share-out
    bool roundedUp = false;       // received one of the units handed out by largest remainder
};

struct ShareOutResult {
    Problems problems;            // nothing may be committed while there is one
    ShareOutRule rule = ShareOutRule::Standard;
    std::int64_t amountShared = 0;
    std::int64_t totalSaved = 0;
    int totalShares = 0;
    std::int64_t earnings = 0;    // amountShared − totalSaved (negative: a loss)
    std::int64_t allocated = 0;   // Σ gross: amountShared minus keptByRounding
    std::int64_t keptByRounding = 0; // less than one rounding unit, kept by the fund
    int unitsByRemainder = 0;     // how many units the largest-remainder step handed out
    std::vector<ShareOutLine> lines;
    // The rounding rule and the tie order in words, for the report.
    std::string roundingNote;
};

// Computes the share-out. Problems (field "members" unless said): no member holds savings;
// amountShared negative; a loss larger than a member's savings; under repay-first, each
// member who owes (args: member number, amount).
ShareOutResult computeShareOut(const ShareOutInput& input);

} // namespace tontine
