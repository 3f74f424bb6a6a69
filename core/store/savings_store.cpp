#include "core/store/savings_store.h"

#include <charconv>

namespace tontine::store {

namespace {

Date dateOf(const std::string& iso) { return Date::parseIso(iso).value_or(Date()); }

std::int64_t toInt(const std::string& text)
{
    std::int64_t value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size())
        throw StorageError(StorageError::Kind::Damaged, "not a number in the fund's settings: " + text);
    return value;
}

std::string joined(const std::vector<MemberId>& ids)
{
    std::string out;
    for (MemberId id : ids)
        out += (out.empty() ? "" : ",") + std::to_string(id);
    return out;
}

std::vector<MemberId> idsOf(const std::string& text)
{
    std::vector<MemberId> out;
    std::size_t start = 0;
    while (start < text.size()) {
        const auto comma = text.find(',', start);
        const std::string piece = text.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
        if (!piece.empty())
            out.push_back(toInt(piece));
        if (comma == std::string::npos)
            break;
        start = comma + 1;
    }
    return out;
}

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

SocialRules SavingsStore::loadSocialRules() const
{
    SocialRules rules = defaultSocialRules();
    auto st = m_db.prepare("SELECT key, value FROM fund_setting WHERE key GLOB 'social_*' ORDER BY key");
    while (st.step()) {
        const std::string key = st.text(0);
        const std::string value = st.text(1);
        if (key == "social_contribution")
            rules.contribution = toInt(value);
        else if (key == "social_approvals")
            rules.approvalsRequired = static_cast<int>(toInt(value));
        else if (key == "social_loans")
            rules.loansAllowed = value == "1";
        else if (key == "social_loan_max")
            rules.loanMax = toInt(value);
        else if (key.rfind("social_event:", 0) == 0) {
            // "fixed:5000" or "ceiling:10000"
            const auto event = parseSocialEvent(key.substr(13));
            const auto colon = value.find(':');
            if (!event || colon == std::string::npos)
                throw StorageError(StorageError::Kind::Damaged, "unreadable social fund rule: " + key + "=" + value);
            rules.events.push_back(SocialEventRule{*event, value.substr(0, colon) == "fixed", toInt(value.substr(colon + 1))});
        }
    }
    // Events in the table's order, as the snapshot lists them.
    std::vector<SocialEventRule> ordered;
    for (SocialEvent e : allSocialEvents())
        for (const auto& r : rules.events)
            if (r.event == e)
                ordered.push_back(r);
    rules.events = ordered;
    return rules;
}

bool SavingsStore::hasSocialRules() const
{
    return m_db.queryInt("SELECT count(*) FROM fund_setting WHERE key = 'social_approvals'") > 0;
}

void SavingsStore::saveSocialRules(const SocialRules& rules)
{
    m_db.exec("DELETE FROM fund_setting WHERE key GLOB 'social_event:*'");
    auto st = m_db.prepare("INSERT INTO fund_setting (key, value) VALUES (?, ?) "
                           "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    auto put = [&](const std::string& key, const std::string& value) {
        st.reset();
        st.bind(1, key).bind(2, value);
        st.run();
    };
    put("social_contribution", std::to_string(rules.contribution));
    put("social_approvals", std::to_string(rules.approvalsRequired));
    put("social_loans", rules.loansAllowed ? "1" : "0");
    put("social_loan_max", std::to_string(rules.loanMax));
    for (const auto& e : rules.events)
        put("social_event:" + socialEventCode(e.event), std::string(e.fixed ? "fixed:" : "ceiling:") + std::to_string(e.amount));
}

GrantId SavingsStore::insertGrant(const SocialGrant& g)
{
    auto st = m_db.prepare("INSERT INTO social_grant (event, member_id, amount, date, note, entry_seq) VALUES (?, ?, ?, ?, ?, ?)");
    st.bind(1, socialEventCode(g.event)).bind(2, g.beneficiary).bind(3, g.amount).bind(4, g.date.iso());
    st.bind(5, g.note).bind(6, g.entrySeq);
    st.run();
    const GrantId id = m_db.lastInsertId();
    auto ap = m_db.prepare("INSERT INTO social_grant_approver (grant_id, position, member_id) VALUES (?, ?, ?)");
    int position = 0;
    for (MemberId m : g.approvers) {
        ap.reset();
        ap.bind(1, id).bind(2, ++position).bind(3, m);
        ap.run();
    }
    return id;
}

namespace {

std::vector<SocialGrant> readGrants(Database& db, std::optional<EntrySeq> seq)
{
    auto st = db.prepare("SELECT id, event, member_id, amount, date, note, entry_seq FROM social_grant "
                         "WHERE ?1 IS NULL OR entry_seq = ?1 ORDER BY id");
    st.bind(1, seq);
    std::vector<SocialGrant> out;
    while (st.step()) {
        SocialGrant g;
        g.id = st.integer(0);
        g.event = parseSocialEvent(st.text(1)).value_or(SocialEvent::Other);
        g.beneficiary = st.integer(2);
        g.amount = st.integer(3);
        g.date = dateOf(st.text(4));
        g.note = st.text(5);
        g.entrySeq = st.integer(6);
        out.push_back(g);
    }
    auto ap = db.prepare("SELECT member_id FROM social_grant_approver WHERE grant_id = ? ORDER BY position");
    for (auto& g : out) {
        ap.reset();
        ap.bind(1, g.id);
        while (ap.step())
            g.approvers.push_back(ap.integer(0));
    }
    return out;
}

std::vector<SavingsStore::SocialLoanRow> readLoans(Database& db, std::optional<EntrySeq> seq)
{
    auto st = db.prepare("SELECT id, due_id, member_id, amount, date, due_on, approvers, note, entry_seq FROM social_loan "
                         "WHERE ?1 IS NULL OR entry_seq = ?1 ORDER BY id");
    st.bind(1, seq);
    std::vector<SavingsStore::SocialLoanRow> out;
    while (st.step()) {
        SavingsStore::SocialLoanRow row;
        row.id = st.integer(0);
        row.due = st.integer(1);
        row.loan.borrower = st.integer(2);
        row.loan.amount = st.integer(3);
        row.loan.date = dateOf(st.text(4));
        row.loan.dueOn = dateOf(st.text(5));
        row.loan.approvers = idsOf(st.text(6));
        row.loan.note = st.text(7);
        row.entry = st.integer(8);
        out.push_back(row);
    }
    return out;
}

} // namespace

std::vector<SocialGrant> SavingsStore::grants() const { return readGrants(m_db, std::nullopt); }

std::optional<SocialGrant> SavingsStore::grantOfEntry(EntrySeq seq) const
{
    auto found = readGrants(m_db, seq);
    if (found.empty())
        return std::nullopt;
    return found.front();
}

void SavingsStore::insertSocialLoan(const SocialLoanRow& row)
{
    auto st = m_db.prepare("INSERT INTO social_loan (due_id, member_id, amount, date, due_on, approvers, note, entry_seq) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, row.due).bind(2, row.loan.borrower).bind(3, row.loan.amount).bind(4, row.loan.date.iso());
    st.bind(5, row.loan.dueOn.iso()).bind(6, joined(row.loan.approvers)).bind(7, row.loan.note).bind(8, row.entry);
    st.run();
}

std::vector<SavingsStore::SocialLoanRow> SavingsStore::socialLoans() const { return readLoans(m_db, std::nullopt); }

std::optional<SavingsStore::SocialLoanRow> SavingsStore::socialLoanOfEntry(EntrySeq seq) const
{
    auto found = readLoans(m_db, seq);
    if (found.empty())
        return std::nullopt;
    return found.front();
}

void SavingsStore::insertShareOut(const ShareOutPlan& plan, EntrySeq entry, EntrySeq audit)
{
    const auto& f = plan.fund;
    const auto& r = plan.result;
    auto st = m_db.prepare(
        "INSERT INTO shareout (cycle_id, entry_seq, audit_seq, date, rule, basis, meetings, savings, earnings, cash_expected, "
        "cash_counted, social_fund, kept_back, kept_back_note, amount_shared, kept_by_rounding, units_by_remainder, "
        "rounding_note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, plan.cycle.id).bind(2, entry).bind(3, audit).bind(4, plan.date.iso()).bind(5, shareOutRuleCode(r.rule));
    st.bind(6, shareOutBasisCode(f.basis)).bind(7, plan.meetings).bind(8, f.savings).bind(9, f.earnings);
    st.bind(10, f.cashExpected).bind(11, f.cashCounted).bind(12, f.socialFund).bind(13, f.keptBack);
    st.bind(14, plan.keptBackNote).bind(15, f.amountShared).bind(16, r.keptByRounding).bind(17, r.unitsByRemainder);
    st.bind(18, r.roundingNote);
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
                           "rounding_note FROM shareout WHERE cycle_id = ?");
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
    f.books = f.savings + f.earnings;
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
