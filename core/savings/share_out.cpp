// The share-out engine. Every split goes through `allocate` (largest remainder, ties to the
// lower index), counted in whole rounding units, so Σ parts + what rounding keeps is the
// amount shared to the last minor unit. No floating point: weights and parts are integers.
#include "core/savings/share_out.h"

#include "core/money/money.h"

#include <algorithm>
#include <utility>

namespace tontine {

namespace {

// `allocate` works on Money; the share-out has no currency of its own (amounts are minor
// units of the fund's), so the units travel in this neutral carrier ("XXX": no currency).
const Currency kUnits{"XXX", 0, "", false};

void add(Problems& problems, std::string field, std::string code, std::string text, std::vector<std::string> args = {})
{
    problems.push_back(Problem{std::move(field), std::move(code), std::move(args), std::move(text)});
}

// 41500 → "41 500": how the note writes amounts without a currency (minor units, grouped
// for reading). With the fund's currency the note uses formatWithCode instead ("415.00 EUR").
std::string grouped(std::int64_t value)
{
    const bool negative = value < 0;
    const unsigned long long magnitude =
        negative ? 0ULL - static_cast<unsigned long long>(value) : static_cast<unsigned long long>(value);
    const std::string digits = std::to_string(magnitude);
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out += ' ';
        out += digits[i];
    }
    return negative ? "-" + out : out;
}

std::string noteAmount(std::int64_t value, const Currency* currency)
{
    return currency ? formatWithCode(value, *currency) : grouped(value);
}

// "2", "2 and 5", "2, 5 and 7".
std::string listed(const std::vector<MemberId>& members)
{
    std::string out;
    for (std::size_t i = 0; i < members.size(); ++i) {
        if (i > 0)
            out += i + 1 == members.size() ? " and " : ", ";
        out += std::to_string(members[i]);
    }
    return out;
}

// floor(a / b) for b > 0 (C++ division truncates toward zero).
std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    const std::int64_t q = a / b;
    return (a % b != 0 && a < 0) ? q - 1 : q;
}

struct Split {
    std::vector<std::int64_t> units; // each member's part, in whole rounding units
    std::vector<bool> extra;         // received one of the units handed out by largest remainder
};

// Splits `units` (may be negative: the mirror image) by `weights`, and tells who got a
// remainder unit: the members whose part is above the floor of their exact share.
Split splitUnits(std::int64_t units, const std::vector<std::int64_t>& weights)
{
    const std::vector<Money> parts = allocate(Money(units, kUnits), weights);
    __int128 weightSum = 0;
    for (std::int64_t w : weights)
        weightSum += w;
    const __int128 magnitude = units < 0 ? -(__int128)units : (__int128)units;
    Split split;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        const __int128 floor = magnitude * weights[i] / weightSum;
        const std::int64_t part = parts[i].minor();
        const __int128 partMagnitude = part < 0 ? -(__int128)part : (__int128)part;
        split.units.push_back(part);
        split.extra.push_back(partMagnitude > floor);
    }
    return split;
}

