#include "core/store/savings_store.h"

namespace tontine::store {

namespace {

Date dateOf(const std::string& iso) { return Date::parseIso(iso).value_or(Date()); }

constexpr const char* CycleColumns = "id, name, start_date, end_date, share_price, min_shares, max_shares, voluntary, "
                                     "withdrawals, loan_rule, shared_on";

SavingsCycle cycleFrom(const Statement& st)
{
    SavingsCycle c;
    c.id = st.integer(0);
    c.name = st.text(1);
    c.start = dateOf(st.text(2));
    c.end = dateOf(st.text(3));
    c.sharePrice = st.integer(4);
    c.minShares = static_cast<int>(st.integer(5));
    c.maxShares = static_cast<int>(st.integer(6));
    c.voluntaryAllowed = st.integer(7) != 0;
    c.withdrawalsAllowed = st.integer(8) != 0;
    c.loanRule = parseLoanAtShareOut(st.text(9)).value_or(LoanAtShareOut::NetOff);
    if (auto shared = st.optionalText(10))
        c.sharedOn = dateOf(*shared);
    return c;
}

constexpr const char* RecordColumns = "cycle_id, member_id, kind, date, shares, amount, entry_seq";

SavingsRecord recordFrom(const Statement& st)
{
    SavingsRecord r;
    r.cycle = st.integer(0);
    r.member = st.integer(1);
    const auto kind = parseSavingsKind(st.text(2));
    if (!kind)
        throw StorageError(StorageError::Kind::Damaged, "unknown savings record kind: " + st.text(2));
    r.kind = *kind;
    r.date = dateOf(st.text(3));
    r.shares = static_cast<int>(st.integer(4));
    r.amount = st.integer(5);
    return r;
}

} // namespace

SavingsCycleId SavingsStore::insertCycle(const SavingsCycle& c)
{
    auto st = m_db.prepare("INSERT INTO savings_cycle (name, start_date, end_date, share_price, min_shares, max_shares, "
                           "voluntary, withdrawals, loan_rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, c.name).bind(2, c.start.iso()).bind(3, c.end.iso()).bind(4, c.sharePrice).bind(5, c.minShares);
    st.bind(6, c.maxShares).bind(7, c.voluntaryAllowed ? 1 : 0).bind(8, c.withdrawalsAllowed ? 1 : 0);
    st.bind(9, loanAtShareOutCode(c.loanRule));
    st.run();
    return m_db.lastInsertId();
}

void SavingsStore::closeCycle(SavingsCycleId id, Date sharedOn)
{
    auto st = m_db.prepare("UPDATE savings_cycle SET shared_on = ? WHERE id = ?");
    st.bind(1, sharedOn.iso()).bind(2, id);
    st.run();
}

std::optional<SavingsCycle> SavingsStore::cycle(SavingsCycleId id) const
{
    auto st = m_db.prepare(std::string("SELECT ") + CycleColumns + " FROM savings_cycle WHERE id = ?");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return cycleFrom(st);
}

std::vector<SavingsCycle> SavingsStore::cycles() const
{
    auto st = m_db.prepare(std::string("SELECT ") + CycleColumns + " FROM savings_cycle ORDER BY id");
    std::vector<SavingsCycle> out;
    while (st.step())
        out.push_back(cycleFrom(st));
    return out;
}

void SavingsStore::insertRecords(const std::vector<SavingsRecord>& records, EntrySeq seq)
{
    auto st = m_db.prepare("INSERT INTO savings_record (cycle_id, member_id, kind, date, shares, amount, entry_seq) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?)");
    for (const auto& r : records) {
        st.reset();
        st.bind(1, r.cycle).bind(2, r.member).bind(3, savingsKindCode(r.kind)).bind(4, r.date.iso());
        st.bind(5, r.shares).bind(6, r.amount).bind(7, seq);
        st.run();
    }
}

std::vector<SavingsRecord> SavingsStore::records(SavingsCycleId cycle, std::optional<MemberId> member) const
{
    auto st = m_db.prepare(std::string("SELECT ") + RecordColumns +
                           " FROM savings_record WHERE cycle_id = ? AND (?2 IS NULL OR member_id = ?2) ORDER BY id");
    st.bind(1, cycle).bind(2, member);
    std::vector<SavingsRecord> out;
    while (st.step())
        out.push_back(recordFrom(st));
    return out;
}

std::vector<SavingsRecord> SavingsStore::recordsOfEntry(EntrySeq seq) const
{
    auto st = m_db.prepare(std::string("SELECT ") + RecordColumns + " FROM savings_record WHERE entry_seq = ? ORDER BY id");
    st.bind(1, seq);
    std::vector<SavingsRecord> out;
    while (st.step())
        out.push_back(recordFrom(st));
    return out;
}

std::map<EntrySeq, std::vector<SavingsRecord>> SavingsStore::recordsByEntry() const
{
    auto st = m_db.prepare(std::string("SELECT ") + RecordColumns + " FROM savings_record ORDER BY id");
    std::map<EntrySeq, std::vector<SavingsRecord>> out;
    while (st.step())
        out[st.integer(6)].push_back(recordFrom(st));
    return out;
}

void SavingsStore::insertShareOut(const ShareOutPlan& plan, EntrySeq entry, EntrySeq audit)
{
    const auto& f = plan.fund;
    const auto& r = plan.result;
    auto st = m_db.prepare(
        "INSERT INTO shareout (cycle_id, entry_seq, audit_seq, date, rule, basis, meetings, savings, earnings, cash_expected, "
        "cash_counted, social_fund, kept_back, kept_back_note, amount_shared, kept_by_rounding, units_by_remainder, "
        "rounding_note, carried_in) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, plan.cycle.id).bind(2, entry).bind(3, audit).bind(4, plan.date.iso()).bind(5, shareOutRuleCode(r.rule));
    st.bind(6, shareOutBasisCode(f.basis)).bind(7, plan.meetings).bind(8, f.savings).bind(9, f.earnings);
    st.bind(10, f.cashExpected).bind(11, f.cashCounted).bind(12, f.socialFund).bind(13, f.keptBack);
    st.bind(14, plan.keptBackNote).bind(15, f.amountShared).bind(16, r.keptByRounding).bind(17, r.unitsByRemainder);
    st.bind(18, r.roundingNote).bind(19, f.carriedIn);
    st.run();
    auto line = m_db.prepare("INSERT INTO shareout_line (cycle_id, member_id, shares, saved, weight, gross, deductions, net, "
                             "still_owed, reinvested, rounded_up) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (const auto& l : r.lines) {
        line.reset();
        const auto reinvested = plan.reinvest.find(l.member);
        line.bind(1, plan.cycle.id).bind(2, l.member).bind(3, l.shares).bind(4, l.saved).bind(5, l.weight);
        line.bind(6, l.gross).bind(7, l.deductions).bind(8, l.net).bind(9, l.stillOwed);
        line.bind(10, reinvested == plan.reinvest.end() ? std::int64_t(0) : reinvested->second);
        line.bind(11, l.roundedUp ? 1 : 0);
        line.run();
    }
}

std::optional<ShareOutPlan> SavingsStore::shareOut(SavingsCycleId cycleId) const
{
    auto st = m_db.prepare("SELECT entry_seq, date, rule, basis, meetings, savings, earnings, cash_expected, cash_counted, "
                           "social_fund, kept_back, kept_back_note, amount_shared, kept_by_rounding, units_by_remainder, "
                           "rounding_note, carried_in FROM shareout WHERE cycle_id = ?");
    st.bind(1, cycleId);
    if (!st.step())
        return std::nullopt;
    ShareOutPlan plan;
    plan.cycle = cycle(cycleId).value_or(SavingsCycle{});
    plan.committedEntry = st.integer(0);
    plan.date = dateOf(st.text(1));
    auto& r = plan.result;
    auto& f = plan.fund;
    r.rule = parseShareOutRule(st.text(2)).value_or(ShareOutRule::Standard);
    f.basis = parseShareOutBasis(st.text(3)).value_or(ShareOutBasis::Books);
    plan.meetings = static_cast<int>(st.integer(4));
    f.savings = st.integer(5);
    f.earnings = st.integer(6);
    f.carriedIn = st.integer(16);
    f.books = f.savings + f.earnings + f.carriedIn;
    f.cashExpected = st.integer(7);
    f.cashCounted = st.optionalInteger(8);
    f.difference = f.cashCounted ? *f.cashCounted - f.cashExpected : 0;
    f.socialFund = st.integer(9);
    f.keptBack = st.integer(10);
    plan.keptBackNote = st.text(11);
    f.amountShared = st.integer(12);
    r.amountShared = f.amountShared;
    r.keptByRounding = st.integer(13);
    r.unitsByRemainder = static_cast<int>(st.integer(14));
    r.roundingNote = st.text(15);
    auto line = m_db.prepare("SELECT member_id, shares, saved, weight, gross, deductions, net, still_owed, reinvested, "
                             "rounded_up FROM shareout_line WHERE cycle_id = ? ORDER BY member_id");
    line.bind(1, cycleId);
    while (line.step()) {
        ShareOutLine l;
        l.member = line.integer(0);
        l.shares = static_cast<int>(line.integer(1));
        l.saved = line.integer(2);
        l.weight = line.integer(3);
        l.gross = line.integer(4);
        l.deductions = line.integer(5);
        l.net = line.integer(6);
        l.stillOwed = line.integer(7);
        if (line.integer(8) > 0)
            plan.reinvest[l.member] = line.integer(8);
        l.roundedUp = line.integer(9) != 0;
        r.totalSaved += l.saved;
        r.totalShares += l.shares;
        r.allocated += l.gross;
        r.lines.push_back(l);
    }
    r.earnings = r.amountShared - r.totalSaved;
    return plan;
}

std::optional<EntrySeq> SavingsStore::shareOutAudit(SavingsCycleId cycleId) const
{
    auto st = m_db.prepare("SELECT audit_seq FROM shareout WHERE cycle_id = ?");
    st.bind(1, cycleId);
    if (!st.step())
        return std::nullopt;
    return st.integer(0);
}

bool SavingsStore::isShareOutEntry(EntrySeq seq) const { return shareOutCycleOfEntry(seq).has_value(); }

std::optional<SavingsCycleId> SavingsStore::shareOutCycleOfEntry(EntrySeq seq) const
{
    auto st = m_db.prepare("SELECT cycle_id FROM shareout WHERE entry_seq = ?");
    st.bind(1, seq);
    if (!st.step())
        return std::nullopt;
    return st.integer(0);
}

std::vector<std::pair<EntrySeq, std::string>> SavingsStore::entriesWithPayload(const std::string& prefix) const
{
    // substr rather than GLOB or LIKE: the prefix may hold any character.
    auto st = m_db.prepare("SELECT seq, payload FROM entry WHERE substr(payload, 1, length(?1)) = ?1 ORDER BY seq");
    st.bind(1, prefix);
    std::vector<std::pair<EntrySeq, std::string>> out;
    while (st.step())
        out.push_back({st.integer(0), st.text(1)});
    return out;
}

std::int64_t SavingsStore::earningsBetween(Date from, Date to) const
{
    auto st = m_db.prepare("SELECT -COALESCE(SUM(p.amount), 0) FROM posting p JOIN account a ON a.id = p.account_id "
                           "JOIN entry e ON e.seq = p.entry_seq WHERE a.kind IN ('income', 'expense') "
                           "AND e.date >= ? AND e.date <= ?");
    st.bind(1, from.iso()).bind(2, to.iso());
    st.step();
    return st.integer(0);
}

std::vector<Date> SavingsStore::meetingDatesBetween(Date from, Date to) const
{
    auto st = m_db.prepare("SELECT date FROM meeting WHERE date >= ? AND date <= ? ORDER BY date");
    st.bind(1, from.iso()).bind(2, to.iso());
    std::vector<Date> out;
    while (st.step())
        out.push_back(dateOf(st.text(0)));
    return out;
}

} // namespace tontine::store
