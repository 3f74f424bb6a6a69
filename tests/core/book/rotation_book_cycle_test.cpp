// Rotation use cases through the Book that end or change a cycle: leavers, the reserve
// shared at cycle end, and a definition refused as a whole.
#include "tests/core/book/rotation_book_fixture.h"

using namespace rotation_book_test;

TEST_CASE("A member leaving before receiving through the book gets back what they paid, and it is kept in the file", "[rotation][book]")
{
    RotationFund f;
    f.fundTheBox(100000);
    const RotationId id = f.book->createRotation(f.spec(10000), f.actor()); // order 3, 1, 5, 2, 4
    f.openMeetingOn(Date::fromYmd(2026, 3, 10));
    for (MemberId m : f.members)
        f.book->contribute(id, m, 10000, f.actor());
    f.book->payout(id, 1, f.actor());
    f.closeMeeting();
    f.openMeetingOn(Date::fromYmd(2026, 4, 10));
    f.book->contribute(id, f.members[3], 10000, f.actor()); // hand 4 pays round 2, then leaves
    const LeaveResult left = f.book->leaveRotation(id, f.members[3], f.actor());
    CHECK(left.beforeReceiving);
    CHECK(left.returnedFromPot == 10000);
    CHECK(left.returnedPaidOut == 10000);
    CHECK(f.balance("pot:1") == 0);
    CHECK(f.balance("cash") == 100000 + 50000 - 50000 + 10000 - 20000);
    CHECK_THROWS_AS(f.book->leaveRotation(id, f.members[3], f.actor()), ValidationError); // already left
    f.closeMeeting();

    f.reopen();
    const auto state = f.book->rotation(id);
    REQUIRE(state->withdrawals.size() == 1);
    CHECK(state->withdrawals[0].member == f.members[3]);
    CHECK(state->withdrawals[0].hands == std::vector<HandNumber>{4});
    CHECK(activeRounds(*state) == 4);
    CHECK(f.book->plan(id).size() == 4);
    CHECK(f.book->verify().ok());
}

TEST_CASE("The discount reserve is shared once at cycle end through the book", "[rotation][book]")
{
    RotationFund f;
    RotationSpec spec = f.spec(10000, OrderMethod::Auction);
    spec.fixedOrder.clear();
    const RotationId id = f.book->createRotation(spec, f.actor());
    std::int64_t discounts = 0;
    for (int round = 1; round <= 5; ++round) {
        f.openMeetingOn(roundDate(f.book->rotation(id)->spec, round));
        // The lowest hand that has not received bids 1000 × round.
        const auto state = *f.book->rotation(id);
        std::vector<Bid> bids;
        for (const Hand& hand : state.spec.hands)
            if (!handReceived(state, hand.number) && bids.empty() && round < 5)
                bids.push_back(Bid{hand.holders[0].member, hand.number, 1000 * round, 1});
        const auto decided = f.book->decideAuction(id, round, bids, f.actor());
        discounts += decided.outcome.discounts[0];
        for (MemberId m : f.members)
            f.book->contribute(id, m, 10000, f.actor());
        const PayoutResult paid = f.book->payout(id, round, f.actor());
        // The winner received the pot less their discount, as the engine paid it.
        const auto summary = f.book->meetingSummary(f.book->currentMeeting()->id);
        REQUIRE(summary.lines.back().recipients.size() == 1);
        CHECK(summary.lines.back().recipients[0].member == paid.beneficiaries[0].holders[0].member);
        CHECK(summary.lines.back().recipients[0].amount == 50000 - 1000 * (round < 5 ? round : 0));
        f.closeMeeting();
    }
    CHECK(discounts == 1000 + 2000 + 3000 + 4000);
    CHECK(f.balance("pot-reserve:1") == -discounts);
    f.openMeetingOn(Date::fromYmd(2026, 7, 20));
    const ReserveShareResult shared = f.book->shareReserve(id, f.actor());
    REQUIRE(shared.shares.size() == 5);
    for (const auto& s : shared.shares)
        CHECK(s.amount == discounts / 5);
    CHECK(f.balance("pot-reserve:1") == 0);
    CHECK(f.balance("cash") == 0);
    // The meeting's summary names each member with their share of the reserve.
    const auto summary = f.book->meetingSummary(f.book->currentMeeting()->id);
    REQUIRE(summary.lines.size() == 1);
    CHECK(summary.lines[0].kind == "rotation-reserve");
    CHECK(summary.lines[0].cashOut == discounts);
    REQUIRE(summary.lines[0].recipients.size() == 5);
    for (std::size_t i = 0; i < 5; ++i) {
        CHECK(summary.lines[0].recipients[i].member == shared.shares[i].member);
        CHECK(summary.lines[0].recipients[i].amount == shared.shares[i].amount);
    }
    const auto count = f.book->entryCount();
    CHECK_THROWS_AS(f.book->shareReserve(id, f.actor()), ValidationError);
    CHECK(f.book->entryCount() == count);
    f.closeMeeting();
    f.reopen();
    CHECK(f.book->rotation(id)->reserveShared);
    CHECK(f.book->verify().ok());
}

