// Random loans (seeded, no clock): every schedule repays exactly its principal, in whole
// units; repayments on random dates are placed in full, never past the payoff, and a loan
// paid off is repaid on every later date.
#include "core/loans/loan_position.h"
#include "core/loans/loan_schedule.h"

#include <catch2/catch.hpp>

#include <random>
#include <vector>

using namespace tontine;

namespace {

int below(std::mt19937& rng, int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); }

ScheduleRequest randomRequest(std::mt19937& rng)
{
    static const std::int64_t kUnits[] = {1, 5, 25, 100};
    static const LoanMethod kMethods[] = {LoanMethod::Flat, LoanMethod::Declining, LoanMethod::Annuity,
                                          LoanMethod::Custom};
    ScheduleRequest r;
    r.roundingUnit = kUnits[below(rng, 4)];
    r.method = kMethods[below(rng, 4)];
    r.principal = (1 + below(rng, 20000)) * r.roundingUnit * (below(rng, 2) ? 1 : 37);
    r.rateBasisPoints = below(rng, 5) == 0 ? 0 : below(rng, 1000);
    r.start = Date::fromYmd(2025, 1 + below(rng, 12), 1 + below(rng, 31 - 3));
    r.firstNumber = 1 + below(rng, 5);
    if (r.method != LoanMethod::Custom) {
        r.termMonths = 1 + below(rng, below(rng, 4) == 0 ? 120 : 24);
        return r;
    }
    // Custom: 1..8 dates, increasing, principal in whole units summing to the principal.
    const int lines = 1 + below(rng, 8);
    const std::int64_t units = r.principal / r.roundingUnit;
    std::int64_t left = units;
    Date on = r.start;
    for (int k = 0; k < lines && left > 0; ++k) {
        on = on.addDays(1 + below(rng, 90));
        const std::int64_t take = k + 1 == lines ? left : 1 + static_cast<std::int64_t>(rng() % static_cast<unsigned>(left));
        r.custom.push_back(CustomInstalment{on, take * r.roundingUnit});
        left -= take;
    }
    if (left > 0)
        r.custom.back().principal += left * r.roundingUnit;
    return r;
}

PenaltyRule randomPenalty(std::mt19937& rng, std::int64_t unit)
{
    PenaltyRule p;
    p.kind = static_cast<PenaltyRule::Kind>(below(rng, 3));
    p.amount = (1 + below(rng, 20)) * unit;
    p.basisPoints = 1 + below(rng, 1000);
    p.perPeriod = below(rng, 2) == 1;
    p.periodDays = 1 + below(rng, 60);
    p.graceDays = below(rng, 10);
    return p;
}

} // namespace

TEST_CASE("loans: 500 random schedules repay exactly their principal in whole units", "[loans]")
{
    std::mt19937 rng(5);
    for (int round = 0; round < 500; ++round) {
        const ScheduleRequest r = randomRequest(rng);
        INFO("round " << round << " method " << loanMethodCode(r.method) << " principal " << r.principal << " rate "
                      << r.rateBasisPoints << " term " << r.termMonths << " unit " << r.roundingUnit);
        REQUIRE(checkScheduleRequest(r).empty());
        const std::vector<Instalment> s = computeSchedule(r);
        CHECK(schedulePrincipal(s) == r.principal);
        std::int64_t total = 0;
        std::int64_t balance = r.principal;
        for (std::size_t k = 0; k < s.size(); ++k) {
            CHECK(s[k].number == r.firstNumber + static_cast<int>(k));
            CHECK(s[k].principal >= 0);
            CHECK(s[k].interest >= 0);
            CHECK(s[k].principal % r.roundingUnit == 0);
            CHECK(s[k].interest % r.roundingUnit == 0);
            if (k > 0)
                CHECK(s[k - 1].dueOn < s[k].dueOn);
            // No instalment charges more than a month's interest at the rate on what is left,
            // plus half a unit of rounding (custom: per month elapsed, checked loosely).
            if (r.method == LoanMethod::Declining || r.method == LoanMethod::Annuity)
                CHECK(2 * s[k].interest * 10000 <= (2 * balance * r.rateBasisPoints + r.roundingUnit * 10000));
            balance -= s[k].principal;
            total += s[k].total();
        }
        CHECK(total == schedulePrincipal(s) + scheduleInterest(s));
        if (r.method == LoanMethod::Flat)
            CHECK(2 * 10000 * scheduleInterest(s) - 2 * r.principal * r.rateBasisPoints * r.termMonths <=
                  r.roundingUnit * 10000);
        if (r.method == LoanMethod::Annuity && r.rateBasisPoints > 0) {
            const std::int64_t a = annuityPayment(r.principal, r.rateBasisPoints, r.termMonths, r.roundingUnit);
            // Every instalment but the last pays A, or less once a coarse unit repaid early.
            for (std::size_t k = 0; k + 1 < s.size(); ++k)
                CHECK(s[k].total() <= a);
        }
        // The snapshot of every schedule parses back to itself.
        const auto back = parseScheduleSnapshot(scheduleSnapshot(s));
        REQUIRE(back);
        CHECK(scheduleSnapshot(*back) == scheduleSnapshot(s));
    }
}

