// Amounts in the loan engine's problem texts are written in the fund's currency when the
// caller gives it; counts stay plain and args stay minor units.
#include "core/loans/loan.h"
#include "core/money/currency.h"

#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <vector>

using namespace tontine;

namespace {

std::optional<Problem> find(const Problems& problems, const std::string& code)
{
    for (const Problem& p : problems)
        if (p.code == code)
            return p;
    return std::nullopt;
}

} // namespace

TEST_CASE("loans: amounts in problem texts are in the fund's currency, args stay minor units", "[loans]")
{
    const Currency& eur = currencyByCode("EUR");
    ScheduleRequest r;
    r.principal = 100000; // 1 000.00 EUR
    r.rateBasisPoints = 100;
    r.method = LoanMethod::Declining;
    r.termMonths = 6;
    r.start = Date::fromYmd(2026, 1, 15);
    r.roundingUnit = 5;
    const LoanPosition p = loanPosition(computeSchedule(r), PenaltyRule{}, {}, Date::fromYmd(2026, 2, 15), 5);
    try {
        allocateRepayment(p, 101005, 5, &eur);
        FAIL("an overpayment was accepted");
    } catch (const ValidationError& e) {
        const Problem& problem = e.problems().at(0);
        CHECK(problem.code == "loan.overpaid");
        CHECK(problem.text == "The most that can be repaid on 2026-02-15 is 1010.00 EUR (penalties, interest due and all "
                              "principal), not 1010.05 EUR");
        CHECK(problem.args == std::vector<std::string>{"101000", "101005"});
    }

    LoanCheckInput in;
    in.product.name = "Ordinary loan";
    in.product.guarantorsRequired = 1;
    in.currency = &eur;
    in.standings = {{5, true, 10000, 0, 0, 0}, {6, true, 20000, 0, 0, 15000}};
    LoanRequest req;
    req.borrower = 5;
    req.principal = 40000;
    req.termMonths = 6;
    req.purpose = "Trade";
    req.date = Date::fromYmd(2026, 1, 15);
    req.guarantors = {{6, 20000}};
    const Problems problems = checkLoanRequest(req, in);
    const std::optional<Problem> exposure = find(problems, "loan.guarantor_exposure");
    REQUIRE(exposure);
    CHECK(exposure->text == "Member 6 may still pledge 50.00 EUR (savings 200.00 EUR, already pledged 150.00 EUR), not "
                            "200.00 EUR");
    CHECK(exposure->args == std::vector<std::string>{"6", "5000", "20000"});
    const std::optional<Problem> limit = find(problems, "loan.above_limit");
    REQUIRE(limit);
    CHECK(limit->args == std::vector<std::string>{"5", "30000", "10000", "0", "40000"});
    CHECK(limit->text.find("300.00 EUR") != std::string::npos);
    // Counts are not money.
    in.product.guarantorsRequired = 2;
    const std::optional<Problem> missing = find(checkLoanRequest(req, in), "loan.guarantors_missing");
    REQUIRE(missing);
    CHECK(missing->text == "The product \"Ordinary loan\" needs 2 guarantors, 1 was given");
}
