// Book's loan use cases after disbursement (docs/loan-rules.md): rescheduling and top-ups,
// default, recovery from guarantors' savings, write-off, the borrower paying guarantors back,
// the portfolio, and the reversal of a repayment. Each validates everything, then writes the
// loan's rows and the entries that chain them in one transaction.
#include "core/book/book.h"

#include "core/book/book_file.h"
#include "core/book/book_loan_support.h"
#include "core/book/book_loan_text.h"
#include "core/ledger/entry_rules.h"
#include "core/money/money.h"

#include <algorithm>

namespace tontine {

using namespace loanbook;

namespace {

// A committee decision needs all its approvals at once (unlike a loan's, which may gather).
void requireApprovals(const LoanRules& rules, const Loan& loan, const std::vector<MemberId>& approvers,
                      const store::MemberStore& members)
{
    requireActiveMembers(members, approvers, "approvers");
    if (auto problems = checkApprovals(rules, loan.borrower, approvers); !problems.empty())
        refuse(problems, members);
}

// Penalty, interest and principal credited by a repayment's allocation lines (cash basis:
// interest and penalties become income when paid).
std::vector<Posting> creditsOf(const std::vector<LoanAllocation>& lines, MemberId borrower)
{
    std::int64_t penalty = 0, interest = 0, principal = 0;
    for (const auto& l : lines) {
        penalty = checkedAdd(penalty, l.penalty);
        interest = checkedAdd(interest, l.interest);
        principal = checkedAdd(principal, l.principal);
    }
    std::vector<Posting> out;
    if (penalty != 0)
        out.push_back(Posting{std::string(accounts::PenaltyIncome), -penalty});
    if (interest != 0)
        out.push_back(Posting{std::string(accounts::InterestIncome), -interest});
    if (principal != 0)
        out.push_back(Posting{accounts::loanPrincipal(borrower), -principal});
    return out;
}

} // namespace

void Book::chainGuarantorMoney(LoanId id, const std::string& memo, const Actor& actor)
{
    appendAudit(loanSubject(id) + ":guarantors", "edit", memo,
                guarantorMoneySnapshot(m_file->loans.guarantorDebtsOfLoan(id)), actor);
}

void Book::recordGuarantorSavings(const std::vector<SavingsRecord>& records, const std::string& memo,
                                  const Actor& actor)
{
    // Guarantors' savings move in the open cycle too, so that its share-out gives back what
    // they hold. The records are chained by an audit event of their own ("savings:<c>:records"),
    // as reinvested savings are: the money entry's payload holds the loan's allocation.
    if (records.empty())
        return;
    const EntrySeq seq = appendAudit("savings:" + std::to_string(records.front().cycle) + ":records", "loan", memo,
                                     savingsRecordsPayload(records), actor);
    m_file->savings.insertRecords(records, seq);
}

void Book::rescheduleLoan(LoanId id, const RescheduleRequest& request, const Actor& actor)
{
    requireOperator(actor);
    const Loan loan = requireLoan(id);
    if (loan.status != LoanStatus::Active)
        wrongStatus(loan, "be rescheduled");
    requireApprovals(loanRules(), loan, request.approvers, m_file->members);
    if (blank(request.reason))
        throw ValidationError("reason", "required", "Say why the loan is rescheduled");
    const FundSettings fund = settings();
    const Currency& currency = fund.currency();
    const LoanPosition position = positionOf(loan, actor.date);
    if (request.topUp < 0)
        throw ValidationError("topUp", "amount.negative", "A top-up cannot be negative");
    if (request.topUp > 0) {
        requireOpenMeeting(actor);
        if (auto problems = checkTopUp(loan, position.principalOutstanding, request.topUp, fund.roundingUnit, &currency);
            !problems.empty())
            refuse(problems, m_file->members);
        // The borrower's limit holds for the loan as topped up.
        const LoanMemberStanding standing = loanStanding(loan.borrower, actor.date, id);
        const auto limit = loanLimit(loan.product, standing.savings, fund.roundingUnit);
        const std::int64_t after =
            checkedAdd(checkedAdd(standing.loansOutstanding, position.principalOutstanding), request.topUp);
        if (limit && after > *limit)
            throw ValidationError("topUp", "loan.above_limit",
                                  memberLabel(m_file->members, loan.borrower) + " may owe at most " +
                                      formatWithCode(*limit, currency) + " (savings " +
                                      formatWithCode(standing.savings, currency) + ")",
                                  {formatWithCode(*limit, currency), formatWithCode(standing.savings, currency)});
    }
    ScheduleRequest s;
    s.rateBasisPoints = loan.product.rateBasisPoints;
    s.method = request.method.value_or(loan.product.method);
    s.termMonths = request.termMonths;
    s.start = actor.date;
    s.custom = request.custom;
    s.roundingUnit = fund.roundingUnit;
    const std::vector<Instalment> schedule = reschedule(position, s, request.topUp);
    const int version = loan.scheduleVersion + 1;

    store::Transaction tx(m_file->db());
    if (request.topUp > 0) {
        Entry e;
        e.action = "loan-topup";
        e.memo = "Top-up of loan " + std::to_string(id) + " paid out to " + memberLabel(m_file->members, loan.borrower);
        e.postings = {Posting{accounts::loanPrincipal(loan.borrower), request.topUp},
                      Posting{std::string(accounts::Cash), -request.topUp}};
        const EntrySeq seq = appendInMeeting(std::move(e), actor);
        m_file->loans.insertEvent(id, {"topup", actor.date, request.topUp, request.reason, seq});
    }
    const EntrySeq scheduleSeq = nextSeq();
    m_file->loans.insertSchedule(id, version, schedule, scheduleSeq);
    m_file->loans.insertApprovals(id, request.topUp > 0 ? "topup" : "reschedule", request.approvers, scheduleSeq);
    m_file->loans.insertEvent(id, {"rescheduled", actor.date, 0, request.reason, scheduleSeq});
    appendAudit(loanSubject(id) + ":schedule:" + std::to_string(version), "add",
                "Loan " + std::to_string(id) + " rescheduled (" + request.reason + "), approved by " +
                    namesOf(m_file->members, request.approvers),
                scheduleSnapshot(schedule), actor);
    chainLoan(id, "reschedule", "Loan " + std::to_string(id) + ": schedule " + std::to_string(version), actor);
    tx.commit();
}

void Book::declareDefault(LoanId id, const std::vector<MemberId>& approvers, const std::string& reason,
                          const Actor& actor)
{
    requireOperator(actor);
    const Loan loan = requireLoan(id);
    if (loan.status != LoanStatus::Active)
        wrongStatus(loan, "be declared in default");
    requireApprovals(loanRules(), loan, approvers, m_file->members);
    if (blank(reason))
        throw ValidationError("reason", "required", "Say why the loan is declared in default");
    store::Transaction tx(m_file->db());
    const EntrySeq seq = nextSeq();
    m_file->loans.insertApprovals(id, "default", approvers, seq);
    m_file->loans.insertEvent(id, {"defaulted", actor.date, 0, reason, seq});
    chainLoan(id, "default",
              "Loan " + std::to_string(id) + " declared in default (" + reason + "), approved by " +
                  namesOf(m_file->members, approvers),
              actor);
    tx.commit();
}

std::vector<GuarantorPledge> Book::recoverFromGuarantors(LoanId id, const Actor& actor)
{
    requireOperator(actor);
    requireOpenMeeting(actor);
    const Loan loan = requireLoan(id);
    if (loan.status != LoanStatus::Defaulted)
        wrongStatus(loan, "be recovered from its guarantors");
    const FundSettings fund = settings();
    const Currency& currency = fund.currency();
    const LoanPosition position = positionOf(loan, actor.date);
    std::vector<GuarantorPledge> held;
    std::int64_t totalHeld = 0;
    for (const auto& p : pledgesHeld(id, actor.date))
        if (p.pledge > 0) {
            held.push_back(p);
            totalHeld = checkedAdd(totalHeld, p.pledge);
        }
    std::int64_t amount = std::min(position.payoff(), totalHeld);
    amount -= amount % fund.roundingUnit;
    if (amount <= 0)
        throw ValidationError("loan", "loan.nothing_to_recover",
                              "Loan " + std::to_string(id) + " has nothing its guarantors' pledges could cover",
                              {std::to_string(id)});
    const auto parts = recoveryFromGuarantors(held, amount, fund.roundingUnit);
    // A guarantor gives from savings they have: never more.
    for (const auto& part : parts) {
        const std::int64_t savings = -m_file->ledger.balanceOf(accounts::savings(part.guarantor));
        if (part.pledge > savings)
            throw ValidationError("loan", "loan.guarantor_savings",
                                  memberLabel(m_file->members, part.guarantor) + " has " +
                                      formatWithCode(savings, currency) + " in savings, less than their part " +
                                      formatWithCode(part.pledge, currency),
                                  {std::to_string(part.guarantor), formatWithCode(savings, currency),
                                   formatWithCode(part.pledge, currency)});
    }
    const auto lines = allocateRepayment(position, amount, fund.roundingUnit, &currency);

    Entry e;
    e.action = "loan-recovery";
    e.memo = "Loan " + std::to_string(id) + " of " + memberLabel(m_file->members, loan.borrower) +
             ": recovered from the guarantors' savings";
    e.payload = allocationsPayload(lines);
    for (const auto& part : parts)
        if (part.pledge > 0)
            e.postings.push_back(Posting{accounts::savings(part.guarantor), part.pledge});
    for (auto& p : creditsOf(lines, loan.borrower))
        e.postings.push_back(std::move(p));
    const auto cycle = openSavingsCycle();
    std::vector<SavingsRecord> records;
    store::Transaction tx(m_file->db());
    const EntrySeq seq = appendInMeeting(std::move(e), actor);
    m_file->loans.insertAllocations(id, lines, seq);
    for (const auto& part : parts)
        if (part.pledge > 0) {
            m_file->loans.insertGuarantorMoney(id, part.guarantor, "recovered", part.pledge, actor.date, seq);
            if (cycle)
                records.push_back(
                    SavingsRecord{cycle->id, part.guarantor, SavingsKind::Withdrawal, actor.date, 0, -part.pledge});
        }
    recordGuarantorSavings(records, "Loan " + std::to_string(id) + ": guarantors' savings taken", actor);
    chainGuarantorMoney(id, "Loan " + std::to_string(id) + ": recovered from the guarantors", actor);
    if (positionOf(requireLoan(id), actor.date).repaid()) {
        m_file->loans.insertEvent(id, {"closed", actor.date, 0, "recovered", nextSeq()});
        chainLoan(id, "close", "Loan " + std::to_string(id) + " closed: all recovered", actor);
    }
    tx.commit();
    return parts;
}

EntrySeq Book::writeOffLoan(LoanId id, const std::vector<MemberId>& approvers, const Actor& actor)
{
    requireOperator(actor);
    const Loan loan = requireLoan(id);
    if (loan.status != LoanStatus::Defaulted)
        wrongStatus(loan, "be written off");
    requireApprovals(loanRules(), loan, approvers, m_file->members);
    const std::int64_t principal = positionOf(loan, actor.date).principalOutstanding;
    if (principal <= 0)
        throw ValidationError("loan", "loan.nothing_to_write_off",
                              "Loan " + std::to_string(id) + " has no principal left to write off", {std::to_string(id)});
    // Interest and penalties never became income (cash basis): only the principal is a loss.
    Entry e;
    e.action = "loan-writeoff";
    e.memo = "Loan " + std::to_string(id) + " of " + memberLabel(m_file->members, loan.borrower) +
             " written off, approved by " + namesOf(m_file->members, approvers);
    e.postings = {Posting{std::string(accounts::LoanLosses), principal},
                  Posting{accounts::loanPrincipal(loan.borrower), -principal}};
    store::Transaction tx(m_file->db());
    const auto open = m_file->meetings.current();
    const EntrySeq seq = open && open->date == actor.date ? appendInMeeting(std::move(e), actor)
                                                          : appendTransaction(std::move(e), actor);
    m_file->loans.insertApprovals(id, "writeoff", approvers, seq);
    m_file->loans.insertEvent(id, {"writeoff", actor.date, principal, "", seq});
    m_file->loans.insertEvent(id, {"closed", actor.date, 0, "written off", nextSeq()});
    chainLoan(id, "writeoff", "Loan " + std::to_string(id) + " written off and closed", actor);
    tx.commit();
    return seq;
}

EntrySeq Book::repayGuarantor(LoanId id, MemberId guarantor, std::int64_t amount, const Actor& actor)
{
    requireOperator(actor);
    requireOpenMeeting(actor);
    const Loan loan = requireLoan(id);
    const FundSettings fund = settings();
    const Currency& currency = fund.currency();
    std::optional<GuarantorDebt> debt;
    for (const auto& d : m_file->loans.guarantorDebtsOfLoan(id))
        if (d.guarantor == guarantor)
            debt = d;
    if (!debt || debt->left() <= 0)
        throw ValidationError("guarantor", "loan.no_guarantor_debt",
                              memberLabel(m_file->members, loan.borrower) + " owes " +
                                  memberLabel(m_file->members, guarantor) + " nothing for loan " + std::to_string(id),
                              {std::to_string(guarantor), std::to_string(id)});
    if (amount <= 0)
        throw ValidationError("amount", "amount.not_positive", "The amount paid must be more than zero");
    if (amount % fund.roundingUnit != 0)
        throw ValidationError("amount", "loan.amount_unit",
                              "The amount must be a multiple of " + formatWithCode(fund.roundingUnit, currency),
                              {formatWithCode(fund.roundingUnit, currency)});
    if (amount > debt->left())
        throw ValidationError("amount", "loan.guarantor_overpaid",
                              memberLabel(m_file->members, loan.borrower) + " owes " +
                                  memberLabel(m_file->members, guarantor) + " " + formatWithCode(debt->left(), currency),
                              {formatWithCode(debt->left(), currency)});
    Entry e;
    e.action = "loan-guarantor-repayment";
    e.memo = memberLabel(m_file->members, loan.borrower) + " pays back " + memberLabel(m_file->members, guarantor) +
             " for loan " + std::to_string(id);
    e.payload = guarantorRepaymentPayload(id, guarantor, amount);
    e.postings = {Posting{std::string(accounts::Cash), amount}, Posting{accounts::savings(guarantor), -amount}};
    store::Transaction tx(m_file->db());
    const EntrySeq seq = appendInMeeting(std::move(e), actor);
    m_file->loans.insertGuarantorMoney(id, guarantor, "repaid", amount, actor.date, seq);
    if (const auto cycle = openSavingsCycle())
        recordGuarantorSavings({SavingsRecord{cycle->id, guarantor, SavingsKind::Voluntary, actor.date, 0, amount}},
                               "Loan " + std::to_string(id) + ": a guarantor paid back", actor);
    chainGuarantorMoney(id, "Loan " + std::to_string(id) + ": a guarantor paid back", actor);
    tx.commit();
    return seq;
}

std::vector<GuarantorDebt> Book::guarantorDebts(std::optional<MemberId> member) const
{
    return m_file->loans.guarantorDebts(member);
}

Portfolio Book::portfolio(Date on) const
{
    std::vector<PortfolioLoan> loans;
    for (const auto& loan : m_file->loans.loans()) {
        if (!owedOn(loan, on)) // a loan repaid since still counts on a date it was owed
            continue;
        const LoanPosition p = positionOf(loan, on);
        loans.push_back(PortfolioLoan{loan.id, loan.borrower, loan.purpose, p.principalOutstanding, p.daysLate});
    }
    return summarisePortfolio(loans, m_file->loans.guarantees(), on);
}

EntrySeq Book::reverseLoanMoney(const Entry& original, const std::string& reason, const Actor& actor)
{
    const auto id = m_file->loans.loanOfAllocationEntry(original.seq);
    const std::string seqText = std::to_string(original.seq);
    if (!id || original.action != "loan-repayment" || original.reverses)
        throw ValidationError("entry", "loan.reversal_kind",
                              "Entry " + seqText + " (" + original.memo +
                                  ") takes money from savings for a loan; it stands as made",
                              {seqText});
    if (m_file->loans.lastAllocationEntry(*id) != original.seq)
        throw ValidationError("entry", "loan.reversal_not_latest",
                              "Entry " + seqText + " is not the latest repayment of loan " + std::to_string(*id) +
                                  "; reverse the later ones first",
                              {seqText, std::to_string(*id)});
    bool reopens = false;
    for (const auto& ev : m_file->loans.events(*id)) {
        if (ev.entry <= original.seq)
            continue;
        if (ev.kind != "repaid" && ev.kind != "closed")
            throw ValidationError("entry", "loan.reversal_later_events",
                                  "Loan " + std::to_string(*id) + " changed after entry " + seqText + " (" + ev.kind +
                                      "); the repayment can no longer be reversed",
                                  {seqText, std::to_string(*id), ev.kind});
        reopens = true;
    }
    // The negated lines carry the original's date: the repayment counts as never made.
    std::vector<LoanAllocation> negated;
    const auto byEntry = m_file->loans.allocationsByEntry();
    for (const auto& l : byEntry.at(original.seq))
        negated.push_back(LoanAllocation{l.date, l.instalment, -l.penalty, -l.interest, -l.principal});
    Entry reversal = reversalOf(original, reason);
    reversal.payload = allocationsPayload(negated);
    store::Transaction tx(m_file->db());
    const EntrySeq seq = appendInMeeting(std::move(reversal), actor);
    m_file->loans.insertAllocations(*id, negated, seq);
    if (reopens) {
        m_file->loans.insertEvent(*id, {"reopened", actor.date, 0, reason, nextSeq()});
        chainLoan(*id, "reopen", "Loan " + std::to_string(*id) + " reopened: its last repayment was reversed", actor);
    }
    tx.commit();
    return seq;
}

} // namespace tontine
