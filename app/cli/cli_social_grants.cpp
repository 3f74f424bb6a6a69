// Social fund verbs that pay out: social grant, social grants, social loan. Core checks the
// event's rule, the approvals (enough, distinct, not the beneficiary) and that the fund has
// the money; it writes nothing when it refuses.
#include "app/cli/cli_context.h"
#include "app/cli/json_writer.h"
#include "app/cli/meeting_text.h"
#include "app/cli/rotation_text.h"
#include "app/cli/savings_json.h"
#include "app/cli/savings_text.h"
#include "app/cli/text_table.h"
#include "app/cli/verb.h"
#include "core/error/errors.h"

#include <ostream>

namespace tontine::cli {

namespace {

const FieldNames grantFields = {{"event", "--event"},   {"beneficiary", "--member"}, {"member", "--member"},
                                {"amount", "--amount"}, {"approvers", "--approvers"}, {"note", "--note"}};
const FieldNames loanFields = {{"borrower", "--member"}, {"member", "--member"},       {"amount", "--amount"},
                               {"dueOn", "--due"},       {"approvers", "--approvers"}, {"note", "--note"}};

void printFund(std::ostream& out, const Book& book, const Currency& currency)
{
    const SocialFundPosition f = book.socialFund();
    out << "Social fund: balance " << amountText(f.balance, currency) << ", lent out "
        << amountText(f.lentOut, currency) << ", available " << amountText(f.available(), currency) << ".\n"
        << "Chain head: " << book.chainHead().shortText() << "\n";
}

int runGrant(CliContext& cx, const ParsedArgs& args)
{
    const std::string code = *args.value("event");
    const auto event = parseSocialEvent(code);
    if (!event)
        throw ValidationError("--event", "option.invalid",
                              "not one of illness, death-member, death-relative, birth, wedding, other: '" + code + "'",
                              {code});
    SocialGrant grant;
    grant.event = *event;
    grant.beneficiary = memberArg(*args.value("member"), "--member");
    grant.approvers = memberListArg(*args.value("approvers"), "--approvers");
    grant.note = args.valueOr("note", "");
    auto book = cx.openBook("social grant", true);
    const Currency& currency = book->settings().currency();
    grant.amount = CliContext::parseAmount(*args.value("amount"), currency, "--amount");
    Actor actor = cx.actor(*book, args);
    grant.date = actor.date;
    const GrantId id = renamingFields(grantFields, [&] { return book->recordGrant(grant, actor); });
    std::int64_t seq = 0;
    for (const auto& g : book->grants())
        if (g.id == id)
            seq = g.entrySeq;
    cx.out() << "Entry " << seq << ": grant " << id << " of " << amountText(grant.amount, currency) << " "
             << currency.code << " to " << memberLine(*book, grant.beneficiary) << " for " << code
             << ", approved by " << membersText(*book, grant.approvers) << ".\n";
    printFund(cx.out(), *book, currency);
    book->close();
    return 0;
}

int runGrants(CliContext& cx, const ParsedArgs& args)
{
    auto book = cx.openBook("social grants", false);
    const Currency& currency = book->settings().currency();
    const auto grants = book->grants();
    if (args.flag("json")) {
        JsonWriter j;
        j.beginObject();
        j.field("currency", currency.code);
        j.key("grants").beginArray();
        for (const auto& g : grants)
            grantJson(j, *book, g);
        j.endArray();
        j.endObject();
        cx.out() << j.str();
        return 0;
    }
    if (grants.empty()) {
        cx.out() << "No grants paid from the social fund.\n";
        return 0;
    }
    TextTable t({{"Grant", TextTable::Align::Right},
                 {"Date"},
                 {"Event"},
                 {"Member", TextTable::Align::Right},
                 {"Name"},
                 {"Amount", TextTable::Align::Right},
                 {"Approved by"},
                 {"Entry", TextTable::Align::Right},
                 {"Note"}});
    std::int64_t total = 0;
    for (const auto& g : grants) {
        std::string approvers;
        for (auto a : g.approvers)
            approvers += (approvers.empty() ? "" : ", ") + std::to_string(a);
        t.addRow({std::to_string(g.id), g.date.iso(), socialEventCode(g.event), std::to_string(g.beneficiary),
                  memberName(*book, g.beneficiary), amountText(g.amount, currency), approvers,
                  std::to_string(g.entrySeq), g.note});
        total += g.amount;
    }
    t.addRow({"", "", "", "", "Total", amountText(total, currency), "", "", ""});
    cx.out() << "Grants from the social fund, in " << currency.code << ".\n\n" << t.render();
    return 0;
}

int runLoan(CliContext& cx, const ParsedArgs& args)
{
    SocialLoanRequest loan;
    loan.borrower = memberArg(*args.value("member"), "--member");
    loan.dueOn = CliContext::parseDate(*args.value("due"), "--due");
    loan.approvers = memberListArg(*args.value("approvers"), "--approvers");
    loan.note = args.valueOr("note", "");
    auto book = cx.openBook("social loan", true);
    const Currency& currency = book->settings().currency();
    loan.amount = CliContext::parseAmount(*args.value("amount"), currency, "--amount");
    Actor actor = cx.actor(*book, args);
    loan.date = actor.date;
    const DueId due = renamingFields(loanFields, [&] { return book->lendSocial(loan, actor); });
    cx.out() << "Social loan of " << amountText(loan.amount, currency) << " " << currency.code << " to "
             << memberLine(*book, loan.borrower) << ", interest-free, to repay by " << loan.dueOn.iso()
             << " (due " << due << ", repaid with 'due pay " << due << " AMOUNT').\n"
             << "Approved by " << membersText(*book, loan.approvers) << ".\n";
    printFund(cx.out(), *book, currency);
    book->close();
    return 0;
}

} // namespace

std::vector<Verb> socialGrantVerbs()
{
    std::vector<Verb> verbs;

    Verb grant;
    grant.name = "social grant";
    grant.summary = "Pay a grant from the social fund for an event, with its approvals.";
    grant.usage = "--event EVENT --member N --amount AMOUNT --approvers LIST [--note TEXT]";
    grant.details =
        "  --event EVENT     illness, death-member, death-relative, birth, wedding or other;\n"
        "                    the event needs a grant in the rules ('social rules')\n"
        "  --member N        the beneficiary\n"
        "  --amount AMOUNT   the grant, in major units: exactly a fixed grant, at most a ceiling\n"
        "  --approvers LIST  the committee members who approved it, e.g. \"3,5\": at least the\n"
        "                    number the rules require, never the beneficiary\n"
        "  --note TEXT       what it was for, e.g. \"hospital in Thiès\"\n"
        "  Paid from the cash box at the open meeting; refused when the social fund does not\n"
        "  have it available (it never goes below zero).\n";
    grant.spec.valueOptions = {"event", "member", "amount", "approvers", "note"};
    grant.spec.required = {"event", "member", "amount", "approvers"};
    grant.writes = true;
    grant.run = runGrant;
    verbs.push_back(grant);

    Verb grants;
    grants.name = "social grants";
    grants.summary = "List the grants paid from the social fund, with their approvers.";
    grants.json = true;
    grants.run = runGrants;
    verbs.push_back(grants);

    Verb loan;
    loan.name = "social loan";
    loan.summary = "Lend from the social fund, interest-free, when the rules allow it.";
    loan.usage = "--member N --amount AMOUNT --due DATE --approvers LIST [--note TEXT]";
    loan.details = "  --member N        the borrower\n"
                   "  --amount AMOUNT   what is lent, in major units; within the rules' maximum and what\n"
                   "                    the fund has available\n"
                   "  --due DATE        when it is to be repaid (after today's meeting)\n"
                   "  --approvers LIST  the committee members who approved it, e.g. \"3,5\"; never the\n"
                   "                    borrower\n"
                   "  --note TEXT       what it is for\n"
                   "  The loan becomes a due of the borrower, repaid with 'due pay'.\n";
    loan.spec.valueOptions = {"member", "amount", "due", "approvers", "note"};
    loan.spec.required = {"member", "amount", "due", "approvers"};
    loan.writes = true;
    loan.run = runLoan;
    verbs.push_back(loan);

    return verbs;
}

} // namespace tontine::cli
