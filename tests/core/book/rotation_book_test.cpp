// Rotations through the Book API on a real fund file: meetings, payouts, auctions,
// allocations, refusals that write nothing, reopening, verify.
#include "tests/core/book/rotation_book_fixture.h"

using namespace rotation_book_test;

namespace {

std::int64_t sumOf(const std::vector<MemberAmount>& amounts)
{
    std::int64_t total = 0;
    for (const auto& a : amounts)
        total += a.amount;
    return total;
}

std::int64_t cashOut(const PayoutResult& payout)
{
    std::int64_t out = sumOf(payout.refunded);
    for (const auto& b : payout.beneficiaries)
        out += sumOf(b.holders);
    return out;
}

} // namespace

TEST_CASE("A fixed-order rotation of 5 members runs its whole cycle through meetings and survives reopening", "[rotation][book]")
{
    RotationFund f;
    const RotationId id = f.book->createRotation(f.spec(10000), f.actor());
    for (const char* code : {"pot:1", "prepaid:1", "pot-reserve:1", "advance:1", "advance:5", "income:commission"}) {
        bool found = false;
        for (const auto& a : f.book->accounts())
            found = found || a.code == code;
        CHECK(found);
    }
    const std::vector<HandNumber> order = {3, 1, 5, 2, 4};
    for (int round = 1; round <= 5; ++round) {
        const Date day = roundDate(f.book->rotation(id)->spec, round);
        f.openMeetingOn(day);
        for (MemberId m : f.members)
            f.book->contribute(id, m, 10000, f.actor());
        CHECK(f.balance("pot:1") == -50000);
        const PayoutResult paid = f.book->payout(id, round, f.actor());
        REQUIRE(paid.outcome.beneficiaries == std::vector<HandNumber>{order[static_cast<std::size_t>(round - 1)]});
        CHECK(cashOut(paid) == 50000);
        CHECK(f.balance("pot:1") == 0);
        // The meeting's summary lists who paid and who received.
        const auto summary = f.book->meetingSummary(f.book->currentMeeting()->id);
        REQUIRE(summary.lines.size() == 6);
        CHECK(summary.lines[0].member == f.members[0]);
        CHECK(summary.lines[0].cashIn == 10000);
        CHECK(summary.lines[5].kind == "rotation-payout");
        CHECK(summary.lines[5].member == f.members[static_cast<std::size_t>(order[static_cast<std::size_t>(round - 1)] - 1)]);
        CHECK(summary.lines[5].cashOut == 50000);
        CHECK(summary.totalIn == summary.totalOut);
        f.closeMeeting();
    }
    CHECK(f.balance("cash") == 0);
    for (const auto& row : f.book->plan(id))
        CHECK(row.status == RoundStatus::PaidOut);
    const auto before = *f.book->rotation(id);
    CHECK(before.lines.size() == 25);
    CHECK(f.book->verify().ok());

    f.reopen();
    const auto after = f.book->rotation(id);
    REQUIRE(after);
    CHECK(rotationSpecSnapshot(after->spec) == rotationSpecSnapshot(before.spec));
    CHECK(after->lines.size() == before.lines.size());
    REQUIRE(after->outcomes.size() == 5);
    for (int round = 1; round <= 5; ++round) {
        CHECK(after->outcomes[static_cast<std::size_t>(round - 1)].paidOut);
        CHECK(after->outcomes[static_cast<std::size_t>(round - 1)].beneficiaries ==
              std::vector<HandNumber>{order[static_cast<std::size_t>(round - 1)]});
    }
    CHECK_FALSE(collectingRound(*after));
    const auto report = f.book->verify();
    CHECK(report.ok());
    CHECK(report.problem == "");
}

