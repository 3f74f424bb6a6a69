// Where a loan stands and where a repayment goes: penalties → interest → principal, oldest
// first; early and partial repayments; overpayment refused; penalty rules; rescheduling.
#include "core/loans/loan_position.h"
#include "core/money/currency.h"

#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <vector>

using namespace tontine;

namespace {

Date d(int y, int m, int day) { return Date::fromYmd(y, m, day); }

// 100 000 over 6 months at 1 %, declining: instalments due on the 15th from February,
// totals 17 666, 17 499, 17 333, 17 166, 16 999, 16 837.
ScheduleRequest decliningRequest()
{
    ScheduleRequest r;
    r.principal = 100000;
    r.rateBasisPoints = 100;
    r.method = LoanMethod::Declining;
    r.termMonths = 6;
    r.start = d(2026, 1, 15);
    return r;
}

std::vector<Instalment> schedule() { return computeSchedule(decliningRequest()); }

PenaltyRule noPenalty() { return PenaltyRule{}; }

PenaltyRule fixedOnce(std::int64_t amount, int grace)
{
    return PenaltyRule{PenaltyRule::Kind::Fixed, amount, 0, false, 30, grace};
}

// Pays `amount` on `on` against the loan, the way the book does: position, allocate, keep.
void pay(std::vector<LoanAllocation>& paid, const std::vector<Instalment>& s, const PenaltyRule& rule, Date on,
         std::int64_t amount, std::int64_t unit = 1)
{
    const LoanPosition p = loanPosition(s, rule, paid, on, unit);
    for (const LoanAllocation& a : allocateRepayment(p, amount, unit))
        paid.push_back(a);
}

std::optional<Problem> refusal(const LoanPosition& p, std::int64_t amount, std::int64_t unit,
                               const Currency* currency = nullptr)
{
    try {
        allocateRepayment(p, amount, unit, currency);
    } catch (const ValidationError& e) {
        return e.problems().at(0);
    }
    return std::nullopt;
}

} // namespace

TEST_CASE("loans: a repayment goes to penalties, then interest, then principal, oldest first", "[loans]")
{
    const std::vector<Instalment> s = schedule();
    const PenaltyRule rule = fixedOnce(500, 3);
    std::vector<LoanAllocation> paid;

    LoanPosition p = loanPosition(s, rule, paid, d(2026, 2, 15), 1);
    CHECK(p.interestDue == 1000);
    CHECK(p.principalDue == 16666);
    CHECK(p.penaltiesDue == 0);
    CHECK(p.dueToday() == 17666);
    CHECK(p.payoff() == 101000);
    CHECK(p.daysLate == 0);

    // A partial repayment on the due date: interest first.
    std::vector<LoanAllocation> lines = allocateRepayment(p, 10000, 1);
    REQUIRE(lines.size() == 1);
    CHECK(lines[0].date == d(2026, 2, 15));
    CHECK(lines[0].instalment == 1);
    CHECK(lines[0].penalty == 0);
    CHECK(lines[0].interest == 1000);
    CHECK(lines[0].principal == 9000);
    paid = lines;

    // 20 March: both instalments past their 3 days of grace, each charged 500 once.
    p = loanPosition(s, rule, paid, d(2026, 3, 20), 1);
    CHECK(p.penaltiesDue == 1000);
    CHECK(p.interestDue == 833);
    CHECK(p.principalDue == 7666 + 16666);
    CHECK(p.daysLate == 33); // the oldest late instalment, counted from its due date
    CHECK(p.instalments[0].daysLate == 33);
    CHECK(p.instalments[1].daysLate == 5);
    lines = allocateRepayment(p, 2000, 1);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].instalment == 1);
    CHECK(lines[0].penalty == 500);
    CHECK(lines[0].interest == 0);
    CHECK(lines[0].principal == 167); // 2000 − 500 − 500 − 833, to the oldest principal due
    CHECK(lines[1].instalment == 2);
    CHECK(lines[1].penalty == 500);
    CHECK(lines[1].interest == 833);
    CHECK(lines[1].principal == 0);
    std::int64_t total = 0;
    for (const LoanAllocation& a : lines)
        total += a.total();
    CHECK(total == 2000);
}

