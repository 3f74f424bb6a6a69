// StatementBuilder: a member's month from the book's history. Everything is taken as it stood
// at the end of the month's last day (entries, records, payments dated up to it), so that a
// statement printed today for an old month says what it would have said then.
#include "core/report/member_statement.h"

#include "core/error/errors.h"
#include "core/ledger/account.h"
#include "core/money/money.h"
#include "core/rotation/rotation_plan.h"

#include <algorithm>
#include <set>

namespace tontine {

namespace {

// Whether a member belonged to the fund at some point in the month.
bool memberDuring(const Member& m, Month month)
{
    if (month.last() < m.joinedOn)
        return false;
    if (m.active)
        return true;
    return !m.leftOn || !(*m.leftOn < month.first());
}

} // namespace

StatementBuilder::StatementBuilder(const Book& book, Month month)
    : m_book(book), m_month(month), m_settings(book.settings()),
      m_movements(book.memberMovements(month.first(), month.last())), m_head(book.chainHeadOn(month.last()))
{
    const Date first = month.first(), last = month.last();
    for (const RotationSpec& spec : book.rotations()) {
        if (last < spec.start)
            continue; // not started by the month's end
        if (auto state = book.rotation(spec.id)) {
            RotationAtEnd r{stateAsOf(std::move(*state), last), {}};
            r.plan = planCycle(r.state);
            m_rotations.push_back(std::move(r));
        }
    }
    for (Loan& loan : book.loans())
        // Requested by the month's end, and not closed (repaid, written off, cancelled) before it began.
        if (!(last < loan.requestedOn) && !(loan.closedOn && *loan.closedOn < first))
            m_loans.push_back(std::move(loan));
    for (SocialGrant& grant : book.grants())
        if (month.contains(grant.date))
            m_grants.push_back(std::move(grant));
    for (const SavingsCycle& cycle : book.savingsCycles())
        if (!(last < cycle.start) && !(cycle.sharedOn && !(last < *cycle.sharedOn)))
            m_cycle = cycle.id;
}

std::vector<Member> StatementBuilder::membersOfMonth() const
{
    std::vector<Member> out;
    std::set<MemberId> moved; // read once, not once per member
    for (const MemberMovement& mv : m_movements)
        moved.insert(mv.member);
    MemberQuery all;
    all.includeInactive = true;
    for (Member& m : m_book.members(all)) {
        if (moved.count(m.id) || memberDuring(m, m_month))
            out.push_back(std::move(m));
    }
    std::sort(out.begin(), out.end(), [](const Member& a, const Member& b) { return a.id < b.id; });
    return out;
}

MemberStatement StatementBuilder::build(MemberId id) const
{
    const auto member = m_book.member(id);
    if (!member)
        throw ValidationError("member", "member.unknown", "No member number " + std::to_string(id),
                              {std::to_string(id)});
    MemberStatement s;
    s.fundName = m_settings.name;
    s.currencyCode = m_settings.currencyCode;
    s.language = m_settings.language;
    s.month = m_month;
    s.member = *member;
    s.chainHead = m_head;

    // Savings are a liability of the fund: what the member holds is the credit balance. The
    // month's movements carry every posting on the member's savings dated in it, so the closing
    // balance is the opening one plus their changes (one balance query per statement, not two).
    s.openingSavings = -m_book.balanceOn(accounts::savings(id), m_month.previous().last());
    s.closingSavings = s.openingSavings;
    s.closingShares = sharesAtEnd(id);

    for (const MemberMovement& mv : m_movements)
        if (mv.member == id) {
            s.totalCashIn = checkedAdd(s.totalCashIn, mv.cashIn);
            s.totalCashOut = checkedAdd(s.totalCashOut, mv.cashOut);
            s.closingSavings = checkedAdd(s.closingSavings, mv.savingsChange);
            s.movements.push_back(mv);
        }

    s.rotations = rotationsOf(id);
    s.loans = loansOf(id);
    s.guarantees = guaranteesOf(id);
    s.grants = grantsOf(id);
    for (const Due& due : m_book.dues(id, true, m_month.last()))
        s.duesOwed.push_back(StatementDue{due.dueOn, due.kind, due.outstanding()});

    for (const auto& r : s.rotations)
        s.totalOwed = checkedAdd(s.totalOwed, checkedAdd(r.arrearsAtEnd, r.finesOwed));
    for (const auto& l : s.loans)
        s.totalOwed = checkedAdd(s.totalOwed, l.overdueAtEnd);
    for (const auto& d : s.duesOwed)
        s.totalOwed = checkedAdd(s.totalOwed, d.outstanding);
    return s;
}

std::vector<MemberStatement> StatementBuilder::buildAll(const std::function<bool(int, int)>& progress) const
{
    const std::vector<Member> members = membersOfMonth();
    const int total = static_cast<int>(members.size());
    std::vector<MemberStatement> out;
    out.reserve(members.size());
    for (const Member& m : members) {
        out.push_back(build(m.id));
        if (progress && !progress(static_cast<int>(out.size()), total))
            break;
    }
    return out;
}

std::optional<int> StatementBuilder::sharesAtEnd(MemberId member) const
{
    if (!m_cycle)
        return std::nullopt;
    int shares = 0;
    for (const SavingsRecord& r : m_book.savingsRecords(*m_cycle, member))
        if (!(m_month.last() < r.date))
            shares += r.shares;
    return shares;
}

std::vector<StatementGrant> StatementBuilder::grantsOf(MemberId member) const
{
    std::vector<StatementGrant> out;
    for (const SocialGrant& g : m_grants)
        if (g.beneficiary == member)
            out.push_back(StatementGrant{g.date, "grant:" + socialEventCode(g.event), g.amount});
    // A social loan is the cash lent to its borrower (it is never reversed: it is repaid).
    for (const MemberMovement& mv : m_movements)
        if (mv.member == member && mv.kind == "social-loan")
            out.push_back(StatementGrant{mv.date, "social-loan", mv.cashOut});
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.date < b.date; });
    return out;
}

} // namespace tontine
