#pragma once
// A fund on disk with a household of four (head no. 1, dependants 2-4), a member living alone
// (no. 5) and the partner mutual And Fagaru at 3 500 F per member per 12 months.

#include "tests/support/fund_fixture.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace premium_book_test {

using namespace tontine;

struct PremiumFund : tontine::test::FundFixture {
    MemberId head = 0;
    std::vector<MemberId> dependants;
    MemberId single = 0;
    PartnerId partnerId = 0;

    explicit PremiumFund(bool partial = false)
    {
        head = addPerson("Ndiaye", "Awa", "", "");
        dependants.push_back(addPerson("Ndiaye", "Moussa", std::to_string(head), "spouse"));
        dependants.push_back(addPerson("Ndiaye", "Fatou", std::to_string(head), "child"));
        dependants.push_back(addPerson("Ndiaye", "Modou", std::to_string(head), ""));
        single = addPerson("Sarr", "Ibrahima", "", "");
        partnerId = book->savePartner(andFagaru(partial), actor());
    }

    static Partner andFagaru(bool partial)
    {
        Partner p;
        p.name = "Mutuelle de santé And Fagaru";
        p.payerName = "Groupement test";
        p.productCodes = {"MSAF-FAM", "MSAF-IND"};
        p.premium = 3500;
        p.periodMonths = 12;
        p.partialPayments = partial;
        return p;
    }

    MemberId addPerson(const std::string& last, const std::string& other, const std::string& headNumber,
                       const std::string& relationship)
    {
        MemberInput in;
        in.lastName = last;
        in.otherNames = other;
        in.householdHead = headNumber;
        in.relationship = relationship;
        in.joinedOn = "2026-01-01";
        return book->addMember(in, Actor{"Awa Diop", clock.today()});
    }

    void openMeetingOn(Date day)
    {
        clock.set(day, day.iso() + "T09:00:00Z");
        book->openMeeting(book->cashBalance(), "", actor());
    }
    void closeMeeting() { book->closeMeeting(book->cashBalance(), "", actor()); }
    void moveTo(Date day) { clock.set(day, day.iso() + "T09:00:00Z"); }

    // Debit minus credit of an account (0 when unused).
    std::int64_t balance(const std::string& code) const
    {
        for (const auto& b : book->balances())
            if (b.account.code == code)
                return b.debitMinusCredit;
        return 0;
    }

    std::int64_t held(std::optional<Date> on = std::nullopt) const
    {
        std::int64_t sum = 0;
        for (const auto& h : book->premiumsHeld(on))
            sum += h.held();
        return sum;
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

} // namespace premium_book_test
