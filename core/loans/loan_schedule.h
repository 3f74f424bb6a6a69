#pragma once
// Repayment schedules (docs/loan-rules.md "Schedules"): exact integer arithmetic, rounding
// half away from zero to the fund's rounding unit only where each method says, and the last
// instalment absorbing what rounding left so that the schedule sums exactly to
// principal + interest. Pure.

#include "core/calendar/date.h"
#include "core/error/errors.h"
#include "core/loans/loan_product.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tontine {

struct Instalment {
    int number = 0;           // 1, 2, … in date order; numbering continues after a rescheduling
    Date dueOn;
    std::int64_t principal = 0;
    std::int64_t interest = 0;
    std::int64_t total() const { return principal + interest; }
};

// One line of a custom schedule: a date and the principal repaid on it.
struct CustomInstalment {
    Date dueOn;
    std::int64_t principal = 0;
};

struct ScheduleRequest {
    std::int64_t principal = 0;      // minor units, > 0
    int rateBasisPoints = 0;         // per month
    LoanMethod method = LoanMethod::Declining;
    int termMonths = 0;              // flat, declining, annuity: instalments monthly from `start`
    Date start;                      // disbursement (or rescheduling) date
    std::vector<CustomInstalment> custom; // custom: dates strictly increasing after start, Σ = principal
    std::int64_t roundingUnit = 1;
    int firstNumber = 1;             // the number of the first instalment
};

// The schedule; instalment k (1-based) is due on start.addMonths(k) (custom: on its date).
//  - flat: interest = round(P × rate × n); each instalment takes floor-to-unit(P ÷ n) of
//    principal and floor-to-unit(interest ÷ n) of interest, the last the rest of both.
//  - declining: principal floor-to-unit(P ÷ n) each, the last the rest; interest of each =
//    round(balance before it × rate).
//  - annuity: the payment A = round(P·r / (1 − (1 + r)^−n)) computed exactly (BigUnsigned);
//    interest of each = round(balance × rate), principal = A − interest, the last instalment
//    takes the whole remaining balance (so it may differ from A by rounding). Rate 0: as declining.
//  - custom: interest of each = round(balance × rate × elapsed), where elapsed is the whole
//    calendar months plus the remaining days ÷ 30 since the previous date (start for the first).
// Throws ValidationError (checkScheduleRequest's problems) on a bad request.
std::vector<Instalment> computeSchedule(const ScheduleRequest& request);

// Problems with a request (fields: principal, termMonths, custom, rateBasisPoints):
// principal above zero and a multiple of the unit, term 1..120 (not custom), custom lines
// present, dates strictly increasing and after start, each principal above zero and a multiple
// of the unit, summing to the principal; last date within 120 months.
Problems checkScheduleRequest(const ScheduleRequest& request, const Currency* currency = nullptr);

// The exact annuity payment before rounding, as numerator/denominator, and rounded to the
// unit (half away from zero): what `computeSchedule` uses and the tests compare with.
std::int64_t annuityPayment(std::int64_t principal, int rateBasisPoints, int termMonths, std::int64_t roundingUnit);

std::int64_t schedulePrincipal(const std::vector<Instalment>& schedule);
std::int64_t scheduleInterest(const std::vector<Instalment>& schedule);

// "loan_schedule/1": one line per instalment (number, date, principal, interest), and its
// strict parser (nullopt when the text is not exactly such a payload).
std::string scheduleSnapshot(const std::vector<Instalment>& schedule);
std::optional<std::vector<Instalment>> parseScheduleSnapshot(std::string_view text);

} // namespace tontine
