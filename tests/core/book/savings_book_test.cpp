// Savings cycles through the Book: shares bought at meetings, limits, withdrawals within what
// is free, reversal, the savings start and the chain (docs/savings-rules.md).
#include "tests/core/book/savings_book_fixture.h"

using namespace savings_book_test;

TEST_CASE("Shares bought at a meeting move cash into the member's savings", "[savings][book]")
{
    SavingsFund f;
    f.openMeetingOn(Date::fromYmd(2026, 3, 10));
    f.book->buyShares(f.cycle, f.member(1), 3, f.actor());
    f.book->buyShares(f.cycle, f.member(2), 1, f.actor());
    CHECK(f.balance("cash") == 2000);
    CHECK(f.balance("savings:" + std::to_string(f.member(1))) == -1500);
    const auto all = f.book->savingsBalances(f.cycle);
    REQUIRE(all.size() == 2);
    CHECK(f.savingsOf(all, f.member(1))->shares == 3);
    CHECK(f.savingsOf(all, f.member(1))->saved == 1500);
    CHECK(f.book->verify().ok());
}

TEST_CASE("A purchase above the meeting's maximum is refused and nothing is written", "[savings][book]")
{
    SavingsFund f(5);
    f.openMeetingOn(Date::fromYmd(2026, 3, 10));
    f.book->buyShares(f.cycle, f.member(1), 4, f.actor());
    const auto before = f.book->chainHead().shortText();
    const auto codes = refusalCodes([&] { f.book->buyShares(f.cycle, f.member(1), 2, f.actor()); });
    REQUIRE(codes.size() == 1);
    CHECK(f.book->chainHead().shortText() == before);
    CHECK(f.savingsOf(f.book->savingsBalances(f.cycle), f.member(1))->shares == 4);
    // Shares need a meeting.
    f.closeMeeting();
    CHECK(refusalCodes([&] { f.book->buyShares(f.cycle, f.member(2), 1, f.actor()); }) ==
          std::vector<std::string>{"meeting.none_open"});
}

TEST_CASE("A withdrawal beyond what is free is refused; what a member owes is not free", "[savings][book]")
{
    SavingsFund f;
    MeetingRules rules;
    rules.fineAbsent = 500;
    f.book->setMeetingRules(rules, f.actor());
    f.openMeetingOn(Date::fromYmd(2026, 3, 10));
    f.book->buyShares(f.cycle, f.member(1), 5, f.actor()); // 2 500 saved
    f.book->recordAttendance(f.book->currentMeeting()->id, f.member(1), AttendanceStatus::Absent, f.actor());
    const auto mine = *f.savingsOf(f.book->savingsBalances(f.cycle), f.member(1));
    CHECK(mine.owed == 500);
    CHECK(mine.free() == 2000);
    const auto before = f.book->chainHead().shortText();
    CHECK(!refusalCodes([&] { f.book->withdrawSavings(f.cycle, f.member(1), 2500, f.actor()); }).empty());
    CHECK(f.book->chainHead().shortText() == before);
    f.book->withdrawSavings(f.cycle, f.member(1), 2000, f.actor());
    CHECK(f.savingsOf(f.book->savingsBalances(f.cycle), f.member(1))->saved == 500);
    CHECK(f.balance("cash") == 500);
}

TEST_CASE("A reversed purchase takes the shares back with the money", "[savings][book]")
{
    SavingsFund f;
    f.openMeetingOn(Date::fromYmd(2026, 3, 10));
    const EntrySeq bought = f.book->buyShares(f.cycle, f.member(3), 2, f.actor());
    f.book->reverse(bought, "typed for the wrong member", f.actor());
    const auto all = f.book->savingsBalances(f.cycle);
    const auto* mine = f.savingsOf(all, f.member(3));
    REQUIRE(mine);
    CHECK(mine->shares == 0);
    CHECK(mine->saved == 0);
    CHECK(f.balance("cash") == 0);
    // The member can buy again that day: the reversed purchase no longer counts.
    f.book->buyShares(f.cycle, f.member(3), 5, f.actor());
    CHECK(f.book->verify().ok());
}

TEST_CASE("Opening savings are entered once per member and count as shares held from the start", "[savings][book]")
{
    SavingsFund f;
    f.book->recordOpeningShares(f.cycle, f.member(1), 10, 5000, f.actor());
    CHECK(refusalCodes([&] { f.book->recordOpeningShares(f.cycle, f.member(1), 2, 1000, f.actor()); }) ==
          std::vector<std::string>{"savings.opening_twice"});
    CHECK(f.balance("cash") == 5000);
    CHECK(f.savingsOf(f.book->savingsBalances(f.cycle), f.member(1))->shares == 10);
    CHECK(f.book->verify().ok());
}

TEST_CASE("Only one savings cycle runs at a time", "[savings][book]")
{
    SavingsFund f;
    SavingsCycle next;
    next.name = "Cycle 2027";
    next.start = Date::fromYmd(2027, 3, 1);
    next.end = Date::fromYmd(2028, 2, 28);
    next.sharePrice = 500;
    CHECK(refusalCodes([&] { f.book->createSavingsCycle(next, f.actor()); }) ==
          std::vector<std::string>{"savings.cycle_open"});
    CHECK(f.book->openSavingsCycle()->id == f.cycle);
}
