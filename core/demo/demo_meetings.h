#pragma once
// The demo fund's meetings: the attendance rule and its fines, who came to each meeting,
// which fines were paid when, and the cash counted at opening and closing. Internal to
// core/demo; everything goes through the Book's meeting use cases.

#include "core/book/book.h"
#include "core/demo/demo_random.h"

#include <map>
#include <vector>

namespace tontine::demo {

inline constexpr int kMeetings = 12;            // monthly, the last one a month before today
inline constexpr int kShortMeeting = 7;         // 0-based: closed with a small cash difference
inline constexpr std::int64_t kCashShortBy = 500;
inline constexpr std::int64_t kFineLate = 500;  // F CFA, the group's rule
inline constexpr std::int64_t kFineAbsent = 1000;

// Who came to one meeting and how. Only members on the list attended in some way.
using DemoAttendance = std::map<MemberId, AttendanceStatus>;

// True when the member was in the room (present or late) and so could pay or bid.
bool inTheRoom(const DemoAttendance& attendance, MemberId member);

// The fund's attendance rule, agreed on the day of the move.
void setDemoMeetingRules(Book& book, const Date& on);

// Opens the meeting of `date` with the cash counted equal to the books.
MeetingId openDemoMeeting(Book& book, const Date& date);

// Records every active member's attendance: mostly present, some late, absent or excused.
DemoAttendance recordDemoAttendance(Book& book, MeetingId meeting, const Date& date,
                                    const std::vector<MemberId>& active, DemoRandom& random);

// Members in the room pay most fines of the day and many of the previous meeting's; a few
// fines stay unpaid (the arrears the app shows).
// `previous` is the meeting before (0 for the first).
void settleDemoFines(Book& book, MeetingId meeting, MeetingId previous, const Date& date,
                     const DemoAttendance& attendance, DemoRandom& random);

// Closes the meeting with the cash counted equal to the books, except once (kShortMeeting).
void closeDemoMeeting(Book& book, const Date& date, int meetingIndex);

} // namespace tontine::demo
