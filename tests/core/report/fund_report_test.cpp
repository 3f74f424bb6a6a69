// The fund's monthly report against figures worked out by hand from ReportFund's story.
#include "core/report/fund_report.h"
#include "tests/core/report/report_fund_fixture.h"

#include <catch2/catch.hpp>

using namespace report_test;

namespace {

const FundBalanceLine* lineOf(const std::vector<FundBalanceLine>& lines, const std::string& key)
{
    for (const auto& l : lines)
        if (l.key == key)
            return &l;
    return nullptr;
}

const ArrearsLine* arrearOf(const std::vector<ArrearsLine>& lines, MemberId member, const std::string& what)
{
    for (const auto& l : lines)
        if (l.member == member && l.what == what)
            return &l;
    return nullptr;
}

} // namespace

TEST_CASE("The fund's report for a month: cash, flows by kind, fund balances, arrears and rotations",
          "[report][fund]")
{
    ReportFund f;
    // The premises the hand figures rest on: loan A's schedule.
    const auto scheduleA = f.book->loan(f.loanA)->schedule;
    REQUIRE(scheduleA.size() == 3);
    REQUIRE(scheduleA[0].dueOn == day(2026, 4, 20));
    REQUIRE(scheduleA[0].principal == 2000);
    REQUIRE(scheduleA[0].interest == 60);

    const FundMonthlyReport r = buildFundReport(*f.book, Month{2026, 4});
    CHECK(r.fundName == "Groupement test");
    CHECK(r.currencyCode == "XOF");
    CHECK(r.month == Month{2026, 4});
    CHECK(r.meetingsHeld == 1);

    {
        // Cash at the start and the end; the bank and mobile money hold nothing and are left out.
        REQUIRE(r.cashAndBank.size() == 1);
        CHECK(r.cashAndBank[0].key == "cash");
        CHECK(r.cashAndBank[0].opening == 50200);
        CHECK(r.cashAndBank[0].closing == 53600);
    }

    {
        // Money in and out by kind, in the meeting summary's order.
        REQUIRE(r.flows.size() == 2);
        CHECK(r.flows[0].kind == "due-payment");
        CHECK(r.flows[0].entries == 5);
        CHECK(r.flows[0].cashIn == 1000);
        CHECK(r.flows[0].cashOut == 0);
        CHECK(r.flows[1].kind == "rotation-contribution");
        CHECK(r.flows[1].entries == 3);
        CHECK(r.flows[1].cashIn == 2400);
        CHECK(r.totalIn == 3400);
        CHECK(r.totalOut == 0);
        // The flows explain the change in cash.
        CHECK(r.cashAndBank[0].opening + r.totalIn - r.totalOut == r.cashAndBank[0].closing);
    }

    {
        // Every fund with money at either end, as people read it.
        const std::string pot = "rotation:" + std::to_string(f.rotation);
        CHECK(keysOf(r.funds) == std::vector<std::string>{pot, "savings", "loans", "social"});
        const auto* rotation = lineOf(r.funds, pot);
        REQUIRE(rotation);
        CHECK(rotation->name == "Tour d'avril");
        CHECK(rotation->opening == 0);
        CHECK(rotation->closing == 2400);
        CHECK(lineOf(r.funds, "savings")->opening == 55000);
        CHECK(lineOf(r.funds, "savings")->closing == 55000);
        CHECK(lineOf(r.funds, "loans")->opening == 6000);
        CHECK(lineOf(r.funds, "loans")->closing == 6000);
        CHECK(lineOf(r.funds, "social")->opening == 1200);
        CHECK(lineOf(r.funds, "social")->closing == 2200);
    }

    {
        // Members in arrears on 30 April, by member number.
        // Member 1: loan A's instalment of 20 April (2 000 + 60), 10 days late. Member 3: 600
        // of round 1 (10 April). Member 5: the absence fine of 10 April. Member 6: April's
        // social contribution; member 7: March's and April's, late since 20 March.
        const std::string loanA = "loan:" + std::to_string(f.loanA);
        const std::string rotation = "rotation:" + std::to_string(f.rotation);
        const std::vector<ArrearsLine> expected = {
            {f.member(1), f.nameOf(1), loanA, "", 2060, 10},     {f.member(3), f.nameOf(3), rotation, "Tour d'avril", 600, 20},
            {f.member(5), f.nameOf(5), "fine", "", 300, 20},     {f.member(6), f.nameOf(6), "social", "", 200, 20},
            {f.member(7), f.nameOf(7), "social", "", 400, 41}};
        REQUIRE(r.arrears.size() == expected.size());
        for (std::size_t i = 0; i < expected.size(); ++i) {
            INFO("line " << i);
            CHECK(r.arrears[i].member == expected[i].member);
            CHECK(r.arrears[i].memberName == expected[i].memberName);
            CHECK(r.arrears[i].what == expected[i].what);
            CHECK(r.arrears[i].whatName == expected[i].whatName);
            CHECK(r.arrears[i].amount == expected[i].amount);
            CHECK(r.arrears[i].daysLate == expected[i].daysLate);
        }
    }

    {
        // The rotation's status at the month's end.
        REQUIRE(r.rotations.size() == 1);
        const auto& s = r.rotations[0];
        CHECK(s.rotation == f.rotation);
        CHECK(s.status == "collecting");
        CHECK(s.rounds == 3);
        CHECK(s.roundsPaidOut == 0);
        CHECK(s.arrears == 600);
        CHECK(s.nextRound == 1);
        CHECK(s.nextDate == day(2026, 4, 10));
        CHECK(s.nextBeneficiaries == f.nameOf(1));
    }

    {
        // The chain head as it stood at the month's end, not today's.
        CHECK(r.chainHead.count == f.headAfterApril.count);
        CHECK(r.chainHead.hash == f.headAfterApril.hash);
        CHECK(f.book->chainHead().count > r.chainHead.count);
    }

    {
        // Charts over the twelve months ending with the report's.
        CHECK(r.charts.from == day(2025, 5, 1));
        CHECK(r.charts.to == day(2026, 4, 30));
        REQUIRE(r.charts.portfolio.size() == 12);
        CHECK(r.charts.portfolio.front().date == day(2025, 5, 31));
        CHECK(r.charts.portfolio.front().outstanding == 0);
        CHECK(r.charts.portfolio.back().date == day(2026, 4, 30));
        CHECK(r.charts.portfolio.back().outstanding == 6000);
        // The May meeting is after the report's month: three meetings charted.
        CHECK(r.charts.collections.size() == 3);
    }
}

