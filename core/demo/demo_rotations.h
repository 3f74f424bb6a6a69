#pragma once
// The demo fund's two rotations, both agreed at the first meeting: "Tontine des femmes"
// (fixed order, monthly, a half hand, the fund advances a late member's share) and
// "Tontine enchère" (auction every second month, payout waits for every contribution).
// Internal to core/demo; everything goes through the Book's rotation use cases.

#include "core/book/book.h"
#include "core/demo/demo_meetings.h"
#include "core/demo/demo_members.h"
#include "core/demo/demo_random.h"

namespace tontine::demo {

inline constexpr std::int64_t kFixedContribution = 10000;   // F CFA per hand per round
inline constexpr std::int64_t kAuctionContribution = 25000; // F CFA per hand per round
inline constexpr std::int64_t kAuctionMinimumBid = 2500;

// The numbers the two rotations got when they were created.
struct DemoRotations {
    RotationId fixed = 0;
    RotationId auction = 0;
};

// Creates both rotations at the meeting of `firstMeeting` (round 1 is that day).
DemoRotations createDemoRotations(Book& book, const DemoRoster& roster, const Date& firstMeeting);

// What happens in "Tontine des femmes" at the meeting `meetingIndex` (0-based): everyone's
// contribution (a few partial, late or ahead; absent members pay nothing), fines, the payout.
void runFixedRotation(Book& book, RotationId id, const DemoRoster& roster, int meetingIndex, const Date& date,
                      const DemoAttendance& attendance, DemoRandom& random);

// What happens in "Tontine enchère" at a meeting: on a round's day the auction, the
// contributions and the payout; a payout waiting for a missing contribution is made at the
// next meeting once it is paid.
void runAuctionRotation(Book& book, RotationId id, const DemoRoster& roster, int meetingIndex, const Date& date,
                        const DemoAttendance& attendance, DemoRandom& random);

// Pays the member's outstanding late fines in this rotation most of the time (`percent` in a
// hundred) when they are in the room; the others stay owed.
void payDemoRotationFines(Book& book, RotationId id, MemberId member, std::int64_t owed, const Date& date,
                          const DemoAttendance& attendance, DemoRandom& random, int percent);

} // namespace tontine::demo
