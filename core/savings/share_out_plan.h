#pragma once
// What the treasurer sees before committing a share-out, and what the book records when it
// is committed: where the amount shared comes from (the books, or the cash counted in the
// box), what is kept out of it, and the engine's lines. Pure data built by Book.

#include "core/calendar/date.h"
#include "core/savings/savings_cycle.h"
#include "core/savings/share_out.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tontine {

// Which figure the amount shared starts from.
enum class ShareOutBasis {
    Books,   // what the books say the cycle's fund is
    Counted, // the same, corrected by the difference between the cash counted and the books
};
std::string shareOutBasisCode(ShareOutBasis basis); // "books", "counted"
std::optional<ShareOutBasis> parseShareOutBasis(std::string_view code);

struct ShareOutOptions {
    ShareOutRule rule = ShareOutRule::Standard;
    ShareOutBasis basis = ShareOutBasis::Books;
    std::optional<std::int64_t> countedCash; // required for ShareOutBasis::Counted
    std::int64_t keptBack = 0;               // what the group decides to keep in the fund
    std::string keptBackNote;                // why (needed when keptBack > 0)
    // Parts of members' net payouts they leave as opening savings of the next cycle.
    std::map<MemberId, std::int64_t> reinvest;
};

// Where the amount shared comes from. books = savings + earnings + carriedIn; counted = books +
// (cashCounted − cashExpected); amountShared = chosen − keptBack. The social fund, rotation
// pots and premiums held are other accounts: shown for the treasurer, never in the amount.
struct ShareOutFund {
    std::int64_t savings = 0;      // Σ members' savings in the cycle
    std::int64_t earnings = 0;     // income − expenses dated within the cycle (interest, fines, fees …)
    std::int64_t carriedIn = 0;    // kept back (and kept by rounding) at the previous share-out
    std::int64_t books = 0;        // savings + earnings + carriedIn
    std::int64_t cashExpected = 0; // cash in the box according to the books
    std::optional<std::int64_t> cashCounted;
    std::int64_t difference = 0;   // cashCounted − cashExpected (0 when not counted)
    std::int64_t socialFund = 0;   // kept out: the social fund's balance (never shared)
    std::int64_t keptBack = 0;
    ShareOutBasis basis = ShareOutBasis::Books;
    std::int64_t amountShared = 0;
};

struct ShareOutPlan {
    SavingsCycle cycle;
    Date date;                     // the share-out meeting's date
    int meetings = 0;              // meetings of the cycle up to this one (the time weights' base)
    ShareOutFund fund;
    ShareOutResult result;         // lines in member-number order; problems block a commit
    std::map<MemberId, std::int64_t> reinvest;
    std::string keptBackNote;
    Problems problems;             // the plan's own problems (options), then the result's
    // What the book decided on its own, in words (e.g. a guarantor's pledged savings reinvested).
    std::vector<std::string> notes;
    std::optional<std::int64_t> committedEntry; // the entry that paid it, once committed
};

// "shareout/1": the committed share-out as chained (subject "shareout:<cycle>") and as verify
// rebuilds it from the tables.
std::string shareOutSnapshot(const ShareOutPlan& plan);

} // namespace tontine