TEST_CASE("loans: an early repayment repays later principal oldest first and owes no future interest", "[loans]")
{
    const std::vector<Instalment> s = schedule();
    std::vector<LoanAllocation> paid;
    LoanPosition p = loanPosition(s, noPenalty(), paid, d(2026, 2, 15), 1);
    // 1 000 interest + 16 666 due + 20 000 early: instalment 2 in full, 3 334 of instalment 3.
    const std::vector<LoanAllocation> lines = allocateRepayment(p, 37666, 1);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0].instalment == 1);
    CHECK(lines[0].principal == 16666);
    CHECK(lines[1].instalment == 2);
    CHECK(lines[1].interest == 0);
    CHECK(lines[1].principal == 16666);
    CHECK(lines[2].instalment == 3);
    CHECK(lines[2].principal == 3334);
    paid = lines;
    // A partial early repayment keeps the plan: instalment 2's interest is still owed on its date.
    p = loanPosition(s, noPenalty(), paid, d(2026, 3, 15), 1);
    CHECK(p.interestDue == 833);
    CHECK(p.principalDue == 0);
    CHECK(p.principalOutstanding == 100000 - 16666 - 16666 - 3334);
    CHECK(p.daysLate == 0);

    // Paying everything off on 1 April: the payoff is interest due plus all principal.
    pay(paid, s, noPenalty(), d(2026, 3, 15), 833);
    p = loanPosition(s, noPenalty(), paid, d(2026, 4, 1), 1);
    CHECK(p.payoff() == p.principalOutstanding);
    pay(paid, s, noPenalty(), d(2026, 4, 1), p.payoff());
    for (Date on : {d(2026, 4, 1), d(2026, 5, 15), d(2026, 12, 31)}) {
        p = loanPosition(s, noPenalty(), paid, on, 1);
        CHECK(p.repaid());
        CHECK(p.interestDue == 0);
        CHECK(p.daysLate == 0);
    }
    // Instalments due after 1 April owe none of their interest; the ones before keep theirs.
    CHECK(p.instalments[2].interestWaived == 667);
    CHECK(p.instalments[5].interestWaived == 167);
    CHECK(p.instalments[1].interestWaived == 0);
    CHECK(p.instalments[5].settledOn == d(2026, 4, 1));
}

TEST_CASE("loans: a repayment above the payoff, not positive or off the unit is refused", "[loans]")
{
    const std::vector<Instalment> s = computeSchedule([] {
        ScheduleRequest r = decliningRequest();
        r.roundingUnit = 25;
        return r;
    }());
    const LoanPosition p = loanPosition(s, noPenalty(), {}, d(2026, 2, 15), 25);
    CHECK(p.payoff() == 101000);
    const Currency& xof = currencyByCode("XOF");
    std::optional<Problem> problem = refusal(p, 101025, 25, &xof);
    REQUIRE(problem);
    CHECK(problem->code == "loan.overpaid");
    CHECK(problem->field == "amount");
    CHECK(problem->args == std::vector<std::string>{"101000", "101025"});
    CHECK(problem->text.find("101000 XOF") != std::string::npos);
    problem = refusal(p, 0, 25);
    REQUIRE(problem);
    CHECK(problem->code == "loan.amount_not_positive");
    problem = refusal(p, -25, 25);
    REQUIRE(problem);
    CHECK(problem->code == "loan.amount_not_positive");
    problem = refusal(p, 1010, 25);
    REQUIRE(problem);
    CHECK(problem->code == "loan.amount_unit");
    CHECK_FALSE(refusal(p, 101000, 25)); // the payoff itself is accepted
}

