// The loan portfolio: ageing buckets at their boundaries, PAR30, loans per purpose and the
// group guarantees committed.
#include "core/loans/portfolio.h"

#include <catch2/catch.hpp>

#include <vector>

using namespace tontine;

namespace {

Date d(int y, int m, int day) { return Date::fromYmd(y, m, day); }

std::size_t at(AgeingBucket b) { return static_cast<std::size_t>(b); }

} // namespace

TEST_CASE("loans: ageing buckets at their boundaries", "[loans]")
{
    CHECK(ageingBucket(0) == AgeingBucket::Current);
    CHECK(ageingBucket(-3) == AgeingBucket::Current);
    CHECK(ageingBucket(1) == AgeingBucket::Late1To30);
    CHECK(ageingBucket(30) == AgeingBucket::Late1To30);
    CHECK(ageingBucket(31) == AgeingBucket::Late31To60);
    CHECK(ageingBucket(60) == AgeingBucket::Late31To60);
    CHECK(ageingBucket(61) == AgeingBucket::Late61To90);
    CHECK(ageingBucket(90) == AgeingBucket::Late61To90);
    CHECK(ageingBucket(91) == AgeingBucket::LateOver90);
    CHECK(ageingBucketCode(AgeingBucket::Current) == "current");
    CHECK(ageingBucketCode(AgeingBucket::Late1To30) == "1-30");
    CHECK(ageingBucketCode(AgeingBucket::Late31To60) == "31-60");
    CHECK(ageingBucketCode(AgeingBucket::Late61To90) == "61-90");
    CHECK(ageingBucketCode(AgeingBucket::LateOver90) == "90+");
}

TEST_CASE("loans: PAR30 counts the principal of loans more than 30 days late", "[loans]")
{
    const std::vector<PortfolioLoan> loans = {
        {1, 11, "Trade", 10000, 0},  {2, 12, "Trade", 20000, 1},      {3, 13, "Agriculture", 30000, 30},
        {4, 14, "Trade", 40000, 31}, {5, 15, "School fees", 50000, 60}, {6, 16, "Agriculture", 60000, 61},
        {7, 17, "Trade", 70000, 90}, {8, 18, "Trade", 80000, 91},
    };
    const Portfolio p = summarisePortfolio(loans, {}, d(2026, 6, 30));
    CHECK(p.loans == 8);
    CHECK(p.outstanding == 360000);
    CHECK(p.outstandingByBucket[at(AgeingBucket::Current)] == 10000);
    CHECK(p.outstandingByBucket[at(AgeingBucket::Late1To30)] == 50000);
    CHECK(p.outstandingByBucket[at(AgeingBucket::Late31To60)] == 90000);
    CHECK(p.outstandingByBucket[at(AgeingBucket::Late61To90)] == 130000);
    CHECK(p.outstandingByBucket[at(AgeingBucket::LateOver90)] == 80000);
    CHECK(p.loansByBucket[at(AgeingBucket::Current)] == 1);
    CHECK(p.loansByBucket[at(AgeingBucket::Late1To30)] == 2);
    CHECK(p.loansByBucket[at(AgeingBucket::Late31To60)] == 2);
    CHECK(p.loansByBucket[at(AgeingBucket::Late61To90)] == 2);
    CHECK(p.loansByBucket[at(AgeingBucket::LateOver90)] == 1);
    // 31 days and over: 40 000 + 50 000 + 60 000 + 70 000 + 80 000 = 300 000 of 360 000.
    CHECK(p.atRisk30 == 300000);
    CHECK(p.par30BasisPoints == 8333); // 83.333… %
    // Exactly 30 days late is not at risk; half a basis point rounds away from zero.
    const Portfolio q = summarisePortfolio({{1, 1, "Trade", 19999, 30}, {2, 2, "Trade", 1, 31}}, {}, d(2026, 6, 30));
    CHECK(q.atRisk30 == 1);
    CHECK(q.par30BasisPoints == 1); // 0.5 basis points → 1
    CHECK(summarisePortfolio({}, {}, d(2026, 6, 30)).par30BasisPoints == 0);
    CHECK(summarisePortfolio({{1, 1, "Trade", 0, 45}}, {}, d(2026, 6, 30)).par30BasisPoints == 0);
}

TEST_CASE("loans: the portfolio sums loans by purpose and counts the guarantees committed", "[loans]")
{
    const std::vector<PortfolioLoan> loans = {
        {1, 11, "Trade", 10000, 0},
        {2, 12, "School fees", 20000, 0},
        {3, 13, "Agriculture", 30000, 0},
        {4, 14, "Trade", 40000, 12},
        {5, 15, "agriculture", 5000, 0},
    };
    GroupGuarantee open;
    open.amount = 250000;
    open.issuedOn = d(2026, 5, 2);
    open.until = d(2026, 6, 30);
    GroupGuarantee lapsed = open;
    lapsed.until = d(2026, 6, 29);
    GroupGuarantee called = open;
    called.status = GuaranteeStatus::Called;
    GroupGuarantee second = open;
    second.amount = 100000;
    const Portfolio p = summarisePortfolio(loans, {open, lapsed, called, second}, d(2026, 6, 30));
    REQUIRE(p.byPurpose.size() == 4);
    CHECK(p.byPurpose[0].purpose == "Agriculture");
    CHECK(p.byPurpose[1].purpose == "School fees");
    CHECK(p.byPurpose[2].purpose == "Trade");
    CHECK(p.byPurpose[2].loans == 2);
    CHECK(p.byPurpose[2].outstanding == 50000);
    CHECK(p.byPurpose[3].purpose == "agriculture"); // byte order: lower case after upper case
    CHECK(p.guaranteesOpen == 2);
    CHECK(p.guaranteesCommitted == 350000);
    CHECK(p.atRisk30 == 0);
    CHECK(p.par30BasisPoints == 0);
}
