// RotationStore on an in-memory database: every field of a spec and every kind of record
// comes back exactly as written, grouped by the entry that chained it.
#include "core/ledger/account.h"
#include "core/store/ledger_store.h"
#include "core/store/member_store.h"
#include "core/store/rotation_store.h"
#include "core/store/schema.h"

#include <catch2/catch.hpp>

using namespace tontine;
using namespace tontine::store;

namespace {

struct MemoryRotationFund {
    Database db{":memory:", Database::Mode::Memory};
    MemoryRotationFund()
    {
        db.exec("PRAGMA foreign_keys = ON");
        migrate(db, migrations());
        for (MemberId id = 1; id <= 3; ++id) {
            Member m;
            m.id = id;
            m.lastName = "Membre " + std::to_string(id);
            m.joinedOn = Date::fromYmd(2025, 1, 1);
            MemberStore(db).insert(m);
        }
    }
    // An entry the records can name (the store does not care what it says).
    EntrySeq event(const std::string& subject)
    {
        Entry e;
        e.kind = EntryKind::Audit;
        e.date = Date::fromYmd(2026, 3, 10);
        e.memo = subject;
        e.operatorName = "Awa Diop";
        e.writtenAt = "2026-03-10T09:00:00Z";
        e.subject = subject;
        e.payload = "x";
        return LedgerStore(db).append(e);
    }
};

// Every setting away from its default, a half hand, two beneficiaries per round.
RotationSpec fullSpec()
{
    RotationSpec s;
    s.id = 1;
    s.name = "Tontine des commerçantes\nmarché";
    s.currencyCode = "XOF";
    s.contributionPerHand = 2500;
    s.roundingUnit = 5;
    s.frequency = MeetingFrequency::Weekly;
    s.everyKth = 2;
    s.start = Date::fromYmd(2026, 3, 10);
    s.hands = {Hand{1, {HandShare{1, 2}}}, Hand{2, {HandShare{2, 1}, HandShare{3, 1}}}, Hand{3, {HandShare{3, 2}}},
               Hand{4, {HandShare{1, 2}}}};
    s.beneficiariesPerRound = 2;
    s.order = OrderMethod::Auction;
    s.drawSeed = "seed 1";
    s.discountRule = DiscountRule::KeptByFund;
    s.minimumBid = 100;
    s.commission = CommissionRule{CommissionRule::Kind::Percent, 0, 250, CommissionSource::Pot};
    s.lateFine = FineRule{FineRule::Kind::Fixed, 300, 0, true};
    s.shortfall = ShortfallRule::Advance;
    s.leaverRefund = LeaverRefund::Keep;
    return s;
}

} // namespace

TEST_CASE("RotationStore returns every field and record as written, by entry", "[rotation][store]")
{
    MemoryRotationFund f;
    RotationStore store(f.db);
    CHECK(store.nextId() == 1);
    const RotationSpec spec = fullSpec();
    store.insert(spec);
    CHECK(store.nextId() == 2);
    REQUIRE(store.spec(1));
    CHECK(rotationSpecSnapshot(*store.spec(1)) == rotationSpecSnapshot(spec));
    CHECK_FALSE(store.load(2));

    const EntrySeq decided = f.event("rotation:1:round:1");
    const RoundOutcome outcome{1, {4, 2}, {700, 0}, false, Date()};
    const std::vector<Bid> bids = {Bid{1, 4, 700, 1}, Bid{3, 3, 500, 2}};
    store.insertDecision(1, outcome, bids, decided);

    const EntrySeq paid = f.event("payment");
    RotationRecords contribution;
    contribution.lines = {RoundLine{2, 1, 1250, LineSource::Payment, Booking::Pot, Date::fromYmd(2026, 3, 10)},
                          RoundLine{2, 2, 1250, LineSource::Payment, Booking::Prepaid, Date::fromYmd(2026, 3, 10)}};
    contribution.fines = {FineCharge{2, 1, Date::fromYmd(2026, 3, 10), 300, 1}};
    store.insertRecords(1, contribution, paid);

    const EntrySeq payout = f.event("payout");
    RotationRecords round;
    round.payout = RoundOutcome{1, {4, 2}, {700, 0}, true, Date::fromYmd(2026, 3, 24)};
    round.lines = {RoundLine{3, 1, 2500, LineSource::FundAdvance, Booking::Advance, Date::fromYmd(2026, 3, 24)}};
    store.insertRecords(1, round, payout);

    const EntrySeq other = f.event("fine and leave");
    RotationRecords later;
    later.finePayments = {FinePayment{2, Date::fromYmd(2026, 4, 7), 300}};
    later.withdrawal = Withdrawal{1, Date::fromYmd(2026, 4, 7), 2, {1, 4}, false};
    later.reserveShared = true;
    store.insertRecords(1, later, other);

    const auto byEntry = store.recordsByEntry(1);
    REQUIRE(byEntry.size() == 3);
    CHECK(recordsSnapshot(1, byEntry.at(paid)) == recordsSnapshot(1, contribution));
    CHECK(recordsSnapshot(1, byEntry.at(payout)) == recordsSnapshot(1, round));
    CHECK(recordsSnapshot(1, byEntry.at(other)) == recordsSnapshot(1, later));
    CHECK(store.bids(1, 1).size() == 2);
    CHECK(store.bids(1, 1)[1].discount == 500);
    const auto decisions = store.decisions(1);
    REQUIRE(decisions.size() == 1);
    CHECK(auctionSnapshot(1, decisions.at(1).first, decisions.at(1).second) == auctionSnapshot(1, outcome, bids));

    const auto state = store.load(1);
    REQUIRE(state);
    CHECK(state->lines.size() == 3);
    CHECK(state->fines.size() == 1);
    CHECK(state->finePayments.size() == 1);
    REQUIRE(state->withdrawals.size() == 1);
    CHECK(state->withdrawals[0].hands == std::vector<HandNumber>{1, 4});
    CHECK_FALSE(state->withdrawals[0].beforeReceiving);
    CHECK(state->reserveShared);
    REQUIRE(state->outcomes.size() == 1);
    CHECK(state->outcomes[0].paidOut);
    CHECK(state->outcomes[0].paidOn == Date::fromYmd(2026, 3, 24));
    CHECK(store.memberOfEntry(payout) == 1);     // first holder of hand 4
    CHECK(store.memberOfEntry(paid) == 2);
    CHECK(store.memberOfEntry(other) == 1);      // the leaver
    CHECK_FALSE(store.memberOfEntry(decided));
    // The same answers for a range of entries, read at once; entries outside it are left out.
    const auto members = store.membersOfEntries(decided, other);
    CHECK(members == std::map<EntrySeq, MemberId>{{paid, 2}, {payout, 1}, {other, 1}});
    CHECK(store.membersOfEntries(payout, payout) == std::map<EntrySeq, MemberId>{{payout, 1}});
    // A paid round and a shared reserve do not change again.
    CHECK_THROWS(store.insertRecords(1, round, payout));
    CHECK_THROWS(store.insertRecords(1, later, other));
}