TEST_CASE("A contribution for several rounds is allocated over them, shown, and kept in the file", "[rotation][book]")
{
    RotationFund f;
    const RotationId id = f.book->createRotation(f.spec(10000), f.actor());
    f.openMeetingOn(Date::fromYmd(2026, 3, 10));
    const ContributionResult c = f.book->contribute(id, f.members[1], 30000, f.actor());
    REQUIRE(c.parts.size() == 3);
    CHECK(c.parts[0].round == 1);
    CHECK(c.parts[0].booking == Booking::Pot);
    CHECK(c.parts[0].timing == Timing::OnTime);
    CHECK(c.parts[1].round == 2);
    CHECK(c.parts[1].booking == Booking::Prepaid);
    CHECK(c.parts[1].timing == Timing::Early);
    CHECK(c.parts[2].round == 3);
    CHECK(f.balance("cash") == 30000);
    CHECK(f.balance("pot:1") == -10000);
    CHECK(f.balance("prepaid:1") == -20000);
    const auto entry = f.book->entry(f.book->entryCount());
    REQUIRE(entry);
    const MeetingId meeting = f.book->currentMeeting()->id;
    CHECK(entry->subject == "meeting:" + std::to_string(meeting)); // listed with the meeting
    CHECK(entry->action == "rotation-contribution");
    const auto summary = f.book->meetingSummary(meeting);
    REQUIRE(summary.lines.size() == 1);
    CHECK(summary.lines[0].cashIn == 30000);
    CHECK_THAT(entry->payload, Catch::Contains("round=3 amount=10000 source=payment booking=prepaid"));
    f.closeMeeting();

    f.reopen();
    const auto state = f.book->rotation(id);
    REQUIRE(state);
    REQUIRE(state->lines.size() == 3);
    CHECK(paidBy(*state, f.members[1], 3) == 10000);
    const auto rounds = f.book->arrears(id, f.members[1], Date::fromYmd(2026, 5, 20));
    REQUIRE(rounds.size() == 5);
    CHECK(rounds[2].outstanding == 0);
    CHECK(rounds[3].outstanding == 10000);
    CHECK(f.book->verify().ok());
}

TEST_CASE("Arrears for a member who holds no hand in the rotation are refused, not shown as zero", "[rotation][book]")
{
    RotationFund f;
    RotationSpec spec = f.spec(10000);
    spec.hands.pop_back(); // member 5 (Ba) holds no hand
    spec.fixedOrder = {3, 1, 2, 4};
    const RotationId id = f.book->createRotation(spec, f.actor());
    const Date day = Date::fromYmd(2026, 4, 10);
    CHECK(f.book->arrears(id, f.members[3], day).size() == 4);
    for (MemberId member : {f.members[4], MemberId{99}}) {
        try {
            (void)f.book->arrears(id, member, day);
            FAIL("arrears accepted for member " << member);
        } catch (const ValidationError& e) {
            REQUIRE(e.problems().size() == 1);
            const Problem& p = e.problems()[0];
            CHECK(p.field == "member");
            CHECK(p.code == "rotation.noHand");
            CHECK(p.args == std::vector<std::string>{std::to_string(member), std::to_string(id)});
            CHECK_THAT(p.text, Catch::EndsWith("holds no hand in rotation " + std::to_string(id)));
            if (member == 99)
                CHECK(p.text == "Member 99 holds no hand in rotation " + std::to_string(id));
            else
                CHECK_THAT(p.text, Catch::Contains("Ba"));
        }
    }
}

