// The demo fund, told in date order through the real use cases (no SQL): the move to
// Tontine, then a year of monthly meetings with attendance, fines and two rotations.
// demo_members.cpp holds the people, demo_meetings.cpp the meetings, demo_rotations.cpp and
// its two companions the rotations.
#include "core/demo/demo_fund.h"

#include "core/demo/demo_loans.h"
#include "core/demo/demo_meetings.h"
#include "core/demo/demo_members.h"
#include "core/demo/demo_premiums.h"
#include "core/demo/demo_random.h"
#include "core/demo/demo_rotations.h"
#include "core/demo/demo_savings.h"

namespace tontine {

namespace {

// The story: "Groupement Espoir de Thiès" kept its books in a notebook for a few years and
// moved to Tontine a year before "today", at its first meeting on the computer. It meets
// monthly; the twelfth meeting was a month ago, so "today" is the next meeting day and the
// demo leaves no meeting open: the person trying the app opens today's. At the first meeting
// the women started a fixed-order rotation and the traders an auction rotation; both are
// mid-cycle today, with some arrears and fines still owed. The group also saves by shares
// with a social fund: its first savings cycle was shared out at the last meeting and the
// second cycle has just begun with what three members reinvested. Households pay their health
// insurance premiums to the group for the Mutuelle de santé And Fagaru, which the treasurer
// passes on to the mutual.
//
// Every date is relative to the clock and every "chance" comes from a fixed pseudo-random
// sequence, so the same clock always gives byte-identical books.
constexpr std::uint64_t kStorySeed = 0x5448494553; // "THIES"
constexpr std::uint64_t kSavingsSeed = 0x534156494E4753; // "SAVINGS"
constexpr int kLeaverMeeting = 10;                 // Rokhaya Mbaye leaves after it (two months ago)

} // namespace

std::unique_ptr<Book> createDemoFund(const std::filesystem::path& path, const Clock& clock,
                                     BookOptions options)
{
    using namespace demo;
    const Date today = clock.today();
    const Date createdOn = today.addMonths(-12);

    NewFund fund;
    fund.settings.name = "Groupement Espoir de Thiès";
    fund.settings.currencyCode = "XOF";
    fund.settings.roundingUnit = 5; // the smallest coin in use is 5 F CFA
    fund.settings.frequency = MeetingFrequency::Monthly;
    fund.settings.language = "fr";
    fund.firstOperator = kTreasurer;
    fund.firstOperatorRole = "treasurer";
    fund.createdOn = createdOn;

    // Hundreds of small commits: built without waiting for the disk after each (a demo lost
    // to a power cut is simply built again), then closed, which syncs it, and reopened with
    // the caller's options. No backup of the half-built demo is made.
    BookOptions building = options;
    building.syncEveryChange = false;
    building.backupOnClose = false;
    auto book = Book::create(path, fund, clock, building);
    book->addOperator(kSecretary, "secretary", Actor{kTreasurer, createdOn});
    const SavingsCycleId cycle = startDemoSavings(*book, createdOn);
    DemoRoster roster = recordFounders(*book, today, createdOn, cycle, kSharePrice);
    setDemoMeetingRules(*book, createdOn);
    DemoLoanStory loans = startDemoLoans(*book, roster, createdOn);
    const PartnerId mutual = addDemoPartner(*book, createdOn);

    DemoRandom random(kStorySeed);
    DemoRandom savingsChances(kSavingsSeed); // its own sequence: the rest of the story is unchanged
    DemoRotations rotations;
    MeetingId previous = 0;
    for (int m = 0; m < kMeetings; ++m) {
        // Meeting m is m months after the move (the same day of the month, clamped).
        const Date date = createdOn.addMonths(m);
        recordJoiners(*book, roster, today, createdOn, m); // they join before their first meeting
        const MeetingId meeting = openDemoMeeting(*book, date);
        const DemoAttendance attendance =
            recordDemoAttendance(*book, meeting, date, activeMembers(*book, roster), random);
        settleDemoFines(*book, meeting, previous, date, attendance, random);
        if (m == 0)
            rotations = createDemoRotations(*book, roster, date);
        runFixedRotation(*book, rotations.fixed, roster, m, date, attendance, random);
        runAuctionRotation(*book, rotations.auction, roster, m, date, attendance, random);
        runDemoSavings(*book, cycle, roster, m, date, attendance, savingsChances);
        runDemoLoans(*book, roster, loans, m, date);
        runDemoPremiums(*book, roster, mutual, m, date);
        if (m == kMeetings - 1)
            shareOutDemoCycle(*book, cycle, roster, date);
        closeDemoMeeting(*book, date, m);
        if (m == kMeetings - 1)
            startNextDemoCycle(*book, date);
        remitDemoPremiums(*book, mutual, m, date);
        if (m == kLeaverMeeting)
            book->deactivateMember(roster[kLeaver], Actor{kTreasurer, date});
        previous = meeting;
    }
    book->close();
    return Book::open(path, clock, std::move(options));
}

} // namespace tontine
