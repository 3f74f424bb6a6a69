// Random cycles: whatever members pay, bid, leave or owe, every entry balances, cash in the
// books equals the cash the results say moved, advance accounts equal the members' debts,
// and the pot is empty after every payout.
#include "rotation_fixture.h"

#include "core/rotation/rotation_plan.h"

#include <algorithm>
#include <random>

using namespace rotation_test;

namespace {

struct Run {
    std::mt19937_64 rng;
    RotationState state;
    Books books;
    std::int64_t cashMoved = 0; // from the results' breakdowns, not from their postings

    explicit Run(std::uint64_t seed) : rng(seed) {}

    std::int64_t pick(std::int64_t lo, std::int64_t hi) { return std::uniform_int_distribution<std::int64_t>(lo, hi)(rng); }
    bool chance(int percent) { return pick(1, 100) <= percent; }

    void makeSpec()
    {
        const int hands = static_cast<int>(pick(2, 8));
        RotationSpec spec = simpleSpec(hands, pick(1, 5000), static_cast<OrderMethod>(pick(0, 2)));
        if (chance(20))
            spec.currencyCode = "EUR";
        if (hands >= 3 && chance(40)) // a half hand shared with an extra member
            spec.hands[1].holders = {HandShare{2, 1}, HandShare{100, 1}};
        std::shuffle(spec.fixedOrder.begin(), spec.fixedOrder.end(), rng);
        spec.beneficiariesPerRound = (hands % 2 == 0 && chance(25)) ? 2 : 1;
        spec.discountRule = static_cast<DiscountRule>(pick(0, 2));
        spec.commission.kind = static_cast<CommissionRule::Kind>(pick(0, 2));
        // Below the pot share (validateRotation refuses a commission taking all of it).
        const std::int64_t share = spec.contributionPerHand * hands / spec.beneficiariesPerRound;
        spec.commission.amount = std::min(pick(0, 50), share - 1);
        spec.commission.basisPoints = pick(0, 300);
        spec.commission.source = static_cast<CommissionSource>(pick(0, 1));
        spec.lateFine = FineRule{static_cast<FineRule::Kind>(pick(0, 2)), pick(0, 500), pick(0, 1000), chance(50)};
        spec.shortfall = static_cast<ShortfallRule>(pick(0, 1));
        spec.leaverRefund = static_cast<LeaverRefund>(pick(0, 1));
        spec.roundingUnit = chance(50) ? 1 : 5;
        spec.drawSeed = "seed-" + std::to_string(pick(0, 1000000));
        INFO(describe(validateRotation(spec)));
        REQUIRE(validateRotation(spec).empty());
        state.spec = spec;
    }

    void post(const std::vector<Posting>& postings) { books.post(postings); }

    void contribute(MemberId m, Date date, std::int64_t amount)
    {
        const ContributionResult c = recordContribution(state, m, date, amount);
        if (!c.problems.empty()) {
            CHECK(c.postings.empty());
            return;
        }
        std::int64_t parts = 0;
        for (const AllocationPart& p : c.parts)
            parts += p.amount;
        REQUIRE(parts == amount);
        applyContribution(state, c);
        post(c.postings);
        cashMoved += amount;
    }

    void auction(int round)
    {
        std::vector<Bid> bids;
        int seq = 0;
        for (const Hand& hand : state.spec.hands) {
            const Bid bid{hand.holders[0].member, hand.number, pick(0, grossPot(state, round) / 2), seq++};
            if (chance(70) && validateBid(state, round, bid).empty())
                bids.push_back(bid);
        }
        AuctionResult a = decideAuction(state, round, bids);
        if (!a.problems.empty()) {
            // Too few valid bids: everyone eligible bids 0, the earliest wins.
            bids.clear();
            for (const Hand& hand : state.spec.hands) {
                const Bid bid{hand.holders[0].member, hand.number, 0, seq++};
                if (validateBid(state, round, bid).empty())
                    bids.push_back(bid);
            }
            a = decideAuction(state, round, bids);
        }
        INFO(describe(a.problems));
        REQUIRE(a.problems.empty());
        applyAuction(state, a);
    }

    void payout(int round, Date date)
    {
        PayoutResult p = preparePayout(state, round, date);
        if (hasCode(p.problems, "payout.contributionsMissing")) {
            for (MemberId m : rotationMembers(state.spec)) {
                const std::int64_t owed = due(state, m, round) - paidBy(state, m, round);
                if (owed > 0)
                    contribute(m, date, std::min(owed, memberOwedCycle(m)));
            }
            p = preparePayout(state, round, date);
        }
        if (hasCode(p.problems, "payout.commissionTooLarge"))
            return; // a legal refusal: skip this cycle's remaining payouts
        INFO(describe(p.problems));
        REQUIRE(p.problems.empty());
        applyPayout(state, p);
        post(p.postings);
        for (const BeneficiaryPayout& b : p.beneficiaries)
            for (const MemberAmount& h : b.holders)
                cashMoved -= h.amount;
        for (const MemberAmount& r : p.refunded)
            cashMoved -= r.amount;
        CHECK(books[rotation_accounts::pot(state.spec.id)] == 0);
    }