TEST_CASE("Wait rule: a payout through the book with a contribution missing is refused and writes nothing", "[rotation][book]")
{
    RotationFund f;
    const RotationId id = f.book->createRotation(f.spec(10000), f.actor());
    f.openMeetingOn(Date::fromYmd(2026, 3, 10));
    for (std::size_t i = 0; i + 1 < f.members.size(); ++i)
        f.book->contribute(id, f.members[i], 10000, f.actor());
    const auto count = f.book->entryCount();
    const auto head = f.book->chainHead().shortText();
    try {
        f.book->payout(id, 1, f.actor());
        FAIL("the payout was accepted");
    } catch (const ValidationError& e) {
        REQUIRE(e.problems().size() == 1);
        const Problem& p = e.problems()[0];
        CHECK(p.code == "payout.contributionsMissing");
        // The book names the member the engine knows only by number; args stay machine-readable.
        CHECK(p.text == "Fatou Ba (no. " + std::to_string(f.members.back()) + ") still owes 10000 XOF for round 1");
        CHECK(p.args == std::vector<std::string>{std::to_string(f.members.back()), "10000", "1"});
    }
    CHECK(f.book->entryCount() == count);
    CHECK(f.book->chainHead().shortText() == head);
    CHECK(f.book->rotation(id)->outcomes.empty());
    CHECK(f.balance("pot:1") == -40000);
    // The last member pays: now it goes through.
    f.book->contribute(id, f.members.back(), 10000, f.actor());
    CHECK(f.book->payout(id, 1, f.actor()).outcome.paidOut);
    CHECK(f.balance("pot:1") == 0);
}

TEST_CASE("Rotation money is recorded only in the meeting open on its date", "[rotation][book]")
{
    RotationFund f;
    const RotationId id = f.book->createRotation(f.spec(10000), f.actor());
    const auto count = f.book->entryCount();
    CHECK_THROWS_AS(f.book->contribute(id, f.members[0], 10000, f.actor()), ValidationError);
    CHECK(f.book->entryCount() == count);
    f.openMeetingOn(Date::fromYmd(2026, 3, 10));
    const auto opened = f.book->entryCount();
    f.clock.set(Date::fromYmd(2026, 3, 11), "2026-03-11T09:00:00Z");
    CHECK_THROWS_AS(f.book->contribute(id, f.members[0], 10000, f.actor()), ValidationError);
    CHECK(f.book->entryCount() == opened);
    CHECK(f.book->rotation(id)->lines.empty());
    CHECK_THROWS_AS(f.book->contribute(99, f.members[0], 10000, f.actor()), ValidationError);
    // An auction is decided in the meeting too.
    RotationSpec auction = f.spec(10000, OrderMethod::Auction);
    auction.fixedOrder.clear();
    const RotationId auctionId = f.book->createRotation(auction, f.actor());
    const auto afterCreate = f.book->entryCount();
    CHECK_THROWS_AS(f.book->decideAuction(auctionId, 1, {Bid{f.members[0], 1, 500, 1}}, f.actor()), ValidationError);
    CHECK(f.book->entryCount() == afterCreate);
    CHECK(f.book->rotation(auctionId)->outcomes.empty());
}

TEST_CASE("An auction round through the book: bids kept with the decision, the discount reserved", "[rotation][book]")
{
    RotationFund f;
    RotationSpec spec = f.spec(10000, OrderMethod::Auction);
    spec.fixedOrder.clear();
    spec.discountRule = DiscountRule::SharedAtEnd;
    const RotationId id = f.book->createRotation(spec, f.actor());
    f.openMeetingOn(Date::fromYmd(2026, 3, 10));
    const std::vector<Bid> bids = {Bid{f.members[0], 1, 3000, 1}, Bid{f.members[3], 4, 4500, 2}, Bid{f.members[2], 3, 4500, 3}};
    CHECK(f.book->checkBid(id, 1, bids[0]).empty());
    const Problems notHolder = f.book->checkBid(id, 1, Bid{f.members[0], 2, 1000, 4});
    REQUIRE(notHolder.size() == 1);
    CHECK(notHolder[0].text == "Fatou Ndiaye (no. " + std::to_string(f.members[0]) + ") does not hold hand 2");
    const AuctionResult decided = f.book->decideAuction(id, 1, bids, f.actor());
    CHECK(decided.outcome.beneficiaries == std::vector<HandNumber>{4}); // equal bids: the earliest wins
    CHECK(f.book->bids(id, 1).size() == 3);
    CHECK(f.book->plan(id)[0].beneficiaries == std::vector<HandNumber>{4});
    for (MemberId m : f.members)
        f.book->contribute(id, m, 10000, f.actor());
    const PayoutResult paid = f.book->payout(id, 1, f.actor());
    CHECK(cashOut(paid) == 50000 - 4500);
    CHECK(f.balance("pot-reserve:1") == -4500);
    CHECK(f.balance("cash") == 4500);
    CHECK(f.balance("pot:1") == 0);
    f.closeMeeting();

    f.reopen();
    const auto state = f.book->rotation(id);
    REQUIRE(state->outcomes.size() == 1);
    CHECK(state->outcomes[0].paidOut);
    CHECK(state->outcomes[0].discounts == std::vector<std::int64_t>{4500});
    CHECK(f.book->bids(id, 1)[1].discount == 4500);
    CHECK(f.book->verify().ok());
}

