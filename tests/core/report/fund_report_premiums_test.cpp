// The fund report's premiums section: what is held for each partner mutual at the start and
// end of the month, and what was collected and remitted in it (worked example).
#include "tests/core/book/premium_book_fixture.h"

#include "core/report/fund_report.h"

using namespace premium_book_test;

TEST_CASE("The fund report shows premiums held, collected and remitted per partner and month", "[report][premiums]")
{
    PremiumFund f;
    // March: the household of four pays 14 000 and Ibrahima 3 500 -> 17 500 held.
    f.openMeetingOn(Date::fromYmd(2026, 3, 15));
    f.book->payPremium(f.partnerId, f.head, 14000, "R-001", "", f.actor());
    f.book->payPremium(f.partnerId, f.single, 3500, "R-002", "", f.actor());
    f.closeMeeting();
    // April: 10 000 passed on to the mutual between meetings -> 7 500 held.
    f.moveTo(Date::fromYmd(2026, 4, 20));
    f.book->remitPremiums(f.partnerId, 10000, "MSAF-0001", "", f.actor());

    const FundMonthlyReport february = buildFundReport(*f.book, Month{2026, 2});
    CHECK(february.premiums.empty()); // nothing held or moved yet: no line

    const FundMonthlyReport march = buildFundReport(*f.book, Month{2026, 3});
    REQUIRE(march.premiums.size() == 1);
    CHECK(march.premiums[0].partner == f.partnerId);
    CHECK(march.premiums[0].name == "Mutuelle de santé And Fagaru");
    CHECK(march.premiums[0].heldOpening == 0);
    CHECK(march.premiums[0].collected == 17500);
    CHECK(march.premiums[0].remitted == 0);
    CHECK(march.premiums[0].heldClosing == 17500);

    const FundMonthlyReport april = buildFundReport(*f.book, Month{2026, 4});
    REQUIRE(april.premiums.size() == 1);
    CHECK(april.premiums[0].heldOpening == 17500);
    CHECK(april.premiums[0].collected == 0);
    CHECK(april.premiums[0].remitted == 10000);
    CHECK(april.premiums[0].heldClosing == 7500);

    // The premiums fund line of the same report agrees with what is held.
    for (const FundBalanceLine& line : april.funds)
        if (line.key == "premiums") {
            CHECK(line.opening == 17500);
            CHECK(line.closing == 7500);
        }
}