// The input problems that make a split meaningless; the lines stay empty when there is one.
Problems checkInput(const ShareOutInput& in)
{
    Problems problems;
    if (in.roundingUnit < 1)
        add(problems, "roundingUnit", "shareout.rounding_unit",
            "The rounding unit must be more than zero, not " + formatAmount(in.roundingUnit, in.currency),
            {std::to_string(in.roundingUnit)});
    if (in.amountShared < 0)
        add(problems, "amountShared", "shareout.negative_amount",
            "The amount to share cannot be negative (" + formatAmount(in.amountShared, in.currency) +
                "): the fund holds less than nothing",
            {std::to_string(in.amountShared)});
    bool anySavings = false;
    for (std::size_t i = 0; i < in.members.size(); ++i) {
        const ShareOutMemberInput& m = in.members[i];
        const std::string number = std::to_string(m.member);
        if (i > 0 && m.member <= in.members[i - 1].member)
            add(problems, "members", "shareout.member_order",
                "Members must come once each, in member-number order (member " + number + " is out of place)", {number});
        if (m.saved < 0)
            add(problems, "members", "shareout.negative_savings",
                "Member " + number + " has negative savings (" + formatAmount(m.saved, in.currency) + ")",
                {number, std::to_string(m.saved)});
        if (m.owed < 0)
            add(problems, "members", "shareout.negative_owed",
                "Member " + number + " cannot owe a negative amount (" + formatAmount(m.owed, in.currency) + ")",
                {number, std::to_string(m.owed)});
        anySavings = anySavings || m.saved > 0;
        if (in.rule != ShareOutRule::TimeWeighted)
            continue;
        std::int64_t held = 0;
        std::int64_t weight = 0;
        bool badMeetings = false;
        for (const ShareOutHolding& h : m.holdings) {
            badMeetings = badMeetings || h.meetingsHeld < 0;
            held = checkedAdd(held, h.amount);
            weight = checkedAdd(weight, checkedMul(h.amount, h.meetingsHeld));
        }
        if (held != m.saved)
            add(problems, "members", "shareout.holdings_mismatch",
                "Member " + number + "'s amounts held add up to " + formatAmount(held, in.currency) +
                    ", not their savings of " + formatAmount(m.saved, in.currency),
                {number, std::to_string(held), std::to_string(m.saved)});
        if (badMeetings || weight < 0)
            add(problems, "members", "shareout.negative_weight",
                "Member " + number + "'s amounts and meetings held give a negative weight", {number});
    }
    if (!anySavings)
        add(problems, "members", "shareout.no_savings", "No member holds savings in this cycle: there is nothing to share");
    return problems;
}

std::int64_t timeWeight(const ShareOutMemberInput& m)
{
    std::int64_t weight = 0;
    for (const ShareOutHolding& h : m.holdings)
        weight = checkedAdd(weight, checkedMul(h.amount, h.meetingsHeld));
    return weight;
}

std::string note(const ShareOutResult& r, std::int64_t unit, bool fellBack, const std::vector<MemberId>& roundedUp,
                 const Currency* currency)
{
    const auto amount = [currency](std::int64_t value) { return noteAmount(value, currency); };
    std::string text;
    if (r.rule == ShareOutRule::TimeWeighted) {
        text = "Savings come back whole; the ";
        text += r.earnings < 0 ? "loss of " + amount(-r.earnings) + " is" : "earnings of " + amount(r.earnings) + " are";
        text += fellBack ? " split by savings, because no amount was held for a whole meeting"
                         : " split by amount × meetings held";
        text += ", in whole multiples of " + amount(unit) + "; ";
    } else {
        text = "Parts are whole multiples of " + amount(unit) + "; ";
    }
    text += std::to_string(r.unitsByRemainder) + (r.unitsByRemainder == 1 ? " unit" : " units");
    if (unit > 1)
        text += " of " + amount(unit);
    // Under a loss the units handed out are units of loss: say who bears them.
    const bool lossUnits = r.rule == ShareOutRule::TimeWeighted && r.earnings < 0;
    text += lossUnits ? " of the loss fell by largest remainder" : " went by largest remainder";
    if (!roundedUp.empty())
        text += std::string(lossUnits ? " (on member" : " (to member") + (roundedUp.size() > 1 ? "s " : " ") +
                listed(roundedUp) + ")";
    text += "; ties go to the lower member number; ";
    if (r.keptByRounding > 0)
        text += amount(r.keptByRounding) + " (less than one unit) is kept by the fund: Σ parts = " +
                amount(r.allocated) + " and " + amount(r.allocated) + " + " + amount(r.keptByRounding) + " = " +
                amount(r.amountShared);
    else
        text += "nothing is lost: Σ parts = " + amount(r.allocated);
    return text;
}

} // namespace

std::string shareOutRuleCode(ShareOutRule rule)
{
    switch (rule) {
    case ShareOutRule::Standard: return "standard";
    case ShareOutRule::TimeWeighted: return "time-weighted";
    }
    return "";
}

