// Book's history queries: balances and the chain head as they stood on a past date, a
// balance's daily path, what each money entry of a period meant for each member, and the
// next meeting's date. They read only the dates asked for (the entry_date index), never the
// whole journal, so that a month's statements stay cheap on a large fund.
#include "core/book/book.h"

#include "core/book/book_file.h"
#include "core/book/entry_lookup.h"
#include "core/ledger/cash_moves.h"
#include "core/money/money.h"
#include "core/rotation/rotation_spec.h"

#include <map>

namespace tontine {

std::vector<AccountBalance> Book::balancesOn(Date on) const { return m_file->ledger.balancesOn(on); }

std::int64_t Book::balanceOn(const std::string& code, Date on) const { return m_file->ledger.balanceOn(code, on); }

std::vector<DatedBalance> Book::balanceHistory(const std::string& codeOrPrefix, Date from, Date to) const
{
    const bool prefix = !codeOrPrefix.empty() && codeOrPrefix.back() == ':';
    const Date before = from.addDays(-1);
    std::int64_t balance = m_file->ledger.balanceOn(codeOrPrefix, before, prefix);
    std::vector<DatedBalance> out{DatedBalance{before, balance}};
    if (to < from)
        return out;
    for (const auto& [date, change] : m_file->ledger.dailyChanges(codeOrPrefix, prefix, from, to)) {
        balance = checkedAdd(balance, change);
        out.push_back(DatedBalance{date, balance});
    }
    return out;
}

ChainHead Book::chainHeadOn(Date on) const { return m_file->ledger.headOn(on); }

std::vector<Entry> Book::transactionsBetween(Date from, Date to) const
{
    return m_file->ledger.transactionsBetween(from, to);
}

std::vector<MemberMovement> Book::memberMovements(Date from, Date to) const
{
    std::vector<MemberMovement> out;
    if (to < from)
        return out;
    const std::vector<Entry> entries = m_file->ledger.transactionsBetween(from, to);
    if (entries.empty())
        return out;
    EntryLookup lookup(*m_file, entries.front().seq, entries.back().seq);
    for (const Entry& e : entries) {
        const CashMoves cash = cashMoves(e.postings);
        // Members whose savings or loan the entry moved, by member number.
        std::map<MemberId, MemberMovement> moved;
        auto movementOf = [&](MemberId member) -> MemberMovement& {
            auto [it, added] = moved.try_emplace(member);
            if (added) {
                MemberMovement& m = it->second;
                m.member = member;
                m.seq = e.seq;
                m.date = e.date;
                m.meeting = meetingOfSubject(e.subject);
                m.kind = e.action;
                m.memo = e.memo;
            }
            return it->second;
        };
        for (const Posting& p : e.postings) {
            if (const auto member = lookup.memberOfAccount(p.accountCode)) {
                if (p.accountCode == accounts::savings(*member)) {
                    MemberMovement& m = movementOf(*member);
                    m.savingsChange = checkedSub(m.savingsChange, p.amount);
                } else if (p.accountCode == accounts::loanPrincipal(*member)) {
                    MemberMovement& m = movementOf(*member);
                    m.loanChange = checkedAdd(m.loanChange, p.amount);
                }
            }
        }
        // The cash goes to the member the entry is about, or, when it paid several members, to
        // each their part.
        const EntryParties parties = partiesOf(e, cash.out, lookup);
        if (!parties.recipients.empty()) {
            for (const auto& r : parties.recipients)
                movementOf(r.member).cashOut = r.amount;
            if (parties.member)
                movementOf(*parties.member).cashIn = cash.in;
        } else if (parties.member) {
            MemberMovement& m = movementOf(*parties.member);
            m.cashIn = cash.in;
            m.cashOut = cash.out;
        }
        for (auto& [member, movement] : moved)
            out.push_back(std::move(movement));
    }
    return out;
}

Date Book::nextMeetingDate(Date today) const
{
    const auto last = m_file->meetings.last();
    if (!last)
        return today;
    return addMeetingPeriods(settings().frequency, last->date, 1);
}

} // namespace tontine