TEST_CASE("A rotation definition is refused as a whole: bad terms, unknown or departed holders, another currency", "[rotation][book]")
{
    RotationFund f;
    f.book->deactivateMember(f.members[4], f.actor());
    RotationSpec spec = f.spec(0);
    spec.currencyCode = "EUR";
    spec.hands[0].holders[0].member = 42;
    const auto count = f.book->entryCount();
    const auto accounts = f.book->accounts().size();
    try {
        f.book->createRotation(spec, f.actor());
        FAIL("the rotation was created");
    } catch (const ValidationError& e) {
        std::vector<std::string> codes;
        for (const auto& p : e.problems())
            codes.push_back(p.code);
        CHECK(std::count(codes.begin(), codes.end(), "member.unknown") == 1);
        CHECK(std::count(codes.begin(), codes.end(), "member.inactive") == 1);
        for (const auto& p : e.problems())
            if (p.code == "member.inactive")
                CHECK(p.text == "Fatou Ba (no. " + std::to_string(f.members[4]) + ") has left the group and cannot hold a hand");
        CHECK(std::count(codes.begin(), codes.end(), "rotation.currency") == 1);
        CHECK(e.problems().size() >= 4); // and the contribution
    }
    CHECK(f.book->entryCount() == count);
    CHECK(f.book->accounts().size() == accounts);
    CHECK(f.book->rotations().empty());
}

TEST_CASE("Half hands and two beneficiaries per round are stored and reload exactly", "[rotation][book]")
{
    RotationFund f;
    RotationSpec spec = f.spec(10000);
    // Members 4 and 5 share hand 4; hand 5 goes; four hands, two beneficiaries a round.
    spec.hands.pop_back();
    spec.hands[3].holders = {HandShare{f.members[3], 1}, HandShare{f.members[4], 1}};
    spec.beneficiariesPerRound = 2;
    spec.fixedOrder = {4, 2, 1, 3};
    const RotationId id = f.book->createRotation(spec, f.actor());
    const auto stored = f.book->rotation(id);
    REQUIRE(stored);
    REQUIRE(stored->spec.hands.size() == 4);
    CHECK(stored->spec.hands[3].holders.size() == 2);
    CHECK(stored->spec.hands[3].holders[1].member == f.members[4]);
    CHECK(stored->spec.hands[3].holders[1].halves == 1);
    CHECK(f.book->plan(id).size() == 2);
    f.openMeetingOn(Date::fromYmd(2026, 3, 10));
    for (MemberId m : f.members)
        f.book->contribute(id, m, m == f.members[3] || m == f.members[4] ? 5000 : 10000, f.actor());
    const PayoutResult paid = f.book->payout(id, 1, f.actor());
    REQUIRE(paid.beneficiaries.size() == 2);
    CHECK(paid.beneficiaries[0].holders.size() == 2); // hand 4: both holders share its pot
    CHECK(f.balance("pot:1") == 0);
    f.closeMeeting();
    f.reopen();
    CHECK(rotationSpecSnapshot(f.book->rotation(id)->spec) == rotationSpecSnapshot(stored->spec));
    CHECK(f.book->rotation(id)->outcomes[0].beneficiaries == std::vector<HandNumber>{4, 2});
    CHECK(f.book->verify().ok());
}

