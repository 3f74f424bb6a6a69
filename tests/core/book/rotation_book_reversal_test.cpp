// Correcting rotation money through Book::reverse (docs/rotation-rules.md R43–R49): a
// contribution or a fine payment is reversed with its records, so arrears, fines owed and
// the accounts are exactly as before it; what cannot be undone is refused with the reason.
#include "tests/core/book/rotation_book_fixture.h"

#include "core/rotation/correction.h"

using namespace rotation_book_test;

namespace {

// The code of the first problem a call is refused with ("" when it is not refused).
template <typename F>
std::string refusalCode(F&& call)
{
    try {
        call();
    } catch (const ValidationError& e) {
        return e.problems().empty() ? std::string("(no problem)") : e.problems().front().code;
    }
    return "";
}

// due / paid / advanced / outstanding / overdue of every round, as one comparable value.
std::vector<std::vector<std::int64_t>> rounds(const std::vector<MemberRoundStatus>& statuses)
{
    std::vector<std::vector<std::int64_t>> out;
    for (const auto& s : statuses)
        out.push_back({s.round, s.due, s.paid, s.fundCovered, s.outstanding, s.overdue ? 1 : 0});
    return out;
}

} // namespace

TEST_CASE("Reversing 10 paid for round 1 and 10 ahead for round 2 brings arrears and cash back", "[rotation][book]")
{
    RotationFund f;
    const RotationId id = f.book->createRotation(f.spec(10), f.actor()); // order 3, 1, 5, 2, 4
    const MemberId fatou = f.members[0];
    const Date april = Date::fromYmd(2026, 4, 10);
    const auto before = rounds(f.book->arrears(id, fatou, april));

    f.openMeetingOn(Date::fromYmd(2026, 3, 10));
    const ContributionResult paid = f.book->contribute(id, fatou, 20, f.actor());
    const EntrySeq payment = f.book->entryCount();
    REQUIRE(paid.lines.size() == 2);
    CHECK(paid.lines[0].booking == Booking::Pot);     // round 1
    CHECK(paid.lines[1].booking == Booking::Prepaid); // round 2, ahead
    CHECK(f.balance("cash") == 20);
    CHECK(f.balance("pot:1") == -10);
    CHECK(f.balance("prepaid:1") == -10);
    f.closeMeeting();

    // At the next meeting the treasurer sees the mistake (Fatou paid 20 for someone else).
    f.openMeetingOn(april);
    const EntrySeq reversal = f.book->reverse(payment, "paid for Mariama by mistake", f.actor());
    CHECK(f.book->entry(reversal)->reverses == payment);
    CHECK(rounds(f.book->arrears(id, fatou, april)) == before);
    CHECK(f.balance("cash") == 0);
    CHECK(f.balance("pot:1") == 0);
    CHECK(f.balance("prepaid:1") == 0);
    const auto state = *f.book->rotation(id);
    CHECK(paidBy(state, fatou, 1) == 0);
    CHECK(paidBy(state, fatou, 2) == 0);
    CHECK(f.book->verify().ok());
    CHECK(refusalCode([&] { f.book->reverse(payment, "again", f.actor()); }) == "entry.already_reversed");
    CHECK(refusalCode([&] { f.book->reverse(reversal, "undo", f.actor()); }) == "rotation.reversal_of_reversal");

    // Paid again correctly, it is allocated as if the mistake never happened (round 1 first, late now).
    const ContributionResult again = f.book->contribute(id, fatou, 10, f.actor());
    REQUIRE(again.lines.size() == 1);
    CHECK(again.lines[0].round == 1);
    CHECK(again.lines[0].amount == 10);
    f.closeMeeting();
    f.reopen();
    CHECK(f.book->verify().ok());
    CHECK(paidBy(*f.book->rotation(id), fatou, 1) == 10);
}

TEST_CASE("A reversed late payment takes its fine back; a paid fine is reversed first", "[rotation][book]")
{
    RotationFund f;
    RotationSpec spec = f.spec(1000);
    spec.lateFine.kind = FineRule::Kind::Fixed;
    spec.lateFine.amount = 100;
    const RotationId id = f.book->createRotation(spec, f.actor());
    const MemberId fatou = f.members[0];
    f.openMeetingOn(Date::fromYmd(2026, 4, 10)); // round 1 was due on 10 March: late
    f.book->contribute(id, fatou, 1000, f.actor());
    const EntrySeq payment = f.book->entryCount();
    CHECK(finesOutstanding(*f.book->rotation(id), fatou) == 100);
    f.book->payRotationFine(id, fatou, 100, f.actor());
    const EntrySeq finePaid = f.book->entryCount();
    CHECK(f.balance("income:fines") == -100);
    const std::int64_t entries = f.book->entryCount();
    // R47: the fine it assessed was paid; undo the fine payment first.
    CHECK(refusalCode([&] { f.book->reverse(payment, "wrong member", f.actor()); }) == "rotation.reversal_fine_paid");
    CHECK(f.book->entryCount() == entries);

    f.book->reverse(finePaid, "paid by mistake", f.actor());
    CHECK(finesOutstanding(*f.book->rotation(id), fatou) == 100);
    CHECK(f.balance("income:fines") == 0);
    f.book->reverse(payment, "wrong member", f.actor());
    CHECK(finesOutstanding(*f.book->rotation(id), fatou) == 0);
    CHECK(f.balance("cash") == 0);
    CHECK(f.book->verify().ok());

    // The fine "once per round" is charged again on the next late payment: the first was cancelled.
    const ContributionResult again = f.book->contribute(id, fatou, 1000, f.actor());
    REQUIRE(again.fines.size() == 1);
    CHECK(again.fines[0].amount == 100);
    CHECK(finesOutstanding(*f.book->rotation(id), fatou) == 100);
    f.closeMeeting();
    f.reopen();
    CHECK(f.book->verify().ok());
}

