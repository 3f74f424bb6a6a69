// Repayment schedules: the worked examples of docs/loan-rules.md, the annuity against an
// independent exact check, custom schedules by time, the request checks and the snapshot.
#include "core/loans/loan_schedule.h"
#include "core/money/big_unsigned.h"
#include "core/money/currency.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

using namespace tontine;

namespace {

Date d(int y, int m, int day) { return Date::fromYmd(y, m, day); }

ScheduleRequest request(LoanMethod method, std::int64_t principal = 100000, int rate = 100, int term = 6,
                        std::int64_t unit = 1)
{
    ScheduleRequest r;
    r.principal = principal;
    r.rateBasisPoints = rate;
    r.method = method;
    r.termMonths = term;
    r.start = d(2026, 1, 15);
    r.roundingUnit = unit;
    return r;
}

std::vector<std::int64_t> principals(const std::vector<Instalment>& s)
{
    std::vector<std::int64_t> out;
    for (const Instalment& i : s)
        out.push_back(i.principal);
    return out;
}

std::vector<std::int64_t> interests(const std::vector<Instalment>& s)
{
    std::vector<std::int64_t> out;
    for (const Instalment& i : s)
        out.push_back(i.interest);
    return out;
}

bool hasCode(const Problems& problems, const std::string& code, const std::string& field)
{
    return std::any_of(problems.begin(), problems.end(),
                       [&](const Problem& p) { return p.code == code && p.field == field; });
}

// Independent of the formula: the balance after n monthly payments of x, multiplied by
// D^n (D = 10000), is P·(D+b)^n − x·Σ_{k<n} (D+b)^k·D^(n−k). A rounded payment `a` is
// right when the exact payment lies in [a − u/2, a + u/2): the balance is still owed after
// paying a − u/2 (or exactly nothing) and overpaid after paying a + u/2. Doubled to stay in
// whole numbers.
bool roundedPaymentClearsBalance(std::int64_t principal, int rate, int n, std::int64_t unit, std::int64_t a)
{
    const BigUnsigned D(10000);
    const BigUnsigned g(10000 + static_cast<std::uint64_t>(rate));
    BigUnsigned sum(0);
    for (int k = 0; k < n; ++k)
        sum = sum + g.pow(static_cast<unsigned>(k)) * D.pow(static_cast<unsigned>(n - k));
    const BigUnsigned owed2 = BigUnsigned(2) * BigUnsigned(static_cast<std::uint64_t>(principal)) *
                              g.pow(static_cast<unsigned>(n));
    const BigUnsigned low = BigUnsigned(static_cast<std::uint64_t>(2 * a - unit)) * sum;
    const BigUnsigned high = BigUnsigned(static_cast<std::uint64_t>(2 * a + unit)) * sum;
    return low <= owed2 && owed2 < high;
}

} // namespace

TEST_CASE("loans: flat interest on 100 000 over 6 months at 1 % is 6 000", "[loans]")
{
    const std::vector<Instalment> s = computeSchedule(request(LoanMethod::Flat));
    REQUIRE(s.size() == 6);
    CHECK(scheduleInterest(s) == 6000);
    CHECK(schedulePrincipal(s) == 100000);
    CHECK(principals(s) == std::vector<std::int64_t>{16666, 16666, 16666, 16666, 16666, 16670});
    CHECK(interests(s) == std::vector<std::int64_t>{1000, 1000, 1000, 1000, 1000, 1000});
    for (int k = 0; k < 6; ++k) {
        CHECK(s[k].number == k + 1);
        CHECK(s[k].dueOn == d(2026, 1, 15).addMonths(k + 1));
    }
    // Nothing splits evenly: 0.33 % over 7 months in units of 25. Interest 2 310 rounds to
    // 2 300; 2 300 ÷ 7 = 328.6 floors to 325, the last takes 350.
    const std::vector<Instalment> u = computeSchedule(request(LoanMethod::Flat, 100000, 33, 7, 25));
    CHECK(scheduleInterest(u) == 2300);
    CHECK(schedulePrincipal(u) == 100000);
    CHECK(principals(u) == std::vector<std::int64_t>{14275, 14275, 14275, 14275, 14275, 14275, 14350});
    CHECK(interests(u) == std::vector<std::int64_t>{325, 325, 325, 325, 325, 325, 350});
}

