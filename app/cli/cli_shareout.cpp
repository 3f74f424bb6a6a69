// Share-out verbs: shareout preview, shareout commit. Both ask the book for the same plan
// (where the amount shared comes from, every member's part, what is netted off); the commit
// also pays it and closes the cycle. This file parses the options and prints the plan.
#include "app/cli/cli_context.h"
#include "app/cli/json_writer.h"
#include "app/cli/meeting_text.h"
#include "app/cli/problem_text.h"
#include "app/cli/rotation_text.h"
#include "app/cli/savings_json.h"
#include "app/cli/savings_text.h"
#include "app/cli/text_table.h"
#include "app/cli/verb.h"
#include "core/error/errors.h"

#include <map>
#include <ostream>

namespace tontine::cli {

namespace {

const FieldNames shareOutFields = {{"rule", "--rule"},         {"basis", "--basis"},
                                   {"countedCash", "--counted"}, {"keptBack", "--keep"},
                                   {"keptBackNote", "--keep-note"}, {"reinvest", "--reinvest"},
                                   {"cycle", "--cycle"},         {"members", ""}};

// "1=2000,3=500": the parts of members' payouts they leave as savings for the next cycle.
std::map<MemberId, std::int64_t> parseReinvest(const std::string& text, const Currency& currency)
{
    std::map<MemberId, std::int64_t> parts;
    for (const auto& item : splitOn(text, ',')) {
        const auto eq = item.find('=');
        if (eq == std::string::npos)
            throw ValidationError("--reinvest", "option.invalid",
                                  "write MEMBER=AMOUNT, separated by commas: '" + item + "'", {item});
        const MemberId member = memberArg(item.substr(0, eq), "--reinvest");
        if (parts.count(member))
            throw ValidationError("--reinvest", "member.twice",
                                  "member " + std::to_string(member) + " is listed twice", {item});
        parts[member] = CliContext::parseAmount(item.substr(eq + 1), currency, "--reinvest");
    }
    return parts;
}

ShareOutOptions parseOptions(const ParsedArgs& args, const Currency& currency)
{
    ShareOutOptions o;
    if (auto v = args.value("rule")) {
        auto rule = parseShareOutRule(*v);
        if (!rule)
            throw ValidationError("--rule", "option.invalid", "not one of standard, time-weighted: '" + *v + "'", {*v});
        o.rule = *rule;
    }
    if (auto v = args.value("basis")) {
        auto basis = parseShareOutBasis(*v);
        if (!basis)
            throw ValidationError("--basis", "option.invalid", "not one of books, counted: '" + *v + "'", {*v});
        o.basis = *basis;
    }
    if (auto v = args.value("counted"))
        o.countedCash = CliContext::parseAmount(*v, currency, "--counted");
    if (auto v = args.value("keep"))
        o.keptBack = CliContext::parseAmount(*v, currency, "--keep");
    o.keptBackNote = args.valueOr("keep-note", "");
    if (auto v = args.value("reinvest"))
        o.reinvest = parseReinvest(*v, currency);
    return o;
}

void printPlan(std::ostream& out, const Book& book, const ShareOutPlan& plan, const std::string& keepNote,
               const Currency& currency)
{
    const ShareOutFund& f = plan.fund;
    const ShareOutResult& r = plan.result;
    auto money = [&](std::int64_t v) { return amountText(v, currency); };
    FieldList fund;
    fund.add("Savings", money(f.savings));
    fund.add("Earnings", money(f.earnings) + " (interest, fines and fees less expenses in the cycle)");
    if (f.carriedIn != 0)
        fund.add("Carried in", money(f.carriedIn) + " (kept back at the last share-out)");
    fund.add("Books say", money(f.books) + (f.carriedIn != 0 ? " (savings + earnings + carried in)" : " (savings + earnings)"));
    fund.add("Cash expected", money(f.cashExpected));
    fund.add("Cash counted", f.cashCounted ? money(*f.cashCounted) : "not counted");
    fund.add("Difference", differenceText(f.difference, currency));
    fund.add("Social fund", money(f.socialFund) + " (kept out: never shared)");
    fund.add("Kept back", money(f.keptBack) + (keepNote.empty() ? "" : " (" + keepNote + ")"));
    fund.add("Shared from", f.basis == ShareOutBasis::Books ? "the books" : "the cash counted");
    fund.add("Amount shared", money(f.amountShared) + " " + std::string(currency.code));
    out << fund.render() << "\n";

    TextTable t({{"Member", TextTable::Align::Right},
                 {"Name"},
                 {"Shares", TextTable::Align::Right},
                 {"Saved", TextTable::Align::Right},
                 {"Gross", TextTable::Align::Right},
                 {"Deductions", TextTable::Align::Right},
                 {"Net", TextTable::Align::Right},
                 {"Reinvest", TextTable::Align::Right},
                 {"Still owed", TextTable::Align::Right}});
    std::int64_t deductions = 0, net = 0, reinvested = 0, stillOwed = 0;
    for (const auto& l : r.lines) {
        auto it = plan.reinvest.find(l.member);
        const std::int64_t reinvest = it == plan.reinvest.end() ? 0 : it->second;
        t.addRow({std::to_string(l.member), memberName(book, l.member), std::to_string(l.shares), money(l.saved),
                  money(l.gross) + (l.roundedUp ? "*" : ""), money(l.deductions), money(l.net), money(reinvest),
                  money(l.stillOwed)});
        deductions += l.deductions;
        net += l.net;
        reinvested += reinvest;
        stillOwed += l.stillOwed;
    }
    t.addRow({"", "Total", std::to_string(r.totalShares), money(r.totalSaved), money(r.allocated), money(deductions),
              money(net), money(reinvested), money(stillOwed)});
    if (!r.lines.empty())
        out << t.render();
    out << "Paid out in cash: " << money(net - reinvested) << "; reinvested: " << money(reinvested) << ".\n";
    if (r.keptByRounding)
        out << "Kept by the fund from rounding: " << money(r.keptByRounding) << ".\n";
    if (!r.roundingNote.empty())
        out << "Rounding: " << r.roundingNote << (r.unitsByRemainder ? " (* received one unit more)" : "") << "\n";
    if (!plan.problems.empty()) {
        out << "Problems (the share-out cannot be committed until they are solved):\n";
        const ValidationError named = forPeople(ValidationError(plan.problems), shareOutFields);
        for (const auto& p : named.problems())
            out << "  " << problemText(p) << "\n";
    }
}

void planDocument(std::ostream& out, const Book& book, const ShareOutPlan& plan, const Currency& currency,
                  bool withHead)
{
    JsonWriter j;
    j.beginObject();
    j.field("currency", currency.code);
    shareOutJson(j, book, plan);
    if (withHead)
        j.field("chainHead", book.chainHead().shortText());
    j.endObject();
    out << j.str();
}

std::string planTitle(const ShareOutPlan& plan)
{
    return "savings cycle " + std::to_string(plan.cycle.id) + " \"" + plan.cycle.name + "\" on " + plan.date.iso()
           + ", " + shareOutRuleCode(plan.result.rule) + " rule, " + std::to_string(plan.meetings)
           + (plan.meetings == 1 ? " meeting" : " meetings");
}

int runPreview(CliContext& cx, const ParsedArgs& args)
{
    auto book = cx.openBook("shareout preview", false);
    const Currency& currency = book->settings().currency();
    const ShareOutOptions options = parseOptions(args, currency);
    const SavingsCycle cycle = cycleOption(*book, args);
    // A cycle already shared out shows what was committed, as it was recorded (options would
    // ask for a different share-out, which core refuses for a closed cycle: let it say so).
    const bool asCommitted = cycle.isClosed() && !args.has("rule") && !args.has("basis") && !args.has("counted")
                             && !args.has("keep") && !args.has("keep-note") && !args.has("reinvest")
                             && !args.has("date");
    std::optional<ShareOutPlan> committed = asCommitted ? book->committedShareOut(cycle.id) : std::nullopt;
    const Date date = previewDate(*book, args, cx.clock());
    const ShareOutPlan plan =
        committed ? *committed
                  : renamingFields(shareOutFields, [&] { return book->previewShareOut(cycle.id, options, date); });
    if (args.flag("json")) {
        planDocument(cx.out(), *book, plan, currency, false);
        return 0;
    }
    if (committed)
        cx.out() << "Share-out of " << planTitle(plan) << ", in " << currency.code << ", as committed (entry "
                 << (plan.committedEntry ? std::to_string(*plan.committedEntry) : "?") << ").\n\n";
    else
        cx.out() << "Share-out preview of " << planTitle(plan) << ", in " << currency.code << ".\n\n";
    printPlan(cx.out(), *book, plan, committed ? std::string() : options.keptBackNote, currency);
    return 0;
}

int runCommit(CliContext& cx, const ParsedArgs& args)
{
    auto book = cx.openBook("shareout commit", true);
    const Currency& currency = book->settings().currency();
    const ShareOutOptions options = parseOptions(args, currency);
    const SavingsCycle cycle = cycleOption(*book, args);
    Actor actor = cx.actor(*book, args);
    const ShareOutPlan plan =
        renamingFields(shareOutFields, [&] { return book->commitShareOut(cycle.id, options, actor); });
    if (args.flag("json")) {
        planDocument(cx.out(), *book, plan, currency, true);
        book->close();
        return 0;
    }
    cx.out() << "Share-out of " << planTitle(plan) << ", in " << currency.code << ": committed.\n\n";
    printPlan(cx.out(), *book, plan, options.keptBackNote, currency);
    cx.out() << "Entry " << (plan.committedEntry ? std::to_string(*plan.committedEntry) : "?")
             << " paid it; cycle " << plan.cycle.id << " is closed.\n"
             << "Chain head: " << book->chainHead().shortText() << "\n";
    book->close();
    return 0;
}

const char* shareOutUsage = "[--cycle ID] [--rule standard|time-weighted] [--basis books|counted] "
                            "[--counted AMOUNT] [--keep AMOUNT --keep-note TEXT] [--reinvest M=AMOUNT,…]";

const char* shareOutOptions =
    "  --cycle ID           the cycle (default: the open one; preview without other options\n"
    "                       shows a cycle already shared out as it was committed)\n"
    "  --rule RULE          standard (default): parts proportional to savings, value per\n"
    "                       share = amount shared / shares; time-weighted: savings back,\n"
    "                       earnings by amount x meetings each amount was held\n"
    "  --counted AMOUNT     the cash counted in the box now: the plan shows it beside what\n"
    "                       the books expect, and the difference\n"
    "  --basis BASIS        books (default): share what the books say; counted: correct it\n"
    "                       by the difference (needs --counted)\n"
    "  --keep AMOUNT        what the group decides to keep in the fund, not shared\n"
    "  --keep-note TEXT     why (needed with --keep)\n"
    "  --reinvest LIST      parts of members' net payouts left as opening savings of the next\n"
    "                       cycle, e.g. \"1=2000,3=500\"\n";

const char* shareOutNotes =
    "  The social fund is never shared. Parts add up exactly to the amount shared (largest\n"
    "  remainder; the report states the rounding rule and the tie order). What a member owes\n"
    "  is netted off their part, or, when the cycle says repay-first, is a problem.\n";

} // namespace

std::vector<Verb> shareOutVerbs()
{
    std::vector<Verb> verbs;

    Verb preview;
    preview.name = "shareout preview";
    preview.summary = "Show what a share-out would pay each member, without writing anything.";
    preview.usage = std::string(shareOutUsage) + " [--date YYYY-MM-DD]";
    preview.details = std::string(shareOutOptions)
                      + "  --date D             the share-out meeting's date (default: the open meeting's,\n"
                        "                       else today)\n"
                      + shareOutNotes + "  Problems are listed; 'shareout commit' is refused while there are any.\n";
    preview.spec.valueOptions = {"cycle", "rule", "basis", "counted", "keep", "keep-note", "reinvest", "date"};
    preview.json = true;
    preview.run = runPreview;
    verbs.push_back(preview);

    Verb commit;
    commit.name = "shareout commit";
    commit.summary = "Share out a savings cycle at the open meeting and close the cycle.";
    commit.usage = shareOutUsage;
    commit.details = std::string(shareOutOptions) + shareOutNotes
                     + "  Pays every net part from the box as balanced entries, nets off what members owe,\n"
                       "  keeps the reinvested parts for the next cycle and closes the cycle. The same\n"
                       "  options give the same plan as 'shareout preview'.\n";
    commit.spec.valueOptions = {"cycle", "rule", "basis", "counted", "keep", "keep-note", "reinvest"};
    commit.writes = true;
    commit.json = true;
    commit.run = runCommit;
    verbs.push_back(commit);

    return verbs;
}

} // namespace tontine::cli