TEST_CASE("A payment whose round was paid out since, or with a later payment on its round, is not reversed", "[rotation][book]")
{
    RotationFund f;
    f.fundTheBox(100000);
    const RotationId id = f.book->createRotation(f.spec(10000), f.actor()); // order 3, 1, 5, 2, 4
    f.openMeetingOn(Date::fromYmd(2026, 3, 10));
    std::vector<EntrySeq> payments;
    for (MemberId m : f.members) {
        f.book->contribute(id, m, 10000, f.actor());
        payments.push_back(f.book->entryCount());
    }
    const PayoutResult paid = f.book->payout(id, 1, f.actor());
    const EntrySeq payout = f.book->entryCount();
    // Round 2: Fatou pays in two parts; the first cannot be reversed before the second.
    f.book->contribute(id, f.members[0], 4000, f.actor());
    const EntrySeq part1 = f.book->entryCount();
    f.book->contribute(id, f.members[0], 6000, f.actor());
    const EntrySeq part2 = f.book->entryCount();
    f.closeMeeting();

    f.openMeetingOn(Date::fromYmd(2026, 4, 10));
    const std::int64_t entries = f.book->entryCount();
    // R44: round 1's pot went to hand 3.
    CHECK(refusalCode([&] { f.book->reverse(payments[1], "mistake", f.actor()); }) == "rotation.reversal_paid_out");
    // R48: a payout is not undone.
    CHECK(refusalCode([&] { f.book->reverse(payout, "mistake", f.actor()); }) == "rotation.reversal_payout");
    // R45: latest first.
    CHECK(refusalCode([&] { f.book->reverse(part1, "mistake", f.actor()); }) == "rotation.reversal_not_latest");
    CHECK(f.book->entryCount() == entries);
    f.book->reverse(part2, "mistake", f.actor());
    f.book->reverse(part1, "mistake", f.actor());
    CHECK(paidBy(*f.book->rotation(id), f.members[0], 2) == 0);
    CHECK(f.balance("prepaid:1") == 0);
    CHECK(paid.beneficiaries.size() == 1);
    CHECK(f.book->verify().ok());

    // R48: a leaver is not undone either.
    f.book->leaveRotation(id, f.members[1], f.actor());
    const EntrySeq leave = f.book->entryCount();
    CHECK(refusalCode([&] { f.book->reverse(leave, "mistake", f.actor()); }) == "rotation.reversal_leave");
    // R46: a payment the member's leaving was settled with stays.
    f.book->contribute(id, f.members[4], 10000, f.actor());
    const EntrySeq beforeLeaving = f.book->entryCount();
    f.book->leaveRotation(id, f.members[4], f.actor());
    CHECK(refusalCode([&] { f.book->reverse(beforeLeaving, "mistake", f.actor()); }) == "rotation.reversal_left");
    CHECK(f.book->verify().ok());
}

TEST_CASE("Payouts, share-outs, decisions and reversals are refused with the reason", "[rotation][book]")
{
    RotationFund f;
    RotationSpec spec = f.spec(10, OrderMethod::Auction);
    spec.fixedOrder.clear();
    const RotationId id = f.book->createRotation(spec, f.actor());
    f.openMeetingOn(Date::fromYmd(2026, 3, 10));
    f.book->decideAuction(id, 1, {Bid{f.members[0], 1, 5, 1}}, f.actor());
    const EntrySeq decision = f.book->entryCount();
    CHECK(refusalCode([&] { f.book->reverse(decision, "mistake", f.actor()); }) == "rotation.reversal_decision");

    // The engine refuses a reserve share-out and a payout whatever the state.
    const RotationState state = *f.book->rotation(id);
    RotationRecords shared;
    shared.reserveShared = true;
    RotationRecords paidOut;
    paidOut.payout = RoundOutcome{1, {1}, {5}, true, Date::fromYmd(2026, 3, 10)};
    const std::map<EntrySeq, RotationRecords> byEntry{{40, shared}, {41, paidOut}};
    const Date day = Date::fromYmd(2026, 4, 10);
    CHECK(correctRecords(state, byEntry, {}, 40, day).problems.at(0).code == "rotation.reversal_reserve");
    CHECK(correctRecords(state, byEntry, {}, 41, day).problems.at(0).code == "rotation.reversal_payout");
    CHECK(correctRecords(state, byEntry, {}, 42, day).problems.at(0).code == "rotation.reversal_unknown");
}
