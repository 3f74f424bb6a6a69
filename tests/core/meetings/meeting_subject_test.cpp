#include "core/meetings/meeting.h"

#include <catch2/catch.hpp>

using namespace tontine;

TEST_CASE("A meeting's subject in the chain names it, and reads back only from that form")
{
    CHECK(meetingSubject(12) == "meeting:12");
    CHECK(meetingOfSubject(meetingSubject(12)) == MeetingId{12});
    for (const char* other : {"meeting:", "meeting:12a", "meeting:-", "meetings:12", "loan:12", "", "attendance:3:4"})
        CHECK_FALSE(meetingOfSubject(other));
}
