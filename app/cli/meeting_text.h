#pragma once
// How meeting, due and cash-count facts read on the command line and in JSON, shared by the
// meeting and due verbs. Formatting only: it never changes the book.

#include "app/cli/json_writer.h"
#include "core/book/book.h"

#include <optional>
#include <string>

namespace tontine::cli {

// "Fatou Ndiaye", or "member 7" for a number the book does not know.
std::string memberName(const Book& book, MemberId id);
// A cash difference with its sign ("+500", "-250"), or "none".
std::string differenceText(std::int64_t difference, const Currency& currency);
// Counted minus expected at closing, once the meeting is closed.
std::optional<std::int64_t> closingDifference(const Meeting& meeting);
// The open meeting, or a ValidationError saying none is open (exit code 1).
Meeting requireOpenMeeting(const Book& book);

// One meeting as a JSON object (amounts in minor units; closing fields null while open).
void meetingJson(JsonWriter& j, const Meeting& meeting);
// One due as a JSON object, with the member's name.
void dueJson(JsonWriter& j, const Due& due, const std::string& name);

} // namespace tontine::cli
