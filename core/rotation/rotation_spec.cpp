#include "core/rotation/rotation_spec.h"

#include "core/ledger/entry_rules.h"
#include "core/money/money.h"

#include <algorithm>
#include <optional>
#include <set>

namespace tontine {

namespace {

constexpr std::size_t kMaxNameLength = 100;
constexpr std::size_t kMaxSeedLength = 200;
constexpr int kMaxHands = 1000;
constexpr int kMaxEveryKth = 52;

struct Collector {
    Problems problems;
    void add(std::string field, std::string code, std::string text, std::vector<std::string> args = {})
    {
        problems.push_back(Problem{std::move(field), std::move(code), std::move(args), std::move(text)});
    }
};

void checkHands(const RotationSpec& spec, Collector& c)
{
    if (spec.hands.empty()) {
        c.add("hands", "rotation.noHands", "A rotation needs at least one hand");
        return;
    }
    if (spec.hands.size() > static_cast<std::size_t>(kMaxHands))
        c.add("hands", "rotation.tooManyHands", "A rotation has at most 1000 hands");
    for (std::size_t i = 0; i < spec.hands.size(); ++i) {
        const Hand& hand = spec.hands[i];
        const std::string number = std::to_string(hand.number);
        if (hand.number != static_cast<int>(i) + 1) {
            c.add("hands", "rotation.handNumbers", "Hands must be numbered 1, 2, 3, … in order; found "
                  + number + " at place " + std::to_string(i + 1), {number});
            return;
        }
        int halves = 0;
        std::set<MemberId> seen;
        for (const HandShare& s : hand.holders) {
            if (s.halves != 1 && s.halves != 2)
                c.add("hands", "rotation.handShare", "Hand " + number + ": a holder has a whole hand or half of one", {number});
            if (s.member <= 0)
                c.add("hands", "rotation.handMember", "Hand " + number + ": every holder must be a member", {number});
            if (!seen.insert(s.member).second)
                c.add("hands", "rotation.handTwice", "Hand " + number + ": the same member is listed twice", {number});
            halves += s.halves;
        }
        if (halves != 2)
            c.add("hands", "rotation.handHalves",
                  "Hand " + number + " must be held whole by one member or half-and-half by two", {number});
    }
}

void checkOrder(const RotationSpec& spec, Collector& c)
{
    if (spec.order == OrderMethod::Fixed) {
        std::vector<HandNumber> sorted = spec.fixedOrder;
        std::sort(sorted.begin(), sorted.end());
        bool permutation = sorted.size() == spec.hands.size();
        for (std::size_t i = 0; permutation && i < sorted.size(); ++i)
            permutation = sorted[i] == static_cast<int>(i) + 1;
        if (!permutation)
            c.add("fixedOrder", "rotation.fixedOrder", "The fixed order must list every hand exactly once");
    }
    if (spec.order == OrderMethod::Draw) {
        const bool printable = std::all_of(spec.drawSeed.begin(), spec.drawSeed.end(),
                                           [](char ch) { return ch >= 0x20 && ch != 0x7f && ch != '|'; });
        if (spec.drawSeed.empty() || spec.drawSeed.size() > kMaxSeedLength || !printable)
            c.add("drawSeed", "rotation.drawSeed",
                  "The draw seed must be 1 to 200 printable characters without '|'");
    }
    if (spec.order == OrderMethod::Auction && spec.minimumBid < 0)
        c.add("minimumBid", "rotation.minimumBid", "The minimum bid cannot be negative");
}

// What one beneficiary receives before discount and commission when every hand pays: the
// contribution × hands split among the round's beneficiaries. nullopt while the hands, the
// contribution or the beneficiaries are themselves refused (their problems say why).
std::optional<std::int64_t> potShare(const RotationSpec& spec)
{
    if (spec.hands.empty() || spec.hands.size() > static_cast<std::size_t>(kMaxHands) || spec.beneficiariesPerRound < 1
        || spec.hands.size() % static_cast<std::size_t>(spec.beneficiariesPerRound) != 0
        || spec.contributionPerHand <= 0 || spec.contributionPerHand > MaxPostingAmount / kMaxHands)
        return std::nullopt;
    return spec.contributionPerHand * static_cast<std::int64_t>(spec.hands.size()) / spec.beneficiariesPerRound;
}

// Amounts that make the rotation unworkable from the start: a minimum bid no bid can reach,
// a commission that takes a beneficiary's whole share.
void checkAgainstPot(const RotationSpec& spec, Collector& c)
{
    const auto share = potShare(spec);
    if (!share || !findCurrency(spec.currencyCode))
        return;
    const std::string pot = formatPlain(*share, spec.currency());
    if (spec.order == OrderMethod::Auction && spec.minimumBid > *share) {
        const std::string minimum = formatPlain(spec.minimumBid, spec.currency());
        c.add("minimumBid", "rotation.minimumBidAbovePot", "The minimum bid " + minimum
              + " is more than the pot a beneficiary receives (" + pot + "): no bid could be accepted",
              {minimum, pot});
    }
    const CommissionRule& cm = spec.commission;
    if (cm.kind == CommissionRule::Kind::Fixed && cm.amount >= *share) {
        const std::string amount = formatPlain(cm.amount, spec.currency());
        c.add("commission", "rotation.commissionAbovePot", "The commission " + amount
              + " must be less than the pot a beneficiary receives (" + pot + ")", {amount, pot});
    }
}

void checkRules(const RotationSpec& spec, Collector& c)
{
    const CommissionRule& cm = spec.commission;
    if (cm.kind == CommissionRule::Kind::Fixed && cm.amount < 0)
        c.add("commission", "rotation.commission", "The commission cannot be negative");
    // 100 % or more would leave the beneficiary nothing: refused like a fixed commission that
    // takes the whole pot share.
    if (cm.kind == CommissionRule::Kind::Percent && (cm.basisPoints < 0 || cm.basisPoints >= 10000))
        c.add("commission", "rotation.commission",
              "The commission rate must be at least 0 and less than 10000 basis points (100 %)");
    const FineRule& f = spec.lateFine;
    if (f.kind == FineRule::Kind::Fixed && f.amount < 0)
        c.add("lateFine", "rotation.lateFine", "The late fine cannot be negative");
    if (f.kind == FineRule::Kind::Percent && (f.basisPoints < 0 || f.basisPoints > 10000))
        c.add("lateFine", "rotation.lateFine", "The late fine rate must be between 0 and 10000 basis points");
}

} // namespace

const Hand* RotationSpec::findHand(HandNumber number) const
{
    if (number < 1 || number > static_cast<int>(hands.size()))
        return nullptr;
    return &hands[static_cast<std::size_t>(number - 1)];
}

Problems validateRotation(const RotationSpec& spec)
{
    Collector c;
    if (spec.name.empty() || spec.name.size() > kMaxNameLength)
        c.add("name", "rotation.name", "A rotation needs a name of 1 to 100 characters");
    if (!findCurrency(spec.currencyCode))
        c.add("currencyCode", "rotation.currency", "Unknown currency " + spec.currencyCode, {spec.currencyCode});
    if (spec.contributionPerHand <= 0)
        c.add("contributionPerHand", "rotation.contribution", "The contribution per hand must be more than zero");
    else if (spec.contributionPerHand > MaxPostingAmount / kMaxHands)
        c.add("contributionPerHand", "rotation.contribution", "The contribution per hand is too large");
    if (spec.roundingUnit <= 0)
        c.add("roundingUnit", "rotation.roundingUnit", "The rounding unit must be more than zero");
    if (spec.everyKth < 1 || spec.everyKth > kMaxEveryKth)
        c.add("everyKth", "rotation.everyKth", "A round comes every 1 to 52 meeting periods");
    checkHands(spec, c);
    if (spec.beneficiariesPerRound < 1)
        c.add("beneficiariesPerRound", "rotation.beneficiaries", "At least one beneficiary per round");
    else if (!spec.hands.empty() && spec.hands.size() % static_cast<std::size_t>(spec.beneficiariesPerRound) != 0)
        c.add("beneficiariesPerRound", "rotation.beneficiaries",
              "The number of hands must be a multiple of the beneficiaries per round");
    checkOrder(spec, c);
    checkRules(spec, c);
    checkAgainstPot(spec, c);
    return c.problems;
}

int cycleRounds(const RotationSpec& spec)
{
    if (spec.beneficiariesPerRound < 1)
        return 0;
    return static_cast<int>(spec.hands.size()) / spec.beneficiariesPerRound;
}

Date addMeetingPeriods(MeetingFrequency frequency, Date from, int periods)
{
    switch (frequency) {
    case MeetingFrequency::Weekly: return from.addDays(7 * periods);
    case MeetingFrequency::Fortnightly: return from.addDays(14 * periods);
    case MeetingFrequency::Monthly: return from.addMonths(periods);
    }
    return from;
}

Date roundDate(const RotationSpec& spec, int round)
{
    return addMeetingPeriods(spec.frequency, spec.start, (round - 1) * spec.everyKth);
}

std::vector<Date> roundDates(const RotationSpec& spec)
{
    std::vector<Date> out;
    for (int r = 1; r <= cycleRounds(spec); ++r)
        out.push_back(roundDate(spec, r));
    return out;
}

std::int64_t holderContribution(const RotationSpec& spec, const Hand& hand, MemberId member)
{
    if (hand.holders.size() == 1)
        return hand.holders.front().member == member ? spec.contributionPerHand : 0;
    std::vector<std::int64_t> weights;
    std::size_t mine = hand.holders.size();
    for (std::size_t i = 0; i < hand.holders.size(); ++i) {
        weights.push_back(hand.holders[i].halves);
        if (hand.holders[i].member == member)
            mine = i;
    }
    if (mine == hand.holders.size())
        return 0;
    return allocate(Money(spec.contributionPerHand, spec.currency()), weights)[mine].minor();
}

std::vector<MemberId> rotationMembers(const RotationSpec& spec)
{
    std::vector<MemberId> out;
    for (const Hand& hand : spec.hands)
        for (const HandShare& s : hand.holders)
            if (std::find(out.begin(), out.end(), s.member) == out.end())
                out.push_back(s.member);
    return out;
}

} // namespace tontine
