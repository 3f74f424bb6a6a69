// Loan verbs from request to repayment: loan request (or its dry run), approve, cancel,
// disburse, repay. Core checks every rule (limits, guarantors, exposure, approvals, the open
// meeting, overpayment) and writes nothing when it refuses; this file parses and prints.
#include "app/cli/cli_context.h"
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

// --term N or --custom LIST: exactly one of them.
void termOptions(const ParsedArgs& args, const Currency& currency, const std::string& verb, int& term,
                 std::vector<CustomInstalment>& custom)
{
    if (args.has("term") == args.has("custom"))
        throw UsageError("give either --term N or --custom DATE:AMOUNT,…", verb);
    if (auto v = args.value("term"))
        term = static_cast<int>(CliContext::parseCount(*v, "--term", 1, 1200));
    if (auto v = args.value("custom"))
        custom = customArg(*v, currency, "--custom");
}

std::string standingText(const LoanMemberStanding& s, const Currency& currency)
{
    return "savings " + amountText(s.savings, currency) + ", loans outstanding "
           + amountText(s.loansOutstanding, currency) + ", pledged for others " + amountText(s.pledgesHeld, currency)
           + ", " + std::to_string(s.daysLate) + " days late" + (s.active ? "" : ", inactive");
}

int printPreview(CliContext& cx, const Book& book, const LoanRequest& r, const LoanProduct& product,
                 const Currency& currency)
{
    const LoanPreview preview = book.previewLoan(r);
    std::ostream& out = cx.out();
    out << "Loan request checked, nothing written: " << memberLine(book, r.borrower) << " asks for "
        << amountText(r.principal, currency) << " " << currency.code << " on product " << product.id << " \""
        << product.name << "\" (" << percentText(product.rateBasisPoints) << " a month, "
        << loanMethodCode(product.method) << ") for \"" << r.purpose << "\", on " << r.date.iso() << ".\n\n";
    FieldList f;
    if (!preview.standings.empty())
        f.add("Borrower", standingText(preview.standings.front(), currency));
    f.add("Largest loan", preview.limit ? amountText(*preview.limit, currency) + " outstanding in all" : "no limit");
    f.add("Minimum pledge", amountText(preview.minimumPledge, currency) + " per guarantor");
    out << f.render();
    if (!r.guarantors.empty()) {
        TextTable t({{"Guarantor", TextTable::Align::Right},
                     {"Name"},
                     {"Savings", TextTable::Align::Right},
                     {"Pledged for others", TextTable::Align::Right},
                     {"May still pledge", TextTable::Align::Right},
                     {"Pledge", TextTable::Align::Right}});
        for (std::size_t i = 0; i < r.guarantors.size(); ++i) {
            const auto& g = r.guarantors[i];
            const LoanMemberStanding* s = i + 1 < preview.standings.size() ? &preview.standings[i + 1] : nullptr;
            const GuarantorPledge* room = i < preview.pledgeRoom.size() ? &preview.pledgeRoom[i] : nullptr;
            t.addRow({std::to_string(g.guarantor), memberName(book, g.guarantor),
                      s ? amountText(s->savings, currency) : "", s ? amountText(s->pledgesHeld, currency) : "",
                      room ? amountText(room->pledge, currency) : "", amountText(g.pledge, currency)});
        }
        out << "\n" << t.render();
    }
    if (!preview.schedule.empty())
        out << "\nSchedule if paid out on " << r.date.iso() << ":\n" << scheduleTable(preview.schedule, currency);
    if (preview.problems.empty()) {
        out << "\nNo problems: the same command without --dry-run records the request.\n";
        return 0;
    }
    out << "\nProblems (the request would be refused):\n";
    printProblems(out, preview.problems);
    return 1;
}

int runRequest(CliContext& cx, const ParsedArgs& args)
{
    const bool dryRun = args.flag("dry-run");
    auto book = cx.openBook("loan request", !dryRun);
    const Currency& currency = book->settings().currency();
    const std::int64_t unit = book->settings().roundingUnit;
    LoanRequest r;
    r.borrower = memberRef(*book, *args.value("member"), "--member");
    const LoanProduct product = requireProductArg(*book, *args.value("product"), "--product");
    r.product = product.id;
    r.principal = CliContext::parseAmount(*args.value("amount"), currency, "--amount");
    termOptions(args, currency, "loan request", r.termMonths, r.custom);
    r.purpose = *args.value("purpose");
    r.guarantors = guarantorArgs(*book, args.values("guarantor"), currency, minimumPledge(product, r.principal, unit));
    if (dryRun) {
        r.date = previewDate(*book, args, cx.clock());
        return printPreview(cx, *book, r, product, currency);
    }
    Actor actor = cx.actor(*book, args);
    r.date = actor.date;
    const LoanId id = renamingFields(loanFields, [&] { return book->requestLoan(r, actor); });
    const Loan loan = *book->loan(id);
    cx.out() << "Loan " << id << " requested on " << loan.requestedOn.iso() << " by " << memberLine(*book, loan.borrower)
             << ": " << loanTermsText(loan, currency) << ", for \"" << loan.purpose << "\".\n";
    for (const auto& g : loan.guarantors)
        cx.out() << "Guarantor: " << memberLine(*book, g.guarantor) << ", pledging "
                 << amountText(g.pledge, currency) << ".\n";
    cx.out() << "It needs " << book->loanRules().approvalsRequired << " approvals: 'loan approve " << id
             << " --by M,M'.\n"
             << "Chain head: " << book->chainHead().shortText() << "\n";
    book->close();
    return 0;
}