TEST_CASE("The fixed order is editable through the book until a hand has received", "[rotation][book]")
{
    RotationFund f;
    const RotationId id = f.book->createRotation(f.spec(10000), f.actor());
    const auto count = f.book->entryCount();
    f.book->editFixedOrder(id, {3, 2, 1, 4, 5}, f.actor());
    CHECK(f.book->entryCount() == count + 1);
    CHECK(f.book->rotation(id)->spec.fixedOrder == std::vector<HandNumber>{3, 2, 1, 4, 5});
    f.openMeetingOn(Date::fromYmd(2026, 3, 10));
    for (MemberId m : f.members)
        f.book->contribute(id, m, 10000, f.actor());
    f.book->payout(id, 1, f.actor());
    CHECK_THROWS_AS(f.book->editFixedOrder(id, {1, 3, 2, 4, 5}, f.actor()), ValidationError);
    f.book->editFixedOrder(id, {3, 5, 4, 2, 1}, f.actor());
    CHECK(f.book->plan(id)[1].beneficiaries == std::vector<HandNumber>{5});
    CHECK(f.book->verify().ok());
}

TEST_CASE("A drawn rotation prints its draw from the stored seed", "[rotation][book]")
{
    RotationFund f;
    const RotationId id = f.book->createRotation(f.spec(10000, OrderMethod::Draw), f.actor());
    const auto steps = f.book->drawOrder(id);
    REQUIRE(steps.size() == 5);
    CHECK(steps[0].message == "billet 4F2201873|1|0");
    const auto round2 = f.book->drawRound(id, 2);
    REQUIRE(round2.size() == 1);
    CHECK(round2[0].winner == steps[1].winner);
    CHECK(f.book->plan(id)[1].beneficiaries == std::vector<HandNumber>{steps[1].winner});
    CHECK_THROWS_AS(f.book->drawOrder(f.book->createRotation(f.spec(5000), f.actor())), ValidationError);
}

TEST_CASE("A member holding a hand in a running rotation cannot be deactivated before leaving it")
{
    RotationFund f;
    f.book->createRotation(f.spec(10000), f.actor());
    try {
        f.book->deactivateMember(f.members[1], f.actor());
        FAIL("deactivated a member with a hand in a running rotation");
    } catch (const ValidationError& e) {
        CHECK(e.problems().front().code == "member.in_rotation");
    }
    CHECK(f.book->member(f.members[1])->active);
    // A member outside every rotation leaves as before.
    const MemberId other = f.addMember("Sow");
    CHECK_NOTHROW(f.book->deactivateMember(other, f.actor()));
}

TEST_CASE("Advance rule: the meeting summary lists a payout under its beneficiary, not the late member", "[rotation][book]")
{
    RotationFund f;
    RotationSpec spec = f.spec(10000);
    spec.shortfall = ShortfallRule::Advance;
    const RotationId id = f.book->createRotation(spec, f.actor());
    // The group's savings in the box are what the fund advances from.
    f.book->recordOpeningSavings(f.members[1], 10000, f.actor());
    f.openMeetingOn(Date::fromYmd(2026, 3, 10));
    for (std::size_t i = 1; i < f.members.size(); ++i) // the first member pays nothing
        f.book->contribute(id, f.members[i], 10000, f.actor());
    const PayoutResult paid = f.book->payout(id, 1, f.actor());
    REQUIRE(paid.advanced.size() == 1);
    CHECK(paid.advanced[0].member == f.members[0]);
    const auto summary = f.book->meetingSummary(f.book->currentMeeting()->id);
    REQUIRE(summary.lines.size() == 5);
    CHECK(summary.lines[4].kind == "rotation-payout");
    CHECK(summary.lines[4].member == f.members[2]); // hand 3 receives round 1
    CHECK(summary.lines[4].cashOut == 50000);
}

