// The meeting summary as printed: totals by kind, who received a half hand's payout, and
// rotation arrears as of each meeting's date (a closed meeting keeps the arrears of its day).
#include "core/book/book.h"
#include "tests/core/book/rotation_book_fixture.h"

#include <catch2/catch.hpp>

using namespace rotation_book_test;

namespace {

// Three hands of 1000: Ndiaye holds hand 1, Sarr and Diallo share hand 2 (500 each), Fall
// holds hand 3; hand 2 receives round 1. Ba is in no hand. The fund advances what is missing.
RotationSpec halfHandSpec(const RotationFund& f)
{
    RotationSpec s = f.spec(1000);
    s.name = "Tour du marché";
    s.hands = {Hand{1, {HandShare{f.members[0], 2}}},
               Hand{2, {HandShare{f.members[1], 1}, HandShare{f.members[2], 1}}},
               Hand{3, {HandShare{f.members[3], 2}}}};
    s.fixedOrder = {2, 1, 3};
    s.shortfall = ShortfallRule::Advance;
    return s;
}

const MeetingSummary::KindTotal* totalOf(const MeetingSummary& s, const std::string& kind)
{
    for (const auto& t : s.totalsByKind)
        if (t.kind == kind)
            return &t;
    return nullptr;
}

const MeetingSummary::RotationArrear* arrearOf(const MeetingSummary& s, MemberId member)
{
    for (const auto& a : s.rotationArrears)
        if (a.member == member)
            return &a;
    return nullptr;
}

} // namespace

TEST_CASE("A meeting summary totals by kind, lists both holders of a half hand paid out, and rotation arrears",
          "[meeting][summary][rotation]")
{
    RotationFund f;
    const MemberId ndiaye = f.members[0], sarr = f.members[1], diallo = f.members[2], fall = f.members[3],
                   ba = f.members[4];
    f.fundTheBox(5000);
    f.book->setMeetingRules(MeetingRules{500, 1000, 0}, f.actor());
    const RotationId id = f.book->createRotation(halfHandSpec(f), f.actor());

    // Meeting 1, round 1: Fall is late (fine 500, paid), Ba absent (fine 1000, unpaid);
    // Fall does not contribute, the fund advances it and hand 2 receives the pot of 3000.
    f.openMeetingOn(Date::fromYmd(2026, 3, 10));
    const MeetingId first = f.book->currentMeeting()->id;
    f.book->recordAttendance(first, fall, AttendanceStatus::Late, f.actor());
    f.book->recordAttendance(first, ba, AttendanceStatus::Absent, f.actor());
    const auto fallFine = f.book->dues(fall, true);
    REQUIRE(fallFine.size() == 1);
    f.book->payDue(fallFine[0].id, 500, f.actor());
    f.book->contribute(id, ndiaye, 1000, f.actor());
    f.book->contribute(id, sarr, 500, f.actor());
    f.book->contribute(id, diallo, 500, f.actor());
    const PayoutResult paid = f.book->payout(id, 1, f.actor());
    REQUIRE(paid.advanced.size() == 1);
    CHECK(paid.advanced[0].member == fall);

    auto summary = f.book->meetingSummary(first);
    REQUIRE(summary.lines.size() == 5);
    CHECK(summary.totalIn == 500 + 1000 + 500 + 500);
    CHECK(summary.totalOut == 3000);

    // Totals by kind, in the fixed order, summing to the meeting's totals.
    REQUIRE(summary.totalsByKind.size() == 3);
    CHECK(summary.totalsByKind[0].kind == "due-payment");
    CHECK(summary.totalsByKind[0].lines == 1);
    CHECK(summary.totalsByKind[0].cashIn == 500);
    CHECK(summary.totalsByKind[1].kind == "rotation-contribution");
    CHECK(summary.totalsByKind[1].lines == 3);
    CHECK(summary.totalsByKind[1].cashIn == 2000);
    CHECK(summary.totalsByKind[2].kind == "rotation-payout");
    CHECK(summary.totalsByKind[2].cashIn == 0);
    CHECK(summary.totalsByKind[2].cashOut == 3000);
    std::int64_t in = 0, out = 0;
    for (const auto& t : summary.totalsByKind) {
        in += t.cashIn;
        out += t.cashOut;
    }
    CHECK(in == summary.totalIn);
    CHECK(out == summary.totalOut);

    // The half hand's payout names both holders with their half; the other lines none.
    const auto& payoutLine = summary.lines[4];
    CHECK(payoutLine.kind == "rotation-payout");
    CHECK(payoutLine.member == sarr);
    REQUIRE(payoutLine.recipients.size() == 2);
    CHECK(payoutLine.recipients[0].member == sarr);
    CHECK(payoutLine.recipients[0].amount == 1500);
    CHECK(payoutLine.recipients[1].member == diallo);
    CHECK(payoutLine.recipients[1].amount == 1500);
    for (std::size_t i = 0; i < 4; ++i)
        CHECK(summary.lines[i].recipients.empty());

    // On round 1's own day nothing is overdue yet, but Fall owes the fund the advance.
    REQUIRE(summary.rotationArrears.size() == 1);
    CHECK(summary.rotationArrears[0].rotation == id);
    CHECK(summary.rotationArrears[0].rotationName == "Tour du marché");
    CHECK(summary.rotationArrears[0].member == fall);
    CHECK(summary.rotationArrears[0].arrears == 0);
    CHECK(summary.rotationArrears[0].advanceDebt == 1000);
    // Ba's fine is a meeting due, listed with the dues (not a rotation arrear).
    REQUIRE(summary.outstandingDues.size() == 1);
    CHECK(summary.outstandingDues[0].member == ba);
    f.closeMeeting();

    // Meeting 2, round 2's day: Fall has still paid nothing for round 1, now overdue.
    f.openMeetingOn(Date::fromYmd(2026, 4, 10));
    const MeetingId second = f.book->currentMeeting()->id;
    summary = f.book->meetingSummary(second);
    CHECK(summary.lines.empty());
    CHECK(summary.totalsByKind.empty());
    const auto* behind = arrearOf(summary, fall);
    REQUIRE(behind);
    CHECK(behind->arrears == 1000);
    CHECK(behind->advanceDebt == 1000);
    CHECK(summary.rotationArrears.size() == 1); // the others paid round 1 and round 2 is due today
    f.closeMeeting();

    // Meeting 3: Fall catches up on rounds 1 and 2. The closed meeting 2 still shows the
    // arrears of its own day; meeting 3 no longer lists them as overdue.
    f.openMeetingOn(Date::fromYmd(2026, 5, 10));
    f.book->contribute(id, fall, 2000, f.actor());
    const auto third = f.book->meetingSummary(f.book->currentMeeting()->id);
    const auto* now = arrearOf(third, fall);
    CHECK((now == nullptr || now->arrears == 0));
    const auto before = f.book->meetingSummary(second);
    const auto* then = arrearOf(before, fall);
    REQUIRE(then);
    CHECK(then->arrears == 1000);
    // Sarr and Diallo paid nothing for round 2 (dated before 05-10): 500 each overdue now.
    const auto* sarrNow = arrearOf(third, sarr);
    REQUIRE(sarrNow);
    CHECK(sarrNow->arrears == 500);
    CHECK(totalOf(third, "rotation-contribution") != nullptr);
    CHECK(totalOf(third, "rotation-contribution")->cashIn == 2000);
}