std::optional<ShareOutRule> parseShareOutRule(std::string_view code)
{
    for (ShareOutRule rule : {ShareOutRule::Standard, ShareOutRule::TimeWeighted})
        if (code == shareOutRuleCode(rule))
            return rule;
    return std::nullopt;
}

ShareOutResult computeShareOut(const ShareOutInput& in)
{
    ShareOutResult r;
    r.rule = in.rule;
    r.amountShared = in.amountShared;
    for (const ShareOutMemberInput& m : in.members) {
        r.totalSaved = checkedAdd(r.totalSaved, m.saved);
        r.totalShares += m.shares;
    }
    r.earnings = checkedSub(in.amountShared, r.totalSaved);
    r.problems = checkInput(in);
    if (!r.problems.empty())
        return r;

    const std::int64_t unit = in.roundingUnit;
    const bool timeWeighted = in.rule == ShareOutRule::TimeWeighted;
    std::vector<std::int64_t> weights;
    std::int64_t weightSum = 0;
    for (const ShareOutMemberInput& m : in.members) {
        weights.push_back(timeWeighted ? timeWeight(m) : m.saved);
        weightSum = checkedAdd(weightSum, weights.back());
    }
    // A share-out at the cycle's first meeting has held nothing for a whole meeting yet:
    // savings are then the only fair weight, and the note says so.
    const bool fellBack = timeWeighted && weightSum == 0;
    if (fellBack)
        for (std::size_t i = 0; i < weights.size(); ++i)
            weights[i] = in.members[i].saved;

    // Standard: the whole amount is split. Time-weighted: savings come back whole and only
    // the earnings (negative for a loss) are split. Rounding down to whole units (floor, also
    // for a loss) means the fund never hands out more than it holds: keptByRounding is
    // always in [0, unit).
    const std::int64_t splitAmount = timeWeighted ? r.earnings : in.amountShared;
    const std::int64_t units = floorDiv(splitAmount, unit);
    r.keptByRounding = checkedSub(splitAmount, checkedMul(units, unit));
    const Split split = splitUnits(units, weights);

    std::vector<MemberId> roundedUp;
    for (std::size_t i = 0; i < in.members.size(); ++i) {
        const ShareOutMemberInput& m = in.members[i];
        ShareOutLine line;
        line.member = m.member;
        line.shares = m.shares;
        line.saved = m.saved;
        line.weight = weights[i];
        const std::int64_t part = checkedMul(split.units[i], unit);
        line.gross = timeWeighted ? checkedAdd(m.saved, part) : part;
        line.roundedUp = split.extra[i];
        if (line.roundedUp) {
            ++r.unitsByRemainder;
            roundedUp.push_back(m.member);
        }
        if (line.gross < 0)
            add(r.problems, "members", "shareout.loss_above_savings",
                "Member " + std::to_string(m.member) + "'s part of the loss (" + formatAmount(-part, in.currency) +
                    ") is larger than their savings (" + formatAmount(m.saved, in.currency) + ")",
                {std::to_string(m.member), std::to_string(-part), std::to_string(m.saved)});
        // Repay-first nets nothing off: the member repays in cash, then the share-out runs.
        if (in.netOffLoans)
            line.deductions = std::min(m.owed, std::max<std::int64_t>(line.gross, 0));
        else if (m.owed > 0)
            add(r.problems, "members", "shareout.repay_first",
                "Member " + std::to_string(m.member) + " still owes " + formatAmount(m.owed, in.currency) +
                    ": under the repay-first rule they must repay before the share-out",
                {std::to_string(m.member), std::to_string(m.owed)});
        line.net = checkedSub(line.gross, line.deductions);
        line.stillOwed = checkedSub(m.owed, line.deductions);
        r.allocated = checkedAdd(r.allocated, line.gross);
        r.lines.push_back(line);
    }
    r.roundingNote = note(r, unit, fellBack, roundedUp, in.currency);
    return r;
}

} // namespace tontine
