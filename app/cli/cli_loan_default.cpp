// Loan verbs for when repayment goes differently: loan reschedule (with a top-up), default,
// recover (from guarantors' savings, pro rata to their pledges), write-off, repay-guarantor.
// Core checks the approvals, the state of the loan and the open meeting; this file prints.
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

std::string head(const Book& book) { return "Chain head: " + book.chainHead().shortText() + "\n"; }

int runReschedule(CliContext& cx, const ParsedArgs& args)
{
    auto book = cx.openBook("loan reschedule", true);
    const Currency& currency = book->settings().currency();
    const Loan before = requireLoanArg(*book, *args.positional(0));
    RescheduleRequest r;
    if (args.has("term") == args.has("custom"))
        throw UsageError("give either --term N or --custom DATE:AMOUNT,…", "loan reschedule");
    if (auto v = args.value("term"))
        r.termMonths = static_cast<int>(CliContext::parseCount(*v, "--term", 1, 1200));
    if (auto v = args.value("custom"))
        r.custom = customArg(*v, currency, "--custom");
    if (auto v = args.value("method")) {
        r.method = parseLoanMethod(*v);
        if (!r.method)
            throw ValidationError("--method", "option.invalid",
                                  "not one of flat, declining, annuity, custom: '" + *v + "'", {*v});
    }
    if (auto v = args.value("top-up"))
        r.topUp = CliContext::parseAmount(*v, currency, "--top-up");
    r.approvers = memberRefs(*book, *args.value("by"), "--by");
    r.reason = args.valueOr("reason", "");
    Actor actor = cx.actor(*book, args);
    renamingFields(loanFields, [&] { book->rescheduleLoan(before.id, r, actor); });
    const Loan loan = *book->loan(before.id);
    cx.out() << "Loan " << loan.id << " of " << memberLine(*book, loan.borrower) << " rescheduled on "
             << actor.date.iso();
    if (r.topUp > 0)
        cx.out() << " with a top-up of " << amountText(r.topUp, currency) << " " << currency.code
                 << " paid out now";
    cx.out() << ", approved by " << membersText(*book, r.approvers) << (r.reason.empty() ? "" : ": " + r.reason)
             << ".\nSchedule version " << loan.scheduleVersion
             << " (what was paid stays on the old lines; what remains is planned again):\n"
             << scheduleTable(loan.schedule, currency) << head(*book);
    book->close();
    return 0;
}

int runDefault(CliContext& cx, const ParsedArgs& args)
{
    auto book = cx.openBook("loan default", true);
    const Currency& currency = book->settings().currency();
    const Loan loan = requireLoanArg(*book, *args.positional(0));
    const auto approvers = memberRefs(*book, *args.value("by"), "--by");
    const std::string reason = *args.value("reason");
    Actor actor = cx.actor(*book, args);
    renamingFields(loanFields, [&] { book->declareDefault(loan.id, approvers, reason, actor); });
    const LoanPosition p = book->loanPosition(loan.id, actor.date);
    std::int64_t held = 0;
    for (const auto& g : book->pledgesHeld(loan.id, actor.date))
        held += g.pledge;
    cx.out() << "Loan " << loan.id << " of " << memberLine(*book, loan.borrower) << " declared in default on "
             << actor.date.iso() << " by " << membersText(*book, approvers) << ": " << reason << ".\n"
             << "Owed: " << amountText(p.payoff(), currency) << " " << currency.code << " (principal "
             << amountText(p.principalOutstanding, currency) << "); pledges held: " << amountText(held, currency)
             << ".\nNext: 'loan recover " << loan.id << "' takes it from the guarantors' savings, 'loan write-off "
             << loan.id << "' writes off what is left.\n"
             << head(*book);
    book->close();
    return 0;
}

