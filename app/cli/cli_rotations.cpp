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
    if (args.flag("json")) {
        const RotationState after = *book->rotation(state.spec.id);
        JsonWriter j;
        j.beginObject();
        j.field("rotation", static_cast<std::int64_t>(state.spec.id));
        j.field("currency", after.spec.currencyCode);
        j.key("fixedOrder").beginArray();
        for (auto h : after.spec.fixedOrder)
            j.value(h);
        j.endArray();
        planJson(j, *book, after);
        j.field("chainHead", book->chainHead().shortText());
        j.endObject();
        cx.out() << j.str();
        book->close();
        return 0;
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

    verbs.push_back(rotationCreateVerb());

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
    order.json = true;
    order.run = runOrder;
    verbs.push_back(order);

    return verbs;
}

} // namespace tontine::cli
