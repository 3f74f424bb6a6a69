// The dashboard's series against figures worked out by hand from ReportFund's story.
#include "core/report/dashboard_data.h"
#include "tests/core/report/report_fund_fixture.h"

#include <catch2/catch.hpp>

using namespace report_test;

namespace {

struct Point {
    Date date;
    std::int64_t amount;
};

void checkSeries(const std::vector<DatedAmount>& series, const std::vector<Point>& expected)
{
    REQUIRE(series.size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        INFO("point " << i << " dated " << series[i].date.iso());
        CHECK(series[i].date == expected[i].date);
        CHECK(series[i].amount == expected[i].amount);
    }
}

} // namespace

TEST_CASE("The dashboard's series from March to May", "[report][dashboard]")
{
    ReportFund f;
    const DashboardData d = buildDashboard(*f.book, day(2026, 3, 1), day(2026, 5, 31));
    CHECK(d.from == day(2026, 3, 1));
    CHECK(d.to == day(2026, 5, 31));

    {
        // Cash: the day before the range, then each day it changed.
        checkSeries(d.cash, {{day(2026, 2, 28), 0},
                             {day(2026, 3, 5), 55000},
                             {day(2026, 3, 20), 50200},
                             {day(2026, 4, 10), 53600},
                             {day(2026, 5, 10), 50600}});
    }

    {
        // The social fund as people read it (a credit balance, positive).
        checkSeries(d.socialFund, {{day(2026, 2, 28), 0}, {day(2026, 3, 20), 1200}, {day(2026, 4, 10), 2200}});
    }

    {
        // Due and collected at each meeting.
        REQUIRE(d.collections.size() == 4);
        // 5 March: shares bought, nothing the chart counts.
        CHECK(d.collections[0].date == day(2026, 3, 5));
        CHECK(d.collections[0].due == 0);
        CHECK(d.collections[0].collected == 0);
        // 20 March: seven social contributions of 200, six paid.
        CHECK(d.collections[1].meeting == f.march20);
        CHECK(d.collections[1].due == 1400);
        CHECK(d.collections[1].collected == 1200);
        // 10 April: round 1 (3 × 1 000) and the social contributions; 2 400 + 5 × 200 paid.
        CHECK(d.collections[2].meeting == f.april10);
        CHECK(d.collections[2].due == 3000 + 1400);
        CHECK(d.collections[2].collected == 2400 + 1000);
        // 10 May: round 2, social, and loan A's instalment of 20 April (2 060) fallen due
        // since the April meeting; round 1's arrears are not asked again. Nothing paid.
        CHECK(d.collections[3].meeting == f.may10);
        CHECK(d.collections[3].due == 3000 + 1400 + 2060);
        CHECK(d.collections[3].collected == 0);
    }

    {
        // The portfolio at each month's end.
        REQUIRE(d.portfolio.size() == 3);
        CHECK(d.portfolio[0].date == day(2026, 3, 31));
        CHECK(d.portfolio[0].outstanding == 6000);
        CHECK(d.portfolio[0].atRisk30 == 0);
        CHECK(d.portfolio[1].date == day(2026, 4, 30));
        CHECK(d.portfolio[1].outstanding == 6000);
        CHECK(d.portfolio[1].atRisk30 == 0);
        CHECK(d.portfolio[2].date == day(2026, 5, 31));
        CHECK(d.portfolio[2].outstanding == 9000);
        CHECK(d.portfolio[2].atRisk30 == 6000);
    }

    {
        // Rotation progress.
        REQUIRE(d.rotations.size() == 1);
        CHECK(d.rotations[0].rotation == f.rotation);
        CHECK(d.rotations[0].name == "Tour d'avril");
        CHECK(d.rotations[0].rounds == 3);
        CHECK(d.rotations[0].roundsPaidOut == 0);
        CHECK(d.rotations[0].expected == 9000);
        CHECK(d.rotations[0].collected == 2400);
    }
}

TEST_CASE("A range ending mid-month charts the portfolio on its last day too, and only its meetings",
          "[report][dashboard]")
{
    ReportFund f;
    const DashboardData d = buildDashboard(*f.book, day(2026, 3, 10), day(2026, 4, 15));
    REQUIRE(d.portfolio.size() == 2);
    CHECK(d.portfolio[0].date == day(2026, 3, 31));
    CHECK(d.portfolio[1].date == day(2026, 4, 15));
    CHECK(d.portfolio[1].outstanding == 6000);
    REQUIRE(d.collections.size() == 2);
    CHECK(d.collections[0].meeting == f.march20);
    CHECK(d.collections[1].meeting == f.april10);
    // Cash starts from its balance on 9 March (the savings of 5 March).
    REQUIRE(!d.cash.empty());
    CHECK(d.cash.front().date == day(2026, 3, 9));
    CHECK(d.cash.front().amount == 55000);
    CHECK(d.cash.back().date == day(2026, 4, 10));
    CHECK(d.cash.back().amount == 53600);
}

TEST_CASE("A contribution reversed at its meeting is not counted as collected there", "[report][dashboard]")
{
    ReportFund f;
    f.openMeetingOn(day(2026, 6, 10));
    const MeetingId june = f.book->currentMeeting()->id;
    f.book->contribute(f.rotation, f.member(1), 1000, f.actor());
    const EntrySeq contribution = f.book->entryCount();
    f.book->paySocialContribution(f.member(2), 200, f.actor());
    f.book->reverse(contribution, "Paid for another member by mistake", f.actor());
    f.closeMeeting();

    const DashboardData d = buildDashboard(*f.book, day(2026, 6, 1), day(2026, 6, 30));
    REQUIRE(d.collections.size() == 1);
    CHECK(d.collections[0].meeting == june);
    CHECK(d.collections[0].collected == 200);
    // Round 3 (3 × 1 000), June's social contributions (7 × 200), and the instalments fallen
    // due since 10 May: loan A's of 20 May (2 000 + 40) and loan B's of 10 June (1 000 + 30).
    CHECK(d.collections[0].due == 3000 + 1400 + 2040 + 1030);
}
