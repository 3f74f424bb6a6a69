#include "core/savings/savings_record.h"

#include <catch2/catch.hpp>

using namespace tontine;

namespace {

const Date kMeeting1 = Date::fromYmd(2026, 2, 7);
const Date kMeeting2 = Date::fromYmd(2026, 3, 7);

SavingsCycle openCycle()
{
    SavingsCycle c;
    c.id = 1;
    c.name = "Cycle 2026";
    c.start = Date::fromYmd(2026, 1, 10);
    c.end = Date::fromYmd(2026, 12, 12);
    c.sharePrice = 500;
    c.minShares = 2;
    c.maxShares = 5;
    return c;
}

SavingsRecord bought(MemberId member, Date date, int shares)
{
    return SavingsRecord{1, member, SavingsKind::Shares, date, shares, shares * 500};
}

std::vector<std::string> codes(const Problems& problems)
{
    std::vector<std::string> out;
    for (const Problem& p : problems) {
        CHECK_FALSE(p.text.empty());
        out.push_back(p.code);
    }
    return out;
}

using Codes = std::vector<std::string>;

} // namespace

TEST_CASE("savings: record kind codes round-trip", "[savings]")
{
    const std::vector<std::pair<SavingsKind, std::string>> kinds{{SavingsKind::Opening, "opening"},
                                                                  {SavingsKind::Shares, "shares"},
                                                                  {SavingsKind::Voluntary, "voluntary"},
                                                                  {SavingsKind::Withdrawal, "withdrawal"},
                                                                  {SavingsKind::ShareOut, "shareout"}};
    for (const auto& [kind, code] : kinds) {
        CHECK(savingsKindCode(kind) == code);
        CHECK(parseSavingsKind(code) == kind);
    }
    CHECK_FALSE(parseSavingsKind("Shares"));
    CHECK_FALSE(parseSavingsKind("share-out"));
}

TEST_CASE("savings: records payload round-trips and refuses anything but its own text", "[savings]")
{
    const std::vector<SavingsRecord> records{
        SavingsRecord{1, 4, SavingsKind::Opening, Date::fromYmd(2026, 1, 10), 6, 3000},
        bought(4, kMeeting1, 3),
        SavingsRecord{1, 4, SavingsKind::Shares, kMeeting2, -3, -1500}, // a reversal
        SavingsRecord{1, 12, SavingsKind::Voluntary, kMeeting2, 0, 725},
        SavingsRecord{1, 12, SavingsKind::Withdrawal, kMeeting2, 0, -200},
        SavingsRecord{1, 12, SavingsKind::ShareOut, Date::fromYmd(2026, 12, 12), 0, -525},
    };
    const std::string payload = savingsRecordsPayload(records);
    CHECK(payload.rfind("format=savings_records/1\nrecords=6\n"
                        "record=cycle=1 member=4 kind=opening date=2026-01-10 shares=6 amount=3000\n",
                        0) == 0);
    const auto parsed = parseSavingsRecordsPayload(payload);
    REQUIRE(parsed);
    REQUIRE(parsed->size() == records.size());
    for (std::size_t i = 0; i < records.size(); ++i) {
        CHECK((*parsed)[i].cycle == records[i].cycle);
        CHECK((*parsed)[i].member == records[i].member);
        CHECK((*parsed)[i].kind == records[i].kind);
        CHECK((*parsed)[i].date == records[i].date);
        CHECK((*parsed)[i].shares == records[i].shares);
        CHECK((*parsed)[i].amount == records[i].amount);
    }
    CHECK(savingsRecordsPayload(*parsed) == payload);

    const auto empty = parseSavingsRecordsPayload(savingsRecordsPayload({}));
    REQUIRE(empty);
    CHECK(empty->empty());

    auto replaced = [&](std::string_view from, std::string_view to) {
        std::string text = payload;
        text.replace(text.find(from), from.size(), to);
        return text;
    };
    CHECK_FALSE(parseSavingsRecordsPayload(replaced("records=6", "records=5")));
    CHECK_FALSE(parseSavingsRecordsPayload(replaced("savings_records/1", "savings_records/2")));
    CHECK_FALSE(parseSavingsRecordsPayload(replaced("shares=6", "shares=+6")));
    CHECK_FALSE(parseSavingsRecordsPayload(replaced("amount=3000", "amount=03000")));
    CHECK_FALSE(parseSavingsRecordsPayload(replaced("kind=opening", "kind=gift")));
    CHECK_FALSE(parseSavingsRecordsPayload(replaced("2026-01-10", "2026-02-30")));
    CHECK_FALSE(parseSavingsRecordsPayload(replaced(" amount=3000", "")));
    CHECK_FALSE(parseSavingsRecordsPayload(payload.substr(0, payload.size() - 1)));
    CHECK_FALSE(parseSavingsRecordsPayload(payload + "extra=1\n"));
    CHECK_FALSE(parseSavingsRecordsPayload("format=rotation_records/1\nrotation=1\n"));
}

