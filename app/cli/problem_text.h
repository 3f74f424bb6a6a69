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
// The members CSV column for a core field name ("birthDate" -> "birth_date").
std::string csvColumnForField(const std::string& field);

} // namespace tontine::cli
