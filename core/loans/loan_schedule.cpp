#include "core/loans/loan_schedule.h"

#include "core/loans/loan_support.h"
#include "core/money/big_unsigned.h"
#include "core/money/money.h"
#include "core/text/canonical_text.h"

#include <algorithm>
#include <limits>

namespace tontine {

using loans::addProblem;

namespace {

constexpr int kMaxTermMonths = 120;
constexpr int kMaxRate = 10000;
constexpr std::int64_t kBasis = 10000; // basis points in one
constexpr std::int64_t kDaysPerMonth = 30; // a custom schedule's part of a month is days ÷ 30

Instalment line(const ScheduleRequest& request, int k, Date dueOn, std::int64_t principal, std::int64_t interest)
{
    return Instalment{request.firstNumber + k - 1, dueOn, principal, interest};
}

// Flat: interest on the original principal for the whole term, spread evenly; what the
// even spread leaves (less than one unit per instalment) goes to the last instalment.
std::vector<Instalment> flatSchedule(const ScheduleRequest& r, std::int64_t unit)
{
    const int n = r.termMonths;
    const std::int64_t interest = loans::roundedShare(r.principal, std::int64_t(r.rateBasisPoints) * n, kBasis, unit);
    const std::int64_t principalEach = loans::flooredShare(r.principal, 1, n, unit);
    const std::int64_t interestEach = loans::flooredShare(interest, 1, n, unit);
    std::vector<Instalment> out;
    for (int k = 1; k <= n; ++k) {
        const bool last = k == n;
        const std::int64_t p = last ? checkedSub(r.principal, checkedMul(principalEach, n - 1)) : principalEach;
        const std::int64_t i = last ? checkedSub(interest, checkedMul(interestEach, n - 1)) : interestEach;
        out.push_back(line(r, k, r.start.addMonths(k), p, i));
    }
    return out;
}

// Declining balance, equal principal: each month's interest on what is still owed.
std::vector<Instalment> decliningSchedule(const ScheduleRequest& r, std::int64_t unit)
{
    const int n = r.termMonths;
    const std::int64_t principalEach = loans::flooredShare(r.principal, 1, n, unit);
    std::int64_t balance = r.principal;
    std::vector<Instalment> out;
    for (int k = 1; k <= n; ++k) {
        const std::int64_t interest = loans::roundedShare(balance, r.rateBasisPoints, kBasis, unit);
        const std::int64_t p = k == n ? balance : principalEach;
        out.push_back(line(r, k, r.start.addMonths(k), p, interest));
        balance = checkedSub(balance, p);
    }
    return out;
}

// Annuity: equal payments A; each month's interest on what is still owed, the rest of A
// repays principal, and the last instalment repays whatever is left.
std::vector<Instalment> annuitySchedule(const ScheduleRequest& r, std::int64_t unit)
{
    const int n = r.termMonths;
    const std::int64_t payment = annuityPayment(r.principal, r.rateBasisPoints, n, unit);
    std::int64_t balance = r.principal;
    std::vector<Instalment> out;
    for (int k = 1; k <= n; ++k) {
        const std::int64_t interest = loans::roundedShare(balance, r.rateBasisPoints, kBasis, unit);
        // Rounding is monotone and A > P·r >= balance·r, so A − interest is never negative;
        // with a coarse unit A may repay the balance early, and later lines are then zero.
        const std::int64_t p = k == n ? balance : std::clamp<std::int64_t>(payment - interest, 0, balance);
        out.push_back(line(r, k, r.start.addMonths(k), p, interest));
        balance = checkedSub(balance, p);
    }
    return out;
}

// Whole calendar months from `from` to `to` (to >= from) and the days left after them.
void monthsAndDays(Date from, Date to, int& months, int& days)
{
    months = (to.year() - from.year()) * 12 + (to.month() - from.month());
    if (months < 0)
        months = 0;
    while (months > 0 && to < from.addMonths(months))
        --months;
    days = to.days() - from.addMonths(months).days();
}

std::vector<Instalment> customSchedule(const ScheduleRequest& r, std::int64_t unit)
{
    std::int64_t balance = r.principal;
    Date previous = r.start;
    std::vector<Instalment> out;
    int k = 0;
    for (const CustomInstalment& c : r.custom) {
        ++k;
        int months = 0;
        int days = 0;
        monthsAndDays(previous, c.dueOn, months, days);
        // balance × rate × (months + days ÷ 30), one rounding: exact in 128 bits.
        const std::int64_t elapsedThirtieths = std::int64_t(months) * kDaysPerMonth + days;
        const std::int64_t interest = loans::roundedShare(
            balance, std::int64_t(r.rateBasisPoints) * elapsedThirtieths, kBasis * kDaysPerMonth, unit);
        out.push_back(line(r, k, c.dueOn, c.principal, interest));
        balance = checkedSub(balance, c.principal);
        previous = c.dueOn;
    }
    return out;
}

} // namespace

Problems checkScheduleRequest(const ScheduleRequest& request, const Currency* currency)
{
    Problems problems;
    const std::int64_t unit = loans::unitOr1(request.roundingUnit);
    if (request.principal <= 0)
        addProblem(problems, "principal", "schedule.principal_positive",
                   "A loan's principal must be more than zero, not " + formatAmount(request.principal, currency),
                   {std::to_string(request.principal)});
    else if (request.principal % unit != 0)
        addProblem(problems, "principal", "schedule.principal_unit",
                   "The principal (" + formatAmount(request.principal, currency) +
                       ") must be a whole multiple of the rounding unit " + formatAmount(unit, currency),
                   {std::to_string(request.principal), std::to_string(unit)});
    if (request.rateBasisPoints < 0 || request.rateBasisPoints > kMaxRate)
        addProblem(problems, "rateBasisPoints", "schedule.rate_range",
                   "The interest rate must be between 0 and " + std::to_string(kMaxRate) +
                       " basis points a month, not " + std::to_string(request.rateBasisPoints),
                   {"0", std::to_string(kMaxRate), std::to_string(request.rateBasisPoints)});

    if (request.method != LoanMethod::Custom) {
        if (request.termMonths < 1 || request.termMonths > kMaxTermMonths)
            addProblem(problems, "termMonths", "schedule.term_range",
                       "The term must be between 1 and " + std::to_string(kMaxTermMonths) + " months, not " +
                           std::to_string(request.termMonths),
                       {"1", std::to_string(kMaxTermMonths), std::to_string(request.termMonths)});
        if (!request.custom.empty())
            addProblem(problems, "custom", "schedule.custom_unexpected",
                       "Only a custom schedule takes a list of dates and amounts; this loan is " +
                           loanMethodCode(request.method),
                       {loanMethodCode(request.method)});
        return problems;
    }

    if (request.custom.empty()) {
        addProblem(problems, "custom", "schedule.custom_missing",
                   "A custom schedule needs at least one date with the principal repaid on it");
        return problems;
    }
    Date previous = request.start;
    __int128 sum = 0;
    for (std::size_t i = 0; i < request.custom.size(); ++i) {
        const CustomInstalment& c = request.custom[i];
        const std::string number = std::to_string(i + 1);
        if (!(previous < c.dueOn))
            addProblem(problems, "custom", i == 0 ? "schedule.custom_before_start" : "schedule.custom_order",
                       "Instalment " + number + " on " + c.dueOn.iso() + " must come after " + previous.iso() +
                           (i == 0 ? " (the start)" : " (the instalment before it)"),
                       {number, c.dueOn.iso(), previous.iso()});
        if (c.principal <= 0)
            addProblem(problems, "custom", "schedule.custom_principal",
                       "Instalment " + number + " must repay more than zero, not " + formatAmount(c.principal, currency),
                       {number, std::to_string(c.principal)});
        else if (c.principal % unit != 0)
            addProblem(problems, "custom", "schedule.custom_unit",
                       "Instalment " + number + " (" + formatAmount(c.principal, currency) +
                           ") must be a whole multiple of the rounding unit " + formatAmount(unit, currency),
                       {number, std::to_string(c.principal), std::to_string(unit)});
        sum += c.principal;
        previous = std::max(previous, c.dueOn);
    }
    if (sum != request.principal && request.principal > 0) {
        const bool fits = sum >= std::numeric_limits<std::int64_t>::min() && sum <= std::numeric_limits<std::int64_t>::max();
        const std::string sumText = fits ? formatAmount(static_cast<std::int64_t>(sum), currency) : "too much";
        addProblem(problems, "custom", "schedule.custom_sum",
                   "The instalments repay " + sumText + " of principal, not the " +
                       formatAmount(request.principal, currency) + " lent",
                   {fits ? std::to_string(static_cast<std::int64_t>(sum)) : "", std::to_string(request.principal)});
    }
    const Date limit = request.start.addMonths(kMaxTermMonths);
    const Date last = request.custom.back().dueOn;
    if (limit < last)
        addProblem(problems, "custom", "schedule.custom_too_long",
                   "The last instalment on " + last.iso() + " is more than " + std::to_string(kMaxTermMonths) +
                       " months after the start (" + limit.iso() + " at the latest)",
                   {last.iso(), limit.iso()});
    return problems;
}

std::int64_t annuityPayment(std::int64_t principal, int rateBasisPoints, int termMonths, std::int64_t roundingUnit)
{
    if (principal < 0 || rateBasisPoints < 0 || termMonths < 1 || roundingUnit < 1)
        throw MoneyError("An annuity needs a principal, a rate and a rounding unit not below zero and a term of a month or more");
    if (rateBasisPoints == 0)
        return loans::roundedShare(principal, 1, termMonths, roundingUnit);
    // A = P·r / (1 − (1 + r)^−n) with r = b / D is, multiplied through by D^n,
    //     A = P · b · (D + b)^n / (D · ((D + b)^n − D^n)),
    // an exact fraction of integers; (D + b)^n needs up to ~1600 bits, hence BigUnsigned.
    const auto b = static_cast<std::uint64_t>(rateBasisPoints);
    const auto d = static_cast<std::uint64_t>(kBasis);
    const auto n = static_cast<unsigned>(termMonths);
    const BigUnsigned grown = BigUnsigned(d + b).pow(n);
    const BigUnsigned numerator = BigUnsigned(static_cast<std::uint64_t>(principal)) * BigUnsigned(b) * grown;
    const BigUnsigned denominator =
        BigUnsigned(d) * (grown - BigUnsigned(d).pow(n)) * BigUnsigned(static_cast<std::uint64_t>(roundingUnit));
    BigUnsigned units = numerator / denominator;
    const BigUnsigned remainder = numerator % denominator;
    if (denominator <= remainder + remainder) // half away from zero
        units = units + BigUnsigned(1);
    return checkedMul(units.toInt64(), roundingUnit);
}

std::vector<Instalment> computeSchedule(const ScheduleRequest& request)
{
    Problems problems = checkScheduleRequest(request);
    if (!problems.empty())
        throw ValidationError(std::move(problems));
    const std::int64_t unit = loans::unitOr1(request.roundingUnit);
    switch (request.method) {
    case LoanMethod::Flat: return flatSchedule(request, unit);
    case LoanMethod::Declining: return decliningSchedule(request, unit);
    case LoanMethod::Annuity:
        return request.rateBasisPoints == 0 ? decliningSchedule(request, unit) : annuitySchedule(request, unit);
    case LoanMethod::Custom: return customSchedule(request, unit);
    }
    throw ValidationError("method", "schedule.method", "The schedule names an unknown method");
}

std::int64_t schedulePrincipal(const std::vector<Instalment>& schedule)
{
    std::int64_t sum = 0;
    for (const Instalment& i : schedule)
        sum = checkedAdd(sum, i.principal);
    return sum;
}

std::int64_t scheduleInterest(const std::vector<Instalment>& schedule)
{
    std::int64_t sum = 0;
    for (const Instalment& i : schedule)
        sum = checkedAdd(sum, i.interest);
    return sum;
}

std::string scheduleSnapshot(const std::vector<Instalment>& schedule)
{
    // One line per instalment, so any change to a line, their order or their number changes
    // the chained bytes.
    CanonicalWriter w("loan_schedule");
    w.integer("instalments", static_cast<std::int64_t>(schedule.size()));
    for (const Instalment& i : schedule)
        w.text("instalment", "number=" + std::to_string(i.number) + " date=" + i.dueOn.iso() +
                                 " principal=" + std::to_string(i.principal) + " interest=" + std::to_string(i.interest));
    return w.str();
}

std::optional<std::vector<Instalment>> parseScheduleSnapshot(std::string_view text)
{
    const auto lines = loans::payloadLines(text, "loan_schedule", "instalments", "instalment");
    if (!lines)
        return std::nullopt;
    std::vector<Instalment> schedule;
    for (std::string_view l : *lines) {
        const std::vector<std::string_view> words = loans::splitText(l, ' ');
        if (words.size() != 4)
            return std::nullopt;
        const auto number = loans::valueOf(words[0], "number");
        const auto date = loans::valueOf(words[1], "date");
        const auto principal = loans::valueOf(words[2], "principal");
        const auto interest = loans::valueOf(words[3], "interest");
        if (!number || !date || !principal || !interest)
            return std::nullopt;
        const auto n = loans::parseNumber<int>(*number);
        const auto d = Date::parseIso(*date);
        const auto p = loans::parseNumber<std::int64_t>(*principal);
        const auto i = loans::parseNumber<std::int64_t>(*interest);
        if (!n || !d || !p || !i)
            return std::nullopt;
        schedule.push_back(Instalment{*n, *d, *p, *i});
    }
    // Only the canonical spelling is accepted ("principal=+5", "interest=007" are not).
    if (scheduleSnapshot(schedule) != text)
        return std::nullopt;
    return schedule;
}

} // namespace tontine
