// Partner mutual verbs: partner list, partner add, partner edit. A partner is part of the
// fund's settings (DESIGN §2.6): the health insurer the group collects premiums for, its
// products, the premium and what it buys, and the insurees file it wants. Core validates
// (validatePartner) and chains each change; these verbs only turn options into a Partner.
#include "app/cli/cli_context.h"
#include "app/cli/json_writer.h"
#include "app/cli/premium_text.h"
#include "app/cli/savings_text.h"
#include "app/cli/text_table.h"
#include "app/cli/usage_error.h"
#include "app/cli/verb.h"
#include "core/error/errors.h"

#include <ostream>

namespace tontine::cli {

namespace {

// Core names a partner's problems after the Partner members; a person typed these options.
const FieldNames partnerFields = {{"name", "--name"},
                                  {"payerName", "--payer"},
                                  {"productCodes", "--products"},
                                  {"basis", "--basis"},
                                  {"premium", "--premium"},
                                  {"periodMonths", "--period-months"},
                                  {"paymentType", "--payment-type"},
                                  {"contributionCategory", "--category"},
                                  {"exportProfile", "--profile"},
                                  {"partialPayments", "--partial"},
                                  {"active", "--active"}};

const char* OptionsHelp =
    "  --name TEXT            the mutual's name, e.g. \"Mutuelle de santé And Fagaru\"\n"
    "  --payer TEXT           the group as the mutual knows it (the payer column)\n"
    "  --products A[,B]       the mutual's product codes (1 to 10, no spaces, none twice);\n"
    "                         the first is the default for 'premium pay'\n"
    "  --premium AMOUNT       the premium for one period, in major units\n"
    "  --basis B              member or household: the premium is per insured member or\n"
    "                         per household (whatever its size)\n"
    "  --period-months M      the coverage one premium buys: 1 to 24 months\n"
    "  --payment-type T       how the group pays the mutual: B bank, C cash, M mobile\n"
    "                         money, F funding (openIMIS payment types)\n"
    "  --category CODE        the mutual's contribution category code for a premium\n"
    "  --profile PROFILE      the insurees file the mutual wants: openimis-insurees,\n"
    "                         mutuelle-fr or members\n";

// Product codes as typed: "AF-FAM, AF-IND". Spaces around a code go; anything else is kept
// so that core refuses a code with a space inside rather than silently joining it.
std::vector<std::string> productList(const std::string& text)
{
    std::vector<std::string> codes;
    std::string part;
    auto push = [&] {
        const auto first = part.find_first_not_of(' ');
        const auto last = part.find_last_not_of(' ');
        codes.push_back(first == std::string::npos ? std::string() : part.substr(first, last - first + 1));
        part.clear();
    };
    for (char c : text) {
        if (c == ',')
            push();
        else
            part += c;
    }
    push();
    return codes;
}

bool yesNoArg(const std::string& text, const std::string& option)
{
    if (text == "yes" || text == "no")
        return text == "yes";
    throw ValidationError(option, "option.invalid", "not one of yes, no: '" + text + "'", {text});
}

// Applies the options given over `p`. `--partial` is a flag on
// add and yes|no on edit (where it may switch partial payments off again).
void applyPartnerOptions(const ParsedArgs& args, Partner& p, const Currency& currency, bool editing)
{
    if (auto v = args.value("name")) {
        p.name = *v;
    }
    if (auto v = args.value("payer")) {
        p.payerName = *v;
    }
    if (auto v = args.value("products")) {
        p.productCodes = productList(*v);
    }
    if (auto v = args.value("premium")) {
        p.premium = CliContext::parseAmount(*v, currency, "--premium");
    }
    if (auto v = args.value("basis")) {
        auto basis = parsePremiumBasis(*v);
        if (!basis)
            throw ValidationError("--basis", "option.invalid", "not one of member, household: '" + *v + "'", {*v});
        p.basis = *basis;
    }
    if (auto v = args.value("period-months")) {
        p.periodMonths = static_cast<int>(CliContext::parseCount(*v, "--period-months", 1, 24));
    }
    if (auto v = args.value("payment-type")) {
        p.paymentType = *v;
    }
    if (auto v = args.value("category")) {
        p.contributionCategory = *v;
    }
    if (auto v = args.value("profile")) {
        p.exportProfile = *v;
    }
    if (editing) {
        if (auto v = args.value("partial")) {
            p.partialPayments = yesNoArg(*v, "--partial");
        }
        if (auto v = args.value("active")) {
            p.active = yesNoArg(*v, "--active");
        }
    } else if (args.flag("partial")) {
        p.partialPayments = true;
    }
}

void printPartner(std::ostream& out, const Partner& p, const PremiumsHeld& held, const Currency& currency)
{
    std::string products;
    for (const auto& code : p.productCodes)
        products += (products.empty() ? "" : ", ") + code;
    FieldList f;
    f.add("Partner", partnerLine(p));
    f.add("Payer", p.payerName);
    f.add("Products", products);
    f.add("Premium", premiumText(p, currency));
    f.add("Partial payments", p.partialPayments ? "yes" : "no");
    f.add("Payment type", paymentTypeText(p.paymentType));
    f.add("Category", p.contributionCategory);
    f.add("Insurees file", p.exportProfile);
    f.add("Active", p.active ? "yes" : "no (takes no new premiums)");
    f.add("Held", amountText(held.held(), currency) + " (collected " + amountText(held.collected, currency)
                      + ", remitted " + amountText(held.remitted, currency) + ")");
    out << f.render();
}

int runList(CliContext& cx, const ParsedArgs& args)
{
    auto book = cx.openBook("partner list", false);
    const Currency& currency = book->settings().currency();
    const auto partners = book->partners();
    if (args.flag("json")) {
        JsonWriter j;
        j.beginObject();
        j.field("currency", currency.code);
        j.key("partners").beginArray();
        for (const auto& p : partners)
            partnerJson(j, p, heldFor(*book, p.id));
        j.endArray();
        j.endObject();
        cx.out() << j.str();
        return 0;
    }
    if (partners.empty()) {
        cx.out() << "No partner mutual yet: add one with 'tontine-cli partner add'.\n";
        return 0;
    }
    TextTable t({{"No", TextTable::Align::Right},
                 {"Name"},
                 {"Products"},
                 {"Premium", TextTable::Align::Right},
                 {"Per"},
                 {"Months", TextTable::Align::Right},
                 {"Partial"},
                 {"Pay"},
                 {"Insurees file"},
                 {"Active"},
                 {"Held", TextTable::Align::Right}});
    for (const auto& p : partners) {
        std::string products;
        for (const auto& code : p.productCodes)
            products += (products.empty() ? "" : ",") + code;
        t.addRow({std::to_string(p.id), p.name, products, amountText(p.premium, currency), premiumBasisCode(p.basis),
                  std::to_string(p.periodMonths), p.partialPayments ? "yes" : "no", p.paymentType, p.exportProfile,
                  p.active ? "yes" : "no", amountText(heldFor(*book, p.id).held(), currency)});
    }
    cx.out() << "Partner mutuals; premiums and held amounts in " << currency.code << ".\n\n" << t.render();
    return 0;
}

int runAdd(CliContext& cx, const ParsedArgs& args)
{
    auto book = cx.openBook("partner add", true);
    const Currency& currency = book->settings().currency();
    Actor actor = cx.actor(*book, args);
    Partner p;
    applyPartnerOptions(args, p, currency, false);
    const PartnerId id = renamingFields(partnerFields, [&] { return book->savePartner(p, actor); });
    const Partner saved = *book->partner(id);
    cx.out() << "Partner " << id << " added.\n\n";
    printPartner(cx.out(), saved, heldFor(*book, id), currency);
    cx.out() << "Chain head: " << book->chainHead().shortText() << "\n";
    book->close();
    return 0;
}

int runEdit(CliContext& cx, const ParsedArgs& args)
{
    bool any = false;
    for (const auto& [field, option] : partnerFields)
        any = any || args.has(option.substr(2));
    if (!any)
        throw UsageError("nothing to change: give at least one option", "partner edit");
    auto book = cx.openBook("partner edit", true);
    const Currency& currency = book->settings().currency();
    Partner p = requirePartnerArg(*book, *args.positional(0), "ID");
    applyPartnerOptions(args, p, currency, true);
    Actor actor = cx.actor(*book, args);
    const std::int64_t entries = book->entryCount();
    renamingFields(partnerFields, [&] { return book->savePartner(p, actor); });
    const Partner saved = *book->partner(p.id);
    // The book writes nothing for an edit that changes nothing; say so rather than "saved".
    cx.out() << "Partner " << p.id << (book->entryCount() == entries ? " unchanged: nothing to save.\n\n" : " saved.\n\n");
    printPartner(cx.out(), saved, heldFor(*book, p.id), currency);
    cx.out() << "Chain head: " << book->chainHead().shortText() << "\n";
    book->close();
    return 0;
}

} // namespace

std::vector<Verb> partnerVerbs()
{
    std::vector<Verb> verbs;

    Verb list;
    list.name = "partner list";
    list.summary = "List the partner mutuals the group collects premiums for.";
    list.details = "  Each partner with its products, premium, coverage period and what the group\n"
                   "  holds for it (collected, not yet remitted).\n";
    list.json = true;
    list.run = runList;
    verbs.push_back(list);

    Verb add;
    add.name = "partner add";
    add.summary = "Add a partner mutual (a health insurer the group collects premiums for).";
    add.usage = "--name TEXT --payer TEXT --products A[,B] --premium AMOUNT [--basis member|household] "
                "[--period-months M] [--payment-type B|C|M|F] [--category CODE] [--profile PROFILE] [--partial]";
    add.details = std::string(OptionsHelp)
                  + "  --partial              a household may pay a period in several parts (default:\n"
                    "                         each payment is exactly one period's price)\n"
                    "  Defaults: --basis member, --period-months 12, --payment-type C, --category C,\n"
                    "  --profile openimis-insurees.\n"
                    "  Refused (exit 1, every problem listed) when the name or payer is blank, a\n"
                    "  product code is blank, has a space or a separator or comes twice, the premium\n"
                    "  is not more than zero or not a multiple of the fund's rounding unit, or a code\n"
                    "  is not one of those listed.\n";
    add.spec.valueOptions = {"name", "payer", "products", "premium", "basis", "period-months", "payment-type",
                             "category", "profile"};
    add.spec.flags = {"partial"};
    add.spec.required = {"name", "payer", "products", "premium"};
    add.writes = true;
    add.run = runAdd;
    verbs.push_back(add);

    Verb edit;
    edit.name = "partner edit";
    edit.summary = "Change a partner mutual's settings (only the options given).";
    edit.usage = "ID [--name TEXT] [--payer TEXT] [--products A[,B]] [--premium AMOUNT] [--basis member|household] "
                 "[--period-months M] [--payment-type B|C|M|F] [--category CODE] [--profile PROFILE] "
                 "[--partial yes|no] [--active yes|no]";
    edit.details = "  ID                     the partner's number ('partner list')\n" + std::string(OptionsHelp)
                   + "  --partial yes|no       whether a household may pay a period in several parts\n"
                     "  --active yes|no        an inactive partner takes no new premiums; what was paid\n"
                     "                         and remitted stays\n"
                     "  Premiums already paid keep the period and price they were paid for. Refused\n"
                     "  like 'partner add'; an edit that changes nothing writes nothing.\n";
    edit.spec.valueOptions = {"name",     "payer",   "products", "premium", "basis",  "period-months",
                              "payment-type", "category", "profile",  "partial", "active"};
    edit.spec.positionals = {"ID"};
    edit.writes = true;
    edit.run = runEdit;
    verbs.push_back(edit);

    return verbs;
}

} // namespace tontine::cli
