// Loan verbs about the fund's terms: loan rules, loan rules set, loan product list, add, edit.
// Core validates every value (validateLoanRules, validateLoanProduct) and writes nothing when
// it refuses; this file parses the options and prints what was saved.
#include "app/cli/cli_context.h"
#include "app/cli/json_writer.h"
#include "app/cli/loan_json.h"
#include "app/cli/loan_text.h"
#include "app/cli/text_table.h"
#include "app/cli/usage_error.h"
#include "app/cli/verb.h"
#include "core/error/errors.h"

#include <limits>
#include <ostream>

namespace tontine::cli {

namespace {

constexpr std::int64_t maxInt = std::numeric_limits<int>::max();

int countOption(const ParsedArgs& args, const std::string& name, std::int64_t min = 0, std::int64_t max = maxInt)
{
    return static_cast<int>(CliContext::parseCount(*args.value(name), "--" + name, min, max));
}

// "none", "fixed:1000", "percent:2.5": the kind and size of the penalty (its timing stays).
void applyPenalty(PenaltyRule& p, const std::string& text, const Currency& currency)
{
    const auto colon = text.find(':');
    const std::string kind = text.substr(0, colon);
    if (text == "none") {
        p.kind = PenaltyRule::Kind::None;
        p.amount = 0;
        p.basisPoints = 0;
    } else if (kind == "fixed" && colon != std::string::npos) {
        p.kind = PenaltyRule::Kind::Fixed;
        p.amount = CliContext::parseAmount(text.substr(colon + 1), currency, "--penalty");
        p.basisPoints = 0;
    } else if (kind == "percent" && colon != std::string::npos) {
        p.kind = PenaltyRule::Kind::Percent;
        p.basisPoints = percentArg(text.substr(colon + 1), "--penalty");
        p.amount = 0;
    } else {
        throw ValidationError("--penalty", "option.invalid",
                              "write none, fixed:AMOUNT or percent:P: '" + text + "'", {text});
    }
}

void applyProductOptions(LoanProduct& p, const ParsedArgs& args, const Currency& currency)
{
    if (auto v = args.value("name"))
        p.name = *v;
    if (auto v = args.value("rate"))
        p.rateBasisPoints = percentArg(*v, "--rate");
    if (auto v = args.value("method")) {
        auto method = parseLoanMethod(*v);
        if (!method)
            throw ValidationError("--method", "option.invalid",
                                  "not one of flat, declining, annuity, custom: '" + *v + "'", {*v});
        p.method = *method;
    }
    if (args.has("term-min"))
        p.minTermMonths = countOption(args, "term-min");
    if (args.has("term-max"))
        p.maxTermMonths = countOption(args, "term-max");
    if (args.has("multiple"))
        p.savingsMultiplePercent = countOption(args, "multiple");
    if (auto v = args.value("max-amount"))
        p.maxAmount = CliContext::parseAmount(*v, currency, "--max-amount");
    if (args.has("guarantors"))
        p.guarantorsRequired = countOption(args, "guarantors");
    if (auto v = args.value("pledge"))
        p.pledgeBasisPoints = percentArg(*v, "--pledge");
    if (auto v = args.value("penalty"))
        applyPenalty(p.penalty, *v, currency);
    if (auto v = args.value("penalty-per-period")) {
        p.penalty.perPeriod = *v != "no";
        if (p.penalty.perPeriod)
            p.penalty.periodDays = countOption(args, "penalty-per-period");
    }
    if (args.has("grace"))
        p.penalty.graceDays = countOption(args, "grace");
    if (auto v = args.value("top-up")) {
        p.topUpAllowed = *v != "no";
        if (p.topUpAllowed)
            p.topUpMinRepaidPercent = countOption(args, "top-up");
    }
    if (auto v = args.value("active")) {
        if (*v != "yes" && *v != "no")
            throw ValidationError("--active", "option.invalid", "not one of yes, no: '" + *v + "'", {*v});
        p.active = *v == "yes";
    }
}

// The penalty in a table cell: "1000 every 30 days, 3 days grace", "2.5% once".
std::string penaltyShort(const PenaltyRule& p, const Currency& currency)
{
    if (p.kind == PenaltyRule::Kind::None)
        return "none";
    std::string text = p.kind == PenaltyRule::Kind::Fixed ? amountText(p.amount, currency) : percentText(p.basisPoints);
    text += p.perPeriod ? " every " + std::to_string(p.periodDays) + " days" : " once";
    if (p.graceDays > 0)
        text += ", " + std::to_string(p.graceDays) + " days grace";
    return text;
}

int runRules(CliContext& cx, const ParsedArgs& args)
{
    auto book = cx.openBook("loan rules", false);
    const LoanRules rules = book->loanRules();
    if (args.flag("json")) {
        JsonWriter j;
        j.beginObject();
        loanRulesJson(j, *book, rules);
        j.endObject();
        cx.out() << j.str();
        return 0;
    }
    cx.out() << rulesFields(*book, rules);
    return 0;
}

int runRulesSet(CliContext& cx, const ParsedArgs& args)
{
    if (!args.has("committee") && !args.has("approvals") && !args.has("max-days-late") && !args.has("exposure"))
        throw UsageError("nothing to change: give at least one rule", "loan rules set");
    auto book = cx.openBook("loan rules set", true);
    Actor actor = cx.actor(*book, args);
    LoanRules rules = book->loanRules();
    if (auto v = args.value("committee"))
        rules.committee = *v == "none" ? std::vector<MemberId>{} : memberRefs(*book, *v, "--committee");
    if (args.has("approvals"))
        rules.approvalsRequired = countOption(args, "approvals", 1, 20);
    if (args.has("max-days-late"))
        rules.maxDaysLateToBorrow = countOption(args, "max-days-late");
    if (args.has("exposure"))
        rules.guarantorExposurePercent = countOption(args, "exposure");
    renamingFields(loanFields, [&] { book->setLoanRules(rules, actor); });
    cx.out() << "Loan rules saved.\n\n" << rulesFields(*book, book->loanRules())
             << "Chain head: " << book->chainHead().shortText() << "\n";
    book->close();
    return 0;
}

int runProductList(CliContext& cx, const ParsedArgs& args)
{
    auto book = cx.openBook("loan product list", false);
    const Currency& currency = book->settings().currency();
    const auto products = book->loanProducts();
    if (args.flag("json")) {
        JsonWriter j;
        j.beginObject();
        j.field("currency", currency.code);
        j.key("products").beginArray();
        for (const auto& p : products)
            loanProductJson(j, p);
        j.endArray();
        j.endObject();
        cx.out() << j.str();
        return 0;
    }
    if (products.empty()) {
        cx.out() << "No loan products yet: add one with 'loan product add'.\n";
        return 0;
    }
    TextTable t({{"Product", TextTable::Align::Right},
                 {"Name"},
                 {"Rate/month", TextTable::Align::Right},
                 {"Method"},
                 {"Term"},
                 {"Multiple", TextTable::Align::Right},
                 {"Max", TextTable::Align::Right},
                 {"Guarantors", TextTable::Align::Right},
                 {"Pledge", TextTable::Align::Right},
                 {"Penalty"},
                 {"Top-up"},
                 {"Active"}});
    for (const auto& p : products)
        t.addRow({std::to_string(p.id), p.name, percentText(p.rateBasisPoints), loanMethodCode(p.method),
                  std::to_string(p.minTermMonths) + "-" + std::to_string(p.maxTermMonths) + " months",
                  p.savingsMultiplePercent ? std::to_string(p.savingsMultiplePercent) + "%" : "none",
                  p.maxAmount ? amountText(p.maxAmount, currency) : "none", std::to_string(p.guarantorsRequired),
                  percentText(p.pledgeBasisPoints), penaltyShort(p.penalty, currency),
                  p.topUpAllowed ? "after " + std::to_string(p.topUpMinRepaidPercent) + "%" : "no", yesNo(p.active)});
    cx.out() << "Loan products, amounts in " << currency.code << ".\n\n" << t.render();
    return 0;
}

int saveProduct(CliContext& cx, const ParsedArgs& args, const std::string& verb, bool add)
{
    auto book = cx.openBook(verb, true);
    const Currency& currency = book->settings().currency();
    LoanProduct product = add ? LoanProduct{} : requireProductArg(*book, *args.positional(0), "PRODUCT");
    applyProductOptions(product, args, currency);
    Actor actor = cx.actor(*book, args);
    const LoanProductId id = renamingFields(loanFields, [&] { return book->saveLoanProduct(product, actor); });
    product.id = id;
    for (const auto& p : book->loanProducts())
        if (p.id == id)
            product = p;
    cx.out() << "Loan product " << id << (add ? " added" : " saved")
             << (add ? "." : " (loans already requested keep the terms they had).") << "\n\n"
             << productFields(product, currency) << "Chain head: " << book->chainHead().shortText() << "\n";
    book->close();
    return 0;
}

const char* productUsage =
    "[--term-min N] [--term-max N] [--multiple PERCENT] [--max-amount AMOUNT] [--guarantors N] "
    "[--pledge PERCENT] [--penalty none|fixed:AMOUNT|percent:P] [--penalty-per-period DAYS|no] [--grace DAYS] "
    "[--top-up PERCENT_REPAID|no] [--active yes|no]";

const char* productDetails =
    "  --name TEXT              e.g. \"Ordinary loan\", \"Harvest loan\"\n"
    "  --rate PERCENT           interest per month, at most two decimals: 1 or 1.25\n"
    "  --method METHOD          flat (on the original principal), declining (equal principal,\n"
    "                           interest on what is left), annuity (equal instalments) or\n"
    "                           custom (dates and amounts given with each loan)\n"
    "  --term-min N             the shortest term in months (default 1)\n"
    "  --term-max N             the longest term in months (default 12; custom: the last date\n"
    "                           within this many months)\n"
    "  --multiple PERCENT       largest loan outstanding as a share of the borrower's savings:\n"
    "                           300 = three times their savings (default; 0: no such limit)\n"
    "  --max-amount AMOUNT      largest loan in the fund's currency (0: no cap)\n"
    "  --guarantors N           guarantors each loan needs (default 1)\n"
    "  --pledge PERCENT         the least each guarantor pledges, as a share of the principal\n"
    "                           (default 50)\n"
    "  --penalty RULE           on a late instalment: none, fixed:AMOUNT or percent:P (of the\n"
    "                           instalment)\n"
    "  --penalty-per-period D   charge it again for every D days late begun (no: once)\n"
    "  --grace DAYS             days after the due date before an instalment is late\n"
    "  --top-up PERCENT|no      allow a top-up once this share of the principal is repaid\n"
    "  --active yes|no          an inactive product takes no new requests\n";

} // namespace

std::vector<Verb> loanProductVerbs()
{
    std::vector<Verb> verbs;

    Verb rules;
    rules.name = "loan rules";
    rules.summary = "Show the loan rules: committee, approvals, lateness, guarantor exposure.";
    rules.json = true;
    rules.run = runRules;
    verbs.push_back(rules);

    Verb set;
    set.name = "loan rules set";
    set.summary = "Change the loan rules (only the ones given).";
    set.usage = "[--committee M,M,…|none] [--approvals K] [--max-days-late N] [--exposure PERCENT]";
    set.details = "  --committee LIST   the loan committee, members by number or name, e.g. \"3,5,6\";\n"
                  "                     approvers must be among them (none: any member)\n"
                  "  --approvals K      approvals a loan, rescheduling, default, write-off or group\n"
                  "                     guarantee needs (never the borrower's own)\n"
                  "  --max-days-late N  a member with a loan or due later than this may not borrow\n"
                  "  --exposure PERCENT  what a guarantor may pledge in all, as a share of their savings\n";
    set.spec.valueOptions = {"committee", "approvals", "max-days-late", "exposure"};
    set.writes = true;
    set.run = runRulesSet;
    verbs.push_back(set);

    Verb list;
    list.name = "loan product list";
    list.summary = "List the loan products and their terms.";
    list.json = true;
    list.run = runProductList;
    verbs.push_back(list);

    Verb add;
    add.name = "loan product add";
    add.summary = "Add a loan product: rate, method, terms, limits, guarantors, penalty.";
    add.usage = std::string("--name TEXT --rate PERCENT --method flat|declining|annuity|custom ") + productUsage;
    add.details = productDetails;
    add.spec.valueOptions = {"name",       "rate",   "method",  "term-min", "term-max",
                             "multiple",   "max-amount", "guarantors", "pledge", "penalty",
                             "penalty-per-period", "grace", "top-up", "active"};
    add.spec.required = {"name", "rate", "method"};
    add.writes = true;
    add.run = [](CliContext& cx, const ParsedArgs& args) { return saveProduct(cx, args, "loan product add", true); };
    verbs.push_back(add);

    Verb edit = add;
    edit.name = "loan product edit";
    edit.summary = "Change a loan product's terms (only the ones given).";
    edit.usage = std::string("PRODUCT [--name TEXT] [--rate PERCENT] [--method METHOD] ") + productUsage;
    edit.details = std::string("  PRODUCT                  the product's number ('loan product list')\n") + productDetails
                   + "  Loans already requested keep the terms they had.\n";
    edit.spec.required = {};
    edit.spec.positionals = {"PRODUCT"};
    edit.run = [](CliContext& cx, const ParsedArgs& args) { return saveProduct(cx, args, "loan product edit", false); };
    verbs.push_back(edit);

    return verbs;
}

} // namespace tontine::cli
