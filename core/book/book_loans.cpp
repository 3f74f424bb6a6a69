// Book's loan use cases from request to repayment (docs/loan-rules.md, "Using the engine from
// the book"). The engine (core/loans) decides; the book gathers what it needs — members'
// savings (the natural balance of savings:<m>), their loans, the pledges they hold — checks,
// then writes the loan's rows and the entries that chain them in one transaction. Decisions
// are audit events "loan:<id>" carrying loanSnapshot; money moves at the open meeting.
#include "core/book/book.h"

#include "core/book/book_file.h"
#include "core/book/book_loan_support.h"
#include "core/book/book_member_text.h"
#include "core/money/money.h"

#include <algorithm>

namespace tontine {

using namespace loanbook;

// --- private helpers shared by the loan files ----------------------------------------------

Loan Book::requireLoan(LoanId id) const
{
    auto loan = m_file->loans.loan(id);
    if (!loan)
        throw ValidationError("loan", "loan.unknown", "There is no loan " + std::to_string(id), {std::to_string(id)});
    return *loan;
}

EntrySeq Book::nextSeq() const { return m_file->ledger.count() + 1; }

void Book::chainLoan(LoanId id, const std::string& action, const std::string& memo, const Actor& actor)
{
    // The snapshot is rebuilt from the rows just written, exactly as verify will rebuild it.
    // Every caller has just written rows naming this entry, so it is always appended.
    appendAudit(loanSubject(id), action, memo, loanSnapshot(requireLoan(id)), actor);
}

std::int64_t Book::stillHeld(const GuarantorPledge& pledge, const Loan& loan, std::int64_t principalOutstanding,
                             std::int64_t unit) const
{
    // A guarantor never stands for more than they pledged: what a recovery already took from
    // them comes off what is left of the pledge, whatever the loan still owes.
    std::int64_t recovered = 0;
    for (const auto& debt : m_file->loans.guarantorDebtsOfLoan(loan.id))
        if (debt.guarantor == pledge.guarantor)
            recovered = checkedAdd(recovered, debt.recovered);
    const std::int64_t left = std::max<std::int64_t>(0, checkedSub(pledge.pledge, recovered));
    return std::min(pledgeHeld(pledge, loan, principalOutstanding, unit), left);
}

LoanPosition Book::positionOf(const Loan& loan, Date on) const
{
    return tontine::loanPosition(loan.schedule, loan.product.penalty, loan.allocations, on, settings().roundingUnit);
}

std::int64_t Book::loansOwedOn(MemberId member, Date on) const
{
    std::int64_t due = 0;
    std::int64_t recorded = 0;
    for (const auto& loan : m_file->loans.loans(member))
        if (isPaidOut(loan)) {
            const LoanPosition p = positionOf(loan, on);
            due = checkedAdd(due, p.dueToday());
            recorded = checkedAdd(recorded, p.principalOutstanding);
        }
    const std::int64_t byHand = m_file->ledger.balanceOf(accounts::loanPrincipal(member)) - recorded;
    return checkedAdd(due, std::max<std::int64_t>(0, byHand));
}

LoanMemberStanding Book::loanStanding(MemberId member, Date on, LoanId excluded) const
{
    LoanMemberStanding s;
    s.member = member;
    const auto m = m_file->members.get(member);
    s.active = m && m->active;
    s.savings = -m_file->ledger.balanceOf(accounts::savings(member));
    const std::int64_t unit = settings().roundingUnit;
    for (const auto& loan : m_file->loans.loans()) {
        if (loan.id == excluded || !isOpen(loan))
            continue;
        const bool paidOut = isPaidOut(loan);
        const LoanPosition position = paidOut ? positionOf(loan, on) : LoanPosition{};
        if (loan.borrower == member) {
            // A loan not yet paid out counts in full: two requests cannot both use the limit.
            s.loansOutstanding = checkedAdd(s.loansOutstanding, paidOut ? position.principalOutstanding : loan.principal);
            s.daysLate = std::max(s.daysLate, position.daysLate);
        }
        for (const auto& pledge : loan.guarantors)
            if (pledge.guarantor == member)
                s.pledgesHeld = checkedAdd(s.pledgesHeld, stillHeld(pledge, loan, position.principalOutstanding, unit));
    }
    // A due left unpaid past its date makes the member late too.
    for (const auto& due : m_file->meetings.dues(member))
        if (due.outstanding() > 0 && due.dueOn < on)
            s.daysLate = std::max(s.daysLate, static_cast<int>(on.days() - due.dueOn.days()));
    return s;
}

// --- rules and products --------------------------------------------------------------------

LoanRules Book::loanRules() const { return m_file->loans.loadRules(); }

void Book::setLoanRules(const LoanRules& rules, const Actor& actor)
{
    requireOperator(actor);
    if (auto problems = validateLoanRules(rules); !problems.empty())
        refuse(problems, m_file->members);
    for (MemberId id : rules.committee)
        if (!m_file->members.get(id))
            throw ValidationError("committee", "member.unknown", "No member number " + std::to_string(id),
                                  {std::to_string(id)});
    if (m_file->loans.hasRules() && loanRulesSnapshot(rules) == loanRulesSnapshot(loanRules()))
        return;
    store::Transaction tx(m_file->db());
    m_file->loans.saveRules(rules);
    appendAudit("rules:loans", "edit", "Loan rules changed", loanRulesSnapshot(loanRules()), actor);
    tx.commit();
}

std::vector<LoanProduct> Book::loanProducts() const { return m_file->loans.products(); }

LoanProductId Book::saveLoanProduct(LoanProduct product, const Actor& actor)
{
    requireOperator(actor);
    if (auto problems = validateLoanProduct(product, settings().roundingUnit, &settings().currency()); !problems.empty())
        throw ValidationError(problems);
    store::Transaction tx(m_file->db());
    if (product.id == 0) {
        product.id = m_file->loans.insertProduct(product);
        appendAudit("loanproduct:" + std::to_string(product.id), "add", "Loan product added: " + product.name,
                    loanProductSnapshot(*m_file->loans.product(product.id)), actor);
    } else {
        const auto existing = m_file->loans.product(product.id);
        if (!existing)
            throw ValidationError("id", "loan.unknown_product", "There is no loan product " + std::to_string(product.id),
                                  {std::to_string(product.id)});
        if (loanProductSnapshot(*existing) == loanProductSnapshot(product))
            return product.id;
        // Loans already requested copied the terms they were given: they do not change.
        m_file->loans.updateProduct(product);
        appendAudit("loanproduct:" + std::to_string(product.id), "edit", "Loan product changed: " + product.name,
                    loanProductSnapshot(*m_file->loans.product(product.id)), actor);
    }
    tx.commit();
    return product.id;
}

// --- request, approval, cancellation ------------------------------------------------------

LoanPreview Book::previewLoan(const LoanRequest& request) const
{
    LoanPreview preview;
    const FundSettings fund = settings();
    const auto product = m_file->loans.product(request.product);
    if (!product) {
        preview.problems.push_back(Problem{"product", "loan.unknown_product", {std::to_string(request.product)},
                                           "There is no loan product " + std::to_string(request.product), 0, 0});
        return preview;
    }
    LoanCheckInput input;
    input.product = *product;
    input.rules = loanRules();
    input.roundingUnit = fund.roundingUnit;
    input.currency = &fund.currency();
    std::vector<MemberId> people{request.borrower};
    for (const auto& g : request.guarantors)
        people.push_back(g.guarantor);
    for (MemberId id : people) {
        if (!m_file->members.get(id))
            continue; // the engine reports an unknown member
        const auto standing = loanStanding(id, request.date, 0);
        if (std::none_of(input.standings.begin(), input.standings.end(),
                         [&](const LoanMemberStanding& s) { return s.member == id; }))
            input.standings.push_back(standing);
        preview.standings.push_back(standing);
    }
    preview.problems = checkLoanRequest(request, input);
    nameMembers(preview.problems, m_file->members);
    try {
        ScheduleRequest s;
        s.principal = request.principal;
        s.rateBasisPoints = product->rateBasisPoints;
        s.method = product->method;
        s.termMonths = request.termMonths;
        s.start = request.date;
        s.custom = request.custom;
        s.roundingUnit = fund.roundingUnit;
        preview.schedule = computeSchedule(s);
    } catch (const ValidationError&) {
        preview.schedule.clear(); // the problems above say why
    }
    const std::int64_t borrowerSavings = preview.standings.empty() || preview.standings.front().member != request.borrower
                                             ? 0
                                             : preview.standings.front().savings;
    preview.limit = loanLimit(*product, borrowerSavings, fund.roundingUnit);
    preview.minimumPledge = request.principal > 0 ? minimumPledge(*product, request.principal, fund.roundingUnit) : 0;
    for (const auto& g : request.guarantors) {
        const auto s = std::find_if(preview.standings.begin(), preview.standings.end(),
                                    [&](const LoanMemberStanding& x) { return x.member == g.guarantor; });
        if (s == preview.standings.end())
            continue;
        preview.pledgeRoom.push_back(GuarantorPledge{g.guarantor, pledgeRoom(input.rules, *s, fund.roundingUnit)});
    }
    return preview;
}

LoanId Book::requestLoan(LoanRequest request, const Actor& actor)
{
    requireOperator(actor);
    request.date = actor.date;
    const LoanPreview preview = previewLoan(request);
    if (!preview.problems.empty())
        throw ValidationError(preview.problems);
    Loan loan;
    loan.borrower = request.borrower;
    loan.product = *m_file->loans.product(request.product);
    loan.principal = request.principal;
    loan.termMonths = request.termMonths;
    loan.custom = request.custom;
    loan.purpose = request.purpose;
    loan.guarantors = request.guarantors;
    loan.requestedOn = actor.date;
    store::Transaction tx(m_file->db());
    const EntrySeq seq = nextSeq();
    loan.id = m_file->loans.insertLoan(loan, seq);
    const Currency& currency = settings().currency();
    chainLoan(loan.id, "request",
              "Loan " + std::to_string(loan.id) + " requested by " + memberLabel(m_file->members, loan.borrower) + ": " +
                  formatWithCode(loan.principal, currency) + " (" + loan.product.name + ") for " + loan.purpose,
              actor);
    if (m_file->ledger.count() != seq)
        throw StorageError(StorageError::Kind::Damaged, "the loan's request was not chained where expected");
    tx.commit();
    return loan.id;
}

void Book::approveLoan(LoanId id, const std::vector<MemberId>& approvers, const Actor& actor)
{
    requireOperator(actor);
    const Loan loan = requireLoan(id);
    if (loan.status != LoanStatus::Requested)
        wrongStatus(loan, "be approved");
    requireActiveMembers(m_file->members, approvers, "approvers");
    if (approvers.empty())
        throw ValidationError("approvers", "loan.approvals_missing", "Name the committee members who approve the loan",
                              {"1", "0"});
    const LoanRules rules = loanRules();
    std::vector<MemberId> all = loan.approvers;
    all.insert(all.end(), approvers.begin(), approvers.end());
    // Approvals may come in over several meetings: only "not enough yet" lets them wait.
    Problems problems = checkApprovals(rules, loan.borrower, all);
    const bool enough = std::none_of(problems.begin(), problems.end(),
                                     [](const Problem& p) { return p.code == "loan.approvals_missing"; });
    problems.erase(std::remove_if(problems.begin(), problems.end(),
                                  [](const Problem& p) { return p.code == "loan.approvals_missing"; }),
                   problems.end());
    if (!problems.empty())
        refuse(problems, m_file->members);
    std::string names;
    for (MemberId m : approvers)
        names += (names.empty() ? "" : ", ") + memberLabel(m_file->members, m);
    store::Transaction tx(m_file->db());
    const EntrySeq seq = nextSeq();
    m_file->loans.insertApprovals(id, "approve", approvers, seq);
    if (enough)
        m_file->loans.insertEvent(id, {"approved", actor.date, 0, "", seq});
    chainLoan(id, enough ? "approve" : "approval",
              "Loan " + std::to_string(id) + (enough ? " approved by " : " approval by ") + names, actor);
    tx.commit();
}

void Book::cancelLoan(LoanId id, const std::string& reason, const Actor& actor)
{
    requireOperator(actor);
    const Loan loan = requireLoan(id);
    if (loan.status != LoanStatus::Requested && loan.status != LoanStatus::Approved)
        wrongStatus(loan, "be cancelled");
    if (blank(reason))
        throw ValidationError("reason", "required", "Say why the loan is cancelled");
    store::Transaction tx(m_file->db());
    m_file->loans.insertEvent(id, {"cancelled", actor.date, 0, reason, nextSeq()});
    chainLoan(id, "cancel", "Loan " + std::to_string(id) + " cancelled: " + reason, actor);
    tx.commit();
}

// --- money: disbursement and repayment ---------------------------------------------------

EntrySeq Book::disburseLoan(LoanId id, const Actor& actor)
{
    requireOperator(actor);
    requireOpenMeeting(actor);
    const Loan loan = requireLoan(id);
    if (loan.status != LoanStatus::Approved)
        wrongStatus(loan, "be paid out");
    const FundSettings fund = settings();
    // The request is checked again on the day: savings, loans and pledges may have moved since.
    LoanCheckInput input;
    input.product = loan.product;
    input.product.active = true; // the terms were agreed; the product may have been retired since
    input.rules = loanRules();
    input.roundingUnit = fund.roundingUnit;
    input.currency = &fund.currency();
    LoanRequest request{loan.borrower, loan.product.id, loan.principal, loan.termMonths, loan.custom,
                        loan.purpose,  loan.guarantors, actor.date};
    input.standings.push_back(loanStanding(loan.borrower, actor.date, id));
    for (const auto& g : loan.guarantors)
        input.standings.push_back(loanStanding(g.guarantor, actor.date, id));
    if (auto problems = checkLoanRequest(request, input); !problems.empty())
        refuse(problems, m_file->members);

    ScheduleRequest s;
    s.principal = loan.principal;
    s.rateBasisPoints = loan.product.rateBasisPoints;
    s.method = loan.product.method;
    s.termMonths = loan.termMonths;
    s.start = actor.date;
    s.custom = loan.custom;
    s.roundingUnit = fund.roundingUnit;
    const std::vector<Instalment> schedule = computeSchedule(s);

    Entry e;
    e.action = "loan-disbursement";
    e.memo = "Loan " + std::to_string(id) + " paid out to " + memberLabel(m_file->members, loan.borrower) + " (" +
             loan.purpose + ")";
    e.payload = scheduleSnapshot(schedule);
    e.postings = {Posting{accounts::loanPrincipal(loan.borrower), loan.principal},
                  Posting{std::string(accounts::Cash), -loan.principal}};
    store::Transaction tx(m_file->db());
    const EntrySeq seq = appendInMeeting(std::move(e), actor);
    m_file->loans.insertEvent(id, {"disbursed", actor.date, loan.principal, "", seq});
    // The schedule is a fact of its own, chained as a version; the disbursement's payload holds it too.
    const EntrySeq scheduleSeq = nextSeq();
    m_file->loans.insertSchedule(id, 1, schedule, scheduleSeq);
    appendAudit(loanSubject(id) + ":schedule:1", "add", "Loan " + std::to_string(id) + ": repayment schedule",
                scheduleSnapshot(schedule), actor);
    chainLoan(id, "disburse", "Loan " + std::to_string(id) + " paid out", actor);
    tx.commit();
    return seq;
}

std::vector<LoanAllocation> Book::repayLoan(LoanId id, std::int64_t amount, const Actor& actor)
{
    requireOperator(actor);
    requireOpenMeeting(actor);
    const Loan loan = requireLoan(id);
    if (!isPaidOut(loan))
        wrongStatus(loan, "be repaid");
    const FundSettings fund = settings();
    const LoanPosition position = positionOf(loan, actor.date);
    const auto lines = allocateRepayment(position, amount, fund.roundingUnit, &fund.currency());
    std::int64_t penalty = 0, interest = 0, principal = 0;
    for (const auto& l : lines) {
        penalty = checkedAdd(penalty, l.penalty);
        interest = checkedAdd(interest, l.interest);
        principal = checkedAdd(principal, l.principal);
    }
    // Interest and penalties are income when paid (cash basis); principal goes back to the loan.
    Entry e;
    e.action = "loan-repayment";
    e.memo = "Repayment of loan " + std::to_string(id) + " by " + memberLabel(m_file->members, loan.borrower);
    e.payload = allocationsPayload(lines);
    e.postings.push_back(Posting{std::string(accounts::Cash), amount});
    if (penalty != 0)
        e.postings.push_back(Posting{std::string(accounts::PenaltyIncome), -penalty});
    if (interest != 0)
        e.postings.push_back(Posting{std::string(accounts::InterestIncome), -interest});
    if (principal != 0)
        e.postings.push_back(Posting{accounts::loanPrincipal(loan.borrower), -principal});
    store::Transaction tx(m_file->db());
    const EntrySeq seq = appendInMeeting(std::move(e), actor);
    m_file->loans.insertAllocations(id, lines, seq);
    const Loan after = requireLoan(id);
    if (positionOf(after, actor.date).repaid()) {
        // Everything paid: the loan closes and its pledges are released.
        const bool defaulted = loan.status == LoanStatus::Defaulted;
        m_file->loans.insertEvent(id, {defaulted ? "closed" : "repaid", actor.date, 0, "", nextSeq()});
        chainLoan(id, defaulted ? "close" : "repaid", "Loan " + std::to_string(id) + " repaid", actor);
    }
    tx.commit();
    return lines;
}

// --- reading ------------------------------------------------------------------------------

std::optional<Loan> Book::loan(LoanId id) const { return m_file->loans.loan(id); }

std::vector<Loan> Book::loans(std::optional<MemberId> borrower) const { return m_file->loans.loans(borrower); }

LoanPosition Book::loanPosition(LoanId id, Date on) const { return positionOf(requireLoan(id), on); }

std::vector<std::vector<Instalment>> Book::scheduleHistory(LoanId id) const
{
    requireLoan(id);
    return m_file->loans.schedules(id);
}

std::vector<GuarantorPledge> Book::pledgesHeld(LoanId id, Date on) const
{
    const Loan loan = requireLoan(id);
    const std::int64_t outstanding = isPaidOut(loan) ? positionOf(loan, on).principalOutstanding : 0;
    std::vector<GuarantorPledge> out;
    for (const auto& g : loan.guarantors)
        out.push_back(GuarantorPledge{g.guarantor, stillHeld(g, loan, outstanding, settings().roundingUnit)});
    return out;
}

std::int64_t Book::pledgedBy(MemberId guarantor, Date on) const { return loanStanding(guarantor, on, 0).pledgesHeld; }

std::vector<LoanDue> Book::loanDuesOn(Date on) const
{
    std::vector<LoanDue> out;
    for (const auto& loan : m_file->loans.loans()) {
        if (!isPaidOut(loan) || (loan.disbursedOn && on < *loan.disbursedOn))
            continue;
        const LoanPosition p = positionOf(loan, on);
        out.push_back(LoanDue{loan.id, loan.borrower, p.dueToday(), p.payoff(), p.daysLate});
    }
    return out;
}

} // namespace tontine