TEST_CASE("savings: what a member may take out is what is neither pledged nor owed", "[savings]")
{
    MemberSavings s{4, 20, 10000, 3000, 2000};
    CHECK(s.free() == 5000);
    s.owed = 9000;
    CHECK(s.free() == 0); // never below zero
}

TEST_CASE("savings: summarise sums each member's records in member-number order", "[savings]")
{
    const std::vector<SavingsRecord> records{
        bought(12, kMeeting1, 2), bought(4, kMeeting1, 5),
        SavingsRecord{1, 4, SavingsKind::Shares, kMeeting1, -5, -2500}, // reversed
        bought(4, kMeeting2, 3), SavingsRecord{1, 12, SavingsKind::Voluntary, kMeeting2, 0, 750},
        SavingsRecord{1, 12, SavingsKind::Withdrawal, kMeeting2, 0, -250}};
    const std::vector<MemberSavings> s = summarise(records);
    REQUIRE(s.size() == 2);
    CHECK(s[0].member == 4);
    CHECK(s[0].shares == 3);
    CHECK(s[0].saved == 1500);
    CHECK(s[1].member == 12);
    CHECK(s[1].shares == 2);
    CHECK(s[1].saved == 1500);
    CHECK(s[1].pledged == 0);
    CHECK(s[1].owed == 0);
    CHECK(sharesBoughtOn(records, 4, kMeeting1) == 0);
    CHECK(sharesBoughtOn(records, 4, kMeeting2) == 3);
    CHECK(sharesBoughtOn(records, 12, kMeeting2) == 0); // voluntary savings are not shares
}

