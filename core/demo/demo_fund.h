#pragma once
// Builds the demo fund through the real use cases: about 20 members with names and places
// from the regions Tontine serves, opening savings, two operators. Later capabilities extend
// it with their own history so that the demo always shows everything the app can do.

#include "core/book/book.h"

#include <filesystem>
#include <memory>

namespace tontine {

// Creates the demo fund at `path` (which must not exist) and returns it open.
// Deterministic: the same clock gives byte-identical books.
std::unique_ptr<Book> createDemoFund(const std::filesystem::path& path, const Clock& clock,
                                     BookOptions options = {});

} // namespace tontine
