// The demo's two rotations as the group agreed them at the first meeting, and what both
// share: paying late fines.
#include "core/demo/demo_rotations.h"

#include <initializer_list>
#include <utility>

namespace tontine::demo {

namespace {

// Hands as (holder, second holder of a half hand or PeopleCount for a whole hand).
using HandRow = std::pair<DemoPerson, DemoPerson>;

std::vector<Hand> handsOf(const DemoRoster& roster, std::initializer_list<HandRow> rows)
{
    std::vector<Hand> hands;
    for (const auto& [first, second] : rows) {
        Hand hand;
        hand.number = static_cast<HandNumber>(hands.size()) + 1;
        if (second == PeopleCount)
            hand.holders = {HandShare{roster[first], 2}};
        else
            hand.holders = {HandShare{roster[first], 1}, HandShare{roster[second], 1}};
        hands.push_back(std::move(hand));
    }
    return hands;
}

// Fourteen hands among ten women: five hold two hands, and the two youngest, Khady Thiaw and
// Rosa Quispe, share one (5 000 F each a month). Fourteen rounds, so after twelve monthly
// meetings the cycle is still running: round 13 is due on the clock's today.
RotationSpec womenRotation(const DemoRoster& roster, const Date& start)
{
    constexpr DemoPerson whole = PeopleCount;
    RotationSpec spec;
    spec.name = "Tontine des femmes";
    spec.contributionPerHand = kFixedContribution;
    spec.start = start;
    spec.hands = handsOf(roster, {{AwaDiop, whole}, {AwaDiop, whole}, {NdeyeFatouNgom, whole},
                                  {NdeyeFatouNgom, whole}, {MariamaSene, whole}, {FatouFaye, whole},
                                  {FatouFaye, whole}, {AminataFall, whole}, {CoumbaSow, whole},
                                  {CoumbaSow, whole}, {ChantalMbarga, whole}, {ChantalMbarga, whole},
                                  {ClaudineUwimana, whole}, {KhadyThiaw, RosaQuispe}});
    spec.order = OrderMethod::Fixed;
    // Agreed by need at the first meeting; the treasurer takes the last pot.
    spec.fixedOrder = {5, 13, 3, 9, 14, 1, 11, 6, 8, 4, 12, 10, 7, 2};
    spec.lateFine.kind = FineRule::Kind::Fixed;
    spec.lateFine.amount = 500; // once per late round
    // The group prefers paying the pot whole on its day: the fund advances a late member's
    // share, which becomes that member's debt.
    spec.shortfall = ShortfallRule::Advance;
    return spec;
}

// Eight hands among seven traders and farmers (Ibrahima Sarr holds two), 25 000 F per hand
// every second month: six rounds paid in the year, round 7 due on the clock's today.
RotationSpec auctionRotation(const DemoRoster& roster, const Date& start)
{
    constexpr DemoPerson whole = PeopleCount;
    RotationSpec spec;
    spec.name = "Tontine enchère";
    spec.contributionPerHand = kAuctionContribution;
    spec.everyKth = 2;
    spec.start = start;
    spec.hands = handsOf(roster, {{MoussaNdiaye, whole}, {IbrahimaSarr, whole}, {IbrahimaSarr, whole},
                                  {CheikhTidianeGueye, whole}, {OusmaneBa, whole}, {MamadouSaliouDiallo, whole},
                                  {ModouNgom, whole}, {ClaudineUwimana, whole}});
    spec.order = OrderMethod::Auction;
    // Discount shared at the end of the cycle: everyone pays the same 25 000 F each round
    // (simple to count at the meeting) and the discounts wait in the reserve, to be shared
    // by hands once the last pot is paid. The demo stops mid-cycle, so the reserve shows.
    spec.discountRule = DiscountRule::SharedAtEnd;
    spec.minimumBid = kAuctionMinimumBid;
    spec.lateFine.kind = FineRule::Kind::Percent;
    spec.lateFine.basisPoints = 200; // 2 % of what is paid late, once
    // Nobody takes the pot before everyone has paid: the payout waits.
    spec.shortfall = ShortfallRule::Wait;
    return spec;
}

} // namespace

DemoRotations createDemoRotations(Book& book, const DemoRoster& roster, const Date& firstMeeting)
{
    const Actor treasurer{kTreasurer, firstMeeting};
    DemoRotations out;
    out.fixed = book.createRotation(womenRotation(roster, firstMeeting), treasurer);
    out.auction = book.createRotation(auctionRotation(roster, firstMeeting), treasurer);
    return out;
}

void payDemoRotationFines(Book& book, RotationId id, MemberId member, std::int64_t owed, const Date& date,
                          const DemoAttendance& attendance, DemoRandom& random, int percent)
{
    if (owed <= 0)
        return;
    const bool pays = random.chance(percent);
    if (pays && inTheRoom(attendance, member))
        book.payRotationFine(id, member, owed, Actor{kTreasurer, date});
}

} // namespace tontine::demo
