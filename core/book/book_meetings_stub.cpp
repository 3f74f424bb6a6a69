// TEMPORARY (branch rotbook only): a minimal in-memory stand-in for the meeting use cases
// the lead is implementing on main, so that rotation tests can link and run. Deleted when
// main's `feat(meetings)` implementation is merged. Not persisted, no checks.
#include "core/book/book.h"

#include <map>

namespace tontine {

namespace {
std::map<const Book*, Meeting>& openMeetings()
{
    static std::map<const Book*, Meeting> meetings;
    return meetings;
}
} // namespace

MeetingId Book::openMeeting(std::int64_t countedCash, const std::string& note, const Actor& actor)
{
    Meeting m;
    m.id = static_cast<MeetingId>(actor.date.iso().size());
    m.date = actor.date;
    m.openedBy = actor.operatorName;
    m.openingCounted = countedCash;
    m.openingNote = note;
    openMeetings()[this] = m;
    return m.id;
}

std::optional<Meeting> Book::currentMeeting() const
{
    auto it = openMeetings().find(this);
    if (it == openMeetings().end())
        return std::nullopt;
    return it->second;
}

void Book::closeMeeting(std::int64_t, const std::string&, const Actor&) { openMeetings().erase(this); }

} // namespace tontine
