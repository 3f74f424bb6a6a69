// Social fund verbs about its rules and its money in: social rules, social rules set, social
// contribute, social balance. Contributions are dues of kind "social" that the book creates
// when a meeting opens; the fund never goes below zero and is never shared out.
#include "app/cli/cli_context.h"
#include "app/cli/json_writer.h"
#include "app/cli/rotation_text.h"
#include "app/cli/savings_json.h"
#include "app/cli/savings_text.h"
#include "app/cli/text_table.h"
#include "app/cli/usage_error.h"
#include "app/cli/verb.h"
#include "core/error/errors.h"

#include <algorithm>
#include <ostream>

namespace tontine::cli {

namespace {

const FieldNames rulesFields = {{"contribution", "--contribution"},
                                {"approvalsRequired", "--approvals"},
                                {"loansAllowed", "--loans"},
                                {"loanMax", "--loan-max"},
                                {"events", "--event"}};

std::string eventCodes()
{
    std::string text;
    for (auto e : allSocialEvents())
        text += (text.empty() ? "" : ", ") + socialEventCode(e);
    return text;
}

// "illness=fixed:5000", "birth=ceiling:10000", "wedding=none" (no grant for it any more).
// Returns the event and its rule; nullopt rule for "none".
std::pair<SocialEvent, std::optional<SocialEventRule>> parseEventOption(const std::string& text,
                                                                        const Currency& currency)
{
    const auto eq = text.find('=');
    const std::string code = text.substr(0, eq);
    auto event = parseSocialEvent(code);
    if (eq == std::string::npos || !event)
        throw ValidationError("--event", "option.invalid",
                              "write EVENT=fixed:AMOUNT, EVENT=ceiling:AMOUNT or EVENT=none, EVENT one of "
                                  + eventCodes() + ": '" + text + "'",
                              {text});
    const std::string rule = text.substr(eq + 1);
    if (rule == "none")
        return {*event, std::nullopt};
    const auto colon = rule.find(':');
    const std::string kind = rule.substr(0, colon);
    if (colon == std::string::npos || (kind != "fixed" && kind != "ceiling"))
        throw ValidationError("--event", "option.invalid",
                              "the grant of an event is fixed:AMOUNT, ceiling:AMOUNT or none: '" + text + "'", {text});
    SocialEventRule r;
    r.event = *event;
    r.fixed = kind == "fixed";
    r.amount = CliContext::parseAmount(rule.substr(colon + 1), currency, "--event");
    return {*event, r};
}

bool yesNoOption(const std::string& text, const std::string& option)
{
    if (text == "yes" || text == "no")
        return text == "yes";
    throw ValidationError(option, "option.invalid", "not one of yes, no: '" + text + "'", {text});
}

void printRules(std::ostream& out, const SocialRules& rules, const Currency& currency)
{
    FieldList f;
    f.add("Contribution", rules.contribution ? amountText(rules.contribution, currency) + " " + std::string(currency.code)
                                                   + " per member per meeting"
                                             : "none");
    f.add("Approvals needed", std::to_string(rules.approvalsRequired) + " committee members");
    f.add("Social loans", !rules.loansAllowed ? "no"
                          : rules.loanMax   ? "yes, interest-free, up to " + amountText(rules.loanMax, currency)
                                                  + " " + std::string(currency.code)
                                            : "yes, interest-free, up to what the fund holds");
    out << f.render();
    if (rules.events.empty()) {
        out << "\nNo events have a grant yet: set them with 'social rules set --event EVENT=fixed:AMOUNT'.\n";
        return;
    }
    TextTable t({{"Event"}, {"Grant"}, {"Amount", TextTable::Align::Right}});
    for (const auto& e : rules.events)
        t.addRow({socialEventCode(e.event), e.fixed ? "fixed" : "up to", amountText(e.amount, currency)});
    out << "\n" << t.render();
}

int runRules(CliContext& cx, const ParsedArgs& args)
{
    auto book = cx.openBook("social rules", false);
    const Currency& currency = book->settings().currency();
    const SocialRules rules = book->socialRules();
    if (args.flag("json")) {
        JsonWriter j;
        j.beginObject();
        j.field("currency", currency.code);
        socialRulesJson(j, rules);
        j.endObject();
        cx.out() << j.str();
        return 0;
    }
    printRules(cx.out(), rules, currency);
    return 0;
}

int runRulesSet(CliContext& cx, const ParsedArgs& args)
{
    if (!args.has("contribution") && !args.has("approvals") && !args.has("loans") && !args.has("loan-max")
        && args.values("event").empty())
        throw UsageError("nothing to change: give at least one rule", "social rules set");
    auto book = cx.openBook("social rules set", true);
    const Currency& currency = book->settings().currency();
    Actor actor = cx.actor(*book, args);
    SocialRules rules = book->socialRules();
    if (auto v = args.value("contribution"))
        rules.contribution = CliContext::parseAmount(*v, currency, "--contribution");
    if (auto v = args.value("approvals"))
        rules.approvalsRequired = static_cast<int>(CliContext::parseCount(*v, "--approvals", 1, 20));
    if (auto v = args.value("loans"))
        rules.loansAllowed = yesNoOption(*v, "--loans");
    if (auto v = args.value("loan-max"))
        rules.loanMax = CliContext::parseAmount(*v, currency, "--loan-max");
    for (const auto& text : args.values("event")) {
        auto [event, rule] = parseEventOption(text, currency);
        auto& events = rules.events;
        events.erase(std::remove_if(events.begin(), events.end(),
                                    [event = event](const SocialEventRule& r) { return r.event == event; }),
                     events.end());
        if (rule)
            events.push_back(*rule);
    }
    // The table reads in the order of the event list, whatever order the options came in.
    std::stable_sort(rules.events.begin(), rules.events.end(),
                     [](const SocialEventRule& a, const SocialEventRule& b) { return a.event < b.event; });
    renamingFields(rulesFields, [&] { book->setSocialRules(rules, actor); });
    cx.out() << "Social fund rules saved.\n\n";
    printRules(cx.out(), book->socialRules(), currency);
    cx.out() << "Chain head: " << book->chainHead().shortText() << "\n";
    book->close();
    return 0;
}

// What a member still owes of one kind of due ("social", "social-loan").
std::int64_t owedOfKind(const Book& book, std::optional<MemberId> member, const std::string& kind)
{
    std::int64_t owed = 0;
    for (const auto& d : book.dues(member, true))
        if (d.kind == kind)
            owed += d.outstanding();
    return owed;
}

int runContribute(CliContext& cx, const ParsedArgs& args)
{
    const MemberId member = memberArg(*args.positional(0), "MEMBER");
    auto book = cx.openBook("social contribute", true);
    const Currency& currency = book->settings().currency();
    const std::int64_t amount = CliContext::parseAmount(*args.positional(1), currency, "AMOUNT");
    Actor actor = cx.actor(*book, args);
    const std::int64_t before = book->entryCount();
    const EntrySeq seq = renamingFields({{"member", "MEMBER"}, {"amount", "AMOUNT"}},
                                        [&] { return book->paySocialContribution(member, amount, actor); });
    const std::int64_t stillOwed = owedOfKind(*book, member, "social");
    // A payment covering several meetings' contributions is one entry per due (the book
    // returns the last): name them all, so the journal lines up with what was said.
    const std::string entries = seq > before + 1
                                    ? "Entries " + std::to_string(before + 1) + " to " + std::to_string(seq)
                                    : "Entry " + std::to_string(seq);
    cx.out() << entries << ": " << amountText(amount, currency) << " " << currency.code
             << " social contribution paid by " << memberLine(*book, member) << "; "
             << (stillOwed ? amountText(stillOwed, currency) + " still owed" : "nothing more owed") << ".\n"
             << "Social fund balance: " << amountText(book->socialFund().balance, currency) << "\n"
             << "Chain head: " << book->chainHead().shortText() << "\n";
    book->close();
    return 0;
}

int runBalance(CliContext& cx, const ParsedArgs& args)
{
    auto book = cx.openBook("social balance", false);
    const Currency& currency = book->settings().currency();
    const SocialFundPosition fund = book->socialFund();
    const std::int64_t contributionsOwed = owedOfKind(*book, std::nullopt, "social");
    const std::int64_t loansOwed = owedOfKind(*book, std::nullopt, "social-loan");
    if (args.flag("json")) {
        JsonWriter j;
        j.beginObject();
        j.field("currency", currency.code);
        j.field("balance", fund.balance);
        j.field("lentOut", fund.lentOut);
        j.field("available", fund.available());
        j.field("contributionsOwed", contributionsOwed);
        j.field("loansOwed", loansOwed);
        j.field("grants", static_cast<std::int64_t>(book->grants().size()));
        j.endObject();
        cx.out() << j.str();
        return 0;
    }
    FieldList f;
    f.add("Balance", amountText(fund.balance, currency) + " " + std::string(currency.code));
    f.add("Lent out", amountText(fund.lentOut, currency));
    f.add("Available", amountText(fund.available(), currency) + " (for grants and social loans now)");
    f.add("Contributions owed", amountText(contributionsOwed, currency));
    f.add("Social loans owed", amountText(loansOwed, currency));
    f.add("Grants paid", std::to_string(book->grants().size()));
    cx.out() << "Social fund (never shared out; it carries over to the next cycle).\n\n" << f.render();
    return 0;
}

} // namespace

std::vector<Verb> socialVerbs()
{
    std::vector<Verb> verbs;

    Verb rules;
    rules.name = "social rules";
    rules.summary = "Show the social fund's rules: contribution, approvals, loans, event grants.";
    rules.json = true;
    rules.run = runRules;
    verbs.push_back(rules);

    Verb set;
    set.name = "social rules set";
    set.summary = "Change the social fund's rules (only the ones given).";
    set.usage = "[--contribution AMOUNT] [--approvals K] [--loans yes|no] [--loan-max AMOUNT] "
                "[--event EVENT=fixed:AMOUNT|ceiling:AMOUNT|none]…";
    set.details =
        "  --contribution AMOUNT  what each active member pays per meeting (0: none); a due of\n"
        "                         every active member when a meeting opens\n"
        "  --approvals K          committee members who must approve a grant or social loan\n"
        "  --loans yes|no         allow interest-free social loans\n"
        "  --loan-max AMOUNT      the largest social loan (0: up to what the fund holds)\n"
        "  --event EVENT=RULE     the grant for an event, repeatable: fixed:AMOUNT (exactly\n"
        "                         that), ceiling:AMOUNT (at most that) or none (no grant).\n"
        "                         Events: illness, death-member, death-relative, birth,\n"
        "                         wedding, other\n";
    set.spec.valueOptions = {"contribution", "approvals", "loans", "loan-max"};
    set.spec.repeatable = {"event"};
    set.writes = true;
    set.run = runRulesSet;
    verbs.push_back(set);

    Verb contribute;
    contribute.name = "social contribute";
    contribute.summary = "Record a member's social fund contribution at the open meeting.";
    contribute.usage = "MEMBER AMOUNT";
    contribute.details = "  MEMBER  the member's number\n"
                         "  AMOUNT  what they pay, in major units; it pays their social contributions\n"
                         "          oldest first, and not more than they owe\n";
    contribute.spec.positionals = {"MEMBER", "AMOUNT"};
    contribute.writes = true;
    contribute.run = runContribute;
    verbs.push_back(contribute);

    Verb balance;
    balance.name = "social balance";
    balance.summary = "Show the social fund: balance, lent out, available, owed to it.";
    balance.json = true;
    balance.run = runBalance;
    verbs.push_back(balance);

    return verbs;
}

} // namespace tontine::cli