TEST_CASE("loans: 300 random loans repaid at random never allocate more than the payoff", "[loans]")
{
    std::mt19937 rng(11);
    for (int round = 0; round < 300; ++round) {
        const ScheduleRequest r = randomRequest(rng);
        const std::int64_t unit = r.roundingUnit;
        const std::vector<Instalment> s = computeSchedule(r);
        const PenaltyRule penalty = randomPenalty(rng, unit);
        INFO("round " << round << " method " << loanMethodCode(r.method) << " principal " << r.principal);
        std::vector<LoanAllocation> paid;
        Date on = r.start;
        std::int64_t principalPaid = 0;
        for (int step = 0; step < 12; ++step) {
            on = on.addDays(below(rng, 45));
            const LoanPosition p = loanPosition(s, penalty, paid, on, unit);
            CHECK(p.payoff() >= p.dueToday());
            CHECK(p.principalOutstanding == r.principal - principalPaid);
            if (p.payoff() == 0)
                break;
            // Anything from one unit to the whole payoff; sometimes exactly the payoff.
            const std::int64_t units = p.payoff() / unit;
            const std::int64_t amount =
                below(rng, 6) == 0 ? p.payoff() : (1 + static_cast<std::int64_t>(rng() % static_cast<unsigned>(units))) * unit;
            const std::vector<LoanAllocation> lines = allocateRepayment(p, amount, unit);
            std::int64_t placed = 0;
            for (const LoanAllocation& a : lines) {
                placed += a.total();
                const InstalmentStatus* st = nullptr;
                for (const InstalmentStatus& x : p.instalments)
                    if (x.instalment.number == a.instalment)
                        st = &x;
                REQUIRE(st);
                CHECK(a.penalty <= st->penaltyLeft());
                CHECK(a.interest <= st->interestLeft());
                CHECK(a.principal <= st->principalLeft());
                CHECK(a.penalty >= 0);
                CHECK(a.interest >= 0);
                CHECK(a.principal >= 0);
                if (!st->isDue(on))
                    CHECK(a.interest == 0); // future interest is never taken
                principalPaid += a.principal;
                paid.push_back(a);
            }
            CHECK(placed == amount);
            CHECK_THROWS_AS(allocateRepayment(p, p.payoff() + unit, unit), ValidationError);
            const LoanPosition after = loanPosition(s, penalty, paid, on, unit);
            CHECK(after.payoff() == p.payoff() - amount);
        }
        CHECK(principalPaid <= r.principal);
        // Pay off whatever is left; from then on the loan is repaid on every date.
        const LoanPosition last = loanPosition(s, penalty, paid, on, unit);
        if (last.payoff() > 0)
            for (const LoanAllocation& a : allocateRepayment(last, last.payoff(), unit))
                paid.push_back(a);
        for (int later : {0, 1, 40, 400, 4000})
            CHECK(loanPosition(s, penalty, paid, on.addDays(later), unit).repaid());
    }
}
