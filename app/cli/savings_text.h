#pragma once
// What the savings, social fund and share-out verbs share: the arguments they parse (member
// numbers, member lists, the cycle named by --cycle or the open one) and core's field names
// turned back into the options a person typed. Parsing and wording only: it never writes.

#include "app/cli/arg_parser.h"
#include "core/book/book.h"

#include <string>
#include <utility>
#include <vector>

namespace tontine::cli {

// A member number argument (1 or more); the book checks that the member exists.
MemberId memberArg(const std::string& text, const std::string& name);
// "3,5": member numbers, each once (ValidationError naming `option` otherwise).
std::vector<MemberId> memberListArg(const std::string& text, const std::string& option);

// The savings cycle money is recorded in: the open one (ValidationError when none is open).
SavingsCycle requireOpenCycle(const Book& book);
// The cycle a read verb shows: --cycle ID when given, else the open cycle, else the last one
// (ValidationError when the fund has no cycle or no cycle ID).
SavingsCycle cycleOption(const Book& book, const ParsedArgs& args);

// The date a preview is worked out for: --date, else the open meeting's, else today.
Date previewDate(const Book& book, const ParsedArgs& args, const Clock& clock);

// What `shares` shares cost at `price` (ValidationError naming `option` when it is absurd).
std::int64_t sharesValue(std::int64_t price, int shares, const std::string& option);

// "1 share", "3 shares".
std::string sharesText(std::int64_t shares);
// "1 to 5 shares a meeting" (or "up to 5 shares a meeting, buying is optional").
std::string shareLimitsText(const SavingsCycle& cycle);
// "yes"/"no".
inline const char* yesNo(bool flag) { return flag ? "yes" : "no"; }
// "3 Aminata Fall, 5 Moussa Diallo".
std::string membersText(const Book& book, const std::vector<MemberId>& members);

// Core names a problem after the field of the value it checked; a person typed an option.
// Returns the error with each field found in `names` replaced by its option (core already
// writes amounts in the fund's currency).
using FieldNames = std::vector<std::pair<std::string, std::string>>;
ValidationError forPeople(const ValidationError& e, const FieldNames& names);

// Runs `f`, rewording any ValidationError it throws with forPeople.
template <typename F>
auto renamingFields(const FieldNames& names, F&& f) -> decltype(f())
{
    try {
        return f();
    } catch (const ValidationError& e) {
        if (e.problems().empty())
            throw;
        throw forPeople(e, names);
    }
}

} // namespace tontine::cli