TEST_CASE("PAR30 is 0 the month before a loan is 30 days late and its principal at risk the month it is",
          "[report][fund][portfolio]")
{
    ReportFund f;
    // 30 April: loan A's first instalment (20 April) is 10 days late; loan B is not paid out yet.
    const FundMonthlyReport april = buildFundReport(*f.book, Month{2026, 4});
    CHECK(april.portfolio.loans == 1);
    CHECK(april.portfolio.outstanding == 6000);
    CHECK(april.portfolio.atRisk30 == 0);
    CHECK(april.portfolio.par30BasisPoints == 0);

    // 31 May: the same instalment is 41 days late, so all of loan A's principal (6 000) is at
    // risk; loan B (3 000, first instalment 10 June) is current. 6 000 ÷ 9 000 = 6 666.67 bp.
    const FundMonthlyReport may = buildFundReport(*f.book, Month{2026, 5});
    CHECK(may.portfolio.loans == 2);
    CHECK(may.portfolio.outstanding == 9000);
    CHECK(may.portfolio.atRisk30 == 6000);
    CHECK(may.portfolio.par30BasisPoints == 6667);
    REQUIRE(!may.charts.portfolio.empty());
    CHECK(may.charts.portfolio.back().atRisk30 == 6000);

    // May's flows: loan B paid out; loan A's borrower shows 2 060 + 2 040 due by 31 May, 41 days late.
    REQUIRE(may.flows.size() == 1);
    CHECK(may.flows[0].kind == "loan-disbursement");
    CHECK(may.flows[0].cashOut == 3000);
    CHECK(may.cashAndBank[0].opening == 53600);
    CHECK(may.cashAndBank[0].closing == 50600);
    const ArrearsLine* late = arrearOf(may.arrears, f.member(1), "loan:" + std::to_string(f.loanA));
    REQUIRE(late);
    CHECK(late->amount == 2060 + 2040);
    CHECK(late->daysLate == 41);
    CHECK_FALSE(arrearOf(may.arrears, f.member(4), "loan:" + std::to_string(f.loanB)));
}