int runRecover(CliContext& cx, const ParsedArgs& args)
{
    auto book = cx.openBook("loan recover", true);
    const Currency& currency = book->settings().currency();
    const Loan loan = requireLoanArg(*book, *args.positional(0));
    Actor actor = cx.actor(*book, args);
    const auto taken = renamingFields(loanFields, [&] { return book->recoverFromGuarantors(loan.id, actor); });
    TextTable t({{"Guarantor", TextTable::Align::Right},
                 {"Name"},
                 {"Pledge", TextTable::Align::Right},
                 {"Taken", TextTable::Align::Right}});
    std::int64_t total = 0;
    for (const auto& g : taken) {
        std::int64_t pledge = 0;
        for (const auto& x : loan.guarantors)
            if (x.guarantor == g.guarantor)
                pledge = x.pledge;
        t.addRow({std::to_string(g.guarantor), memberName(*book, g.guarantor), amountText(pledge, currency),
                  amountText(g.pledge, currency)});
        total += g.pledge;
    }
    t.addRow({"", "Total", "", amountText(total, currency)});
    const LoanPosition p = book->loanPosition(loan.id, actor.date);
    cx.out() << "Loan " << loan.id << ": " << amountText(total, currency) << " " << currency.code
             << " recovered from the guarantors' savings on " << actor.date.iso()
             << ", in proportion to their pledges:\n"
             << t.render() << memberLine(*book, loan.borrower)
             << " now owes each guarantor their part ('loan repay-guarantor').\n"
             << "Left on the loan: principal " << amountText(p.principalOutstanding, currency) << ", payoff "
             << amountText(p.payoff(), currency) << ".\n"
             << head(*book);
    book->close();
    return 0;
}

int runWriteOff(CliContext& cx, const ParsedArgs& args)
{
    auto book = cx.openBook("loan write-off", true);
    const Currency& currency = book->settings().currency();
    const Loan before = requireLoanArg(*book, *args.positional(0));
    const auto approvers = memberRefs(*book, *args.value("by"), "--by");
    Actor actor = cx.actor(*book, args);
    const EntrySeq seq = renamingFields(loanFields, [&] { return book->writeOffLoan(before.id, approvers, actor); });
    const Loan loan = *book->loan(before.id);
    cx.out() << "Entry " << seq << ": " << amountText(loan.writtenOff, currency) << " " << currency.code
             << " of principal written off on loan " << loan.id << " of " << memberLine(*book, loan.borrower)
             << ", approved by " << membersText(*book, approvers) << "; the loan is " << loanStatusCode(loan.status)
             << ".\n"
             << head(*book);
    book->close();
    return 0;
}

int runRepayGuarantor(CliContext& cx, const ParsedArgs& args)
{
    auto book = cx.openBook("loan repay-guarantor", true);
    const Currency& currency = book->settings().currency();
    const Loan loan = requireLoanArg(*book, *args.positional(0));
    const MemberId guarantor = memberRef(*book, *args.value("guarantor"), "--guarantor");
    const std::int64_t amount = CliContext::parseAmount(*args.value("amount"), currency, "--amount");
    Actor actor = cx.actor(*book, args);
    const EntrySeq seq =
        renamingFields(loanFields, [&] { return book->repayGuarantor(loan.id, guarantor, amount, actor); });
    std::int64_t left = 0;
    for (const auto& d : book->guarantorDebts())
        if (d.loan == loan.id && d.guarantor == guarantor)
            left = d.left();
    cx.out() << "Entry " << seq << ": " << memberLine(*book, loan.borrower) << " paid back "
             << amountText(amount, currency) << " " << currency.code << " to " << memberLine(*book, guarantor)
             << " (into their savings) for loan " << loan.id << "; "
             << (left ? amountText(left, currency) + " still owed to them" : "nothing more owed to them") << ".\n"
             << head(*book);
    book->close();
    return 0;
}

} // namespace

