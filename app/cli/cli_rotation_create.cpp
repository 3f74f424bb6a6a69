// rotation create: a rotation's whole agreed definition from options, every RotationSpec
// field settable, each value checked and refused with the option's name. Core validates the
// definition as a whole; this verb only parses and prints.
#include "app/cli/cli_context.h"
#include "app/cli/rotation_text.h"
#include "app/cli/verb.h"
#include "core/error/errors.h"

#include <algorithm>
#include <limits>
#include <ostream>

namespace tontine::cli {

namespace {

constexpr std::int64_t maxId = std::numeric_limits<std::int64_t>::max();

// "1,2,3+4,5": one hand per comma, numbered 1.. in order; "3+4" is a half hand held by two.
std::vector<Hand> parseHands(const Book& book, const std::string& text)
{
    std::vector<Hand> hands;
    Problems problems;
    for (const auto& item : splitOn(text, ',')) {
        Hand hand;
        hand.number = static_cast<HandNumber>(hands.size()) + 1;
        auto holders = splitOn(item, '+');
        if (holders.size() > 2) {
            problems.push_back(Problem{"--hands", "hand.holders", {item},
                                       "a hand is held by one member or shared by two: '" + item + "'", 0, 0});
            continue;
        }
        for (const auto& h : holders) {
            MemberId member = CliContext::parseCount(h, "--hands", 1, maxId);
            if (!book.member(member))
                problems.push_back(Problem{"--hands", "member.unknown", {h}, "no member number " + h, 0, 0});
            hand.holders.push_back(HandShare{member, holders.size() == 1 ? 2 : 1});
        }
        hands.push_back(hand);
    }
    if (!problems.empty())
        throw ValidationError(problems);
    return hands;
}

std::vector<HandNumber> parseOrder(const std::string& text)
{
    std::vector<HandNumber> order;
    for (const auto& item : splitOn(text, ','))
        order.push_back(static_cast<HandNumber>(CliContext::parseCount(item, "--fixed-order", 1, 100000)));
    return order;
}

template <typename T>
T parseCode(const std::optional<std::string>& text, T fallback, std::optional<T> (*parse)(std::string_view),
            const std::string& option, const std::string& allowed)
{
    if (!text)
        return fallback;
    auto v = parse(*text);
    if (!v)
        throw ValidationError(option, "option.invalid", "not one of " + allowed + ": '" + *text + "'", {*text});
    return *v;
}

// Core names a definition's problems by RotationSpec field; a person typed options.
ValidationError withOptionNames(const ValidationError& e)
{
    static const std::pair<const char*, const char*> names[] = {
        {"name", "--name"},           {"contributionPerHand", "--contribution"}, {"hands", "--hands"},
        {"order", "--order"},         {"fixedOrder", "--fixed-order"},           {"drawSeed", "--seed"},
        {"everyKth", "--every"},      {"start", "--start"},                      {"discountRule", "--discount"},
        {"shortfall", "--shortfall"}, {"minimumBid", "--min-bid"},               {"lateFine", "--late-fine"},
        {"commission", "--commission"}, {"beneficiariesPerRound", "--beneficiaries"}};
    Problems problems = e.problems();
    for (auto& p : problems)
        for (const auto& [field, option] : names)
            if (p.field == field)
                p.field = option;
    return ValidationError(problems);
}

std::string everyText(const RotationSpec& spec)
{
    return spec.everyKth == 1 ? "every meeting" : "every " + std::to_string(spec.everyKth) + " meeting periods";
}

// An amount in major units ("500") or a percentage ("2.5%", at most 2 decimals, up to 100%).
struct Rate {
    bool percent = false;
    std::int64_t value = 0; // minor units, or basis points (100 = 1 %)
};

Rate parseRate(const std::string& text, const Currency& currency, const std::string& option)
{
    if (text.empty() || text.back() != '%')
        return Rate{false, CliContext::parseAmount(text, currency, option)};
    const std::string number = text.substr(0, text.size() - 1);
    const auto dot = number.find('.');
    const std::string whole = number.substr(0, dot);
    const std::string fraction = dot == std::string::npos ? "" : number.substr(dot + 1);
    auto digits = [](const std::string& t) {
        return std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    if (whole.empty() || whole.size() > 3 || !digits(whole) || fraction.size() > 2 || !digits(fraction)
        || (dot != std::string::npos && fraction.empty()))
        throw ValidationError(option, "option.invalid",
                              "a percentage is written like 5% or 2.5% (at most 2 decimals): '" + text + "'", {text});
    const std::int64_t bp = std::stoll(whole) * 100 + (fraction.empty() ? 0 : std::stoll(fraction + std::string(2 - fraction.size(), '0')));
    if (bp > 10000)
        throw ValidationError(option, "option.invalid", "a percentage cannot be more than 100%: '" + text + "'", {text});
    return Rate{true, bp};
}

// 250 -> "2.5%"
std::string rateText(std::int64_t basisPoints)
{
    std::string text = std::to_string(basisPoints / 100);
    if (const auto cents = basisPoints % 100) {
        text += "." + std::string(cents < 10 ? "0" : "") + std::to_string(cents);
        while (text.back() == '0')
            text.pop_back();
    }
    return text + "%";
}

// Options that do not apply to the rotation being defined are refused, not ignored: a
// person who typed them meant something the rotation would not do.
void refuseMisplacedOptions(const ParsedArgs& args, const RotationSpec& spec)
{
    Problems problems;
    auto only = [&](const char* option, bool applies, const std::string& why) {
        if (args.has(option) && !applies)
            problems.push_back(Problem{std::string("--") + option, "option.not_applicable", {}, why, 0, 0});
    };
    only("fixed-order", spec.order == OrderMethod::Fixed, "only a fixed-order rotation (--order fixed) has a fixed order");
    only("seed", spec.order == OrderMethod::Draw, "only a drawn rotation (--order draw) has a seed");
    only("discount", spec.order == OrderMethod::Auction, "only an auction (--order auction) has a discount rule");
    only("min-bid", spec.order == OrderMethod::Auction, "only an auction (--order auction) has a minimum bid");
    only("commission-from", args.has("commission"), "say the commission first (--commission)");
    only("late-fine-per", args.has("late-fine"), "say the late fine first (--late-fine)");
    if (!problems.empty())
        throw ValidationError(problems);
}

int runCreate(CliContext& cx, const ParsedArgs& args)
{
    auto book = cx.openBook("rotation create", true);
    const Currency& currency = book->settings().currency();
    Actor actor = cx.actor(*book, args);
    RotationSpec spec;
    spec.name = *args.value("name");
    spec.currencyCode = std::string(currency.code);
    spec.contributionPerHand = CliContext::parseAmount(*args.value("contribution"), currency, "--contribution");
    spec.hands = parseHands(*book, *args.value("hands"));
    spec.order = parseCode(args.value("order"), OrderMethod::Fixed, parseOrderMethod, "--order",
                           "fixed, draw, auction");
    if (auto v = args.value("fixed-order")) {
        spec.fixedOrder = parseOrder(*v);
    } else if (spec.order == OrderMethod::Fixed) {
        for (const auto& h : spec.hands)
            spec.fixedOrder.push_back(h.number);
    }
    spec.drawSeed = args.valueOr("seed", "");
    if (auto v = args.value("every"))
        spec.everyKth = static_cast<int>(CliContext::parseCount(*v, "--every", 1, 52));
    spec.start = cx.dateOption(args, args.has("start") ? "start" : "date");
    spec.discountRule = parseCode(args.value("discount"), DiscountRule::SharedAtEnd, parseDiscountRule, "--discount",
                                  "shared-now, kept, shared-at-end");
    spec.shortfall = parseCode(args.value("shortfall"), ShortfallRule::Wait, parseShortfallRule, "--shortfall",
                               "wait, advance");
    if (auto v = args.value("min-bid"))
        spec.minimumBid = CliContext::parseAmount(*v, currency, "--min-bid");
    if (auto v = args.value("beneficiaries"))
        spec.beneficiariesPerRound = static_cast<int>(CliContext::parseCount(*v, "--beneficiaries", 1, 1000));
    if (auto v = args.value("commission")) {
        const Rate rate = parseRate(*v, currency, "--commission");
        spec.commission.kind = rate.percent ? CommissionRule::Kind::Percent : CommissionRule::Kind::Fixed;
        (rate.percent ? spec.commission.basisPoints : spec.commission.amount) = rate.value;
    }
    spec.commission.source = parseCode(args.value("commission-from"), CommissionSource::Winner,
                                       parseCommissionSource, "--commission-from", "winner, pot");
    if (auto v = args.value("late-fine")) {
        const Rate rate = parseRate(*v, currency, "--late-fine");
        spec.lateFine.kind = rate.percent ? FineRule::Kind::Percent : FineRule::Kind::Fixed;
        (rate.percent ? spec.lateFine.basisPoints : spec.lateFine.amount) = rate.value;
    }
    if (auto v = args.value("late-fine-per")) {
        if (*v != "round" && *v != "period")
            throw ValidationError("--late-fine-per", "option.invalid", "not one of round, period: '" + *v + "'", {*v});
        spec.lateFine.perPeriod = *v == "period";
    }
    spec.leaverRefund = parseCode(args.value("leaver-refund"), LeaverRefund::Return, parseLeaverRefund,
                                  "--leaver-refund", "return, keep");
    refuseMisplacedOptions(args, spec);
    RotationId id = 0;
    try {
        id = book->createRotation(spec, actor);
    } catch (const ValidationError& e) {
        if (e.problems().empty())
            throw;
        throw withOptionNames(e);
    }
    RotationState state = *book->rotation(id);
    const RotationSpec& s = state.spec;
    cx.out() << "Rotation " << id << " created: \"" << s.name << "\", " << s.hands.size() << " hands of "
             << amountText(s.contributionPerHand, currency) << " " << currency.code << ", "
             << orderMethodCode(s.order) << " order, a round " << everyText(s) << " from " << s.start.iso();
    if (s.beneficiariesPerRound > 1)
        cx.out() << ", " << s.beneficiariesPerRound << " beneficiaries a round";
    cx.out() << ".\n";
    if (s.order == OrderMethod::Auction)
        cx.out() << "Discount: " << discountRuleCode(s.discountRule) << ", minimum bid "
                 << amountText(s.minimumBid, currency) << ".\n";
    if (s.commission.kind != CommissionRule::Kind::None)
        cx.out() << "Commission: "
                 << (s.commission.kind == CommissionRule::Kind::Fixed ? amountText(s.commission.amount, currency)
                                                                      : rateText(s.commission.basisPoints) + " of the pot share")
                 << " per beneficiary, from the " << (s.commission.source == CommissionSource::Pot ? "pot" : "winner")
                 << ".\n";
    if (s.lateFine.kind != FineRule::Kind::None)
        cx.out() << "Late fine: "
                 << (s.lateFine.kind == FineRule::Kind::Fixed ? amountText(s.lateFine.amount, currency)
                                                              : rateText(s.lateFine.basisPoints) + " of the amount paid late")
                 << (s.lateFine.perPeriod ? " per meeting period late" : " per round paid late") << ".\n";
    cx.out() << "Missing contributions at payout: " << shortfallRuleCode(s.shortfall) << ".\n"
             << "A member leaving before receiving: what they paid is "
             << (s.leaverRefund == LeaverRefund::Keep ? "kept by the fund" : "given back") << ".\n\n"
             << planTable(*book, state) << "Chain head: " << book->chainHead().shortText() << "\n";
    book->close();
    return 0;
}

} // namespace

Verb rotationCreateVerb()
{
    Verb create;
    create.name = "rotation create";
    create.summary = "Create a rotation (ROSCA): hands, contribution, order and rules.";
    create.usage = "--name NAME --contribution AMOUNT --hands LIST [--order fixed|draw|auction] "
                   "[--fixed-order LIST] [--seed TEXT] [--every K] [--start DATE] [--beneficiaries N] "
                   "[--discount shared-now|kept|shared-at-end] [--min-bid AMOUNT] "
                   "[--commission AMOUNT|RATE%] [--commission-from winner|pot] "
                   "[--late-fine AMOUNT|RATE%] [--late-fine-per round|period] [--shortfall wait|advance] "
                   "[--leaver-refund return|keep]";
    create.details =
        "  --name NAME            what the group calls it\n"
        "  --contribution AMOUNT  what each hand pays every round, in major units\n"
        "  --hands LIST           member numbers, one hand each, in hand order: \"1,2,3,4,5\";\n"
        "                         \"3+4\" is a half hand: two members who each pay half and\n"
        "                         share the pot\n"
        "  --order METHOD         fixed (default), draw or auction\n"
        "  --fixed-order LIST     fixed: hand numbers, round 1 first (default: hand order)\n"
        "  --seed TEXT            draw: the text everyone agreed on (e.g. a lottery ticket)\n"
        "  --every K              a round every K meeting periods (default 1)\n"
        "  --start DATE           date of round 1 (default: --date, else today)\n"
        "  --beneficiaries N      hands that receive each round, sharing its pot (default 1;\n"
        "                         the number of hands must be a multiple of it)\n"
        "  --discount RULE        auction: where the winner's discount goes: shared-now (the\n"
        "                         others pay less that round), kept (by the fund) or\n"
        "                         shared-at-end (default; a reserve shared when the cycle ends)\n"
        "  --min-bid AMOUNT       auction: the smallest discount a bid may offer\n"
        "  --commission AMOUNT|RATE%\n"
        "                         the organiser's commission per beneficiary: a fixed amount\n"
        "                         (500) or a percentage of the beneficiary's pot share (2.5%)\n"
        "  --commission-from WHO  who bears it: winner (default; taken from the payout) or pot\n"
        "                         (taken from the round's discount first, then the payout)\n"
        "  --late-fine AMOUNT|RATE%\n"
        "                         a fine for paying a round after its date: a fixed amount\n"
        "                         (100) or a percentage of the amount paid late (5%)\n"
        "  --late-fine-per WHEN   round (default: charged once per round paid late) or period\n"
        "                         (charged for each meeting period, or part of one, late)\n"
        "  --shortfall RULE       a payout with contributions missing: wait (refused, default)\n"
        "                         or advance (the fund advances them as the member's debt)\n"
        "  --leaver-refund RULE   a member leaving before receiving: return (default; what they\n"
        "                         paid is given back) or keep (the fund keeps it)\n"
        "  Options that do not apply (--seed without --order draw, …) are refused.\n"
        "  Prints the rotation's number and its plan.\n";
    create.spec.valueOptions = {"name",          "contribution",    "hands",     "order",         "fixed-order",
                                "seed",          "every",           "start",     "beneficiaries", "discount",
                                "min-bid",       "commission",      "commission-from", "late-fine",
                                "late-fine-per", "shortfall",       "leaver-refund"};
    create.spec.required = {"name", "contribution", "hands"};
    create.writes = true;
    create.run = runCreate;
    return create;

}

} // namespace tontine::cli