TEST_CASE("loans: declining balance with equal principal on 100 000 over 6 months at 1 % is 3 500", "[loans]")
{
    const std::vector<Instalment> s = computeSchedule(request(LoanMethod::Declining));
    REQUIRE(s.size() == 6);
    // Balances 100 000, 83 334, 66 668, 50 002, 33 336, 16 670; 1 % of each, rounded.
    CHECK(principals(s) == std::vector<std::int64_t>{16666, 16666, 16666, 16666, 16666, 16670});
    CHECK(interests(s) == std::vector<std::int64_t>{1000, 833, 667, 500, 333, 167});
    CHECK(scheduleInterest(s) == 3500);
    CHECK(schedulePrincipal(s) == 100000);
}

TEST_CASE("loans: the annuity payment on 100 000 at 1 % over 6 months is the standard formula rounded to the unit",
          "[loans]")
{
    // A = P·r / (1 − (1 + r)^−6) = 17 254.836…
    CHECK(annuityPayment(100000, 100, 6, 1) == 17255);
    CHECK(annuityPayment(100000, 100, 6, 5) == 17255);
    CHECK(annuityPayment(100000, 100, 6, 25) == 17250);
    CHECK(annuityPayment(100000, 100, 6, 100) == 17300);
    CHECK(annuityPayment(10000000, 100, 6, 1) == 1725484); // 100 000.00 EUR in cents: 17 254.8368…
    for (std::int64_t unit : {1, 5, 25, 100})
        CHECK(roundedPaymentClearsBalance(100000, 100, 6, unit, annuityPayment(100000, 100, 6, unit)));
    // Rate 0: the principal spread evenly.
    CHECK(annuityPayment(100000, 0, 6, 1) == 16667);

    // The schedule: interest on the balance, the rest of 17 255 repays principal.
    const std::vector<Instalment> s = computeSchedule(request(LoanMethod::Annuity));
    REQUIRE(s.size() == 6);
    CHECK(interests(s) == std::vector<std::int64_t>{1000, 837, 673, 507, 340, 171});
    CHECK(principals(s) == std::vector<std::int64_t>{16255, 16418, 16582, 16748, 16915, 17082});
    for (int k = 0; k < 5; ++k)
        CHECK(s[k].total() == 17255);
    CHECK(s[5].total() == 17253); // the last instalment takes what is left of the balance
    CHECK(schedulePrincipal(s) == 100000);
}

TEST_CASE("loans: the annuity payment over 120 months at 3.6 % leaves no balance after n payments", "[loans]")
{
    // (1.036)^120 needs far more than 128 bits exactly: the check is the balance recurrence.
    for (std::int64_t principal : {1000000LL, 2500000LL, 987654321LL}) {
        for (std::int64_t unit : {1, 5, 25, 100}) {
            const std::int64_t a = annuityPayment(principal, 360, 120, unit);
            CHECK(a % unit == 0);
            CHECK(roundedPaymentClearsBalance(principal, 360, 120, unit, a));
            // A payment one unit off either way fails the same check: the check can fail.
            CHECK_FALSE(roundedPaymentClearsBalance(principal, 360, 120, unit, a + unit));
            CHECK_FALSE(roundedPaymentClearsBalance(principal, 360, 120, unit, a - unit));
        }
    }
    ScheduleRequest r = request(LoanMethod::Annuity, 1000000, 360, 120, 5);
    const std::vector<Instalment> s = computeSchedule(r);
    REQUIRE(s.size() == 120);
    CHECK(schedulePrincipal(s) == 1000000);
    const std::int64_t a = annuityPayment(1000000, 360, 120, 5);
    for (std::size_t k = 0; k + 1 < s.size(); ++k)
        CHECK(s[k].total() == a);
    // Other rates and terms, including the largest rate.
    for (int rate : {1, 50, 250, 1000, 10000})
        for (int term : {1, 2, 12, 60, 120})
            CHECK(roundedPaymentClearsBalance(5000000, rate, term, 1, annuityPayment(5000000, rate, term, 1)));
}

