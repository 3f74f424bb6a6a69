// Book's savings use cases (docs/savings-rules.md): cycles, savings start, shares bought,
// voluntary savings and withdrawals. The rules of core/savings decide; the book adds what
// only the fund knows (members, meetings, what a member owes) and writes one entry in the
// open meeting whose payload carries the records, in one transaction.
#include "core/book/book.h"

#include "core/book/book_file.h"
#include "core/book/book_member_text.h"
#include "core/ledger/entry_rules.h"
#include "core/money/money.h"

namespace tontine {

namespace {

std::string cycleSubject(SavingsCycleId id) { return "savings:" + std::to_string(id); }

std::string sharesText(int shares) { return std::to_string(shares) + (shares == 1 ? " share" : " shares"); }

} // namespace

SavingsCycle Book::requireSavingsCycle(SavingsCycleId id, bool open) const
{
    const auto cycle = m_file->savings.cycle(id);
    if (!cycle)
        throw ValidationError("cycle", "savings.unknown_cycle", "There is no savings cycle " + std::to_string(id),
                              {std::to_string(id)});
    if (open && cycle->isClosed())
        throw ValidationError("cycle", "savings.cycle_closed",
                              cycle->name + " was shared out on " + cycle->sharedOn->iso() + "; nothing more goes into it",
                              {cycle->name, cycle->sharedOn->iso()});
    return *cycle;
}

SavingsCycleId Book::createSavingsCycle(SavingsCycle cycle, const Actor& actor)
{
    requireOperator(actor);
    cycle.id = 0;
    cycle.sharedOn.reset();
    Problems problems = validateSavingsCycle(cycle, settings().roundingUnit, &settings().currency());
    const auto all = m_file->savings.cycles();
    if (!all.empty()) {
        const SavingsCycle& last = all.back();
        if (!last.isClosed())
            problems.push_back(Problem{"cycle", "savings.cycle_open", {last.name},
                                       last.name + " is still running: share it out before starting a new cycle", 0, 0});
        else if (!(*last.sharedOn < cycle.start))
            problems.push_back(Problem{"start", "savings.start_before_shareout", {last.sharedOn->iso()},
                                       "A new cycle starts after the last share-out (" + last.sharedOn->iso() + ")", 0, 0});
    }
    if (!problems.empty())
        throw ValidationError(problems);

    const auto reinvested = pendingReinvestment();
    store::Transaction tx(m_file->db());
    cycle.id = m_file->savings.insertCycle(cycle);
    appendAudit(cycleSubject(cycle.id), "add", "Savings cycle " + cycle.name + " started", savingsCycleSnapshot(cycle),
                actor);
    // What members left in the fund at the last share-out is their opening savings here. The
    // money never left their savings account, so only the records move (chained as an event).
    if (!reinvested.empty()) {
        std::vector<SavingsRecord> records;
        for (const auto& [member, amount] : reinvested)
            records.push_back(SavingsRecord{cycle.id, member, SavingsKind::Opening, cycle.start,
                                            static_cast<int>(amount / cycle.sharePrice), amount});
        const EntrySeq seq = appendAudit(cycleSubject(cycle.id) + ":records", "reinvested",
                                         cycle.name + ": savings reinvested from the last share-out",
                                         savingsRecordsPayload(records), Actor{actor.operatorName, cycle.start});
        m_file->savings.insertRecords(records, seq);
    }
    tx.commit();
    return cycle.id;
}

std::vector<SavingsCycle> Book::savingsCycles() const { return m_file->savings.cycles(); }

std::optional<SavingsCycle> Book::savingsCycle(SavingsCycleId id) const { return m_file->savings.cycle(id); }

std::optional<SavingsCycle> Book::openSavingsCycle() const
{
    auto all = m_file->savings.cycles();
    if (all.empty() || all.back().isClosed())
        return std::nullopt;
    return all.back();
}

std::map<MemberId, std::int64_t> Book::pendingReinvestment() const
{
    auto all = m_file->savings.cycles();
    if (all.empty() || !all.back().isClosed())
        return {};
    const auto plan = m_file->savings.shareOut(all.back().id);
    return plan ? plan->reinvest : std::map<MemberId, std::int64_t>{};
}

EntrySeq Book::recordSavingsMoney(const std::string& action, const std::string& memo, std::vector<Posting> postings,
                                  const std::vector<SavingsRecord>& records, const Actor& actor)
{
    // The records ride in the entry's payload (hashed), so a record changed in the table no
    // longer matches its entry and verify says so.
    Entry entry;
    entry.action = action;
    entry.memo = memo;
    entry.payload = savingsRecordsPayload(records);
    entry.postings = std::move(postings);
    store::Transaction tx(m_file->db());
    const EntrySeq seq = appendInMeeting(std::move(entry), actor);
    m_file->savings.insertRecords(records, seq);
    tx.commit();
    return seq;
}

namespace {

void requireActiveMember(const store::MemberStore& members, MemberId id)
{
    const auto member = members.get(id);
    if (!member)
        throw ValidationError("member", "member.unknown", "No member number " + std::to_string(id), {std::to_string(id)});
    if (!member->active)
        throw ValidationError("member", "member.inactive", member->fullName() + " has left the group",
                              {std::to_string(id)});
}

std::vector<Posting> intoSavings(MemberId member, std::int64_t amount)
{
    return {Posting{std::string(accounts::Cash), amount}, Posting{accounts::savings(member), -amount}};
}

} // namespace

EntrySeq Book::recordOpeningShares(SavingsCycleId cycleId, MemberId member, int shares, std::int64_t amount,
                                   const Actor& actor)
{
    requireOperator(actor);
    const SavingsCycle cycle = requireSavingsCycle(cycleId, true);
    requireActiveMember(m_file->members, member);
    Problems problems;
    if (shares < 0)
        problems.push_back(Problem{"shares", "savings.shares_negative", {}, "Opening shares cannot be negative", 0, 0});
    if (amount <= 0)
        problems.push_back(Problem{"amount", "amount.not_positive", {}, "The opening savings must be more than zero", 0, 0});
    for (const auto& r : m_file->savings.records(cycleId, member))
        if (r.kind == SavingsKind::Opening) {
            problems.push_back(Problem{"member", "savings.opening_twice", {std::to_string(member)},
                                       memberLabel(m_file->members, member) + " already has opening savings in " +
                                           cycle.name + "; correct them by reversal",
                                       0, 0});
            break;
        }
    if (!problems.empty())
        throw ValidationError(problems);
    // The savings start is entered once, before or between meetings: the money is in the box
    // (or lent out) already, so it is not tied to a meeting.
    Entry entry;
    entry.action = "savings-opening";
    entry.memo = cycle.name + ": opening savings of " + memberLabel(m_file->members, member) + ", " + sharesText(shares);
    const std::vector<SavingsRecord> records{
        SavingsRecord{cycleId, member, SavingsKind::Opening, actor.date, shares, amount}};
    entry.payload = savingsRecordsPayload(records);
    entry.postings = intoSavings(member, amount);
    store::Transaction tx(m_file->db());
    const auto open = m_file->meetings.current();
    const EntrySeq seq = open && open->date == actor.date ? appendInMeeting(std::move(entry), actor)
                                                          : appendTransaction(std::move(entry), actor);
    m_file->savings.insertRecords(records, seq);
    tx.commit();
    return seq;
}

EntrySeq Book::buyShares(SavingsCycleId cycleId, MemberId member, int shares, const Actor& actor)
{
    requireOperator(actor);
    const SavingsCycle cycle = requireSavingsCycle(cycleId, true);
    requireActiveMember(m_file->members, member);
    requireOpenMeeting(actor);
    const auto records = m_file->savings.records(cycleId, member);
    if (auto problems = checkSharePurchase(cycle, records, member, shares, actor.date); !problems.empty()) {
        nameMembers(problems, m_file->members);
        throw ValidationError(problems);
    }
    const std::int64_t amount = checkedMul(shares, cycle.sharePrice);
    return recordSavingsMoney("savings-shares",
                              cycle.name + ": " + sharesText(shares) + " bought by " + memberLabel(m_file->members, member),
                              intoSavings(member, amount),
                              {SavingsRecord{cycleId, member, SavingsKind::Shares, actor.date, shares, amount}}, actor);
}

EntrySeq Book::saveVoluntary(SavingsCycleId cycleId, MemberId member, std::int64_t amount, const Actor& actor)
{
    requireOperator(actor);
    const SavingsCycle cycle = requireSavingsCycle(cycleId, true);
    requireActiveMember(m_file->members, member);
    requireOpenMeeting(actor);
    if (auto problems = checkVoluntarySaving(cycle, amount, settings().roundingUnit, actor.date, &settings().currency()); !problems.empty())
        throw ValidationError(problems);
    return recordSavingsMoney("savings-voluntary",
                              cycle.name + ": voluntary savings of " + memberLabel(m_file->members, member),
                              intoSavings(member, amount),
                              {SavingsRecord{cycleId, member, SavingsKind::Voluntary, actor.date, 0, amount}}, actor);
}

EntrySeq Book::withdrawSavings(SavingsCycleId cycleId, MemberId member, std::int64_t amount, const Actor& actor)
{
    requireOperator(actor);
    const SavingsCycle cycle = requireSavingsCycle(cycleId, true);
    requireActiveMember(m_file->members, member);
    requireOpenMeeting(actor);
    MemberSavings position{member};
    for (const auto& s : summarise(m_file->savings.records(cycleId, member)))
        if (s.member == member)
            position = s;
    position = withOwedAndPledged(position);
    if (auto problems = checkWithdrawal(cycle, position, amount, actor.date, &settings().currency()); !problems.empty()) {
        // Each problem names whose withdrawal it is, once.
        nameMembers(problems, m_file->members);
        const std::string who = memberLabel(m_file->members, member);
        for (auto& p : problems)
            if (p.text.rfind(who, 0) != 0)
                p.text = who + ": " + p.text;
        throw ValidationError(problems);
    }
    return recordSavingsMoney("savings-withdrawal",
                              cycle.name + ": withdrawal by " + memberLabel(m_file->members, member),
                              {Posting{accounts::savings(member), amount}, Posting{std::string(accounts::Cash), -amount}},
                              {SavingsRecord{cycleId, member, SavingsKind::Withdrawal, actor.date, 0, -amount}}, actor);
}

MemberSavings Book::withOwedAndPledged(MemberSavings s) const
{
    // Owed: every due not paid yet (fines, social contributions, social loans) and what the
    // member's loans have due today (a loan outlives a share-out: only its due instalments
    // count). Pledged: what their pledges for others' loans still hold today (docs/loan-rules.md B12).
    const Date today = m_clock.today();
    std::int64_t owed = 0;
    for (const auto& due : m_file->meetings.dues(s.member))
        owed = checkedAdd(owed, due.outstanding());
    s.owed = checkedAdd(owed, loansOwedOn(s.member, today));
    s.pledged = pledgedBy(s.member, today);
    return s;
}

std::vector<MemberSavings> Book::savingsBalances(SavingsCycleId cycleId) const
{
    requireSavingsCycle(cycleId, false);
    std::vector<MemberSavings> out;
    for (auto& s : summarise(m_file->savings.records(cycleId)))
        out.push_back(withOwedAndPledged(s));
    return out;
}

std::vector<SavingsRecord> Book::savingsRecords(SavingsCycleId cycleId, std::optional<MemberId> member) const
{
    requireSavingsCycle(cycleId, false);
    return m_file->savings.records(cycleId, member);
}

EntrySeq Book::reverseSavingsMoney(const Entry& original, const std::string& reason, const Actor& actor)
{
    const auto records = m_file->savings.recordsOfEntry(original.seq);
    if (m_file->savings.isShareOutEntry(original.seq))
        throw ValidationError("entry", "shareout.reversal",
                              "Entry " + std::to_string(original.seq) +
                                  " is a share-out: the cycle is closed and members were paid; it cannot be reversed",
                              {std::to_string(original.seq)});
    std::vector<SavingsRecord> negated;
    for (const auto& r : records) {
        const auto cycle = requireSavingsCycle(r.cycle, false);
        if (cycle.isClosed())
            throw ValidationError("entry", "savings.cycle_closed",
                                  cycle.name + " was shared out on " + cycle.sharedOn->iso() +
                                      "; its savings can no longer be corrected",
                                  {cycle.name, cycle.sharedOn->iso()});
        SavingsRecord n = r;
        n.date = actor.date;
        n.shares = -r.shares;
        n.amount = -r.amount;
        negated.push_back(n);
    }
    // Taking back shares already withdrawn would leave the member owing savings they never had.
    for (const auto& n : negated) {
        std::int64_t saved = n.amount;
        for (const auto& r : m_file->savings.records(n.cycle, n.member))
            saved = checkedAdd(saved, r.amount);
        if (saved < 0)
            throw ValidationError("entry", "savings.reversal_below_zero",
                                  memberLabel(m_file->members, n.member) +
                                      " has already taken out these savings; reverse the withdrawal first",
                                  {std::to_string(n.member)});
    }
    Entry reversal = reversalOf(original, reason);
    reversal.payload = savingsRecordsPayload(negated);
    store::Transaction tx(m_file->db());
    const auto open = m_file->meetings.current();
    const EntrySeq seq = open && open->date == actor.date ? appendInMeeting(std::move(reversal), actor)
                                                          : appendTransaction(std::move(reversal), actor);
    m_file->savings.insertRecords(negated, seq);
    tx.commit();
    return seq;
}

} // namespace tontine