    std::int64_t memberOwedCycle(MemberId m)
    {
        std::int64_t owed = 0;
        for (int r = 1; r <= activeRounds(state); ++r)
            owed += std::max<std::int64_t>(0, due(state, m, r) - paidBy(state, m, r));
        return owed;
    }

    void maybeLeave(Date date)
    {
        const auto members = rotationMembers(state.spec);
        const MemberId m = members[static_cast<std::size_t>(pick(0, static_cast<std::int64_t>(members.size()) - 1))];
        const LeaveResult l = computeLeave(state, m, date);
        if (!l.problems.empty())
            return;
        applyLeave(state, l);
        post(l.postings);
        cashMoved -= l.returnedFromPot + l.returnedPaidOut;
        for (const MemberAmount& r : l.othersRefunded)
            cashMoved -= r.amount;
    }

    void checkInvariants()
    {
        std::int64_t total = 0;
        for (const auto& [code, balance] : books.balances)
            total += balance;
        REQUIRE(total == 0);
        CHECK(books["cash"] == cashMoved);
        for (MemberId m : rotationMembers(state.spec))
            CHECK(books[rotation_accounts::advance(m)] == advanceOutstanding(state, m));
        // Prepaid holds exactly the lines booked there for rounds not yet paid out.
        std::int64_t prepaid = 0;
        for (const RoundLine& l : state.lines) {
            const RoundOutcome* o = state.outcome(l.round);
            if (l.booking == Booking::Prepaid && !(o && o->paidOut))
                prepaid += l.amount;
        }
        CHECK(books[rotation_accounts::prepaid(state.spec.id)] == -prepaid);
    }
};

} // namespace

TEST_CASE("Property: random cycles keep the books balanced and every pot returns to zero", "[rotation]")
{
    for (std::uint64_t seed = 1; seed <= 300; ++seed) {
        INFO("seed " << seed);
        Run run(seed);
        run.makeSpec();
        RotationState& state = run.state;
        bool stopped = false;
        for (int guard = 0; guard < 20 && !stopped; ++guard) {
            const auto collecting = collectingRound(state);
            if (!collecting)
                break;
            const int round = *collecting;
            const Date date = roundDate(state.spec, round);
            if (state.spec.order == OrderMethod::Auction && !state.outcome(round))
                run.auction(round);
            for (MemberId m : rotationMembers(state.spec)) {
                const std::int64_t owed = run.memberOwedCycle(m);
                if (owed == 0 || run.chance(15))
                    continue;
                const std::int64_t amount = run.chance(60) ? std::min(owed, due(state, m, round)) : run.pick(1, owed);
                if (amount > 0)
                    run.contribute(m, date.addDays(static_cast<int>(run.pick(-10, 40))), amount);
            }
            for (MemberId m : rotationMembers(state.spec)) {
                const std::int64_t fines = finesOutstanding(state, m);
                if (fines > 0 && run.chance(50)) {
                    const FinePaymentResult f = recordFinePayment(state, m, date, run.pick(1, fines));
                    REQUIRE(f.problems.empty());
                    applyFinePayment(state, f);
                    run.post(f.postings);
                    run.cashMoved += f.payment.amount;
                }
            }
            if (run.chance(5))
                run.maybeLeave(date);
            run.checkInvariants();
            if (!collectingRound(state))
                break;
            const std::size_t paidBefore = std::count_if(state.outcomes.begin(), state.outcomes.end(),
                                                         [](const RoundOutcome& o) { return o.paidOut; });
            run.payout(*collectingRound(state), date.addDays(static_cast<int>(run.pick(0, 3))));
            const std::size_t paidAfter = std::count_if(state.outcomes.begin(), state.outcomes.end(),
                                                        [](const RoundOutcome& o) { return o.paidOut; });
            stopped = paidAfter == paidBefore;
            run.checkInvariants();
        }
        if (stopped)
            continue;
        REQUIRE_FALSE(collectingRound(state).has_value());
        // Every hand still in the rotation received exactly one pot.
        for (const Hand& hand : state.spec.hands) {
            int pots = 0;
            for (const RoundOutcome& o : state.outcomes)
                pots += static_cast<int>(std::count(o.beneficiaries.begin(), o.beneficiaries.end(), hand.number));
            CHECK(pots == (handWithdrawn(state, hand.number, 99) ? 0 : 1));
        }
        CHECK(run.books[rotation_accounts::prepaid(state.spec.id)] == 0);
        const ReserveShareResult share = shareReserve(state, roundDate(state.spec, activeRounds(state)));
        if (share.problems.empty()) {
            run.post(share.postings);
            applyReserveShare(state, share);
            for (const MemberAmount& s : share.shares)
                run.cashMoved -= s.amount;
            CHECK(run.books[rotation_accounts::reserve(state.spec.id)] == 0);
        }
        run.checkInvariants();
    }
}
