#pragma once
// A fund on disk with five members and helpers to run rotation meetings through the Book API.

#include "tests/support/fund_fixture.h"

#include <catch2/catch.hpp>

#include <string>

namespace rotation_book_test {

using namespace tontine;

struct RotationFund : tontine::test::FundFixture {
    std::vector<MemberId> members;

    RotationFund()
    {
        for (const char* name : {"Ndiaye", "Sarr", "Diallo", "Fall", "Ba"})
            members.push_back(addMember(name));
    }

    // Member i (1-based) holds hand i; a round every month from 2026-03-10.
    RotationSpec spec(std::int64_t contribution, OrderMethod order = OrderMethod::Fixed) const
    {
        RotationSpec s;
        s.name = "Tour des mamans";
        s.contributionPerHand = contribution;
        s.start = Date::fromYmd(2026, 3, 10);
        s.order = order;
        for (int i = 1; i <= static_cast<int>(members.size()); ++i)
            s.hands.push_back(Hand{i, {HandShare{members[static_cast<std::size_t>(i - 1)], 2}}});
        s.fixedOrder = {3, 1, 5, 2, 4};
        s.drawSeed = "billet 4F2201873";
        return s;
    }

    // Cash the box holds before the rotation (opening savings of member 1), so that the fund
    // can advance or return money without the box going below zero.
    void fundTheBox(std::int64_t amount) { book->recordOpeningSavings(members[0], amount, actor()); }

    // Moves the clock to `day` and opens the meeting there with the cash the books hold.
    void openMeetingOn(Date day)
    {
        clock.set(day, day.iso() + "T09:00:00Z");
        book->openMeeting(balance("cash"), "", actor());
    }
    void closeMeeting() { book->closeMeeting(balance("cash"), "", actor()); }

    // Debit minus credit of an account, from the book's derived balances (0 when unused).
    std::int64_t balance(const std::string& code) const
    {
        for (const auto& b : book->balances())
            if (b.account.code == code)
                return b.debitMinusCredit;
        return 0;
    }
};

} // namespace rotation_book_test
