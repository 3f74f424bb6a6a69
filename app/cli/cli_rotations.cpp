// Rotation verbs that define and show a rotation: rotation create, list, plan, order. The
// money verbs live in cli_rotation_money.cpp, draw and bid in cli_rotation_order.cpp.
#include "app/cli/cli_context.h"
#include "app/cli/json_writer.h"
#include "app/cli/rotation_json.h"
#include "app/cli/rotation_text.h"
#include "app/cli/text_table.h"
#include "app/cli/verb.h"
#include "core/error/errors.h"

#include <limits>
#include <ostream>

namespace tontine::cli {

namespace {

constexpr std::int64_t maxId = std::numeric_limits<std::int64_t>::max();

std::vector<std::string> splitOn(const std::string& text, char sep)
{
    std::vector<std::string> parts;
    std::string part;
    for (char c : text) {
        if (c == sep) {
            parts.push_back(part);
            part.clear();
        } else if (c != ' ') {
            part += c;
        }
    }
    parts.push_back(part);
    return parts;
}

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
        {"shortfall", "--shortfall"}, {"minimumBid", "--min-bid"},               {"lateFine", "--late-fine"}};
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
        spec.everyKth = static_cast<int>(CliContext::parseCount(*v, "--every", 1, 1000));
    spec.start = cx.dateOption(args, args.has("start") ? "start" : "date");
    spec.discountRule = parseCode(args.value("discount"), DiscountRule::SharedAtEnd, parseDiscountRule, "--discount",
                                  "shared-now, kept, shared-at-end");
    spec.shortfall = parseCode(args.value("shortfall"), ShortfallRule::Wait, parseShortfallRule, "--shortfall",
                               "wait, advance");
    if (auto v = args.value("min-bid"))
        spec.minimumBid = CliContext::parseAmount(*v, currency, "--min-bid");
    if (auto v = args.value("late-fine")) {
        spec.lateFine.kind = FineRule::Kind::Fixed;
        spec.lateFine.amount = CliContext::parseAmount(*v, currency, "--late-fine");
    }
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
             << orderMethodCode(s.order) << " order, a round " << everyText(s) << " from " << s.start.iso()
             << ".\n";
    if (s.order == OrderMethod::Auction)
        cx.out() << "Discount: " << discountRuleCode(s.discountRule) << ", minimum bid "
                 << amountText(s.minimumBid, currency) << ".\n";
    if (s.lateFine.kind == FineRule::Kind::Fixed)
        cx.out() << "Late fine: " << amountText(s.lateFine.amount, currency) << " per round paid late.\n";
    cx.out() << "Missing contributions at payout: " << shortfallRuleCode(s.shortfall) << ".\n\n"
             << planTable(*book, state) << "Chain head: " << book->chainHead().shortText() << "\n";
    book->close();
    return 0;
}

int runList(CliContext& cx, const ParsedArgs& args)
{
    auto book = cx.openBook("rotation list", false);
    auto specs = book->rotations();
    if (args.flag("json")) {
        JsonWriter j;
        j.beginObject();
        j.key("rotations").beginArray();
        for (const auto& s : specs) {
            j.beginObject();
            j.field("id", static_cast<std::int64_t>(s.id));
            j.field("name", s.name);
            j.field("currency", s.currencyCode);
            j.field("contributionPerHand", s.contributionPerHand);
            j.field("hands", static_cast<std::int64_t>(s.hands.size()));
            j.field("order", orderMethodCode(s.order));
            j.field("start", s.start.iso());
            j.field("everyKth", s.everyKth);
            j.endObject();
        }
        j.endArray();
        j.endObject();
        cx.out() << j.str();
        return 0;
    }
    if (specs.empty()) {
        cx.out() << "No rotations yet.\n";
        return 0;
    }
    TextTable t({{"Rotation", TextTable::Align::Right},
                 {"Name"},
                 {"Hands", TextTable::Align::Right},
                 {"Contribution", TextTable::Align::Right},
                 {"Order"},
                 {"Start"},
                 {"Collecting"}});
    for (const auto& s : specs) {
        auto state = *book->rotation(s.id);
        auto collecting = collectingRound(state);
        t.addRow({std::to_string(s.id), s.name, std::to_string(s.hands.size()),
                  amountText(s.contributionPerHand, s.currency()) + " " + s.currencyCode, orderMethodCode(s.order),
                  s.start.iso(), collecting ? "round " + std::to_string(*collecting) : "cycle complete"});
    }
    cx.out() << t.render();
    return 0;
}

int runPlan(CliContext& cx, const ParsedArgs& args)
{
    auto book = cx.openBook("rotation plan", false);
    RotationState state = requireRotationArg(*book, *args.positional(0));
    const RotationSpec& s = state.spec;
    if (args.flag("json")) {
        JsonWriter j;
        j.beginObject();
        j.field("rotation", static_cast<std::int64_t>(s.id));
        j.field("name", s.name);
        j.field("currency", s.currencyCode);
        j.field("contributionPerHand", s.contributionPerHand);
        j.field("order", orderMethodCode(s.order));
        j.field("discountRule", discountRuleCode(s.discountRule));
        j.field("shortfall", shortfallRuleCode(s.shortfall));
        specJson(j, s);
        planJson(j, *book, state);
        j.endObject();
        cx.out() << j.str();
        return 0;
    }
    cx.out() << "Rotation " << s.id << " \"" << s.name << "\": " << s.hands.size() << " hands of "
             << amountText(s.contributionPerHand, s.currency()) << " " << s.currencyCode << ", "
             << orderMethodCode(s.order) << " order";
    if (s.order == OrderMethod::Auction)
        cx.out() << ", discount " << discountRuleCode(s.discountRule);
    cx.out() << ".\n\n" << planTable(*book, state);
    return 0;
}