TEST_CASE("savings: share purchases within the cycle's limits per meeting", "[savings]")
{
    const SavingsCycle cycle = openCycle(); // 2 to 5 shares per meeting
    std::vector<SavingsRecord> records;
    CHECK(checkSharePurchase(cycle, records, 4, 2, kMeeting1).empty());
    CHECK(checkSharePurchase(cycle, records, 4, 5, kMeeting1).empty());

    SECTION("below the minimum")
    {
        const Problems p = checkSharePurchase(cycle, records, 4, 1, kMeeting1);
        CHECK(codes(p) == Codes{"savings.below_min"});
        CHECK(p[0].field == "shares");
        CHECK(p[0].text == "Member 4 must buy at least 2 shares at a meeting when they buy, not 1");
    }
    SECTION("above the maximum, counting earlier purchases the same day")
    {
        CHECK(codes(checkSharePurchase(cycle, records, 4, 6, kMeeting1)) == Codes{"savings.above_max"});
        records.push_back(bought(4, kMeeting1, 3));
        records.push_back(bought(4, kMeeting2, 5));              // another meeting
        records.push_back(bought(7, kMeeting1, 5));              // another member
        CHECK(checkSharePurchase(cycle, records, 4, 2, kMeeting1).empty());
        const Problems p = checkSharePurchase(cycle, records, 4, 3, kMeeting1);
        CHECK(codes(p) == Codes{"savings.above_max"});
        CHECK(p[0].args == std::vector<std::string>{"4", "5", "3", "3"});
        CHECK(p[0].text ==
              "Member 4 may buy at most 5 shares at a meeting; they already bought 3 on 2026-02-07 and can buy 2 more");
        // A second purchase of one share the same day is fine: the minimum counts the day's total.
        records.push_back(bought(4, kMeeting1, 1));
        CHECK(checkSharePurchase(cycle, records, 4, 1, kMeeting1).empty());
    }
    SECTION("zero or negative shares")
    {
        CHECK(codes(checkSharePurchase(cycle, records, 4, 0, kMeeting1)) == Codes{"savings.shares_positive"});
        CHECK(codes(checkSharePurchase(cycle, records, 4, -2, kMeeting1)) == Codes{"savings.shares_positive"});
    }
    SECTION("a closed cycle or a date outside it")
    {
        SavingsCycle closed = cycle;
        closed.sharedOn = Date::fromYmd(2026, 12, 5);
        CHECK(codes(checkSharePurchase(closed, records, 4, 2, kMeeting1)) == Codes{"savings.cycle_closed"});
        CHECK(codes(checkSharePurchase(cycle, records, 4, 2, cycle.start.addDays(-1))) == Codes{"savings.outside_cycle"});
        CHECK(codes(checkSharePurchase(cycle, records, 4, 2, cycle.end.addDays(1))) == Codes{"savings.outside_cycle"});
        CHECK(checkSharePurchase(cycle, records, 4, 2, cycle.start).empty());
        CHECK(checkSharePurchase(cycle, records, 4, 2, cycle.end).empty());
    }
}

TEST_CASE("savings: voluntary savings only when the cycle allows them", "[savings]")
{
    SavingsCycle cycle = openCycle();
    const Problems refused = checkVoluntarySaving(cycle, 1000, 25, kMeeting1);
    CHECK(codes(refused) == Codes{"savings.voluntary_not_allowed"});
    CHECK(refused[0].text == "The cycle \"Cycle 2026\" takes savings in shares only, not free amounts");
    cycle.voluntaryAllowed = true;
    CHECK(checkVoluntarySaving(cycle, 1000, 25, kMeeting1).empty());
    CHECK(codes(checkVoluntarySaving(cycle, 1010, 25, kMeeting1)) == Codes{"savings.amount_unit"});
    CHECK(codes(checkVoluntarySaving(cycle, 0, 25, kMeeting1)) == Codes{"savings.amount_positive"});
    CHECK(codes(checkVoluntarySaving(cycle, -500, 25, kMeeting1)) == Codes{"savings.amount_positive"});
    CHECK(codes(checkVoluntarySaving(cycle, 500, 25, cycle.end.addDays(7))) == Codes{"savings.outside_cycle"});
}

TEST_CASE("savings: withdrawals beyond what is free are refused", "[savings]")
{
    SavingsCycle cycle = openCycle();
    const MemberSavings s{4, 20, 10000, 3000, 2000}; // free: 5000
    CHECK(codes(checkWithdrawal(cycle, s, 1000, kMeeting1)) == Codes{"savings.withdrawal_not_allowed"});
    cycle.withdrawalsAllowed = true;
    CHECK(checkWithdrawal(cycle, s, 5000, kMeeting1).empty());
    const Problems p = checkWithdrawal(cycle, s, 5001, kMeeting1);
    CHECK(codes(p) == Codes{"savings.above_free"});
    CHECK(p[0].args == std::vector<std::string>{"4", "5000", "5001"});
    CHECK(p[0].text == "Member 4 can take out at most 5000 (saved 10000, pledged 3000, owed 2000), not 5001");
    CHECK(codes(checkWithdrawal(cycle, s, 0, kMeeting1)) == Codes{"savings.amount_positive"});
    cycle.sharedOn = kMeeting2;
    CHECK(codes(checkWithdrawal(cycle, s, 1000, kMeeting1)) == Codes{"savings.cycle_closed"});
}