TEST_CASE("loans: penalties fixed or percent, once or per period, after the grace days", "[loans]")
{
    const std::vector<Instalment> s = schedule();
    auto charged = [&](const PenaltyRule& rule, Date on, std::size_t k = 0) {
        return loanPosition(s, rule, {}, on, 1).instalments.at(k).penaltyCharged;
    };
    // Fixed, once, no grace: from the day after the due date, and only once.
    const PenaltyRule once = fixedOnce(500, 0);
    CHECK(charged(once, d(2026, 2, 15)) == 0);
    CHECK(charged(once, d(2026, 2, 16)) == 500);
    CHECK(charged(once, d(2026, 6, 1)) == 500);
    // Fixed, per 7-day period begun: 1 on days 1–7, 2 from day 8.
    const PenaltyRule weekly{PenaltyRule::Kind::Fixed, 200, 0, true, 7, 0};
    CHECK(charged(weekly, d(2026, 2, 16)) == 200);
    CHECK(charged(weekly, d(2026, 2, 22)) == 200);
    CHECK(charged(weekly, d(2026, 2, 23)) == 400);
    // Percent per 30 days with 5 days of grace: 5 % of 17 666 = 883.3 → 883 a period.
    const PenaltyRule percent{PenaltyRule::Kind::Percent, 0, 500, true, 30, 5};
    CHECK(charged(percent, d(2026, 2, 20)) == 0);
    CHECK(loanPosition(s, percent, {}, d(2026, 2, 20), 1).daysLate == 0); // within the grace days
    CHECK(charged(percent, d(2026, 2, 21)) == 883);
    CHECK(loanPosition(s, percent, {}, d(2026, 2, 21), 1).daysLate == 6);
    CHECK(charged(percent, d(2026, 3, 22)) == 883);
    CHECK(charged(percent, d(2026, 3, 23)) == 1766);
    CHECK(charged(percent, d(2026, 3, 23), 1) == 875); // 5 % of 17 499, its first period
    CHECK(loanPosition(s, percent, {}, d(2026, 3, 23), 1).penaltiesDue == 1766 + 875);
    // Percent, once: the same 883 however many periods pass.
    const PenaltyRule percentOnce{PenaltyRule::Kind::Percent, 0, 500, false, 30, 5};
    CHECK(charged(percentOnce, d(2026, 2, 20)) == 0);
    CHECK(charged(percentOnce, d(2026, 2, 21)) == 883);
    CHECK(charged(percentOnce, d(2026, 6, 1)) == 883);
    // Percent in units of 25: 883.3 → 875.
    CHECK(loanPosition(s, percent, {}, d(2026, 2, 21), 25).instalments[0].penaltyCharged == 875);
    // None charges nothing, however late.
    CHECK(charged(noPenalty(), d(2027, 1, 1)) == 0);

    // Settling stops the clock: instalment 1 and its penalty paid on 1 March.
    std::vector<LoanAllocation> paid;
    pay(paid, s, weekly, d(2026, 3, 1), 400 + 17666); // 14 days late: 2 periods begun
    LoanPosition p = loanPosition(s, weekly, paid, d(2026, 6, 1), 1);
    CHECK(p.instalments[0].settledOn == d(2026, 3, 1));
    CHECK(p.instalments[0].penaltyCharged == 400);
    CHECK(p.instalments[0].penaltyLeft() == 0);
    CHECK(p.instalments[0].daysLate == 0);
    // A payment of the instalment alone goes to the penalty first and leaves it unsettled.
    paid.clear();
    pay(paid, s, weekly, d(2026, 3, 1), 17666);
    p = loanPosition(s, weekly, paid, d(2026, 3, 8), 1);
    CHECK_FALSE(p.instalments[0].settledOn);
    CHECK(p.instalments[0].penaltyCharged == 600); // 21 days: 3 periods begun
}

