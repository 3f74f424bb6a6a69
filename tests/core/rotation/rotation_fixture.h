#pragma once
// Shared helpers for the rotation tests: a simple rotation, and a tiny ledger that posts the
// engine's postings and checks every entry balances.

#include "core/rotation/auction.h"
#include "core/rotation/contribution.h"
#include "core/rotation/cycle_end.h"
#include "core/rotation/leaver.h"
#include "core/rotation/payout.h"

#include <catch2/catch.hpp>

#include <map>
#include <string>

namespace rotation_test {

using namespace tontine;

// n members, member i holds hand i, a round every month from 2026-01-10, fixed order 1..n.
inline RotationSpec simpleSpec(int members, std::int64_t contribution, OrderMethod order = OrderMethod::Fixed)
{
    RotationSpec spec;
    spec.id = 7;
    spec.name = "Tour des mamans";
    spec.currencyCode = "XOF";
    spec.contributionPerHand = contribution;
    spec.frequency = MeetingFrequency::Monthly;
    spec.start = Date::fromYmd(2026, 1, 10);
    spec.order = order;
    for (int i = 1; i <= members; ++i) {
        spec.hands.push_back(Hand{i, {HandShare{i, 2}}});
        spec.fixedOrder.push_back(i);
    }
    spec.drawSeed = "billet 4F2201873";
    return spec;
}

// Balances by account code (debit positive), built only from balanced entries.
struct Books {
    std::map<std::string, std::int64_t> balances;
    int entries = 0;

    void post(const std::vector<Posting>& postings)
    {
        std::int64_t sum = 0;
        for (const Posting& p : postings) {
            REQUIRE(p.amount != 0);
            sum += p.amount;
            balances[p.accountCode] += p.amount;
        }
        REQUIRE(sum == 0);
        if (!postings.empty())
            ++entries;
    }
    std::int64_t operator[](const std::string& code) const
    {
        auto it = balances.find(code);
        return it == balances.end() ? 0 : it->second;
    }
};

inline std::int64_t postingOn(const std::vector<Posting>& postings, const std::string& code)
{
    std::int64_t sum = 0;
    for (const Posting& p : postings)
        if (p.accountCode == code)
            sum += p.amount;
    return sum;
}

inline bool hasCode(const Problems& problems, const std::string& code)
{
    for (const Problem& p : problems)
        if (p.code == code)
            return true;
    return false;
}

inline ContributionResult pay(RotationState& state, Books& books, MemberId member, Date date, std::int64_t amount)
{
    ContributionResult r = recordContribution(state, member, date, amount);
    INFO(describe(r.problems));
    REQUIRE(r.problems.empty());
    applyContribution(state, r);
    books.post(r.postings);
    return r;
}

inline PayoutResult payOut(RotationState& state, Books& books, int round, Date date)
{
    PayoutResult r = preparePayout(state, round, date);
    INFO(describe(r.problems));
    REQUIRE(r.problems.empty());
    applyPayout(state, r);
    books.post(r.postings);
    return r;
}

// Every member pays exactly what they owe for `round` on its date.
inline void payRound(RotationState& state, Books& books, int round)
{
    const Date date = roundDate(state.spec, round);
    for (MemberId m : rotationMembers(state.spec)) {
        const std::int64_t owed = due(state, m, round) - paidBy(state, m, round);
        if (owed > 0)
            pay(state, books, m, date, owed);
    }
}

inline void decide(RotationState& state, int round, const std::vector<Bid>& bids)
{
    AuctionResult a = decideAuction(state, round, bids);
    INFO(describe(a.problems));
    REQUIRE(a.problems.empty());
    applyAuction(state, a);
}

} // namespace rotation_test