TEST_CASE("loans: a harvest loan repaid once after exactly 6 months pays 6 000 of interest", "[loans]")
{
    ScheduleRequest r = request(LoanMethod::Custom);
    r.termMonths = 0;
    r.start = d(2026, 3, 10);
    r.custom = {{d(2026, 9, 10), 100000}};
    const std::vector<Instalment> s = computeSchedule(r);
    REQUIRE(s.size() == 1);
    CHECK(s[0].dueOn == d(2026, 9, 10));
    CHECK(s[0].principal == 100000);
    CHECK(s[0].interest == 6000);
}

TEST_CASE("loans: custom interest counts whole months and the days left over ÷ 30", "[loans]")
{
    ScheduleRequest r = request(LoanMethod::Custom);
    r.start = d(2026, 1, 1);
    // 30 000 after 3 months (on 100 000), 70 000 five months later (on 70 000).
    r.custom = {{d(2026, 4, 1), 30000}, {d(2026, 9, 1), 70000}};
    std::vector<Instalment> s = computeSchedule(r);
    CHECK(interests(s) == std::vector<std::int64_t>{3000, 3500});
    CHECK(principals(s) == std::vector<std::int64_t>{30000, 70000});
    // One month and 14 days: 100 000 × 1 % × 44/30 = 1 466.67.
    r.custom = {{d(2026, 2, 15), 100000}};
    CHECK(computeSchedule(r)[0].interest == 1467);
    // From the 31st: a month ends on 28 February, then one day.
    r.start = d(2026, 1, 31);
    r.custom = {{d(2026, 3, 1), 100000}};
    CHECK(computeSchedule(r)[0].interest == 1033);
    // Eleven days only: 100 000 × 1 % × 11/30 = 366.67; in units of 25: 375.
    r.start = d(2026, 1, 1);
    r.custom = {{d(2026, 1, 12), 100000}};
    CHECK(computeSchedule(r)[0].interest == 367);
    r.roundingUnit = 25;
    CHECK(computeSchedule(r)[0].interest == 375);
    // Numbering continues from firstNumber.
    r.firstNumber = 4;
    CHECK(computeSchedule(r)[0].number == 4);
}

TEST_CASE("loans: a rate of 0 plans no interest by any method", "[loans]")
{
    for (LoanMethod m : {LoanMethod::Flat, LoanMethod::Declining, LoanMethod::Annuity}) {
        const std::vector<Instalment> s = computeSchedule(request(m, 90000, 0, 4, 1));
        CHECK(scheduleInterest(s) == 0);
        CHECK(principals(s) == std::vector<std::int64_t>{22500, 22500, 22500, 22500});
    }
}

TEST_CASE("loans: a schedule request is checked field by field", "[loans]")
{
    const Currency& xof = currencyByCode("XOF");
    ScheduleRequest r = request(LoanMethod::Declining, 0, -1, 0, 25);
    Problems p = checkScheduleRequest(r);
    CHECK(hasCode(p, "schedule.principal_positive", "principal"));
    CHECK(hasCode(p, "schedule.rate_range", "rateBasisPoints"));
    CHECK(hasCode(p, "schedule.term_range", "termMonths"));
    CHECK_THROWS_AS(computeSchedule(r), ValidationError);

    r = request(LoanMethod::Annuity, 100010, 10001, 121, 25);
    p = checkScheduleRequest(r, &xof);
    CHECK(hasCode(p, "schedule.principal_unit", "principal"));
    CHECK(hasCode(p, "schedule.rate_range", "rateBasisPoints"));
    CHECK(hasCode(p, "schedule.term_range", "termMonths"));
    const auto unit = std::find_if(p.begin(), p.end(), [](const Problem& q) { return q.code == "schedule.principal_unit"; });
    REQUIRE(unit != p.end());
    CHECK(unit->text == "The principal (100010 XOF) must be a whole multiple of the rounding unit 25 XOF");
    CHECK(unit->args == std::vector<std::string>{"100010", "25"});

    CHECK(checkScheduleRequest(request(LoanMethod::Flat, 100000, 10000, 120, 1)).empty());
    CHECK(checkScheduleRequest(request(LoanMethod::Flat, 100000, 0, 1, 1)).empty());

    r = request(LoanMethod::Flat);
    r.custom = {{d(2026, 5, 1), 100000}};
    CHECK(hasCode(checkScheduleRequest(r), "schedule.custom_unexpected", "custom"));

    r = request(LoanMethod::Custom);
    r.termMonths = 0; // not used by a custom schedule
    CHECK(hasCode(checkScheduleRequest(r), "schedule.custom_missing", "custom"));
    r.start = d(2026, 1, 15);
    r.roundingUnit = 5;
    r.custom = {{d(2026, 1, 15), 40000}, {d(2026, 3, 1), 0}, {d(2026, 2, 1), 30002}, {d(2036, 1, 16), 10}};
    p = checkScheduleRequest(r);
    CHECK(hasCode(p, "schedule.custom_before_start", "custom"));
    CHECK(hasCode(p, "schedule.custom_principal", "custom"));
    CHECK(hasCode(p, "schedule.custom_order", "custom"));
    CHECK(hasCode(p, "schedule.custom_unit", "custom"));
    CHECK(hasCode(p, "schedule.custom_sum", "custom"));
    CHECK(hasCode(p, "schedule.custom_too_long", "custom"));
    CHECK_FALSE(hasCode(p, "schedule.term_range", "termMonths"));
    // Exactly 120 months is allowed.
    r.custom = {{d(2026, 6, 1), 50000}, {d(2036, 1, 15), 50000}};
    CHECK(checkScheduleRequest(r).empty());
}