TEST_CASE("loans: a reversal is an allocation with negative amounts and reopens the instalment", "[loans]")
{
    const std::vector<Instalment> s = schedule();
    std::vector<LoanAllocation> paid;
    pay(paid, s, noPenalty(), d(2026, 2, 15), 17666);
    CHECK(loanPosition(s, noPenalty(), paid, d(2026, 2, 20), 1).instalments[0].settledOn == d(2026, 2, 15));
    paid.push_back(LoanAllocation{d(2026, 2, 20), 1, 0, -1000, -16666});
    const LoanPosition p = loanPosition(s, noPenalty(), paid, d(2026, 2, 20), 1);
    CHECK_FALSE(p.instalments[0].settledOn);
    CHECK(p.dueToday() == 17666);
    CHECK(p.daysLate == 5);
    // Allocations dated after the position's date do not count yet.
    CHECK(loanPosition(s, noPenalty(), paid, d(2026, 2, 16), 1).instalments[0].settledOn == d(2026, 2, 15));
}

TEST_CASE("loans: rescheduling keeps what was paid and plans the rest", "[loans]")
{
    const std::vector<Instalment> s = schedule();
    std::vector<LoanAllocation> paid;
    pay(paid, s, noPenalty(), d(2026, 2, 15), 17666); // instalment 1 in full
    pay(paid, s, noPenalty(), d(2026, 3, 15), 833);   // instalment 2's interest only
    const LoanPosition p = loanPosition(s, noPenalty(), paid, d(2026, 3, 15), 1);
    CHECK(p.principalOutstanding == 83334);

    ScheduleRequest r = decliningRequest();
    r.termMonths = 4;
    r.start = d(2026, 3, 15);
    r.principal = 1; // replaced by what is outstanding
    const std::vector<Instalment> plan = reschedule(p, r);
    REQUIRE(plan.size() == 6);
    CHECK(plan[0].number == 1);
    CHECK(plan[0].principal == 16666);
    CHECK(plan[0].interest == 1000);
    CHECK(plan[1].number == 2);
    CHECK(plan[1].principal == 0);
    CHECK(plan[1].interest == 833);
    // Instalments 3–6 had nothing paid and are gone; numbering continues at 7.
    CHECK(plan[2].number == 7);
    CHECK(plan[2].dueOn == d(2026, 4, 15));
    CHECK(plan[5].number == 10);
    CHECK(plan[2].principal == 20833);
    CHECK(plan[5].principal == 20835);
    CHECK(plan[2].interest == 833);
    CHECK(schedulePrincipal(plan) == 100000);
    // The new plan's position: nothing owed today, instalment 2 settled by what was paid.
    const LoanPosition after = loanPosition(plan, noPenalty(), paid, d(2026, 3, 15), 1);
    CHECK(after.principalOutstanding == 83334);
    CHECK(after.dueToday() == 0);
    CHECK(after.instalments[1].settledOn == d(2026, 3, 15));

    // A top-up adds to what is planned again.
    const std::vector<Instalment> topped = reschedule(p, r, 50000);
    CHECK(schedulePrincipal(topped) == 150000);
}

TEST_CASE("loans: rescheduling is refused while penalties or interest are due or nothing is left", "[loans]")
{
    const std::vector<Instalment> s = schedule();
    ScheduleRequest r = decliningRequest();
    r.start = d(2026, 3, 15);
    auto code = [&](const LoanPosition& p, std::int64_t topUp = 0) -> std::string {
        try {
            reschedule(p, r, topUp);
        } catch (const ValidationError& e) {
            return e.problems().at(0).code;
        }
        return "";
    };
    std::vector<LoanAllocation> paid;
    CHECK(code(loanPosition(s, noPenalty(), paid, d(2026, 3, 15), 1)) == "loan.reschedule_unpaid");
    CHECK(code(loanPosition(s, fixedOnce(500, 0), paid, d(2026, 2, 20), 1)) == "loan.reschedule_unpaid");
    CHECK(code(loanPosition(s, noPenalty(), paid, d(2026, 2, 1), 1), -5) == "loan.top_up_negative");
    CHECK(code(loanPosition(s, noPenalty(), paid, d(2026, 4, 1), 1)) == "loan.reschedule_unpaid");
    CHECK(code(loanPosition(s, noPenalty(), paid, d(2026, 3, 16), 1)) == "loan.reschedule_unpaid");
    CHECK(code(loanPosition(s, noPenalty(), paid, d(2026, 2, 1), 1)).empty());
    r.start = d(2026, 1, 31);
    CHECK(code(loanPosition(s, noPenalty(), paid, d(2026, 2, 1), 1)) == "loan.reschedule_start");
    r.start = d(2026, 3, 15);
    pay(paid, s, noPenalty(), d(2026, 2, 1), 100000);
    CHECK(code(loanPosition(s, noPenalty(), paid, d(2026, 2, 1), 1)) == "loan.nothing_outstanding");
}