int runApprove(CliContext& cx, const ParsedArgs& args)
{
    auto book = cx.openBook("loan approve", true);
    const Loan before = requireLoanArg(*book, *args.positional(0));
    const auto approvers = memberRefs(*book, *args.value("by"), "--by");
    Actor actor = cx.actor(*book, args);
    renamingFields(loanFields, [&] { book->approveLoan(before.id, approvers, actor); });
    const Loan loan = *book->loan(before.id);
    const int required = book->loanRules().approvalsRequired;
    cx.out() << "Loan " << loan.id << " of " << memberLine(*book, loan.borrower) << ": approved by "
             << membersText(*book, approvers) << " (" << loan.approvers.size() << " of " << required
             << " approvals).\n";
    if (loan.status == LoanStatus::Approved)
        cx.out() << "It is approved: pay it out at a meeting with 'loan disburse " << loan.id << "'.\n";
    else if (loan.status == LoanStatus::Requested) {
        const int missing = required - static_cast<int>(loan.approvers.size());
        cx.out() << "It still needs " << missing << (missing == 1 ? " more approval" : " more approvals")
                 << " before it can be paid out.\n";
    } else {
        cx.out() << "It is " << loanStatusCode(loan.status) << ".\n";
    }
    cx.out() << "Chain head: " << book->chainHead().shortText() << "\n";
    book->close();
    return 0;
}

int runCancel(CliContext& cx, const ParsedArgs& args)
{
    auto book = cx.openBook("loan cancel", true);
    const Loan loan = requireLoanArg(*book, *args.positional(0));
    const std::string reason = *args.value("reason");
    Actor actor = cx.actor(*book, args);
    renamingFields(loanFields, [&] { book->cancelLoan(loan.id, reason, actor); });
    cx.out() << "Loan " << loan.id << " of " << memberLine(*book, loan.borrower) << " cancelled on "
             << actor.date.iso() << ": " << reason << ".\n"
             << "Chain head: " << book->chainHead().shortText() << "\n";
    book->close();
    return 0;
}

int runDisburse(CliContext& cx, const ParsedArgs& args)
{
    auto book = cx.openBook("loan disburse", true);
    const Currency& currency = book->settings().currency();
    const Loan before = requireLoanArg(*book, *args.positional(0));
    Actor actor = cx.actor(*book, args);
    const EntrySeq seq = renamingFields(loanFields, [&] { return book->disburseLoan(before.id, actor); });
    const Loan loan = *book->loan(before.id);
    cx.out() << "Entry " << seq << ": loan " << loan.id << " paid out to " << memberLine(*book, loan.borrower)
             << " on " << actor.date.iso() << ": " << loanTermsText(loan, currency) << ".\n\n"
             << scheduleTable(loan.schedule, currency) << "Cash in the box: " << amountText(book->cashBalance(), currency)
             << "\nChain head: " << book->chainHead().shortText() << "\n";
    book->close();
    return 0;
}

int runRepay(CliContext& cx, const ParsedArgs& args)
{
    auto book = cx.openBook("loan repay", true);
    const Currency& currency = book->settings().currency();
    const Loan loan = requireLoanArg(*book, *args.positional(0));
    const std::int64_t amount = CliContext::parseAmount(*args.value("amount"), currency, "--amount");
    Actor actor = cx.actor(*book, args);
    const auto lines = renamingFields(loanFields, [&] { return book->repayLoan(loan.id, amount, actor); });
    const LoanPosition p = book->loanPosition(loan.id, actor.date);
    cx.out() << "Loan " << loan.id << ": " << memberLine(*book, loan.borrower) << " repaid "
             << amountText(amount, currency) << " " << currency.code << " on " << actor.date.iso()
             << ", allocated penalties, then interest, then principal:\n"
             << allocationTable(lines, currency);
    if (book->loan(loan.id)->status == LoanStatus::Repaid)
        cx.out() << "Loan " << loan.id << " is repaid"
                 << (loan.guarantors.empty() ? "." : "; its guarantors' pledges are released.") << "\n";
    else
        cx.out() << "Left: principal " << amountText(p.principalOutstanding, currency) << ", due today "
                 << amountText(p.dueToday(), currency) << ", payoff " << amountText(p.payoff(), currency) << ".\n";
    cx.out() << "Chain head: " << book->chainHead().shortText() << "\n";
    book->close();
    return 0;
}

} // namespace

