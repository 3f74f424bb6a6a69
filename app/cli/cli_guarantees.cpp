// Group guarantee verbs: guarantee create, release, call, list. A guarantee is the group's
// commitment to stand behind a member's purchase from a supplier: no cash moves until it is
// called, and then it becomes a loan to the member. Core checks; this file parses and prints.
#include "app/cli/cli_context.h"
#include "app/cli/json_writer.h"
#include "app/cli/loan_json.h"
#include "app/cli/loan_text.h"
#include "app/cli/meeting_text.h"
#include "app/cli/rotation_text.h"
#include "app/cli/text_table.h"
#include "app/cli/usage_error.h"
#include "app/cli/verb.h"
#include "core/error/errors.h"

#include <ostream>

namespace tontine::cli {

namespace {

std::string head(const Book& book) { return "Chain head: " + book.chainHead().shortText() + "\n"; }

int runCreate(CliContext& cx, const ParsedArgs& args)
{
    auto book = cx.openBook("guarantee create", true);
    const Currency& currency = book->settings().currency();
    GroupGuarantee g;
    g.member = memberRef(*book, *args.value("member"), "--member");
    g.supplier = *args.value("supplier");
    g.purpose = *args.value("purpose");
    g.amount = CliContext::parseAmount(*args.value("amount"), currency, "--amount");
    g.until = CliContext::parseDate(*args.value("until"), "--until");
    g.approvers = memberRefs(*book, *args.value("by"), "--by");
    Actor actor = cx.actor(*book, args);
    g.issuedOn = actor.date;
    const GuaranteeId id = renamingFields(loanFields, [&] { return book->createGuarantee(g, actor); });
    cx.out() << "Group guarantee " << id << " on " << actor.date.iso() << ": the group stands behind "
             << memberLine(*book, g.member) << " for up to " << amountText(g.amount, currency) << " "
             << currency.code << " owed to " << g.supplier << ", for \"" << g.purpose << "\", until "
             << g.until.iso() << ".\nApproved by " << membersText(*book, g.approvers)
             << ". No cash moves unless it is called ('guarantee call " << id << "').\n"
             << head(*book);
    book->close();
    return 0;
}

int runRelease(CliContext& cx, const ParsedArgs& args)
{
    auto book = cx.openBook("guarantee release", true);
    const Currency& currency = book->settings().currency();
    const GroupGuarantee g = requireGuaranteeArg(*book, *args.positional(0));
    Actor actor = cx.actor(*book, args);
    renamingFields(loanFields, [&] { book->releaseGuarantee(g.id, actor); });
    cx.out() << "Group guarantee " << g.id << " of " << amountText(g.amount, currency) << " " << currency.code
             << " for " << memberLine(*book, g.member) << " released on " << actor.date.iso()
             << ": the group no longer stands behind it.\n"
             << head(*book);
    book->close();
    return 0;
}

int runCall(CliContext& cx, const ParsedArgs& args)
{
    auto book = cx.openBook("guarantee call", true);
    const Currency& currency = book->settings().currency();
    const GroupGuarantee g = requireGuaranteeArg(*book, *args.positional(0));
    const LoanProduct product = requireProductArg(*book, *args.value("product"), "--product");
    if (args.has("term") == args.has("custom"))
        throw UsageError("give either --term N or --custom DATE:AMOUNT,…", "guarantee call");
    int term = 0;
    std::vector<CustomInstalment> custom;
    if (auto v = args.value("term"))
        term = static_cast<int>(CliContext::parseCount(*v, "--term", 1, 1200));
    if (auto v = args.value("custom"))
        custom = customArg(*v, currency, "--custom");
    const std::int64_t amount =
        args.has("amount") ? CliContext::parseAmount(*args.value("amount"), currency, "--amount") : g.amount;
    Actor actor = cx.actor(*book, args);
    const LoanId id =
        renamingFields(loanFields, [&] { return book->callGuarantee(g.id, amount, product.id, term, custom, actor); });
    const Loan loan = *book->loan(id);
    cx.out() << "Group guarantee " << g.id << " called on " << actor.date.iso() << ": "
             << amountText(amount, currency) << " " << currency.code << " paid to " << g.supplier << " for "
             << memberLine(*book, g.member) << ".\nIt is now loan " << id << ": " << loanTermsText(loan, currency)
             << ".\n\n"
             << scheduleTable(loan.schedule, currency) << head(*book);
    book->close();
    return 0;
}

int runList(CliContext& cx, const ParsedArgs& args)
{
    auto book = cx.openBook("guarantee list", false);
    const Currency& currency = book->settings().currency();
    const Date on = previewDate(*book, args, cx.clock());
    const auto guarantees = book->guarantees();
    if (args.flag("json")) {
        JsonWriter j;
        j.beginObject();
        j.field("currency", currency.code);
        j.field("on", on.iso());
        j.key("guarantees").beginArray();
        for (const auto& g : guarantees)
            guaranteeJson(j, *book, g, on);
        j.endArray();
        j.endObject();
        cx.out() << j.str();
        return 0;
    }
    if (guarantees.empty()) {
        cx.out() << "No group guarantees yet.\n";
        return 0;
    }
    TextTable t({{"Guarantee", TextTable::Align::Right},
                 {"Member", TextTable::Align::Right},
                 {"Name"},
                 {"Supplier"},
                 {"Purpose"},
                 {"Amount", TextTable::Align::Right},
                 {"Issued"},
                 {"Until"},
                 {"Status"},
                 {"Approved by"}});
    std::int64_t committed = 0;
    for (const auto& g : guarantees) {
        std::string status = guaranteeStatusCode(g.status);
        if (g.status == GuaranteeStatus::Open && !g.isCommitted(on))
            status += " (lapsed)";
        if (g.closedOn)
            status += " " + g.closedOn->iso();
        if (g.loan)
            status += " (loan " + std::to_string(*g.loan) + ")";
        if (g.isCommitted(on))
            committed += g.amount;
        std::string approvers;
        for (auto a : g.approvers)
            approvers += (approvers.empty() ? "" : ", ") + std::to_string(a);
        t.addRow({std::to_string(g.id), std::to_string(g.member), memberName(*book, g.member), g.supplier, g.purpose,
                  amountText(g.amount, currency), g.issuedOn.iso(), g.until.iso(), status, approvers});
    }
    cx.out() << "Group guarantees on " << on.iso() << ", in " << currency.code << ".\n\n"
             << t.render() << "Committed (open, not lapsed): " << amountText(committed, currency)
             << " (a commitment, not cash).\n";
    return 0;
}

} // namespace

std::vector<Verb> guaranteeVerbs()
{
    std::vector<Verb> verbs;

    Verb create;
    create.name = "guarantee create";
    create.summary = "Commit the group to stand behind a member's purchase from a supplier.";
    create.usage = "--member M --supplier TEXT --amount AMOUNT --until YYYY-MM-DD --purpose TEXT --by M,M";
    create.details = "  --member M         the member buying, by number or name\n"
                     "  --supplier TEXT    who sells, e.g. \"Coopérative agricole de Kaolack\"\n"
                     "  --amount AMOUNT    the most the group stands behind, in major units\n"
                     "  --until DATE       the commitment lapses after this date\n"
                     "  --purpose TEXT     e.g. \"Fertiliser for the rainy season\"\n"
                     "  --by LIST          the committee members approving, as for a loan\n"
                     "  No cash moves: the portfolio shows it as committed until released or called.\n";
    create.spec.valueOptions = {"member", "supplier", "amount", "until", "purpose", "by"};
    create.spec.required = {"member", "supplier", "amount", "until", "purpose", "by"};
    create.writes = true;
    create.run = runCreate;
    verbs.push_back(create);

    Verb release;
    release.name = "guarantee release";
    release.summary = "Release a group guarantee: the member paid the supplier.";
    release.usage = "GUARANTEE";
    release.details = "  GUARANTEE  the guarantee's number ('guarantee list')\n";
    release.spec.positionals = {"GUARANTEE"};
    release.writes = true;
    release.run = runRelease;
    verbs.push_back(release);

    Verb call;
    call.name = "guarantee call";
    call.summary = "Pay a called guarantee to the supplier; it becomes a loan to the member.";
    call.usage = "GUARANTEE --product ID (--term N | --custom DATE:AMOUNT,…) [--amount AMOUNT]";
    call.details = "  GUARANTEE        the guarantee's number\n"
                   "  --product ID     the loan product whose terms the member repays on\n"
                   "  --term N         months (or --custom dates and amounts for a custom product)\n"
                   "  --amount AMOUNT  what the supplier is paid (default: the whole guarantee)\n"
                   "  Paid from the box at the open meeting.\n";
    call.spec.positionals = {"GUARANTEE"};
    call.spec.valueOptions = {"product", "term", "custom", "amount"};
    call.spec.required = {"product"};
    call.writes = true;
    call.run = runCall;
    verbs.push_back(call);

    Verb list;
    list.name = "guarantee list";
    list.summary = "List the group guarantees and what the group is committed to.";
    list.usage = "[--date YYYY-MM-DD]";
    list.details = "  --date D  the day commitments are counted for (default: the open meeting's,\n"
                   "            else today); a guarantee past its date has lapsed\n";
    list.spec.valueOptions = {"date"};
    list.json = true;
    list.run = runList;
    verbs.push_back(list);

    return verbs;
}

} // namespace tontine::cli