TEST_CASE("Advance rule: a payout needing more cash than the box holds is refused and writes nothing", "[rotation][book]")
{
    RotationFund f;
    RotationSpec spec = f.spec(10000);
    spec.shortfall = ShortfallRule::Advance;
    const RotationId id = f.book->createRotation(spec, f.actor());
    f.book->recordOpeningSavings(f.members[1], 4000, f.actor());
    f.openMeetingOn(Date::fromYmd(2026, 3, 10));
    for (std::size_t i = 1; i < f.members.size(); ++i) // the first member pays nothing
        f.book->contribute(id, f.members[i], 10000, f.actor());
    // 44 000 in the box; the pot of 50 000 would need 6 000 more than is there.
    REQUIRE(f.book->cashBalance() == 44000);
    const auto entries = f.book->entryCount();
    try {
        f.book->payout(id, 1, f.actor());
        FAIL("the payout should be refused");
    } catch (const ValidationError& e) {
        REQUIRE(e.problems().size() == 1);
        CHECK(e.problems()[0].code == "cash.insufficient");
        CHECK(e.problems()[0].text == "The cash box holds 44000 XOF according to the books; this needs 50000 XOF in cash");
    }
    CHECK(f.book->entryCount() == entries);
    CHECK(f.book->cashBalance() == 44000);
    CHECK_FALSE(f.book->rotation(id)->outcome(1));
    // With 6 000 more in the box (a member's fine, say) it goes through.
    f.book->contribute(id, f.members[0], 6000, f.actor());
    const PayoutResult paid = f.book->payout(id, 1, f.actor());
    CHECK(paid.advanced.size() == 1);
    CHECK(f.book->cashBalance() == 0);
}

TEST_CASE("Refusals through the book name the member; the engine's codes and args are kept", "[rotation][book]")
{
    RotationFund f;
    const RotationId id = f.book->createRotation(f.spec(10000), f.actor());
    const MemberId outsider = f.addMember("Sy", "Aissatou");
    f.openMeetingOn(Date::fromYmd(2026, 3, 10));
    const auto count = f.book->entryCount();
    try {
        f.book->leaveRotation(id, outsider, f.actor());
        FAIL("an outsider left the rotation");
    } catch (const ValidationError& e) {
        REQUIRE(e.problems().size() == 1);
        CHECK(e.problems()[0].code == "leave.notMember");
        CHECK(e.problems()[0].args == std::vector<std::string>{std::to_string(outsider)});
        CHECK(e.problems()[0].text == "Aissatou Sy (no. " + std::to_string(outsider) + ") has no hand in this rotation");
    }
    try {
        f.book->contribute(id, outsider, 10000, f.actor());
        FAIL("an outsider paid into the rotation");
    } catch (const ValidationError& e) {
        REQUIRE(e.problems().size() == 1);
        CHECK(e.problems()[0].text == "Aissatou Sy (no. " + std::to_string(outsider) + ") has no hand in this rotation");
    }
    try {
        f.book->contribute(id, f.members[0], 500000, f.actor());
        FAIL("more than the cycle's dues was accepted");
    } catch (const ValidationError& e) {
        REQUIRE(e.problems().size() == 1);
        CHECK(e.problems()[0].text == "The amount 500000 XOF is more than everything still due this cycle (50000 XOF)");
    }
    CHECK(f.book->entryCount() == count);
}
