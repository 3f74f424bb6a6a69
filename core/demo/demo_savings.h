#pragma once
// The demo fund's savings group and social fund: the rules agreed at the move, a first
// savings cycle with the founders' savings as its start, shares bought at each meeting,
// social contributions, a grant, social loans, one withdrawal, the share-out at the last
// meeting and the next cycle with what members reinvested. Internal to core/demo; everything
// goes through the Book's use cases.

#include "core/book/book.h"
#include "core/demo/demo_meetings.h"
#include "core/demo/demo_members.h"
#include "core/demo/demo_random.h"

namespace tontine::demo {

inline constexpr std::int64_t kSharePrice = 1000;       // F CFA
inline constexpr std::int64_t kSocialContribution = 500; // F CFA per member per meeting

// The social fund's rules and the first cycle, agreed on the day of the move (before the
// founders' opening savings, which are the cycle's savings start). Returns the cycle.
SavingsCycleId startDemoSavings(Book& book, const Date& createdOn);

// One meeting's savings and social fund: members in the room buy shares and pay their social
// contributions; the story's grant, loans, repayments and withdrawal on their meetings.
void runDemoSavings(Book& book, SavingsCycleId cycle, const DemoRoster& roster, int meetingIndex, const Date& date,
                    const DemoAttendance& attendance, DemoRandom& random);

// The share-out at the last meeting (standard rule, from the books; three members reinvest
// part of theirs), and — after that meeting closed — the next cycle, which takes the
// reinvested parts as its opening savings.
void shareOutDemoCycle(Book& book, SavingsCycleId cycle, const DemoRoster& roster, const Date& date);
void startNextDemoCycle(Book& book, const Date& lastMeeting);

} // namespace tontine::demo
