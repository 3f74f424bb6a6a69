// Amounts in the savings checks' problem texts and in the share-out's note are written in the
// fund's currency when the caller gives it; counts stay plain and args stay minor units.
#include "core/money/currency.h"
#include "core/savings/savings_cycle.h"
#include "core/savings/savings_record.h"
#include "core/savings/share_out.h"

#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <vector>

using namespace tontine;

namespace {

const Date kMeeting = Date::fromYmd(2026, 3, 7);

SavingsCycle cycleAt500()
{
    SavingsCycle c;
    c.id = 1;
    c.name = "Cycle 2026";
    c.start = Date::fromYmd(2026, 1, 10);
    c.end = Date::fromYmd(2026, 12, 12);
    c.sharePrice = 500;
    c.minShares = 1;
    c.maxShares = 5;
    c.voluntaryAllowed = true;
    c.withdrawalsAllowed = true;
    return c;
}

// A copy of the problem with `code`: the checks return their problems by value.
std::optional<Problem> find(const Problems& problems, const std::string& code)
{
    for (const Problem& p : problems)
        if (p.code == code)
            return p;
    return std::nullopt;
}

bool has(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

// The seven members of docs/savings-rules.md's worked example: 73 shares at 500.
ShareOutInput workedExample(std::int64_t amountShared, std::int64_t unit)
{
    ShareOutInput in;
    in.amountShared = amountShared;
    in.roundingUnit = unit;
    MemberId id = 1;
    for (int shares : {5, 8, 10, 12, 15, 11, 12}) {
        ShareOutMemberInput m;
        m.member = id++;
        m.shares = shares;
        m.saved = shares * 500;
        in.members.push_back(m);
    }
    return in;
}

} // namespace

TEST_CASE("savings: a withdrawal refused in EUR names the amounts in EUR, args stay minor units", "[savings]")
{
    const Currency& eur = currencyByCode("EUR");
    const SavingsCycle cycle = cycleAt500();
    MemberSavings savings{3};
    savings.saved = 16000;
    savings.pledged = 1500;
    savings.owed = 500; // free: 14000 minor units = 140.00 EUR

    const Problems plain = checkWithdrawal(cycle, savings, 15050, kMeeting);
    const Problems inEur = checkWithdrawal(cycle, savings, 15050, kMeeting, &eur);
    const std::optional<Problem> p = find(inEur, "savings.above_free");
    const std::optional<Problem> q = find(plain, "savings.above_free");
    REQUIRE(p.has_value());
    REQUIRE(q.has_value());
    CHECK(p->text == "Member 3 can take out at most 140.00 EUR (saved 160.00 EUR, pledged 15.00 EUR, owed 5.00 EUR), "
                     "not 150.50 EUR");
    CHECK(q->text == "Member 3 can take out at most 14000 (saved 16000, pledged 1500, owed 500), not 15050");
    CHECK(p->args == std::vector<std::string>{"3", "14000", "15050"});
    CHECK(p->args == q->args);

    const std::optional<Problem> negative = find(checkWithdrawal(cycle, savings, -250, kMeeting, &eur), "savings.amount_positive");
    REQUIRE(negative.has_value());
    CHECK(has(negative->text, "not -2.50 EUR"));
    CHECK(negative->args == std::vector<std::string>{"-250"});
}

TEST_CASE("savings: voluntary savings and the share price name the rounding unit as money", "[savings]")
{
    const Currency& eur = currencyByCode("EUR");
    SavingsCycle cycle = cycleAt500();
    const std::optional<Problem> unit = find(checkVoluntarySaving(cycle, 1030, 25, kMeeting, &eur), "savings.amount_unit");
    REQUIRE(unit.has_value());
    CHECK(unit->text == "The amount 10.30 EUR must be a whole multiple of the rounding unit 0.25 EUR");
    CHECK(unit->args == std::vector<std::string>{"1030", "25"});
    const std::optional<Problem> plainUnit = find(checkVoluntarySaving(cycle, 1030, 25, kMeeting), "savings.amount_unit");
    REQUIRE(plainUnit.has_value());
    CHECK(plainUnit->text == "The amount 1030 must be a whole multiple of the rounding unit 25");

    cycle.sharePrice = 510;
    const std::optional<Problem> price = find(validateSavingsCycle(cycle, 100, &currencyByCode("PEN")), "cycle.share_price_unit");
    REQUIRE(price.has_value());
    CHECK(price->text == "The share price 5.10 PEN must be a whole multiple of the rounding unit 1.00 PEN");
    CHECK(price->args == std::vector<std::string>{"510", "100"});
}

TEST_CASE("savings: counts in problem texts are not written as money", "[savings]")
{
    const Currency& eur = currencyByCode("EUR");
    SavingsCycle cycle = cycleAt500();
    cycle.minShares = 6; // more than maxShares (5)
    const std::optional<Problem> minAboveMax = find(validateSavingsCycle(cycle, 1, &eur), "cycle.min_above_max");
    REQUIRE(minAboveMax.has_value());
    CHECK(minAboveMax->text == "The fewest shares bought at a meeting (6) cannot be more than the most (5)");

    cycle.minShares = 1;
    cycle.maxShares = 101;
    const std::optional<Problem> maxRange = find(validateSavingsCycle(cycle, 1, &eur), "cycle.max_shares");
    REQUIRE(maxRange.has_value());
    CHECK(maxRange->text == "The most shares a member may buy at one meeting must be between 1 and 100, not 101");

    const std::vector<SavingsRecord> none;
    const Problems purchase = checkSharePurchase(cycleAt500(), none, 3, 6, kMeeting);
    INFO((purchase.empty() ? std::string("no problem") : purchase.front().code + ": " + purchase.front().text));
    const std::optional<Problem> aboveMax = find(purchase, "savings.above_max");
    REQUIRE(aboveMax.has_value());
    CHECK(aboveMax->text == "Member 3 may buy at most 5 shares at a meeting, not 6");

    // The share-out note: the number of units is a count, the unit itself is money.
    ShareOutInput in = workedExample(41510, 25);
    in.currency = &eur;
    const ShareOutResult r = computeShareOut(in);
    REQUIRE(r.problems.empty());
    CHECK(has(r.roundingNote, std::to_string(r.unitsByRemainder) + " unit"));
    CHECK(has(r.roundingNote, " of 0.25 EUR went by largest remainder"));
    CHECK_FALSE(has(r.roundingNote, ".00 EUR unit"));
}

TEST_CASE("savings: the share-out note and problems name amounts in the fund's currency", "[savings]")
{
    const Currency& eur = currencyByCode("EUR");
    ShareOutInput in = workedExample(41500, 1);
    const std::string plainNote = computeShareOut(in).roundingNote;
    in.currency = &eur;
    const ShareOutResult r = computeShareOut(in);
    REQUIRE(r.problems.empty());
    CHECK(plainNote == "Parts are whole multiples of 1; 5 units went by largest remainder (to members 1, 2, 3, 4 "
                       "and 7); ties go to the lower member number; nothing is lost: Σ parts = 41 500");
    CHECK(r.roundingNote == "Parts are whole multiples of 0.01 EUR; 5 units went by largest remainder (to members 1, "
                            "2, 3, 4 and 7); ties go to the lower member number; nothing is lost: Σ parts = 415.00 EUR");

    ShareOutInput kept = workedExample(41510, 25);
    kept.currency = &eur;
    const ShareOutResult k = computeShareOut(kept);
    REQUIRE(k.keptByRounding == 10);
    CHECK(has(k.roundingNote, "0.10 EUR (less than one unit) is kept by the fund: Σ parts = 415.00 EUR and "
                              "415.00 EUR + 0.10 EUR = 415.10 EUR"));

    ShareOutInput repayFirst = workedExample(41500, 1);
    repayFirst.currency = &eur;
    repayFirst.netOffLoans = false;
    repayFirst.members[1].owed = 1250;
    const std::optional<Problem> owes = find(computeShareOut(repayFirst).problems, "shareout.repay_first");
    REQUIRE(owes.has_value());
    CHECK(owes->text == "Member 2 still owes 12.50 EUR: under the repay-first rule they must repay before the share-out");
    CHECK(owes->args == std::vector<std::string>{"2", "1250"});
}
