// The book gives the fund's currency to the pure savings, social and share-out checks, so the
// texts a treasurer reads name amounts in that currency (args stay minor units).
#include "tests/support/fund_fixture.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace tontine;

namespace {

struct EuroFund : test::FundFixture {
    std::vector<MemberId> members;
    SavingsCycleId cycle = 0;

    EuroFund() : FundFixture("EUR")
    {
        for (const char* name : {"Quispe", "Mamani", "Huamán", "Flores"})
            members.push_back(addMember(name));
        SavingsCycle c;
        c.name = "Ciclo 2026";
        c.start = Date::fromYmd(2026, 3, 1);
        c.end = Date::fromYmd(2027, 2, 28);
        c.sharePrice = 500; // 5.00 EUR
        c.maxShares = 5;
        c.withdrawalsAllowed = true;
        cycle = book->createSavingsCycle(c, actor());
        SocialRules rules = defaultSocialRules();
        rules.approvalsRequired = 2;
        rules.events = {SocialEventRule{SocialEvent::Illness, false, 5000}};
        book->setSocialRules(rules, actor());
        const Date day = Date::fromYmd(2026, 3, 10);
        clock.set(day, day.iso() + "T09:00:00Z");
        book->openMeeting(book->cashBalance(), "", actor());
    }
};

// The problems of a ValidationError (empty when the action went through).
template <typename F>
Problems refusal(F&& action)
{
    try {
        action();
    } catch (const ValidationError& e) {
        return e.problems();
    }
    return {};
}

bool has(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

} // namespace

TEST_CASE("savings: the book names amounts in its currency in savings, social and share-out texts", "[savings][book]")
{
    EuroFund f;
    f.book->buyShares(f.cycle, f.members[0], 5, f.actor()); // 25.00 EUR saved

    const Problems withdrawal = refusal([&] { f.book->withdrawSavings(f.cycle, f.members[0], 3000, f.actor()); });
    REQUIRE(withdrawal.size() == 1);
    CHECK(withdrawal[0].code == "savings.above_free");
    INFO(withdrawal[0].text);
    CHECK(has(withdrawal[0].text, "can take out at most 25.00 EUR"));
    CHECK(has(withdrawal[0].text, "not 30.00 EUR"));
    CHECK(withdrawal[0].args == std::vector<std::string>{std::to_string(f.members[0]), "2500", "3000"});

    SocialGrant grant;
    grant.event = SocialEvent::Illness;
    grant.beneficiary = f.members[3];
    grant.amount = 6000;
    grant.approvers = {f.members[0], f.members[1]};
    const Problems grantProblems = refusal([&] { f.book->recordGrant(grant, f.actor()); });
    bool ceilingNamed = false;
    for (const Problem& p : grantProblems)
        if (p.code == "grant.above_ceiling")
            ceilingNamed = has(p.text, "at most 50.00 EUR, not 60.00 EUR");
    CHECK(ceilingNamed);

    const auto plan = f.book->previewShareOut(f.cycle, ShareOutOptions{}, f.clock.today());
    REQUIRE(plan.problems.empty());
    CHECK(has(plan.result.roundingNote, "Σ parts = 25.00 EUR"));
}
