// Loan verbs that only read: loan show (terms, state, position on a date, schedule with what
// was paid, allocations, guarantors, approvals, debts to guarantors), loan list, loan schedule.
#include "app/cli/cli_context.h"
#include "app/cli/json_writer.h"
#include "app/cli/loan_json.h"
#include "app/cli/loan_text.h"
#include "app/cli/meeting_text.h"
#include "app/cli/rotation_text.h"
#include "app/cli/text_table.h"
#include "app/cli/verb.h"
#include "core/error/errors.h"

#include <ostream>

namespace tontine::cli {

namespace {

// Loans paid out have a position; requested, approved and cancelled ones do not.
bool hasPosition(const Loan& loan) { return loan.disbursedOn.has_value(); }

std::vector<GuarantorDebt> debtsOf(const Book& book, LoanId loan)
{
    std::vector<GuarantorDebt> debts;
    for (const auto& d : book.guarantorDebts())
        if (d.loan == loan)
            debts.push_back(d);
    return debts;
}


int runShow(CliContext& cx, const ParsedArgs& args)
{
    auto book = cx.openBook("loan show", false);
    const Currency& currency = book->settings().currency();
    const Loan loan = requireLoanArg(*book, *args.positional(0));
    const Date on = previewDate(*book, args, cx.clock());
    if (args.flag("json")) {
        JsonWriter j;
        loanShowJson(j, *book, loan, on);
        cx.out() << j.str();
        return 0;
    }
    std::ostream& out = cx.out();
    out << "Loan " << loan.id << " to " << memberLine(*book, loan.borrower) << ", " << loanStatusCode(loan.status)
        << ", in " << currency.code << ".\n\n";
    FieldList f;
    f.add("Product", std::to_string(loan.product.id) + " \"" + loan.product.name + "\": "
                         + percentText(loan.product.rateBasisPoints) + " a month, " + methodText(loan.product.method));
    f.add("Terms", loanTermsText(loan, currency));
    f.add("Purpose", loan.purpose);
    f.add("Late penalty", penaltyText(loan.product.penalty, currency));
    f.add("Requested", loan.requestedOn.iso());
    f.add("Approved", (loan.approvedOn ? loan.approvedOn->iso() : std::string("not yet"))
                          + (loan.approvers.empty() ? "" : " by " + membersText(*book, loan.approvers)));
    if (loan.disbursedOn)
        f.add("Paid out", loan.disbursedOn->iso());
    if (loan.fromGuarantee)
        f.add("From", "group guarantee " + std::to_string(*loan.fromGuarantee));
    if (loan.defaultedOn)
        f.add("Defaulted", loan.defaultedOn->iso());
    if (loan.writtenOff)
        f.add("Written off", amountText(loan.writtenOff, currency));
    if (loan.closedOn)
        f.add("Closed", loan.closedOn->iso() + (loan.status == LoanStatus::Closed ? ": nothing more is owed on the loan" : ""));
    if (loan.scheduleVersion > 1)
        f.add("Schedule", "version " + std::to_string(loan.scheduleVersion) + " ('loan schedule "
                              + std::to_string(loan.id) + " --history')");
    out << f.render();
    // A closed loan owes nothing more (what was left was recovered or written off), which its
    // position, derived from the schedule and what was paid, does not know: show its plan.
    const bool settled = loan.status == LoanStatus::Closed || loan.status == LoanStatus::Cancelled;
    if (hasPosition(loan) && !settled) {
        const LoanPosition p = book->loanPosition(loan.id, on);
        out << "\nPosition on " << on.iso() << ":\n" << positionFields(p, currency) << "\n" << positionTable(p, currency);
    } else if (!loan.schedule.empty()) {
        out << "\nSchedule:\n" << scheduleTable(loan.schedule, currency);
    }
    if (!loan.allocations.empty())
        out << "\nRepayments and recoveries, as allocated:\n" << allocationTable(loan.allocations, currency);
    if (!loan.guarantors.empty()) {
        const auto held = book->pledgesHeld(loan.id, on);
        TextTable t({{"Guarantor", TextTable::Align::Right},
                     {"Name"},
                     {"Pledge", TextTable::Align::Right},
                     {"Held on " + on.iso(), TextTable::Align::Right}});
        for (const auto& g : loan.guarantors) {
            std::int64_t h = 0;
            for (const auto& x : held)
                if (x.guarantor == g.guarantor)
                    h = x.pledge;
            t.addRow({std::to_string(g.guarantor), memberName(*book, g.guarantor), amountText(g.pledge, currency),
                      amountText(h, currency)});
        }
        out << "\nGuarantors:\n" << t.render();
    }
    const auto debts = debtsOf(*book, loan.id);
    if (!debts.empty()) {
        TextTable t({{"Guarantor", TextTable::Align::Right},
                     {"Name"},
                     {"Recovered", TextTable::Align::Right},
                     {"Repaid", TextTable::Align::Right},
                     {"Left", TextTable::Align::Right}});
        for (const auto& d : debts)
            t.addRow({std::to_string(d.guarantor), memberName(*book, d.guarantor), amountText(d.recovered, currency),
                      amountText(d.repaid, currency), amountText(d.left(), currency)});
        out << "\nOwed by the borrower to guarantors (taken from their savings):\n" << t.render();
    }
    return 0;
}

int runList(CliContext& cx, const ParsedArgs& args)
{
    auto book = cx.openBook("loan list", false);
    const Currency& currency = book->settings().currency();
    std::optional<MemberId> member;
    if (auto v = args.value("member"))
        member = memberRef(*book, *v, "--member");
    std::optional<LoanStatus> status;
    if (auto v = args.value("status")) {
        status = parseLoanStatus(*v);
        if (!status)
            throw ValidationError("--status", "option.invalid",
                                  "not one of requested, approved, active, repaid, defaulted, closed, cancelled: '" + *v
                                      + "'",
                                  {*v});
    }
    const Date on = previewDate(*book, args, cx.clock());
    std::vector<Loan> loans;
    for (auto& l : book->loans(member))
        if (!status || l.status == *status)
            loans.push_back(std::move(l));
    std::vector<std::optional<LoanPosition>> positions;
    for (const auto& l : loans)
        // A loan closed after its default was settled by recovery and write-off: nothing is owed.
        positions.push_back(hasPosition(l) && l.status != LoanStatus::Closed ? std::optional(book->loanPosition(l.id, on))
                                                                              : std::nullopt);
    if (args.flag("json")) {
        JsonWriter j;
        j.beginObject();
        j.field("currency", currency.code);
        j.field("on", on.iso());
        j.key("loans").beginArray();
        for (std::size_t i = 0; i < loans.size(); ++i) {
            j.beginObject();
            loanJson(j, *book, loans[i]);
            j.key("principalOutstanding").value(positions[i] ? std::optional(positions[i]->principalOutstanding)
                                                             : std::nullopt);
            j.key("dueToday").value(positions[i] ? std::optional(positions[i]->dueToday()) : std::nullopt);
            j.field("daysLate", positions[i] ? positions[i]->daysLate : 0);
            j.endObject();
        }
        j.endArray();
        j.endObject();
        cx.out() << j.str();
        return 0;
    }
    if (loans.empty()) {
        cx.out() << "No loans" << (member || status ? " match." : " yet: request one with 'loan request'.") << "\n";
        return 0;
    }
    TextTable t({{"Loan", TextTable::Align::Right},
                 {"Member", TextTable::Align::Right},
                 {"Name"},
                 {"Product"},
                 {"Principal", TextTable::Align::Right},
                 {"Status"},
                 {"Outstanding", TextTable::Align::Right},
                 {"Due today", TextTable::Align::Right},
                 {"Days late", TextTable::Align::Right},
                 {"Purpose"}});
    for (std::size_t i = 0; i < loans.size(); ++i) {
        const Loan& l = loans[i];
        const auto& p = positions[i];
        t.addRow({std::to_string(l.id), std::to_string(l.borrower), memberName(*book, l.borrower), l.product.name,
                  amountText(l.principal, currency), loanStatusCode(l.status),
                  p ? amountText(p->principalOutstanding, currency) : "", p ? amountText(p->dueToday(), currency) : "",
                  p ? std::to_string(p->daysLate) : "", l.purpose});
    }
    cx.out() << "Loans on " << on.iso() << ", in " << currency.code << ".\n\n" << t.render();
    return 0;
}

int runSchedule(CliContext& cx, const ParsedArgs& args)
{
    auto book = cx.openBook("loan schedule", false);
    const Currency& currency = book->settings().currency();
    const Loan loan = requireLoanArg(*book, *args.positional(0));
    const bool history = args.flag("history");
    const auto versions = history ? book->scheduleHistory(loan.id) : std::vector<std::vector<Instalment>>{};
    if (args.flag("json")) {
        JsonWriter j;
        j.beginObject();
        j.field("currency", currency.code);
        j.field("loan", static_cast<std::int64_t>(loan.id));
        j.field("scheduleVersion", loan.scheduleVersion);
        scheduleJson(j, "schedule", loan.schedule);
        if (history) {
            j.key("history").beginArray();
            for (std::size_t v = 0; v < versions.size(); ++v) {
                j.beginObject();
                j.field("version", static_cast<std::int64_t>(v + 1));
                scheduleJson(j, "schedule", versions[v]);
                j.endObject();
            }
            j.endArray();
        }
        j.endObject();
        cx.out() << j.str();
        return 0;
    }
    cx.out() << "Loan " << loan.id << " to " << memberLine(*book, loan.borrower) << ": " << loanTermsText(loan, currency)
             << ".\n";
    if (loan.schedule.empty()) {
        cx.out() << "No schedule yet: it starts when the loan is paid out ('loan request --dry-run' shows one).\n";
        return 0;
    }
    if (!history) {
        cx.out() << "\nSchedule (version " << loan.scheduleVersion << "):\n" << scheduleTable(loan.schedule, currency);
        return 0;
    }
    for (std::size_t v = 0; v < versions.size(); ++v)
        cx.out() << "\nVersion " << v + 1 << (v == 0 ? " (at disbursement)" : "")
                 << (v + 1 == versions.size() ? " (current)" : "") << ":\n" << scheduleTable(versions[v], currency);
    return 0;
}

} // namespace

std::vector<Verb> loanShowVerbs()
{
    std::vector<Verb> verbs;

    Verb show;
    show.name = "loan show";
    show.summary = "Show a loan: terms, state, position, schedule with payments, guarantors.";
    show.usage = "LOAN [--date YYYY-MM-DD]";
    show.details = "  LOAN       the loan's number\n"
                   "  --date D   the day the position is worked out for (default: the open meeting's,\n"
                   "             else today): principal outstanding, due today, payoff, days late,\n"
                   "             what each instalment has paid and still owes, the pledges held\n";
    show.spec.positionals = {"LOAN"};
    show.spec.valueOptions = {"date"};
    show.json = true;
    show.run = runShow;
    verbs.push_back(show);

    Verb list;
    list.name = "loan list";
    list.summary = "List loans with their status, what is outstanding and days late.";
    list.usage = "[--member M] [--status STATUS] [--date YYYY-MM-DD]";
    list.details = "  --member M       only this member's loans, by number or name\n"
                   "  --status STATUS  requested, approved, active, repaid, defaulted, closed or cancelled\n"
                   "  --date D         the day positions are worked out for (default: the open\n"
                   "                   meeting's, else today)\n";
    list.spec.valueOptions = {"member", "status", "date"};
    list.json = true;
    list.run = runList;
    verbs.push_back(list);

    Verb schedule;
    schedule.name = "loan schedule";
    schedule.summary = "Show a loan's repayment schedule (--history: every version).";
    schedule.usage = "LOAN [--history]";
    schedule.details = "  LOAN       the loan's number\n"
                       "  --history  every schedule the loan has had, from disbursement through each\n"
                       "             rescheduling or top-up\n";
    schedule.spec.positionals = {"LOAN"};
    schedule.spec.flags = {"history"};
    schedule.json = true;
    schedule.run = runSchedule;
    verbs.push_back(schedule);

    return verbs;
}

} // namespace tontine::cli