int runOrder(CliContext& cx, const ParsedArgs& args)
{
    auto book = cx.openBook("rotation order", true);
    RotationState state = requireRotationArg(*book, *args.positional(0));
    std::vector<HandNumber> order;
    for (const auto& item : splitOn(*args.positional(1), ','))
        order.push_back(static_cast<HandNumber>(CliContext::parseCount(item, "ORDER", 1, 100000)));
    Actor actor = cx.actor(*book, args);
    try {
        book->editFixedOrder(state.spec.id, order, actor);
    } catch (const ValidationError& e) {
        if (e.problems().empty())
            throw;
        Problems problems = e.problems();
        for (auto& p : problems)
            if (p.field == "fixedOrder")
                p.field = "ORDER";
        throw ValidationError(problems);
    }
    std::string text;
    for (auto h : order)
        text += (text.empty() ? "" : ",") + std::to_string(h);
    cx.out() << "Fixed order of rotation " << state.spec.id << " is now " << text << ".\n\n"
             << planTable(*book, *book->rotation(state.spec.id))
             << "Chain head: " << book->chainHead().shortText() << "\n";
    book->close();
    return 0;
}

} // namespace

std::vector<Verb> rotationVerbs()
{
    std::vector<Verb> verbs;

    Verb create;
    create.name = "rotation create";
    create.summary = "Create a rotation (ROSCA): hands, contribution, order and rules.";
    create.usage = "--name NAME --contribution AMOUNT --hands LIST [--order fixed|draw|auction] "
                   "[--fixed-order LIST] [--seed TEXT] [--every K] [--start DATE] "
                   "[--discount shared-now|kept|shared-at-end] [--shortfall wait|advance] [--min-bid AMOUNT] "
                   "[--late-fine AMOUNT]";
    create.details =
        "  --name NAME            what the group calls it\n"
        "  --contribution AMOUNT  what each hand pays every round, in major units\n"
        "  --hands LIST           member numbers, one hand each, in hand order: \"1,2,3,4,5\";\n"
        "                         \"3+4\" is a half hand: two members who each pay half and\n"
        "                         share the pot\n"
        "  --order METHOD         fixed (default), draw or auction\n"
        "  --fixed-order LIST     hand numbers, round 1 first (default: hand order)\n"
        "  --seed TEXT            draw: the text everyone agreed on (e.g. a lottery ticket)\n"
        "  --every K              a round every K meeting periods (default 1)\n"
        "  --start DATE           date of round 1 (default: --date, else today)\n"
        "  --discount RULE        auction: where the winner's discount goes: shared-now (the\n"
        "                         others pay less that round), kept (by the fund) or\n"
        "                         shared-at-end (default; a reserve shared when the cycle ends)\n"
        "  --shortfall RULE       a payout with contributions missing: wait (refused, default)\n"
        "                         or advance (the fund advances them as the member's debt)\n"
        "  --min-bid AMOUNT       auction: the smallest discount a bid may offer\n"
        "  --late-fine AMOUNT     a fine for each round paid after its date (once per round)\n"
        "  Prints the rotation's number and its plan.\n";
    create.spec.valueOptions = {"name", "contribution", "hands", "order", "fixed-order", "seed",
                                "every", "start", "discount", "shortfall", "min-bid", "late-fine"};
    create.spec.required = {"name", "contribution", "hands"};
    create.writes = true;
    create.run = runCreate;
    verbs.push_back(create);

    Verb list;
    list.name = "rotation list";
    list.summary = "List the rotations with the round each one is collecting.";
    list.json = true;
    list.run = runList;
    verbs.push_back(list);

    Verb plan;
    plan.name = "rotation plan";
    plan.summary = "Show a rotation's plan: each round's date, beneficiary, pot, discount, status.";
    plan.usage = "ROTATION";
    plan.details = "  ROTATION  the rotation's number (see 'rotation list')\n"
                   "  The payout column is the pot share less discount and commission. With --json,\n"
                   "  each round also says how its discount is shared and lists every payment\n"
                   "  toward it; once paid out, potIn - discountOut - commission = payout.\n";
    plan.spec.positionals = {"ROTATION"};
    plan.json = true;
    plan.run = runPlan;
    verbs.push_back(plan);

    Verb order;
    order.name = "rotation order";
    order.summary = "Change a fixed-order rotation's order; hands that received keep their place.";
    order.usage = "ROTATION ORDER";
    order.details = "  ROTATION  the rotation's number (its order must be fixed)\n"
                    "  ORDER     every hand number once, round 1 first: \"3,1,5,2,4\"\n"
                    "  The beneficiaries of rounds already paid out must stay where they are.\n";
    order.spec.positionals = {"ROTATION", "ORDER"};
    order.writes = true;
    order.run = runOrder;
    verbs.push_back(order);

    return verbs;
}

} // namespace tontine::cli
