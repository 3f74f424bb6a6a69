#pragma once
// How rotation facts read on the command line and in JSON: hands with their holders, the plan
// table, the plan as JSON. Shared by the rotation verbs; formatting only, it never writes.

#include "core/book/book.h"

#include <iosfwd>
#include <string>
#include <vector>

namespace tontine::cli {

// A list argument ("1, 2,3+4") cut at `sep`, spaces dropped; empty parts are kept so that the
// caller can refuse them by position.
std::vector<std::string> splitOn(const std::string& text, char sep);

// The rotation named by a ROTATION argument, or a ValidationError naming it (exit code 1).
RotationState requireRotationArg(const Book& book, const std::string& text);
// A round number argument (1 or more).
int roundArg(const std::string& text, const std::string& name);

// "3 (Aminata Fall)", or "3 (Aminata Fall + Khady Ba)" for a half hand.
std::string handText(const Book& book, const RotationSpec& spec, HandNumber hand);
// Several beneficiary hands joined by "; ", or "to decide" when none is known yet.
std::string handsText(const Book& book, const RotationSpec& spec, const std::vector<HandNumber>& hands);

// "3 Aminata Fall": a member's number and name ("member 9" for a number with no member).
std::string memberLine(const Book& book, MemberId member);
// "  LABEL: 1 Fatou Ndiaye 1000, 2 Mamadou Sow 500" on its own line; nothing when empty.
void memberAmountsLine(std::ostream& out, const Book& book, const std::string& label,
                       const std::vector<MemberAmount>& amounts, const Currency& currency);

// The plan of the current cycle as a table (round, date, beneficiary, pot, discount, payout,
// status); as JSON, see rotation_json.h.
std::string planTable(const Book& book, const RotationState& state);

} // namespace tontine::cli
