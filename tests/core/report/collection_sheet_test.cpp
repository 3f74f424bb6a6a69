// The paper collection sheet: what each active member owes at a meeting, by column, with totals.
#include "core/report/collection_sheet.h"
#include "tests/core/report/report_fund_fixture.h"
#include "tests/support/fund_fixture.h"

#include <catch2/catch.hpp>

using namespace report_test;

TEST_CASE("A collection sheet with a rotation, social contributions, a fine and a loan instalment",
          "[report][sheet]")
{
    ReportFund f;
    const std::string rotation = "rotation:" + std::to_string(f.rotation);

    SECTION("for the meeting of 10 May (already held: its social dues are not added twice)")
    {
        const CollectionSheet sheet = buildCollectionSheet(*f.book, day(2026, 5, 10));
        CHECK(sheet.fundName == "Groupement test");
        CHECK(sheet.meetingDate == day(2026, 5, 10));
        CHECK(keysOf(sheet.columns) == std::vector<std::string>{rotation, "social", "fines", "loans"});
        CHECK(sheet.columns[0].name == "Tour d'avril");
        REQUIRE(sheet.rows.size() == 7);
        // Rotation: round 2 for members 1–3, and member 3's 600 left of round 1. Social: May's
        // 200 for everyone, April's for member 6, March's and April's for member 7. Fines:
        // member 5's absence. Loans: loan A's instalment of 20 April (2 000 + 60).
        const std::vector<std::vector<std::int64_t>> owed = {
            {1000, 200, 0, 2060}, {1000, 200, 0, 0}, {1600, 200, 0, 0}, {0, 200, 0, 0},
            {0, 200, 300, 0},     {0, 400, 0, 0},    {0, 600, 0, 0}};
        const std::vector<std::int64_t> totals = {3260, 1200, 1800, 200, 500, 400, 600};
        for (std::size_t i = 0; i < owed.size(); ++i) {
            INFO("member " << i + 1);
            CHECK(sheet.rows[i].member.id == f.member(static_cast<int>(i) + 1));
            CHECK(sheet.rows[i].owed == owed[i]);
            CHECK(sheet.rows[i].total == totals[i]);
        }
        CHECK(sheet.columnTotals == std::vector<std::int64_t>{3600, 2000, 300, 2060});
        CHECK(sheet.total == 7960);
    }

    SECTION("for the next meeting, 10 June: the contribution the meeting will add is included")
    {
        const CollectionSheet sheet = buildCollectionSheet(*f.book, day(2026, 6, 10));
        CHECK(keysOf(sheet.columns) == std::vector<std::string>{rotation, "social", "fines", "loans"});
        REQUIRE(sheet.rows.size() == 7);
        // Member 1: rounds 2 and 3; May's social and June's; loan A's first two instalments.
        CHECK(sheet.rows[0].owed == std::vector<std::int64_t>{2000, 400, 0, 2060 + 2040});
        // Member 4: June's social plus May's; loan B's first instalment (1 000 + 1 % of 3 000).
        CHECK(sheet.rows[3].owed == std::vector<std::int64_t>{0, 400, 0, 1030});
        CHECK(sheet.columnTotals[3] == 2060 + 2040 + 1030);
    }

    SECTION("a member who left is not on the sheet")
    {
        f.book->deactivateMember(f.member(7), f.actor());
        const CollectionSheet sheet = buildCollectionSheet(*f.book, day(2026, 5, 10));
        REQUIRE(sheet.rows.size() == 6);
        CHECK(sheet.rows.back().member.id == f.member(6));
        CHECK(sheet.columnTotals[1] == 2000 - 600);
    }
}

TEST_CASE("A fund with no rotation, no fines and no loans has only the social column", "[report][sheet]")
{
    tontine::test::FundFixture f;
    const MemberId awa = f.addMember("Diop", "Awa");
    const MemberId binta = f.addMember("Sy", "Binta");
    SocialRules social = f.book->socialRules();
    social.contribution = 250;
    f.book->setSocialRules(social, f.actor());

    const CollectionSheet sheet = buildCollectionSheet(*f.book, day(2026, 3, 8));
    CHECK(keysOf(sheet.columns) == std::vector<std::string>{"social"});
    REQUIRE(sheet.rows.size() == 2);
    CHECK(sheet.rows[0].member.id == awa);
    CHECK(sheet.rows[1].member.id == binta);
    CHECK(sheet.rows[0].owed == std::vector<std::int64_t>{250});
    CHECK(sheet.columnTotals == std::vector<std::int64_t>{500});
    CHECK(sheet.total == 500);
}