std::vector<Verb> loanVerbs()
{
    std::vector<Verb> verbs;

    Verb request;
    request.name = "loan request";
    request.summary = "Request a loan for a member, with guarantors; --dry-run only checks it.";
    request.usage = "--member M --product ID --amount AMOUNT (--term N | --custom DATE:AMOUNT,…) --purpose TEXT "
                    "[--guarantor M[:PLEDGE]]… [--dry-run]";
    request.details =
        "  --member M              the borrower, by number or name\n"
        "  --product ID            the loan product ('loan product list')\n"
        "  --amount AMOUNT         the principal, in major units\n"
        "  --term N                months, within the product's term (not for custom products)\n"
        "  --custom LIST           a custom product's schedule: dates and principal amounts,\n"
        "                          e.g. \"2026-07-31:60000,2026-10-31:40000\" (they add up to AMOUNT)\n"
        "  --purpose TEXT          e.g. \"Trade\", \"Agriculture\", \"School fees\"\n"
        "  --guarantor M[:PLEDGE]  a guarantor and the part of their savings they pledge\n"
        "                          (default: the product's minimum pledge); repeatable\n"
        "  --dry-run               check and show the schedule, the limits and the pledge room;\n"
        "                          write nothing (exit code 1 when it would be refused)\n"
        "  Refused when over the borrower's limit (a multiple of savings), the borrower is late,\n"
        "  a guarantor is the borrower, pledges too little or above their exposure limit.\n";
    request.spec.valueOptions = {"member", "product", "amount", "term", "custom", "purpose"};
    request.spec.repeatable = {"guarantor"};
    request.spec.flags = {"dry-run"};
    request.spec.required = {"member", "product", "amount", "purpose"};
    request.writes = true;
    request.run = runRequest;
    verbs.push_back(request);

    Verb approve;
    approve.name = "loan approve";
    approve.summary = "Record committee members' approvals of a requested loan.";
    approve.usage = "LOAN --by M[,M…]";
    approve.details = "  LOAN        the loan's number\n"
                      "  --by LIST   the committee members approving, by number or name, e.g. \"3,5\";\n"
                      "              never the borrower. Approved once the rules' number is reached.\n";
    approve.spec.positionals = {"LOAN"};
    approve.spec.valueOptions = {"by"};
    approve.spec.required = {"by"};
    approve.writes = true;
    approve.run = runApprove;
    verbs.push_back(approve);

    Verb cancel;
    cancel.name = "loan cancel";
    cancel.summary = "Withdraw a requested or approved loan before it is paid out.";
    cancel.usage = "LOAN --reason TEXT";
    cancel.details = "  LOAN           the loan's number\n"
                     "  --reason TEXT  why, e.g. \"the member no longer needs it\"\n";
    cancel.spec.positionals = {"LOAN"};
    cancel.spec.valueOptions = {"reason"};
    cancel.spec.required = {"reason"};
    cancel.writes = true;
    cancel.run = runCancel;
    verbs.push_back(cancel);

    Verb disburse;
    disburse.name = "loan disburse";
    disburse.summary = "Pay an approved loan out of the box at the open meeting.";
    disburse.usage = "LOAN";
    disburse.details = "  LOAN  the loan's number; the schedule starts on the meeting's date\n"
                       "  Refused when the guarantors' pledges no longer fit their savings.\n";
    disburse.spec.positionals = {"LOAN"};
    disburse.writes = true;
    disburse.run = runDisburse;
    verbs.push_back(disburse);

    Verb repay;
    repay.name = "loan repay";
    repay.summary = "Record a loan repayment at the open meeting and show where it went.";
    repay.usage = "LOAN --amount AMOUNT";
    repay.details = "  LOAN             the loan's number\n"
                    "  --amount AMOUNT  what the borrower pays, in major units: penalties first, then\n"
                    "                   interest due, then principal (oldest instalment first; more\n"
                    "                   repays later principal early). Never more than the payoff.\n";
    repay.spec.positionals = {"LOAN"};
    repay.spec.valueOptions = {"amount"};
    repay.spec.required = {"amount"};
    repay.writes = true;
    repay.run = runRepay;
    verbs.push_back(repay);

    return verbs;
}

} // namespace tontine::cli