TEST_CASE("Rotation records with no money are chained as audit events; rotation money is reversed with its records", "[rotation][book]")
{
    RotationFund f;
    const RotationId id = f.book->createRotation(f.spec(10000), f.actor()); // hand 4 receives last
    f.openMeetingOn(Date::fromYmd(2026, 3, 10));
    const EntrySeq paid = (f.book->contribute(id, f.members[0], 10000, f.actor()), f.book->entryCount());
    const LeaveResult left = f.book->leaveRotation(id, f.members[3], f.actor()); // paid nothing
    CHECK(left.postings.empty());
    const EntrySeq leave = f.book->entryCount();
    const auto event = f.book->entry(leave);
    REQUIRE(event);
    CHECK(event->kind == EntryKind::Audit);
    CHECK(event->subject == "rotation:1:records");
    CHECK(f.book->rotation(id)->withdrawals.size() == 1);
    CHECK_THROWS_AS(f.book->reverse(leave, "mistake", f.actor()), ValidationError); // a decision, not money
    const EntrySeq reversal = f.book->reverse(paid, "typed twice", f.actor());
    CHECK(paidBy(*f.book->rotation(id), f.members[0], 1) == 0);
    CHECK(f.book->entry(reversal)->reverses == paid);
    f.closeMeeting();
    f.reopen();
    CHECK(f.book->rotation(id)->withdrawals.size() == 1);
    CHECK(paidBy(*f.book->rotation(id), f.members[0], 1) == 0);
    CHECK(f.book->verify().ok());
}

TEST_CASE("After a leaver, the printed draw and the plan name the same beneficiaries for every round", "[rotation][book]")
{
    RotationFund f;
    f.fundTheBox(100000);
    // Seed "billet 4F2201873" over hands 1..5 draws 1, 4, 2, 3, 5 (docs/draw.md).
    const RotationId id = f.book->createRotation(f.spec(10000, OrderMethod::Draw), f.actor());
    auto winnersOf = [](const std::vector<DrawStep>& steps) {
        std::vector<HandNumber> out;
        for (const auto& s : steps)
            out.push_back(s.winner);
        return out;
    };
    CHECK(winnersOf(f.book->drawOrder(id)) == std::vector<HandNumber>{1, 4, 2, 3, 5});
    f.openMeetingOn(Date::fromYmd(2026, 3, 10));
    for (MemberId m : f.members)
        f.book->contribute(id, m, 10000, f.actor());
    f.book->payout(id, 1, f.actor());
    // Hand 4, drawn for round 2, leaves before receiving: round 2's pick is made again among 2, 3, 5.
    f.book->leaveRotation(id, f.members[3], f.actor());
    f.closeMeeting();

    auto checkAgree = [&]() {
        const auto plan = f.book->plan(id);
        REQUIRE(plan.size() == 4);
        std::vector<HandNumber> flat;
        for (const auto& row : plan) {
            INFO("round " << row.round);
            CHECK(winnersOf(f.book->drawRound(id, row.round)) == row.beneficiaries);
            flat.insert(flat.end(), row.beneficiaries.begin(), row.beneficiaries.end());
        }
        CHECK(winnersOf(f.book->drawOrder(id)) == flat);
    };
    checkAgree();
    // Pick 2 among 2,3,5: 176927434 mod 3 = 1 -> hand 3; pick 3 among 2,5 -> 2; pick 4 -> 5.
    CHECK(winnersOf(f.book->drawOrder(id)) == std::vector<HandNumber>{1, 3, 2, 5});
    CHECK(f.book->drawRound(id, 1)[0].eligible == std::vector<HandNumber>{1, 2, 3, 4, 5}); // as it was drawn
    CHECK(f.book->drawRound(id, 2)[0].eligible == std::vector<HandNumber>{2, 3, 5});

    // The payouts follow the same picks to the end, and paid rounds still show the picks that decided them.
    for (int r = 2; r <= 4; ++r) {
        const Date day = roundDate(f.book->rotation(id)->spec, r);
        f.openMeetingOn(day);
        for (MemberId m : f.members)
            if (m != f.members[3])
                f.book->contribute(id, m, 10000, f.actor());
        const auto expected = f.book->plan(id)[static_cast<std::size_t>(r - 1)].beneficiaries;
        CHECK(f.book->payout(id, r, f.actor()).outcome.beneficiaries == expected);
        f.closeMeeting();
        checkAgree();
    }
    CHECK_THROWS_AS(f.book->drawRound(id, 5), ValidationError);
    CHECK(f.book->verify().ok());
}
