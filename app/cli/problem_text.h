#pragma once
// How the CLI words core's problems and storage errors on stderr. One problem per line,
// with line and column when it came from a file: "line 3, column 2 (birth_date): …".

#include "core/error/errors.h"
#include "core/money/currency.h"

#include <string>

namespace tontine::cli {

std::string problemText(const Problem& problem);
// The storage error's message; a locked fund always says "in use".
std::string storageErrorText(const StorageError& error);
// The command-line option for a core field name ("lastName" -> "--last-name"), or the
// field itself when it has none.
std::string optionForField(const std::string& field);
// The pure savings and social fund checks write amounts in their texts as plain integers in
// minor units ("at most 650" for 6.50 EUR). These rewrite such a text in major units for a
// currency with decimals; member numbers ("Member 3", "no. 3", "to members 1 and 2") and
// counts ("2 units") are left alone. Unchanged for a currency without decimals.
std::string majorUnitsText(const std::string& text, const Currency& currency);
// True for the problem codes whose texts carry minor units (docs/savings-rules.md).
bool textHasMinorUnits(const std::string& code);
// The problems with their texts in major units where textHasMinorUnits says so.
Problems withMajorUnits(const Problems& problems, const Currency& currency);

// The members CSV column for a core field name ("birthDate" -> "birth_date").
std::string csvColumnForField(const std::string& field);

} // namespace tontine::cli
