#include "core/savings/savings_cycle.h"

#include <catch2/catch.hpp>

using namespace tontine;

namespace {

SavingsCycle validCycle()
{
    SavingsCycle c;
    c.id = 3;
    c.name = "Cycle 2026";
    c.start = Date::fromYmd(2026, 1, 10);
    c.end = Date::fromYmd(2026, 12, 12);
    c.sharePrice = 500;
    c.minShares = 1;
    c.maxShares = 5;
    return c;
}

std::vector<std::pair<std::string, std::string>> fieldsAndCodes(const Problems& problems)
{
    std::vector<std::pair<std::string, std::string>> out;
    for (const Problem& p : problems) {
        CHECK_FALSE(p.text.empty());
        out.emplace_back(p.field, p.code);
    }
    return out;
}

using FC = std::vector<std::pair<std::string, std::string>>;

} // namespace

TEST_CASE("savings: loan-at-share-out codes round-trip", "[savings]")
{
    CHECK(loanAtShareOutCode(LoanAtShareOut::NetOff) == "net");
    CHECK(loanAtShareOutCode(LoanAtShareOut::RepayFirst) == "repay-first");
    for (LoanAtShareOut rule : {LoanAtShareOut::NetOff, LoanAtShareOut::RepayFirst})
        CHECK(parseLoanAtShareOut(loanAtShareOutCode(rule)) == rule);
    CHECK_FALSE(parseLoanAtShareOut("Net"));
    CHECK_FALSE(parseLoanAtShareOut("repay_first"));
}

TEST_CASE("savings: a cycle's definition is checked field by field", "[savings]")
{
    CHECK(validateSavingsCycle(validCycle(), 25).empty());

    SavingsCycle c = validCycle();
    c.minShares = 0; // buying optional
    c.maxShares = 100;
    CHECK(validateSavingsCycle(c, 1).empty());

    c = validCycle();
    c.name = " ";
    c.end = c.start;
    c.sharePrice = 0;
    c.maxShares = 0;
    c.minShares = -1;
    CHECK(fieldsAndCodes(validateSavingsCycle(c, 1)) == FC{{"name", "required"},
                                                           {"end", "cycle.dates"},
                                                           {"sharePrice", "cycle.share_price"},
                                                           {"maxShares", "cycle.max_shares"},
                                                           {"minShares", "cycle.min_shares"}});

    c = validCycle();
    c.name = " Cycle";
    c.sharePrice = 510;
    c.minShares = 6;
    c.maxShares = 5;
    const Problems p = validateSavingsCycle(c, 25);
    CHECK(fieldsAndCodes(p) ==
          FC{{"name", "text.untrimmed"}, {"sharePrice", "cycle.share_price_unit"}, {"minShares", "cycle.min_above_max"}});
    CHECK(p[1].args == std::vector<std::string>{"510", "25"});
    CHECK(p[1].text == "The share price 510 must be a whole multiple of the rounding unit 25");

    c = validCycle();
    c.maxShares = 101;
    c.name = std::string(101, 'x');
    CHECK(fieldsAndCodes(validateSavingsCycle(c, 1)) == FC{{"name", "too_long"}, {"maxShares", "cycle.max_shares"}});
}

TEST_CASE("savings: a cycle's snapshot names every field and changes with each", "[savings]")
{
    SavingsCycle c = validCycle();
    const std::string base = savingsCycleSnapshot(c);
    CHECK(base == "format=savings_cycle/1\n"
                  "id=3\n"
                  "name=Cycle 2026\n"
                  "start=2026-01-10\n"
                  "end=2026-12-12\n"
                  "sharePrice=500\n"
                  "minShares=1\n"
                  "maxShares=5\n"
                  "voluntaryAllowed=0\n"
                  "withdrawalsAllowed=0\n"
                  "loanRule=net\n"
                  "sharedOn=\n");
    std::vector<SavingsCycle> changed(9, c);
    changed[0].name = "Cycle 2027";
    changed[1].start = c.start.addDays(1);
    changed[2].end = c.end.addDays(1);
    changed[3].sharePrice = 1000;
    changed[4].minShares = 2;
    changed[5].maxShares = 4;
    changed[6].voluntaryAllowed = true;
    changed[7].withdrawalsAllowed = true;
    changed[8].loanRule = LoanAtShareOut::RepayFirst;
    for (const SavingsCycle& other : changed)
        CHECK(savingsCycleSnapshot(other) != base);
    c.sharedOn = Date::fromYmd(2026, 12, 5);
    CHECK(c.isClosed());
    CHECK(savingsCycleSnapshot(c).find("sharedOn=2026-12-05\n") != std::string::npos);
}
