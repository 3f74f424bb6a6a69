#include "core/store/social_store.h"

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

} // namespace

SocialRules SocialStore::loadSocialRules() const
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

bool SocialStore::hasSocialRules() const
{
    return m_db.queryInt("SELECT count(*) FROM fund_setting WHERE key = 'social_approvals'") > 0;
}

void SocialStore::saveSocialRules(const SocialRules& rules)
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

GrantId SocialStore::insertGrant(const SocialGrant& g)
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

std::vector<SocialStore::SocialLoanRow> readLoans(Database& db, std::optional<EntrySeq> seq)
{
    auto st = db.prepare("SELECT id, due_id, member_id, amount, date, due_on, approvers, note, entry_seq FROM social_loan "
                         "WHERE ?1 IS NULL OR entry_seq = ?1 ORDER BY id");
    st.bind(1, seq);
    std::vector<SocialStore::SocialLoanRow> out;
    while (st.step()) {
        SocialStore::SocialLoanRow row;
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

std::vector<SocialGrant> SocialStore::grants() const { return readGrants(m_db, std::nullopt); }

std::optional<SocialGrant> SocialStore::grantOfEntry(EntrySeq seq) const
{
    auto found = readGrants(m_db, seq);
    if (found.empty())
        return std::nullopt;
    return found.front();
}

void SocialStore::insertSocialLoan(const SocialLoanRow& row)
{
    auto st = m_db.prepare("INSERT INTO social_loan (due_id, member_id, amount, date, due_on, approvers, note, entry_seq) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, row.due).bind(2, row.loan.borrower).bind(3, row.loan.amount).bind(4, row.loan.date.iso());
    st.bind(5, row.loan.dueOn.iso()).bind(6, joined(row.loan.approvers)).bind(7, row.loan.note).bind(8, row.entry);
    st.run();
}

std::vector<SocialStore::SocialLoanRow> SocialStore::socialLoans() const { return readLoans(m_db, std::nullopt); }

std::optional<SocialStore::SocialLoanRow> SocialStore::socialLoanOfEntry(EntrySeq seq) const
{
    auto found = readLoans(m_db, seq);
    if (found.empty())
        return std::nullopt;
    return found.front();
}

} // namespace tontine::store
