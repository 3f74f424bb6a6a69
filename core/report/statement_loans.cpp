// A member's loans and the pledges they give, on their statement, as they stood at the
// month's end: a loan's status then (from its dates), its position from the schedule and the
// repayments dated up to then, what fell due and was paid in the month.
//
// Limits of what the book keeps (said here so nobody trusts more than there is): a loan's
// position uses its current schedule, so a loan rescheduled after the month shows the new
// schedule's instalments; Loan::principal counts top-ups made after the month.
#include "core/report/member_statement.h"

#include "core/money/money.h"

#include <algorithm>
#include <map>

namespace tontine {

namespace {

bool isOpen(LoanStatus s) { return s == LoanStatus::Active || s == LoanStatus::Defaulted; }

// Instalments (principal + interest) falling due in `month`, each as it was first scheduled:
// a rescheduling shrinks an old instalment to what was paid on it, which is not what fell due.
// Instalments a rescheduling dropped (nothing paid, planned again) are not counted: their money
// falls due on the new lines.
std::int64_t dueIn(const std::vector<std::vector<Instalment>>& versions, Month month)
{
    if (versions.empty())
        return 0;
    std::map<int, Instalment> firstSeen;
    for (const auto& version : versions)
        for (const Instalment& i : version)
            firstSeen.try_emplace(i.number, i);
    std::int64_t total = 0;
    for (const Instalment& current : versions.back())
        if (const Instalment& i = firstSeen.at(current.number); month.contains(i.dueOn))
            total = checkedAdd(total, i.total());
    return total;
}

} // namespace

std::vector<StatementLoan> StatementBuilder::loansOf(MemberId member) const
{
    std::vector<StatementLoan> out;
    const Date last = m_month.last();
    for (const Loan& loan : m_loans) {
        // Paid out by the month's end (and, m_loans says, not closed before it began).
        if (loan.borrower != member || !loan.disbursedOn || last < *loan.disbursedOn)
            continue;
        const LoanStatus status = statusOn(loan, last).value_or(loan.status);
        StatementLoan line;
        line.loan = loan.id;
        line.product = loan.product.name;
        line.status = loanStatusCode(status);
        line.principal = loan.principal;
        line.dueInMonth = dueIn(m_book.scheduleHistory(loan.id), m_month);
        for (const LoanAllocation& a : loan.allocations)
            if (m_month.contains(a.date))
                line.paidInMonth = checkedAdd(line.paidInMonth, a.total());
        // A position means something only while the loan is open (Book::loanPosition).
        if (isOpen(status)) {
            const LoanPosition p = m_book.loanPosition(loan.id, last);
            line.principalOutstanding = p.principalOutstanding;
            line.overdueAtEnd = p.dueToday();
            line.daysLate = p.daysLate;
            for (const InstalmentStatus& i : p.instalments)
                if (last < i.instalment.dueOn && i.principalLeft() + i.interestLeft() > 0) {
                    line.nextDueOn = i.instalment.dueOn;
                    line.nextDueAmount = i.principalLeft() + i.interestLeft();
                    break;
                }
        }
        out.push_back(std::move(line));
    }
    return out;
}

std::vector<StatementGuarantee> StatementBuilder::guaranteesOf(MemberId member) const
{
    std::vector<StatementGuarantee> out;
    const Date last = m_month.last();
    for (const Loan& loan : m_loans) {
        const auto pledge = std::find_if(loan.guarantors.begin(), loan.guarantors.end(),
                                         [&](const GuarantorPledge& g) { return g.guarantor == member; });
        const auto status = statusOn(loan, last);
        if (pledge == loan.guarantors.end() || !status)
            continue;
        StatementGuarantee line;
        line.loan = loan.id;
        line.borrower = loan.borrower;
        if (const auto borrower = m_book.member(loan.borrower))
            line.borrowerName = borrower->fullName();
        line.pledge = pledge->pledge;
        if (*status == LoanStatus::Requested || *status == LoanStatus::Approved) {
            line.held = pledge->pledge; // the whole pledge until the loan is paid out
        } else if (isOpen(*status) && isOpen(loan.status)) {
            for (const GuarantorPledge& held : m_book.pledgesHeld(loan.id, last))
                if (held.guarantor == member)
                    line.held = held.pledge;
        } else if (isOpen(*status)) {
            // Closed since: the book says what is held only for open loans, so the pledge is
            // worked out as it stood then (what recoveries took from guarantors is not known
            // here; a loan repaid after the month had none).
            Loan then = loan;
            then.status = *status;
            line.held = pledgeHeld(*pledge, then, m_book.loanPosition(loan.id, last).principalOutstanding,
                                   m_settings.roundingUnit);
        }
        if (line.held > 0)
            out.push_back(std::move(line));
    }
    return out;
}

} // namespace tontine