TEST_CASE("loans: amounts too large for the books throw MoneyError", "[loans]")
{
    const std::int64_t huge = 4000000000000000000LL;
    CHECK_THROWS_AS(computeSchedule(request(LoanMethod::Flat, huge, 10000, 120, 1)), MoneyError);
    CHECK_THROWS_AS(annuityPayment(5000000000000000000LL, 10000, 1, 1), MoneyError); // 2 P
    CHECK_THROWS_AS(annuityPayment(1000, 100, 0, 1), MoneyError);
    // The same principal at a modest rate and term fits.
    CHECK(schedulePrincipal(computeSchedule(request(LoanMethod::Declining, huge, 100, 2, 1))) == huge);
}

TEST_CASE("loans: schedule snapshot round-trips and refuses anything but its own text", "[loans]")
{
    const std::vector<Instalment> s = computeSchedule(request(LoanMethod::Declining));
    const std::string text = scheduleSnapshot(s);
    CHECK(text.rfind("format=loan_schedule/1\ninstalments=6\ninstalment=number=1 date=2026-02-15 principal=16666 "
                     "interest=1000\n",
                     0) == 0);
    const std::optional<std::vector<Instalment>> back = parseScheduleSnapshot(text);
    REQUIRE(back.has_value());
    REQUIRE(back->size() == s.size());
    for (std::size_t k = 0; k < s.size(); ++k) {
        CHECK((*back)[k].number == s[k].number);
        CHECK((*back)[k].dueOn == s[k].dueOn);
        CHECK((*back)[k].principal == s[k].principal);
        CHECK((*back)[k].interest == s[k].interest);
    }
    CHECK(parseScheduleSnapshot(scheduleSnapshot({})).has_value());
    auto replaced = [&](const std::string& from, const std::string& to) {
        std::string t = text;
        t.replace(t.find(from), from.size(), to);
        return t;
    };
    CHECK_FALSE(parseScheduleSnapshot(replaced("instalments=6", "instalments=5")));
    CHECK_FALSE(parseScheduleSnapshot(replaced("principal=16666", "principal=+16666")));
    CHECK_FALSE(parseScheduleSnapshot(replaced("interest=1000", "interest=01000")));
    CHECK_FALSE(parseScheduleSnapshot(replaced("2026-02-15", "2026-02-30")));
    CHECK_FALSE(parseScheduleSnapshot(replaced("loan_schedule/1", "loan_schedule/2")));
    CHECK_FALSE(parseScheduleSnapshot(replaced(" interest=1000", "  interest=1000")));
    CHECK_FALSE(parseScheduleSnapshot(text.substr(0, text.size() - 1)));
    CHECK_FALSE(parseScheduleSnapshot(text + "x"));
}
