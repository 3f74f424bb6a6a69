#pragma once
// How rotation facts read on the command line and in JSON: hands with their holders, the plan
// table, the plan as JSON. Shared by the rotation verbs; formatting only, it never writes.

#include "app/cli/json_writer.h"
#include "core/book/book.h"

#include <string>
#include <vector>

namespace tontine::cli {

// The rotation named by a ROTATION argument, or a ValidationError naming it (exit code 1).
RotationState requireRotationArg(const Book& book, const std::string& text);
// A round number argument (1 or more).
int roundArg(const std::string& text, const std::string& name);

// "3 (Aminata Fall)", or "3 (Aminata Fall + Khady Ba)" for a half hand.
std::string handText(const Book& book, const RotationSpec& spec, HandNumber hand);
// Several beneficiary hands joined by "; ", or "to decide" when none is known yet.
std::string handsText(const Book& book, const RotationSpec& spec, const std::vector<HandNumber>& hands);

// The plan of the current cycle as a table (round, date, beneficiary, pot, discount, payout,
// status), and as the "rounds" array of a JSON object.
std::string planTable(const Book& book, const RotationState& state);
void planJson(JsonWriter& j, const Book& book, const RotationState& state);

} // namespace tontine::cli
