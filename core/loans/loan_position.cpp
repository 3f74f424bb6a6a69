#include "core/loans/loan_position.h"

#include "core/loans/loan_support.h"
#include "core/money/money.h"
#include "core/text/canonical_text.h"

#include <algorithm>
#include <map>

namespace tontine {

namespace {

constexpr std::int64_t kBasis = 10000;

// The allocations a position counts: dated on `on` or before, for an instalment of the
// schedule (lines for instalments a rescheduling dropped net to zero and are ignored),
// oldest first.
std::vector<LoanAllocation> countedAllocations(const std::vector<LoanAllocation>& paid, Date on,
                                               const std::map<int, std::size_t>& index)
{
    std::vector<LoanAllocation> out;
    for (const LoanAllocation& a : paid)
        if (!(on < a.date) && index.count(a.instalment))
            out.push_back(a);
    std::stable_sort(out.begin(), out.end(), [](const LoanAllocation& a, const LoanAllocation& b) { return a.date < b.date; });
    return out;
}

// The day the whole principal was repaid, as of the last allocation counted (a reversal
// after it undoes it), or nullopt while some is still owed.
std::optional<Date> principalRepaidOn(const std::vector<LoanAllocation>& counted, std::int64_t totalPrincipal)
{
    std::optional<Date> repaidOn;
    std::int64_t paid = 0;
    for (std::size_t i = 0; i < counted.size(); ++i) {
        paid = checkedAdd(paid, counted[i].principal);
        const bool lastOfDay = i + 1 == counted.size() || counted[i + 1].date != counted[i].date;
        if (!lastOfDay)
            continue;
        if (paid < totalPrincipal)
            repaidOn.reset();
        else if (!repaidOn)
            repaidOn = counted[i].date;
    }
    return repaidOn;
}

// When the instalment's interest (less any waived) and principal were fully paid, going
// through its allocations day by day: a reversal that reopens it clears the date.
std::optional<Date> settledDate(const InstalmentStatus& s, const std::vector<LoanAllocation>& counted, Date on)
{
    const std::int64_t interestOwed = s.instalment.interest - s.interestWaived;
    std::optional<Date> settled;
    if (s.instalment.principal <= 0 && interestOwed <= 0)
        settled = std::min(s.instalment.dueOn, on); // nothing was ever owed on it
    std::int64_t principal = 0;
    std::int64_t interest = 0;
    for (std::size_t i = 0; i < counted.size(); ++i) {
        const LoanAllocation& a = counted[i];
        if (a.instalment == s.instalment.number) {
            principal = checkedAdd(principal, a.principal);
            interest = checkedAdd(interest, a.interest);
        }
        const bool lastOfDay = i + 1 == counted.size() || counted[i + 1].date != a.date;
        if (!lastOfDay)
            continue;
        const bool paidUp = principal >= s.instalment.principal && interest >= interestOwed;
        if (!paidUp)
            settled.reset();
        else if (!settled)
            settled = a.date;
    }
    return settled;
}

// The penalties charged on one instalment by the rule: late on the days after dueOn +
// graceDays, until it was settled (or `on`).
std::int64_t penaltyCharged(const InstalmentStatus& s, const PenaltyRule& rule, Date on, std::int64_t unit)
{
    if (rule.kind == PenaltyRule::Kind::None)
        return 0;
    const Date lateAfter = s.instalment.dueOn.addDays(std::max(rule.graceDays, 0));
    const Date until = s.settledOn ? *s.settledOn : on;
    const int lateDays = until.days() - lateAfter.days();
    if (lateDays <= 0)
        return 0;
    const int period = std::max(rule.periodDays, 1);
    const std::int64_t charges = rule.perPeriod ? (lateDays + period - 1) / period : 1;
    const std::int64_t each = rule.kind == PenaltyRule::Kind::Fixed
                                  ? rule.amount
                                  : loans::roundedShare(std::max<std::int64_t>(s.instalment.total(), 0),
                                                        std::max(rule.basisPoints, 0), kBasis, unit);
    return checkedMul(charges, each);
}

void requireAmount(std::int64_t amount, std::int64_t unit, const Currency* currency)
{
    if (amount <= 0)
        throw ValidationError("amount", "loan.amount_not_positive",
                              "A repayment must be more than zero, not " + formatAmount(amount, currency),
                              {std::to_string(amount)});
    if (amount % unit != 0)
        throw ValidationError("amount", "loan.amount_unit",
                              "The repayment (" + formatAmount(amount, currency) +
                                  ") must be a whole multiple of the rounding unit " + formatAmount(unit, currency),
                              {std::to_string(amount), std::to_string(unit)});
}

std::optional<LoanAllocation> parseLine(std::string_view line)
{
    const std::vector<std::string_view> words = loans::splitText(line, ' ');
    if (words.size() != 5)
        return std::nullopt;
    const auto date = loans::valueOf(words[0], "date");
    const auto instalment = loans::valueOf(words[1], "instalment");
    const auto penalty = loans::valueOf(words[2], "penalty");
    const auto interest = loans::valueOf(words[3], "interest");
    const auto principal = loans::valueOf(words[4], "principal");
    if (!date || !instalment || !penalty || !interest || !principal)
        return std::nullopt;
    const auto dv = Date::parseIso(*date);
    const auto iv = loans::parseNumber<int>(*instalment);
    const auto pen = loans::parseNumber<std::int64_t>(*penalty);
    const auto in = loans::parseNumber<std::int64_t>(*interest);
    const auto pr = loans::parseNumber<std::int64_t>(*principal);
    if (!dv || !iv || !pen || !in || !pr)
        return std::nullopt;
    return LoanAllocation{*dv, *iv, *pen, *in, *pr};
}

} // namespace

std::string allocationsPayload(const std::vector<LoanAllocation>& lines)
{
    CanonicalWriter w("loan_allocation");
    w.integer("lines", static_cast<std::int64_t>(lines.size()));
    for (const LoanAllocation& a : lines)
        w.text("line", "date=" + a.date.iso() + " instalment=" + std::to_string(a.instalment) +
                           " penalty=" + std::to_string(a.penalty) + " interest=" + std::to_string(a.interest) +
                           " principal=" + std::to_string(a.principal));
    return w.str();
}

std::optional<std::vector<LoanAllocation>> parseAllocationsPayload(std::string_view text)
{
    const auto lines = loans::payloadLines(text, "loan_allocation", "lines", "line");
    if (!lines)
        return std::nullopt;
    std::vector<LoanAllocation> out;
    for (std::string_view l : *lines) {
        const auto a = parseLine(l);
        if (!a)
            return std::nullopt;
        out.push_back(*a);
    }
    // Only the canonical spelling is accepted, so a parsed payload writes back byte for byte.
    if (allocationsPayload(out) != text)
        return std::nullopt;
    return out;
}

LoanPosition loanPosition(const std::vector<Instalment>& schedule, const PenaltyRule& penalty,
                          const std::vector<LoanAllocation>& paid, Date on, std::int64_t roundingUnit)
{
    const std::int64_t unit = loans::unitOr1(roundingUnit);
    std::map<int, std::size_t> index;
    for (std::size_t i = 0; i < schedule.size(); ++i)
        index[schedule[i].number] = i;
    const std::vector<LoanAllocation> counted = countedAllocations(paid, on, index);
    const std::optional<Date> repaidOn = principalRepaidOn(counted, schedulePrincipal(schedule));

    LoanPosition position;
    position.on = on;
    position.instalments.reserve(schedule.size());
    for (const Instalment& instalment : schedule) {
        InstalmentStatus s;
        s.instalment = instalment;
        for (const LoanAllocation& a : counted) {
            if (a.instalment != instalment.number)
                continue;
            s.principalPaid = checkedAdd(s.principalPaid, a.principal);
            s.interestPaid = checkedAdd(s.interestPaid, a.interest);
            s.penaltyPaid = checkedAdd(s.penaltyPaid, a.penalty);
        }
        // Interest is the price of principal kept: once all of it is back, instalments that
        // fall due later owe none (a partial early repayment keeps the plan; a rescheduling
        // re-plans the interest).
        if (repaidOn && *repaidOn < instalment.dueOn)
            s.interestWaived = std::max<std::int64_t>(instalment.interest - s.interestPaid, 0);
        s.settledOn = settledDate(s, counted, on);
        // A penalty once paid stays charged, even if the rule would now count less (a
        // rescheduling shrinks the instalment it was charged on).
        s.penaltyCharged = std::max(penaltyCharged(s, penalty, on, unit), s.penaltyPaid);
        if (!s.settledOn && on > instalment.dueOn.addDays(std::max(penalty.graceDays, 0)))
            s.daysLate = on.days() - instalment.dueOn.days();
        position.principalOutstanding = checkedAdd(position.principalOutstanding, s.principalLeft());
        position.penaltiesDue = checkedAdd(position.penaltiesDue, s.penaltyLeft());
        if (s.isDue(on)) {
            position.interestDue = checkedAdd(position.interestDue, s.interestLeft());
            position.principalDue = checkedAdd(position.principalDue, s.principalLeft());
        }
        position.daysLate = std::max(position.daysLate, s.daysLate);
        position.instalments.push_back(std::move(s));
    }
    return position;
}

std::vector<LoanAllocation> allocateRepayment(const LoanPosition& position, std::int64_t amount,
                                              std::int64_t roundingUnit, const Currency* currency)
{
    const std::int64_t unit = loans::unitOr1(roundingUnit);
    requireAmount(amount, unit, currency);
    const std::int64_t payoff = position.payoff();
    if (amount > payoff)
        throw ValidationError("amount", "loan.overpaid",
                              "The most that can be repaid on " + position.on.iso() + " is " +
                                  formatAmount(payoff, currency) + " (penalties, interest due and all principal), not " +
                                  formatAmount(amount, currency),
                              {std::to_string(payoff), std::to_string(amount)});

    const std::size_t n = position.instalments.size();
    std::vector<LoanAllocation> lines(n);
    for (std::size_t i = 0; i < n; ++i) {
        lines[i].date = position.on;
        lines[i].instalment = position.instalments[i].instalment.number;
    }
    std::int64_t left = amount;
    auto take = [&](std::int64_t owed) {
        const std::int64_t part = std::clamp<std::int64_t>(owed, 0, left);
        left -= part;
        return part;
    };
    // Penalties, then interest due, then principal due, each oldest first; then principal
    // not yet due, oldest first (an early repayment shortens the loan from the front).
    for (std::size_t i = 0; i < n; ++i)
        lines[i].penalty += take(position.instalments[i].penaltyLeft());
    for (std::size_t i = 0; i < n; ++i)
        if (position.instalments[i].isDue(position.on))
            lines[i].interest += take(position.instalments[i].interestLeft());
    for (std::size_t i = 0; i < n; ++i)
        if (position.instalments[i].isDue(position.on))
            lines[i].principal += take(position.instalments[i].principalLeft());
    for (std::size_t i = 0; i < n; ++i)
        if (!position.instalments[i].isDue(position.on))
            lines[i].principal += take(position.instalments[i].principalLeft());
    if (left != 0)
        throw MoneyError("A repayment could not be placed in full: the loan's position does not add up");

    std::vector<LoanAllocation> out;
    for (const LoanAllocation& line : lines)
        if (line.penalty != 0 || line.interest != 0 || line.principal != 0)
            out.push_back(line);
    return out;
}

std::vector<Instalment> reschedule(const LoanPosition& position, ScheduleRequest request, std::int64_t topUp)
{
    if (position.penaltiesDue > 0 || position.interestDue > 0)
        throw ValidationError("loan", "loan.reschedule_unpaid",
                              "Penalties (" + formatAmount(position.penaltiesDue, nullptr) + ") and interest due (" +
                                  formatAmount(position.interestDue, nullptr) +
                                  ") are paid before a loan is rescheduled: nothing already owed is forgiven",
                              {std::to_string(position.penaltiesDue), std::to_string(position.interestDue)});
    if (position.principalOutstanding <= 0)
        throw ValidationError("loan", "loan.nothing_outstanding",
                              "Nothing is left to repay on this loan: there is nothing to reschedule");
    if (topUp < 0)
        throw ValidationError("topUp", "loan.top_up_negative",
                              "A top-up cannot be negative (" + std::to_string(topUp) + ")", {std::to_string(topUp)});
    if (request.start < position.on)
        throw ValidationError("start", "loan.reschedule_start",
                              "A new plan starts on the day of the rescheduling (" + position.on.iso() +
                                  ") or later, not " + request.start.iso(),
                              {position.on.iso(), request.start.iso()});

    std::vector<Instalment> out;
    int lastNumber = 0;
    for (const InstalmentStatus& s : position.instalments) {
        lastNumber = std::max(lastNumber, s.instalment.number);
        // What was paid stays as it was; what was not is planned again below. An instalment
        // with no payment at all (a penalty counts) disappears.
        if (s.principalPaid == 0 && s.interestPaid == 0 && s.penaltyPaid == 0)
            continue;
        out.push_back(Instalment{s.instalment.number, s.instalment.dueOn, s.principalPaid, s.interestPaid});
    }
    request.principal = checkedAdd(position.principalOutstanding, topUp);
    request.firstNumber = lastNumber + 1;
    for (const Instalment& i : computeSchedule(request))
        out.push_back(i);
    return out;
}

} // namespace tontine
