#pragma once
// Builds the demo fund through the real use cases: about 20 members with names and places
// from the regions Tontine serves, opening savings, two operators, then a year of monthly
// meetings (attendance, fines, cash counts) with two rotations, a fixed order and an
// auction, both mid-cycle; no meeting is left open. Later capabilities extend it with their
// own history so that the demo always shows everything the app can do.

#include "core/book/book.h"

#include <filesystem>
#include <memory>

namespace tontine {

// Creates the demo fund at `path` (which must not exist) and returns it open with `options`.
// Deterministic: the same clock gives byte-identical books. Meetings are dated back from
// the clock's today, the last one a month before it.
std::unique_ptr<Book> createDemoFund(const std::filesystem::path& path, const Clock& clock,
                                     BookOptions options = {});

} // namespace tontine
