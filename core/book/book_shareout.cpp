// Book's share-out (docs/savings-rules.md, "Share-out"): the plan is built from the books —
// the cycle's savings records, the earnings dated within the cycle, the cash — and the
// engine (core/savings/share_out) splits it. The preview and the commit build the same plan;
// the commit writes it only when it has no problem, in one transaction.
#include "core/book/book.h"

#include "core/book/book_file.h"
#include "core/book/book_loan_support.h"
#include "core/book/book_member_text.h"
#include "core/meetings/due_payment.h"
#include "core/money/money.h"

#include <algorithm>
#include <map>

namespace tontine {

namespace {

bool blank(const std::string& text) { return text.find_first_not_of(" \t\r\n") == std::string::npos; }

Problem problem(std::string field, std::string code, std::string text, std::vector<std::string> args = {})
{
    return Problem{std::move(field), std::move(code), std::move(args), std::move(text), 0, 0};
}

// The social loans a member still owes, oldest due first: what a share-out nets off first.
std::vector<Due> socialLoanDues(const store::MeetingStore& meetings, MemberId member)
{
    std::vector<Due> out;
    for (auto& due : meetings.dues(member))
        if (due.kind == "social-loan" && due.outstanding() > 0)
            out.push_back(due);
    std::sort(out.begin(), out.end(),
              [](const Due& a, const Due& b) { return a.dueOn < b.dueOn || (a.dueOn == b.dueOn && a.id < b.id); });
    return out;
}

} // namespace

ShareOutPlan Book::previewShareOut(SavingsCycleId cycleId, const ShareOutOptions& options, Date date) const
{
    ShareOutPlan plan;
    plan.cycle = requireSavingsCycle(cycleId, false);
    plan.date = date;
    plan.reinvest = options.reinvest;
    plan.keptBackNote = options.keptBackNote;
    const auto& cycle = plan.cycle;
    const Currency& currency = settings().currency();
    if (cycle.isClosed())
        plan.problems.push_back(problem("cycle", "savings.cycle_closed",
                                        cycle.name + " was already shared out on " + cycle.sharedOn->iso(),
                                        {cycle.name, cycle.sharedOn->iso()}));
    if (date < cycle.start)
        plan.problems.push_back(problem("date", "shareout.before_start",
                                        "A share-out cannot come before the cycle starts (" + cycle.start.iso() + ")",
                                        {cycle.start.iso()}));

    // Where the amount comes from (ShareOutFund): the books, or the books corrected by the count.
    const auto records = m_file->savings.records(cycleId);
    auto& fund = plan.fund;
    for (const auto& r : records)
        fund.savings = checkedAdd(fund.savings, r.amount);
    fund.earnings = m_file->savings.earningsBetween(cycle.start, date);
    // What the group kept back at the last share-out (and the odd amount rounding kept) is
    // this cycle's to share: nothing stays in the box unshared for good.
    for (const auto& earlier : m_file->savings.cycles())
        if (earlier.id < cycleId)
            if (const auto last = m_file->savings.shareOut(earlier.id))
                // Loan interest and penalties netted off that share-out became income on its
                // day, after its sharing: they are this cycle's too.
                fund.carriedIn = checkedAdd(checkedAdd(last->fund.keptBack, last->result.keptByRounding),
                                            m_file->loans.incomeNettedOn(last->date));
    fund.books = checkedAdd(checkedAdd(fund.savings, fund.earnings), fund.carriedIn);
    fund.cashExpected = cashBalance();
    fund.socialFund = socialFund().balance;
    fund.basis = options.basis;
    fund.keptBack = options.keptBack;
    std::int64_t chosen = fund.books;
    if (options.countedCash) {
        fund.cashCounted = options.countedCash;
        fund.difference = checkedSub(*options.countedCash, fund.cashExpected);
        if (*options.countedCash < 0)
            plan.problems.push_back(problem("countedCash", "amount.negative", "Cash counted cannot be negative"));
    }
    if (options.basis == ShareOutBasis::Counted) {
        if (!options.countedCash)
            plan.problems.push_back(problem("countedCash", "shareout.count_missing",
                                            "Count the cash in the box to share out what it holds"));
        else
            chosen = checkedAdd(fund.books, fund.difference);
    }
    if (options.keptBack < 0)
        plan.problems.push_back(problem("keptBack", "amount.negative", "The amount kept back cannot be negative"));
    if (options.keptBack > 0 && blank(options.keptBackNote))
        plan.problems.push_back(problem("keptBackNote", "shareout.keep_note", "Say why the group keeps money back"));
    fund.amountShared = checkedSub(chosen, std::max<std::int64_t>(0, options.keptBack));
    if (fund.amountShared < 0)
        plan.problems.push_back(problem("keptBack", "shareout.keep_too_much",
                                        "The group cannot keep back more than the fund holds (" +
                                            formatWithCode(chosen, currency) + ")",
                                        {formatWithCode(chosen, currency)}));

    // Each amount is weighted by the cycle's meetings it was held before this one; an
    // opening balance counts from the cycle's start (docs/savings-rules.md).
    const auto meetingDates = m_file->savings.meetingDatesBetween(cycle.start, date);
    plan.meetings = static_cast<int>(meetingDates.size());
    auto heldFrom = [&](Date from) {
        return static_cast<int>(std::count_if(meetingDates.begin(), meetingDates.end(),
                                              [&](Date d) { return !(d < from) && d < date; }));
    };
    std::map<MemberId, ShareOutMemberInput> byMember;
    for (const auto& r : records) {
        auto& m = byMember[r.member];
        m.member = r.member;
        m.shares += r.shares;
        m.saved = checkedAdd(m.saved, r.amount);
        m.holdings.push_back(ShareOutHolding{r.amount, heldFrom(r.kind == SavingsKind::Opening ? cycle.start : r.date)});
    }
    ShareOutInput input;
    input.rule = options.rule;
    input.amountShared = std::max<std::int64_t>(0, fund.amountShared);
    input.roundingUnit = settings().roundingUnit;
    input.netOffLoans = cycle.loanRule == LoanAtShareOut::NetOff;
    input.currency = &currency;
    for (auto& [id, m] : byMember) {
        // Social loans, and what the member's loans have due on the day (B12).
        std::int64_t owed = loansOwedOn(id, date);
        for (const auto& due : socialLoanDues(m_file->meetings, id))
            owed = checkedAdd(owed, due.outstanding());
        m.owed = owed;
        input.members.push_back(m);
    }
    plan.result = computeShareOut(input);
    plan.result.rule = options.rule;

    for (const auto& [member, amount] : options.reinvest) {
        const auto line = std::find_if(plan.result.lines.begin(), plan.result.lines.end(),
                                       [&](const ShareOutLine& l) { return l.member == member; });
        if (line == plan.result.lines.end())
            plan.problems.push_back(problem("reinvest", "shareout.reinvest_not_member",
                                            memberLabel(m_file->members, member) + " has no savings in " + cycle.name,
                                            {std::to_string(member)}));
        else if (amount < 0 || amount > line->net)
            plan.problems.push_back(problem("reinvest", "shareout.reinvest_above_net",
                                            memberLabel(m_file->members, member) + " can reinvest at most their net " +
                                                formatWithCode(line->net, currency),
                                            {std::to_string(member), formatWithCode(line->net, currency)}));
    }
    // Savings a guarantor has pledged for others' loans stay in the fund: at least
    // min(pledge held, net) is reinvested — chosen by the book when the treasurer said
    // nothing for that member, a problem when they asked for less (docs/loan-rules.md B-rules).
    // The pledges are those still held after this share-out: the netting below repays
    // borrowers' due instalments first (as the commit will, in the same order), and a pledge
    // shrinks with the principal those repayments take off.
    const std::int64_t unit = settings().roundingUnit;
    std::map<LoanId, std::int64_t> principalNetted;
    for (const auto& line : plan.result.lines) {
        std::int64_t left = line.deductions;
        for (const auto& due : socialLoanDues(m_file->meetings, line.member))
            left -= std::min(left, due.outstanding());
        for (const auto& loan : m_file->loans.loans(line.member)) {
            if (left == 0)
                break;
            if (!loanbook::isPaidOut(loan))
                continue;
            const LoanPosition position = positionOf(loan, date);
            std::int64_t part = std::min(left, position.dueToday());
            part -= part % unit;
            if (part <= 0)
                continue;
            for (const auto& a : allocateRepayment(position, part, unit, &currency))
                principalNetted[loan.id] = checkedAdd(principalNetted[loan.id], a.principal);
            left -= part;
        }
    }
    std::map<MemberId, std::int64_t> pledgedAfter;
    for (const auto& loan : m_file->loans.loans()) {
        if (!loanbook::isOpen(loan))
            continue;
        const std::int64_t outstanding =
            loanbook::isPaidOut(loan) ? positionOf(loan, date).principalOutstanding - principalNetted[loan.id] : 0;
        for (const auto& pledge : loan.guarantors)
            pledgedAfter[pledge.guarantor] =
                checkedAdd(pledgedAfter[pledge.guarantor], stillHeld(pledge, loan, outstanding, unit));
    }
    for (const auto& line : plan.result.lines) {
        const std::int64_t held = std::min(pledgedAfter[line.member], std::max<std::int64_t>(0, line.net));
        if (held <= 0)
            continue;
        const auto asked = options.reinvest.find(line.member);
        if (asked == options.reinvest.end()) {
            plan.reinvest[line.member] = held;
            plan.notes.push_back(memberLabel(m_file->members, line.member) + " reinvests " +
                                 formatWithCode(held, currency) + ": savings pledged for others' loans stay in the fund");
        } else if (asked->second < held) {
            plan.problems.push_back(problem("reinvest", "shareout.pledge_held",
                                            memberLabel(m_file->members, line.member) + " must reinvest at least " +
                                                formatWithCode(held, currency) + ", pledged for others' loans",
                                            {std::to_string(line.member), formatWithCode(held, currency)}));
        }
    }
    // Loans outlive the share-out, so money lent out is not in the box: the cash paid out
    // must fit what the box holds beside the social fund's cash, or the plan says how much
    // more to reinvest (or keep back) rather than failing at the commit.
    std::int64_t cashOut = 0;
    for (const auto& line : plan.result.lines) {
        const auto it = plan.reinvest.find(line.member);
        cashOut = checkedAdd(cashOut, line.net - (it == plan.reinvest.end() ? 0 : it->second));
    }
    const SocialFundPosition social = socialFund();
    const std::int64_t box = checkedAdd(fund.cashExpected, fund.difference);
    const std::int64_t forSavers = checkedSub(box, std::max<std::int64_t>(0, social.available()));
    if (cashOut > forSavers) {
        const std::int64_t shortBy = checkedSub(cashOut, forSavers);
        plan.problems.push_back(problem(
            "reinvest", "shareout.cash_short",
            "Paying out " + formatWithCode(cashOut, currency) + " needs " + formatWithCode(shortBy, currency) +
                " more than the box holds beside the social fund (" + formatWithCode(std::max<std::int64_t>(0, forSavers), currency) +
                "): that money is still lent out. Members can reinvest " + formatWithCode(shortBy, currency) +
                " more, or the group can keep it back until the loans are repaid",
            {formatWithCode(cashOut, currency), formatWithCode(shortBy, currency)}));
    }
    for (auto p : plan.result.problems)
        plan.problems.push_back(std::move(p));
    nameMembers(plan.problems, m_file->members);
    return plan;
}

ShareOutPlan Book::commitShareOut(SavingsCycleId cycleId, const ShareOutOptions& options, const Actor& actor)
{
    requireOperator(actor);
    requireSavingsCycle(cycleId, true);
    const Meeting meeting = requireOpenMeeting(actor);
    ShareOutPlan plan = previewShareOut(cycleId, options, actor.date);
    if (!plan.problems.empty())
        throw ValidationError(plan.problems);
    const auto& cycle = plan.cycle;
    const Currency& currency = settings().currency();

    store::Transaction tx(m_file->db());
    // The box counted: its difference from the books is recorded first, so that afterwards
    // the books hold exactly what was shared.
    if (plan.fund.basis == ShareOutBasis::Counted && plan.fund.difference != 0) {
        Entry diff;
        diff.action = "cash-difference";
        diff.memo = cycle.name + ": cash counted at the share-out differs from the books by " +
                    (plan.fund.difference > 0 ? "+" : "") + formatWithCode(plan.fund.difference, currency);
        diff.postings = {Posting{std::string(accounts::Cash), plan.fund.difference},
                         Posting{"diff:cash", -plan.fund.difference}};
        appendInMeeting(std::move(diff), actor);
    }

    std::vector<Posting> postings;
    std::vector<SavingsRecord> records;
    std::int64_t cashOut = 0;
    std::int64_t sharedEarnings = 0;
    for (const auto& line : plan.result.lines) {
        const auto reinvestIt = plan.reinvest.find(line.member);
        const std::int64_t reinvested = reinvestIt == plan.reinvest.end() ? 0 : reinvestIt->second;
        // What they owe is netted off: social loans first, each as the payment of its due
        // (so the due is settled) out of the member's savings, with no cash moving; then
        // the loan. The cash paid out is then exactly what each member is handed.
        std::int64_t left = line.deductions;
        for (const auto& due : socialLoanDues(m_file->meetings, line.member)) {
            if (left == 0)
                break;
            const std::int64_t part = std::min(left, due.outstanding());
            Entry pay;
            pay.action = "due-payment";
            pay.memo = "Netted off the share-out of " + memberLabel(m_file->members, line.member) + ": " + due.note;
            pay.payload = duePaymentPayload(due.id, part);
            pay.postings = {Posting{accounts::savings(line.member), part},
                            Posting{std::string(accounts::SocialLoans), -part}};
            const EntrySeq seq = appendInMeeting(std::move(pay), actor);
            m_file->meetings.insertPayment(seq, due.id, part);
            left -= part;
        }
        const std::int64_t socialPart = line.deductions - left;
        // Then what the member's loans have due, oldest loan first, each as a repayment from
        // their savings allocated like any other (penalties, interest, principal), so the
        // loan's records say what was paid; instalments not yet due keep their schedule.
        // Anything left (a loan posted by hand) goes to the loan account.
        std::int64_t loansNetted = 0;
        for (const auto& loan : m_file->loans.loans(line.member)) {
            if (left == 0)
                break;
            if (loan.status != LoanStatus::Active && loan.status != LoanStatus::Defaulted)
                continue;
            const LoanPosition position = positionOf(loan, actor.date);
            std::int64_t part = std::min(left, position.dueToday());
            part -= part % settings().roundingUnit;
            if (part <= 0)
                continue;
            const auto allocation = allocateRepayment(position, part, settings().roundingUnit, &currency);
            Entry pay;
            pay.action = "loan-shareout";
            pay.memo = "Netted off the share-out of " + memberLabel(m_file->members, line.member) + ": loan " +
                       std::to_string(loan.id);
            pay.payload = allocationsPayload(allocation);
            pay.postings.push_back(Posting{accounts::savings(line.member), part});
            std::int64_t penalty = 0, interest = 0, principal = 0;
            for (const auto& a : allocation) {
                penalty += a.penalty;
                interest += a.interest;
                principal += a.principal;
            }
            if (penalty != 0)
                pay.postings.push_back(Posting{std::string(accounts::PenaltyIncome), -penalty});
            if (interest != 0)
                pay.postings.push_back(Posting{std::string(accounts::InterestIncome), -interest});
            if (principal != 0)
                pay.postings.push_back(Posting{accounts::loanPrincipal(line.member), -principal});
            const EntrySeq paySeq = appendInMeeting(std::move(pay), actor);
            m_file->loans.insertAllocations(loan.id, allocation, paySeq);
            if (positionOf(*m_file->loans.loan(loan.id), actor.date).repaid()) {
                const bool defaulted = loan.status == LoanStatus::Defaulted;
                m_file->loans.insertEvent(loan.id, {defaulted ? "closed" : "repaid", actor.date, 0, "share-out", nextSeq()});
                chainLoan(loan.id, defaulted ? "close" : "repaid",
                          "Loan " + std::to_string(loan.id) + " repaid from the share-out", actor);
            }
            left -= part;
            loansNetted += part;
        }
        const std::int64_t loanPart = left;
        if (line.saved - socialPart - loansNetted - reinvested != 0)
            postings.push_back(
                Posting{accounts::savings(line.member), line.saved - socialPart - loansNetted - reinvested});
        if (loanPart != 0)
            postings.push_back(Posting{accounts::loanPrincipal(line.member), -loanPart});
        cashOut = checkedAdd(cashOut, line.net - reinvested);
        sharedEarnings = checkedAdd(sharedEarnings, line.gross - line.saved);
        if (line.saved != 0 || line.shares != 0)
            records.push_back(SavingsRecord{cycle.id, line.member, SavingsKind::ShareOut, actor.date, -line.shares,
                                            -line.saved});
    }
    if (sharedEarnings != 0)
        postings.push_back(Posting{std::string(accounts::SharedEarnings), sharedEarnings});
    if (cashOut != 0)
        postings.push_back(Posting{std::string(accounts::Cash), -cashOut});

    Entry entry;
    entry.action = "shareout";
    entry.memo = cycle.name + ": share-out (" + shareOutRuleCode(plan.result.rule) + ") of " +
                 formatWithCode(plan.fund.amountShared, currency) + " to " + std::to_string(plan.result.lines.size()) +
                 " members";
    entry.payload = savingsRecordsPayload(records);
    entry.postings = std::move(postings);
    const EntrySeq seq = appendInMeeting(std::move(entry), actor);
    m_file->savings.insertRecords(records, seq);
    m_file->savings.closeCycle(cycle.id, actor.date);
    plan.cycle.sharedOn = actor.date;
    appendAudit("savings:" + std::to_string(cycle.id), "shareout", cycle.name + " shared out and closed",
                savingsCycleSnapshot(plan.cycle), actor);
    plan.committedEntry = seq;
    const EntrySeq audit = appendAudit("shareout:" + std::to_string(cycle.id), "add",
                                       cycle.name + ": share-out lines", shareOutSnapshot(plan), actor);
    m_file->savings.insertShareOut(plan, seq, audit);
    (void)meeting;
    tx.commit();
    return plan;
}

std::optional<ShareOutPlan> Book::committedShareOut(SavingsCycleId cycle) const
{
    return m_file->savings.shareOut(cycle);
}

} // namespace tontine
