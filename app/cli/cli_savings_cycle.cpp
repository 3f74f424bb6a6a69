// Savings cycle verbs: savings cycle create, savings cycle list. A cycle fixes the share
// price and the limits on shares bought per meeting until its share-out; core validates the
// definition and picks up the previous share-out's reinvested parts as opening savings.
#include "app/cli/cli_context.h"
#include "app/cli/json_writer.h"
#include "app/cli/rotation_text.h"
#include "app/cli/savings_json.h"
#include "app/cli/savings_text.h"
#include "app/cli/text_table.h"
#include "app/cli/verb.h"
#include "core/error/errors.h"

#include <ostream>

namespace tontine::cli {

namespace {

const FieldNames cycleFields = {{"name", "--name"},
                                {"start", "--start"},
                                {"end", "--end"},
                                {"sharePrice", "--price"},
                                {"minShares", "--min"},
                                {"maxShares", "--max"},
                                {"voluntaryAllowed", "--voluntary"},
                                {"withdrawalsAllowed", "--withdrawals"},
                                {"loanRule", "--loans"}};

LoanAtShareOut loanRuleOption(const std::string& text)
{
    auto rule = parseLoanAtShareOut(text);
    if (!rule)
        throw ValidationError("--loans", "option.invalid", "not one of net, repay-first: '" + text + "'", {text});
    return *rule;
}

void cycleDescription(std::ostream& out, const SavingsCycle& c, const Currency& currency)
{
    out << "Shares: " << amountText(c.sharePrice, currency) << " " << currency.code << " each, "
        << shareLimitsText(c) << ".\n"
        << "Voluntary savings: " << yesNo(c.voluntaryAllowed) << ". Withdrawals before share-out: "
        << yesNo(c.withdrawalsAllowed) << ".\n"
        << "A member who owes at share-out: "
        << (c.loanRule == LoanAtShareOut::NetOff ? "what they owe is netted off their share"
                                                 : "must repay first")
        << ".\n";
}

int runCycleCreate(CliContext& cx, const ParsedArgs& args)
{
    auto book = cx.openBook("savings cycle create", true);
    const Currency& currency = book->settings().currency();
    Actor actor = cx.actor(*book, args);
    SavingsCycle c;
    c.name = *args.value("name");
    c.start = CliContext::parseDate(*args.value("start"), "--start");
    c.end = CliContext::parseDate(*args.value("end"), "--end");
    c.sharePrice = CliContext::parseAmount(*args.value("price"), currency, "--price");
    if (auto v = args.value("min"))
        c.minShares = static_cast<int>(CliContext::parseCount(*v, "--min", 0, 100));
    if (auto v = args.value("max"))
        c.maxShares = static_cast<int>(CliContext::parseCount(*v, "--max", 1, 100));
    c.voluntaryAllowed = args.flag("voluntary");
    c.withdrawalsAllowed = args.flag("withdrawals");
    if (auto v = args.value("loans"))
        c.loanRule = loanRuleOption(*v);
    const SavingsCycleId id = renamingFields(cycleFields, [&] { return book->createSavingsCycle(c, actor); });
    const SavingsCycle made = *book->savingsCycle(id);
    auto& out = cx.out();
    out << "Savings cycle " << id << " created: \"" << made.name << "\", " << made.start.iso() << " to "
        << made.end.iso() << ".\n";
    cycleDescription(out, made, currency);
    // What the last share-out left as reinvestment is already in the new cycle: show it, from
    // the records the book wrote, so the treasurer sees what each member starts with.
    bool any = false;
    for (const auto& r : book->savingsRecords(id)) {
        if (r.kind != SavingsKind::Opening)
            continue;
        if (!any)
            out << "Opening savings reinvested from the last share-out:\n";
        any = true;
        out << "  " << memberLine(*book, r.member) << ": " << amountText(r.amount, currency) << " "
            << currency.code;
        if (r.shares)
            out << " (" << sharesText(r.shares) << ")";
        out << "\n";
    }
    out << "Chain head: " << book->chainHead().shortText() << "\n";
    book->close();
    return 0;
}

int runCycleList(CliContext& cx, const ParsedArgs& args)
{
    auto book = cx.openBook("savings cycle list", false);
    const Currency& currency = book->settings().currency();
    const auto cycles = book->savingsCycles();
    if (args.flag("json")) {
        JsonWriter j;
        j.beginObject();
        j.field("currency", currency.code);
        j.key("cycles").beginArray();
        for (const auto& c : cycles)
            cycleJson(j, c);
        j.endArray();
        j.endObject();
        cx.out() << j.str();
        return 0;
    }
    if (cycles.empty()) {
        cx.out() << "No savings cycle yet: create one with 'savings cycle create'.\n";
        return 0;
    }
    TextTable t({{"Cycle", TextTable::Align::Right},
                 {"Name"},
                 {"Start"},
                 {"End"},
                 {"Share price", TextTable::Align::Right},
                 {"Shares a meeting"},
                 {"Voluntary"},
                 {"Withdrawals"},
                 {"Owing at share-out"},
                 {"Shared out"}});
    for (const auto& c : cycles)
        t.addRow({std::to_string(c.id), c.name, c.start.iso(), c.end.iso(), amountText(c.sharePrice, currency),
                  std::to_string(c.minShares) + "-" + std::to_string(c.maxShares), yesNo(c.voluntaryAllowed),
                  yesNo(c.withdrawalsAllowed), loanAtShareOutCode(c.loanRule),
                  c.sharedOn ? c.sharedOn->iso() : "open"});
    cx.out() << "Savings cycles, amounts in " << currency.code << ".\n\n" << t.render();
    return 0;
}

} // namespace

std::vector<Verb> savingsCycleVerbs()
{
    std::vector<Verb> verbs;

    Verb create;
    create.name = "savings cycle create";
    create.summary = "Start a savings cycle: dates, share price and shares per meeting.";
    create.usage = "--name NAME --start DATE --end DATE --price AMOUNT [--min K] [--max K] [--voluntary] "
                   "[--withdrawals] [--loans net|repay-first]";
    create.details =
        "  --name NAME        what the group calls it, e.g. \"Cycle 2026\"\n"
        "  --start DATE       the cycle's first day (on or after the last share-out)\n"
        "  --end DATE         the planned share-out date\n"
        "  --price AMOUNT     the price of one share, fixed for the cycle, in major units\n"
        "  --min K            fewest shares a member buys at a meeting when buying (default 1;\n"
        "                     0 makes buying optional)\n"
        "  --max K            most shares a member buys at one meeting, all purchases of the\n"
        "                     meeting together (default 5, at most 100)\n"
        "  --voluntary        also allow savings in free amounts ('savings save')\n"
        "  --withdrawals      allow withdrawals before share-out, within what is free\n"
        "  --loans RULE       a member who owes at share-out: net (default; netted off their\n"
        "                     share) or repay-first (the share-out waits until they repay)\n"
        "  One cycle is open at a time. Parts of the last share-out that members reinvested\n"
        "  become their opening savings in the new cycle.\n";
    create.spec.valueOptions = {"name", "start", "end", "price", "min", "max", "loans"};
    create.spec.flags = {"voluntary", "withdrawals"};
    create.spec.required = {"name", "start", "end", "price"};
    create.writes = true;
    create.run = runCycleCreate;
    verbs.push_back(create);

    Verb list;
    list.name = "savings cycle list";
    list.summary = "List the savings cycles with their rules and share-out dates.";
    list.json = true;
    list.run = runCycleList;
    verbs.push_back(list);

    return verbs;
}

} // namespace tontine::cli
