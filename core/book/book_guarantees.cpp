// Book's group guarantees (docs/loan-rules.md, "Group guarantees"): the group stands behind
// a member's purchase from a supplier. Creating or releasing one moves no cash (each is an
// audit event "guarantee:<id>"); calling one pays the supplier at the open meeting and turns
// the amount into an active loan to the member, approved by the guarantee's approvers.
#include "core/book/book.h"

#include "core/book/book_file.h"
#include "core/book/book_loan_support.h"
#include "core/money/money.h"

namespace tontine {

using namespace loanbook;

namespace {

std::string guaranteeSubject(GuaranteeId id) { return "guarantee:" + std::to_string(id); }

GroupGuarantee requireGuarantee(const store::LoanStore& loans, GuaranteeId id)
{
    auto g = loans.guarantee(id);
    if (!g)
        throw ValidationError("guarantee", "guarantee.unknown", "There is no group guarantee " + std::to_string(id),
                              {std::to_string(id)});
    return *g;
}

void requireOpenGuarantee(const GroupGuarantee& g)
{
    if (g.status != GuaranteeStatus::Open)
        throw ValidationError("guarantee", "guarantee.status",
                              "Group guarantee " + std::to_string(g.id) + " is " + guaranteeStatusCode(g.status),
                              {std::to_string(g.id), guaranteeStatusCode(g.status)});
}

} // namespace

GuaranteeId Book::createGuarantee(GroupGuarantee guarantee, const Actor& actor)
{
    requireOperator(actor);
    requireActiveMembers(m_file->members, {guarantee.member}, "member");
    requireActiveMembers(m_file->members, guarantee.approvers, "approvers");
    guarantee.id = 0;
    guarantee.issuedOn = actor.date;
    guarantee.status = GuaranteeStatus::Open;
    guarantee.closedOn.reset();
    guarantee.loan.reset();
    const FundSettings fund = settings();
    if (auto problems = checkGroupGuarantee(guarantee, loanRules(), fund.roundingUnit, &fund.currency());
        !problems.empty())
        refuse(problems, m_file->members);
    store::Transaction tx(m_file->db());
    guarantee.id = m_file->loans.insertGuarantee(guarantee, nextSeq());
    appendAudit(guaranteeSubject(guarantee.id), "add",
                "Group guarantee for " + memberLabel(m_file->members, guarantee.member) + " to " + guarantee.supplier +
                    ": " + formatWithCode(guarantee.amount, fund.currency()) + " until " + guarantee.until.iso() +
                    ", approved by " + namesOf(m_file->members, guarantee.approvers),
                groupGuaranteeSnapshot(*m_file->loans.guarantee(guarantee.id)), actor);
    tx.commit();
    return guarantee.id;
}

void Book::releaseGuarantee(GuaranteeId id, const Actor& actor)
{
    requireOperator(actor);
    const GroupGuarantee g = requireGuarantee(m_file->loans, id);
    requireOpenGuarantee(g);
    store::Transaction tx(m_file->db());
    m_file->loans.closeGuarantee(id, GuaranteeStatus::Released, actor.date, std::nullopt, nextSeq());
    appendAudit(guaranteeSubject(id), "release", "Group guarantee " + std::to_string(id) + " released",
                groupGuaranteeSnapshot(*m_file->loans.guarantee(id)), actor);
    tx.commit();
}

LoanId Book::callGuarantee(GuaranteeId id, std::int64_t amount, LoanProductId productId, int termMonths,
                           const std::vector<CustomInstalment>& custom, const Actor& actor)
{
    requireOperator(actor);
    requireOpenMeeting(actor);
    const GroupGuarantee g = requireGuarantee(m_file->loans, id);
    requireOpenGuarantee(g);
    const FundSettings fund = settings();
    const Currency& currency = fund.currency();
    if (g.until < actor.date)
        throw ValidationError("guarantee", "guarantee.lapsed",
                              "Group guarantee " + std::to_string(id) + " lapsed on " + g.until.iso(),
                              {std::to_string(id), g.until.iso()});
    if (amount <= 0)
        throw ValidationError("amount", "amount.not_positive", "The amount called must be more than zero");
    if (amount > g.amount)
        throw ValidationError("amount", "guarantee.call_above",
                              "The group guaranteed at most " + formatWithCode(g.amount, currency),
                              {formatWithCode(g.amount, currency)});
    const auto product = m_file->loans.product(productId);
    if (!product)
        throw ValidationError("product", "loan.unknown_product", "There is no loan product " + std::to_string(productId),
                              {std::to_string(productId)});
    ScheduleRequest s;
    s.principal = amount;
    s.rateBasisPoints = product->rateBasisPoints;
    s.method = product->method;
    s.termMonths = termMonths;
    s.start = actor.date;
    s.custom = custom;
    s.roundingUnit = fund.roundingUnit;
    if (auto problems = checkScheduleRequest(s, &currency); !problems.empty())
        throw ValidationError(problems);
    const std::vector<Instalment> schedule = computeSchedule(s);

    // The group's guarantee stands in for guarantors; its approvers approved the loan.
    Loan loan;
    loan.borrower = g.member;
    loan.product = *product;
    loan.principal = amount;
    loan.termMonths = termMonths;
    loan.custom = custom;
    loan.purpose = g.purpose;
    loan.requestedOn = actor.date;
    loan.fromGuarantee = id;
    store::Transaction tx(m_file->db());
    const EntrySeq requestSeq = nextSeq();
    loan.id = m_file->loans.insertLoan(loan, requestSeq);
    m_file->loans.insertApprovals(loan.id, "approve", g.approvers, requestSeq);
    m_file->loans.insertEvent(loan.id, {"approved", actor.date, 0, "group guarantee " + std::to_string(id), requestSeq});
    chainLoan(loan.id, "request",
              "Loan " + std::to_string(loan.id) + " from group guarantee " + std::to_string(id) + " for " +
                  memberLabel(m_file->members, g.member),
              actor);
    Entry e;
    e.action = "loan-disbursement";
    e.memo = "Group guarantee " + std::to_string(id) + " called: " + g.supplier + " paid for " +
             memberLabel(m_file->members, g.member) + " (loan " + std::to_string(loan.id) + ")";
    e.payload = scheduleSnapshot(schedule);
    e.postings = {Posting{accounts::loanPrincipal(g.member), amount}, Posting{std::string(accounts::Cash), -amount}};
    const EntrySeq seq = appendInMeeting(std::move(e), actor);
    m_file->loans.insertEvent(loan.id, {"disbursed", actor.date, amount, "", seq});
    const EntrySeq scheduleSeq = nextSeq();
    m_file->loans.insertSchedule(loan.id, 1, schedule, scheduleSeq);
    appendAudit("loan:" + std::to_string(loan.id) + ":schedule:1", "add",
                "Loan " + std::to_string(loan.id) + ": repayment schedule", scheduleSnapshot(schedule), actor);
    m_file->loans.closeGuarantee(id, GuaranteeStatus::Called, actor.date, loan.id, nextSeq());
    appendAudit(guaranteeSubject(id), "call", "Group guarantee " + std::to_string(id) + " called",
                groupGuaranteeSnapshot(*m_file->loans.guarantee(id)), actor);
    chainLoan(loan.id, "disburse", "Loan " + std::to_string(loan.id) + " paid out", actor);
    tx.commit();
    return loan.id;
}

std::vector<GroupGuarantee> Book::guarantees() const { return m_file->loans.guarantees(); }

} // namespace tontine
