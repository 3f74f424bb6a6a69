#pragma once
// A fund on disk with seven members, a savings cycle at 500 F a share and helpers to run
// its meetings through the Book API.

#include "tests/support/fund_fixture.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace savings_book_test {

using namespace tontine;

struct SavingsFund : tontine::test::FundFixture {
    std::vector<MemberId> members;
    SavingsCycleId cycle = 0;

    explicit SavingsFund(int maxShares = 5)
    {
        for (const char* name : {"Ndiaye", "Sarr", "Diallo", "Fall", "Ba", "Sow", "Gueye"})
            members.push_back(addMember(name));
        SavingsCycle c;
        c.name = "Cycle 2026";
        c.start = Date::fromYmd(2026, 3, 1);
        c.end = Date::fromYmd(2027, 2, 28);
        c.sharePrice = 500;
        c.minShares = 1;
        c.maxShares = maxShares;
        c.withdrawalsAllowed = true;
        cycle = book->createSavingsCycle(c, actor());
    }

    MemberId member(int i) const { return members[static_cast<std::size_t>(i - 1)]; }

    void openMeetingOn(Date day)
    {
        clock.set(day, day.iso() + "T09:00:00Z");
        book->openMeeting(book->cashBalance(), "", actor());
    }
    void closeMeeting() { book->closeMeeting(book->cashBalance(), "", actor()); }

    // Debit minus credit of an account (0 when unused).
    std::int64_t balance(const std::string& code) const
    {
        for (const auto& b : book->balances())
            if (b.account.code == code)
                return b.debitMinusCredit;
        return 0;
    }

    const MemberSavings* savingsOf(const std::vector<MemberSavings>& all, MemberId id) const
    {
        for (const auto& s : all)
            if (s.member == id)
                return &s;
        return nullptr;
    }
};

// The codes of a ValidationError's problems, for checks on why something was refused.
template <typename F>
std::vector<std::string> refusalCodes(F&& action)
{
    try {
        action();
    } catch (const ValidationError& e) {
        std::vector<std::string> codes;
        for (const auto& p : e.problems())
            codes.push_back(p.code);
        return codes;
    }
    return {};
}

} // namespace savings_book_test