std::vector<Verb> loanDefaultVerbs()
{
    std::vector<Verb> verbs;

    Verb reschedule;
    reschedule.name = "loan reschedule";
    reschedule.summary = "Plan again what remains of a loan, optionally with a top-up.";
    reschedule.usage = "LOAN (--term N | --custom DATE:AMOUNT,…) [--method METHOD] [--top-up AMOUNT] --by M,M "
                       "[--reason TEXT]";
    reschedule.details =
        "  LOAN             the loan's number\n"
        "  --term N         months for what remains, from today\n"
        "  --custom LIST    dates and principal amounts for what remains (custom method)\n"
        "  --method METHOD  flat, declining, annuity or custom (default: the loan's own)\n"
        "  --top-up AMOUNT  more principal paid out now at the open meeting (when the product\n"
        "                   allows it and enough is repaid)\n"
        "  --by LIST        the committee members approving, as for a loan\n"
        "  --reason TEXT    why, e.g. \"poor harvest\"\n"
        "  Refused while penalties or interest are due: they are paid first. The old schedule\n"
        "  is kept as a version ('loan schedule LOAN --history').\n";
    reschedule.spec.positionals = {"LOAN"};
    reschedule.spec.valueOptions = {"term", "custom", "method", "top-up", "by", "reason"};
    reschedule.spec.required = {"by"};
    reschedule.writes = true;
    reschedule.run = runReschedule;
    verbs.push_back(reschedule);

    Verb def;
    def.name = "loan default";
    def.summary = "Declare a loan in default, with the committee's approvals.";
    def.usage = "LOAN --by M,M --reason TEXT";
    def.details = "  LOAN           the loan's number\n"
                  "  --by LIST      the committee members deciding it, as for a loan\n"
                  "  --reason TEXT  why, e.g. \"no payment for four months\"\n";
    def.spec.positionals = {"LOAN"};
    def.spec.valueOptions = {"by", "reason"};
    def.spec.required = {"by", "reason"};
    def.writes = true;
    def.run = runDefault;
    verbs.push_back(def);

    Verb recover;
    recover.name = "loan recover";
    recover.summary = "Take what a defaulted loan owes from its guarantors' savings.";
    recover.usage = "LOAN";
    recover.details = "  LOAN  a defaulted loan's number\n"
                      "  At the open meeting: at most the pledges held, split in proportion to them\n"
                      "  (largest remainder, ties to the lower member number). The borrower then owes\n"
                      "  each guarantor their part.\n";
    recover.spec.positionals = {"LOAN"};
    recover.writes = true;
    recover.run = runRecover;
    verbs.push_back(recover);

    Verb writeOff;
    writeOff.name = "loan write-off";
    writeOff.summary = "Write off the principal left on a defaulted loan and close it.";
    writeOff.usage = "LOAN --by M,M";
    writeOff.details = "  LOAN       a defaulted loan's number\n"
                       "  --by LIST  the committee members approving, as for a loan\n";
    writeOff.spec.positionals = {"LOAN"};
    writeOff.spec.valueOptions = {"by"};
    writeOff.spec.required = {"by"};
    writeOff.writes = true;
    writeOff.run = runWriteOff;
    verbs.push_back(writeOff);

    Verb repayGuarantor;
    repayGuarantor.name = "loan repay-guarantor";
    repayGuarantor.summary = "Record a borrower paying back a guarantor whose savings covered a default.";
    repayGuarantor.usage = "LOAN --guarantor M --amount AMOUNT";
    repayGuarantor.details = "  LOAN             the loan's number\n"
                             "  --guarantor M    the guarantor, by number or name\n"
                             "  --amount AMOUNT  paid at the open meeting into the guarantor's savings; not\n"
                             "                   more than is owed to them\n";
    repayGuarantor.spec.positionals = {"LOAN"};
    repayGuarantor.spec.valueOptions = {"guarantor", "amount"};
    repayGuarantor.spec.required = {"guarantor", "amount"};
    repayGuarantor.writes = true;
    repayGuarantor.run = runRepayGuarantor;
    verbs.push_back(repayGuarantor);

    return verbs;
}

} // namespace tontine::cli
