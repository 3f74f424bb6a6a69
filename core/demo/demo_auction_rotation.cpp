// "Tontine enchère" meeting by meeting: on a round's day the hands that have not received
// bid a discount, everyone pays 25 000 F per hand (an absent member sends it), and the winner
// is paid once the pot is complete. Once, a payment falls short and the payout waits a month.
#include "core/demo/demo_rotations.h"

#include <algorithm>

namespace tontine::demo {

namespace {

// The one short payment of the story: Mamadou Saliou Diallo at meeting 4 (round 3) pays
// 15 000 F of 25 000; he pays the rest, late, at the next meeting, and the payout waits.
constexpr int kShortMeetingIndex = 4;
constexpr DemoPerson kShortPayer = MamadouSaliouDiallo;
constexpr std::int64_t kShortPayment = 15000;

// Two to four of the hands still waiting bid, those whose holder is in the room (anyone
// waiting if nobody is); the fewer hands wait, the smaller the discounts people offer.
std::vector<Bid> demoBids(const RotationState& state, const DemoAttendance& attendance, DemoRandom& random)
{
    std::vector<Bid> candidates, anyone;
    for (const Hand& hand : state.spec.hands) {
        if (handReceived(state, hand.number))
            continue;
        const MemberId holder = hand.holders.front().member;
        anyone.push_back(Bid{holder, hand.number, 0, 0});
        if (inTheRoom(attendance, holder))
            candidates.push_back(anyone.back());
    }
    if (candidates.empty())
        candidates = anyone;
    const int waiting = static_cast<int>(anyone.size());
    const int count = std::min(static_cast<int>(candidates.size()), 2 + random.below(3));
    std::vector<Bid> bids;
    for (int i = 0; i < count; ++i) {
        const auto pick = candidates.begin() + random.below(static_cast<int>(candidates.size()));
        Bid bid = *pick;
        candidates.erase(pick);
        bid.discount = kAuctionMinimumBid + 500 * random.below(8 + 3 * waiting);
        bid.sequence = i + 1;
        bids.push_back(bid);
    }
    // The last hands receive without bidding (a bid there is refused); the draws above are
    // still made so the rest of the story stays the same.
    if (waiting <= state.spec.beneficiariesPerRound)
        bids.clear();
    return bids;
}

bool potComplete(const Book& book, RotationId id, const Date& date)
{
    const auto dues = book.rotationDuesOn(id, date);
    return std::all_of(dues.begin(), dues.end(), [](const MemberDue& d) { return d.dueNow == 0; });
}

} // namespace

void runAuctionRotation(Book& book, RotationId id, const DemoRoster& roster, int meetingIndex, const Date& date,
                        const DemoAttendance& attendance, DemoRandom& random)
{
    const Actor treasurer{kTreasurer, date};
    const auto state = book.rotation(id);
    if (!state)
        throw Error("demo: the auction rotation is missing");
    const auto round = collectingRound(*state);
    if (!round || date < roundDate(state->spec, *round))
        return; // no round due at this meeting
    if (!state->outcome(*round))
        book.decideAuction(id, *round, demoBids(*state, attendance, random), treasurer);

    for (const MemberDue& due : book.rotationDuesOn(id, date)) {
        std::int64_t amount = due.dueNow;
        if (meetingIndex == kShortMeetingIndex && due.member == roster[kShortPayer])
            amount = std::min(amount, kShortPayment);
        std::int64_t fines = due.finesOwed;
        if (amount > 0)
            for (const FineCharge& fine : book.contribute(id, due.member, amount, treasurer).fines)
                fines += fine.amount;
        payDemoRotationFines(book, id, due.member, fines, date, attendance, random, 80);
    }
    // The rotation's rule is to wait: the pot is paid only when nobody is short.
    if (potComplete(book, id, date))
        book.payout(id, *round, treasurer);
}

} // namespace tontine::demo