TEST_CASE("loans: allocations payload round-trips and refuses anything but its own text", "[loans]")
{
    const std::vector<LoanAllocation> lines = {
        {d(2026, 3, 20), 1, 500, 0, 167},
        {d(2026, 3, 20), 2, 500, 833, 0},
        {d(2026, 3, 21), 2, -500, -833, 0},
    };
    const std::string text = allocationsPayload(lines);
    CHECK(text == "format=loan_allocation/1\nlines=3\n"
                  "line=date=2026-03-20 instalment=1 penalty=500 interest=0 principal=167\n"
                  "line=date=2026-03-20 instalment=2 penalty=500 interest=833 principal=0\n"
                  "line=date=2026-03-21 instalment=2 penalty=-500 interest=-833 principal=0\n");
    const auto back = parseAllocationsPayload(text);
    REQUIRE(back);
    REQUIRE(back->size() == 3);
    CHECK((*back)[2].date == d(2026, 3, 21));
    CHECK((*back)[2].interest == -833);
    CHECK((*back)[0].principal == 167);
    CHECK(allocationsPayload(*back) == text);
    auto replaced = [&](const std::string& from, const std::string& to) {
        std::string t = text;
        t.replace(t.find(from), from.size(), to);
        return t;
    };
    CHECK_FALSE(parseAllocationsPayload(replaced("lines=3", "lines=2")));
    CHECK_FALSE(parseAllocationsPayload(replaced("penalty=500", "penalty=+500")));
    CHECK_FALSE(parseAllocationsPayload(replaced("principal=167", "principal=167 ")));
    CHECK_FALSE(parseAllocationsPayload(replaced("instalment=1", "instalment=x")));
    CHECK_FALSE(parseAllocationsPayload(replaced("loan_allocation/1", "loan_allocations/1")));
    CHECK(parseAllocationsPayload(allocationsPayload({})));
}

TEST_CASE("loans: after a rescheduling the penalties paid stay paid and nothing new is owed", "[loans]")
{
    const std::vector<Instalment> s = schedule();
    const PenaltyRule weekly{PenaltyRule::Kind::Fixed, 200, 0, true, 7, 0};
    std::vector<LoanAllocation> paid;
    // 20 March: instalment 1 is 33 days late (5 periods begun), instalment 2 five days (1).
    LoanPosition p = loanPosition(s, weekly, paid, d(2026, 3, 20), 1);
    CHECK(p.penaltiesDue == 1200);
    CHECK(p.interestDue == 1833);
    pay(paid, s, weekly, d(2026, 3, 20), 1200 + 1833);
    p = loanPosition(s, weekly, paid, d(2026, 3, 20), 1);
    ScheduleRequest r = decliningRequest();
    r.termMonths = 4;
    r.start = d(2026, 3, 20);
    const std::vector<Instalment> plan = reschedule(p, r);
    CHECK(schedulePrincipal(plan) == 100000);
    const LoanPosition after = loanPosition(plan, weekly, paid, d(2026, 3, 20), 1);
    CHECK(after.penaltiesDue == 0);
    CHECK(after.dueToday() == 0);
    CHECK(after.daysLate == 0);
    CHECK(after.instalments[0].penaltyCharged == 1000);
    // The new plan's first instalment falls due a month later, and is late the day after.
    CHECK(loanPosition(plan, weekly, paid, d(2026, 4, 20), 1).dueToday() == plan[2].total());
    CHECK(loanPosition(plan, weekly, paid, d(2026, 4, 21), 1).penaltiesDue == 200);
}
