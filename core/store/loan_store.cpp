#include "core/store/loan_store.h"

#include <algorithm>
#include <charconv>

namespace tontine::store {

namespace {

Date dateOf(const std::string& iso) { return Date::parseIso(iso).value_or(Date()); }

std::int64_t toInt(const std::string& text)
{
    std::int64_t value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size())
        throw StorageError(StorageError::Kind::Damaged, "not a number in the fund's loan records: " + text);
    return value;
}

std::vector<std::string> split(const std::string& text, char sep)
{
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start < text.size()) {
        const auto at = text.find(sep, start);
        out.push_back(text.substr(start, at == std::string::npos ? std::string::npos : at - start));
        if (at == std::string::npos)
            break;
        start = at + 1;
    }
    return out;
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
    for (const auto& piece : split(text, ','))
        if (!piece.empty())
            out.push_back(toInt(piece));
    return out;
}

std::string customText(const std::vector<CustomInstalment>& lines)
{
    std::string out;
    for (const auto& l : lines)
        out += (out.empty() ? "" : ";") + l.dueOn.iso() + ":" + std::to_string(l.principal);
    return out;
}

std::vector<CustomInstalment> customOf(const std::string& text)
{
    std::vector<CustomInstalment> out;
    for (const auto& piece : split(text, ';')) {
        const auto colon = piece.find(':');
        const auto date = Date::parseIso(piece.substr(0, colon));
        if (colon == std::string::npos || !date)
            throw StorageError(StorageError::Kind::Damaged, "unreadable custom schedule: " + text);
        out.push_back(CustomInstalment{*date, toInt(piece.substr(colon + 1))});
    }
    return out;
}

// The product's terms, in the column order both loan_product and loan use (after id/name).
constexpr const char* TermColumns =
    "rate_bp, method, min_term, max_term, multiple_pct, max_amount, guarantors, pledge_bp, penalty_kind, "
    "penalty_amount, penalty_bp, penalty_per_period, penalty_period_days, penalty_grace_days, top_up, top_up_min_pct";
constexpr int TermCount = 16;

void bindTerms(Statement& st, int first, const LoanProduct& p)
{
    st.bind(first, p.rateBasisPoints).bind(first + 1, loanMethodCode(p.method)).bind(first + 2, p.minTermMonths);
    st.bind(first + 3, p.maxTermMonths).bind(first + 4, p.savingsMultiplePercent).bind(first + 5, p.maxAmount);
    st.bind(first + 6, p.guarantorsRequired).bind(first + 7, p.pledgeBasisPoints);
    st.bind(first + 8, penaltyKindCode(p.penalty.kind)).bind(first + 9, p.penalty.amount);
    st.bind(first + 10, p.penalty.basisPoints).bind(first + 11, p.penalty.perPeriod ? 1 : 0);
    st.bind(first + 12, p.penalty.periodDays).bind(first + 13, p.penalty.graceDays);
    st.bind(first + 14, p.topUpAllowed ? 1 : 0).bind(first + 15, p.topUpMinRepaidPercent);
}

void readTerms(const Statement& st, int first, LoanProduct& p)
{
    p.rateBasisPoints = static_cast<int>(st.integer(first));
    const auto method = parseLoanMethod(st.text(first + 1));
    const auto penalty = parsePenaltyKind(st.text(first + 8));
    if (!method || !penalty)
        throw StorageError(StorageError::Kind::Damaged, "unreadable loan terms");
    p.method = *method;
    p.minTermMonths = static_cast<int>(st.integer(first + 2));
    p.maxTermMonths = static_cast<int>(st.integer(first + 3));
    p.savingsMultiplePercent = static_cast<int>(st.integer(first + 4));
    p.maxAmount = st.integer(first + 5);
    p.guarantorsRequired = static_cast<int>(st.integer(first + 6));
    p.pledgeBasisPoints = static_cast<int>(st.integer(first + 7));
    p.penalty.kind = *penalty;
    p.penalty.amount = st.integer(first + 9);
    p.penalty.basisPoints = static_cast<int>(st.integer(first + 10));
    p.penalty.perPeriod = st.integer(first + 11) != 0;
    p.penalty.periodDays = static_cast<int>(st.integer(first + 12));
    p.penalty.graceDays = static_cast<int>(st.integer(first + 13));
    p.topUpAllowed = st.integer(first + 14) != 0;
    p.topUpMinRepaidPercent = static_cast<int>(st.integer(first + 15));
}

std::string placeholders(int n)
{
    std::string out;
    for (int i = 0; i < n; ++i)
        out += i == 0 ? "?" : ", ?";
    return out;
}

} // namespace

LoanRules LoanStore::loadRules() const
{
    LoanRules rules = defaultLoanRules();
    auto st = m_db.prepare("SELECT key, value FROM fund_setting WHERE key GLOB 'loan_*' ORDER BY key");
    while (st.step()) {
        const std::string key = st.text(0);
        const std::string value = st.text(1);
        if (key == "loan_committee")
            rules.committee = idsOf(value);
        else if (key == "loan_approvals")
            rules.approvalsRequired = static_cast<int>(toInt(value));
        else if (key == "loan_max_days_late")
            rules.maxDaysLateToBorrow = static_cast<int>(toInt(value));
        else if (key == "loan_exposure")
            rules.guarantorExposurePercent = static_cast<int>(toInt(value));
    }
    return rules;
}

bool LoanStore::hasRules() const
{
    return m_db.queryInt("SELECT count(*) FROM fund_setting WHERE key = 'loan_approvals'") > 0;
}

void LoanStore::saveRules(const LoanRules& rules)
{
    auto st = m_db.prepare("INSERT INTO fund_setting (key, value) VALUES (?, ?) "
                           "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    auto put = [&](const std::string& key, const std::string& value) {
        st.reset();
        st.bind(1, key).bind(2, value);
        st.run();
    };
    put("loan_committee", joined(rules.committee));
    put("loan_approvals", std::to_string(rules.approvalsRequired));
    put("loan_max_days_late", std::to_string(rules.maxDaysLateToBorrow));
    put("loan_exposure", std::to_string(rules.guarantorExposurePercent));
}

std::vector<LoanProduct> LoanStore::products() const
{
    auto st = m_db.prepare(std::string("SELECT id, name, active, ") + TermColumns + " FROM loan_product ORDER BY id");
    std::vector<LoanProduct> out;
    while (st.step()) {
        LoanProduct p;
        p.id = st.integer(0);
        p.name = st.text(1);
        p.active = st.integer(2) != 0;
        readTerms(st, 3, p);
        out.push_back(p);
    }
    return out;
}

std::optional<LoanProduct> LoanStore::product(LoanProductId id) const
{
    for (auto& p : products())
        if (p.id == id)
            return p;
    return std::nullopt;
}

LoanProductId LoanStore::insertProduct(const LoanProduct& p)
{
    auto st = m_db.prepare(std::string("INSERT INTO loan_product (name, active, ") + TermColumns + ") VALUES (?, ?, " +
                           placeholders(TermCount) + ")");
    st.bind(1, p.name).bind(2, p.active ? 1 : 0);
    bindTerms(st, 3, p);
    st.run();
    return m_db.lastInsertId();
}

void LoanStore::updateProduct(const LoanProduct& p)
{
    auto st = m_db.prepare(
        "UPDATE loan_product SET name = ?, active = ?, rate_bp = ?, method = ?, min_term = ?, max_term = ?, "
        "multiple_pct = ?, max_amount = ?, guarantors = ?, pledge_bp = ?, penalty_kind = ?, penalty_amount = ?, "
        "penalty_bp = ?, penalty_per_period = ?, penalty_period_days = ?, penalty_grace_days = ?, top_up = ?, "
        "top_up_min_pct = ? WHERE id = ?");
    st.bind(1, p.name).bind(2, p.active ? 1 : 0);
    bindTerms(st, 3, p);
    st.bind(3 + TermCount, p.id);
    st.run();
}

LoanId LoanStore::insertLoan(const Loan& loan, EntrySeq seq)
{
    auto st = m_db.prepare(std::string("INSERT INTO loan (member_id, product_id, product_name, ") + TermColumns +
                           ", principal, term_months, custom, purpose, requested_on, guarantee_id, entry_seq) "
                           "VALUES (?, ?, ?, " +
                           placeholders(TermCount) + ", ?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, loan.borrower).bind(2, loan.product.id).bind(3, loan.product.name);
    bindTerms(st, 4, loan.product);
    const int next = 4 + TermCount;
    st.bind(next, loan.principal).bind(next + 1, loan.termMonths).bind(next + 2, customText(loan.custom));
    st.bind(next + 3, loan.purpose).bind(next + 4, loan.requestedOn.iso()).bind(next + 5, loan.fromGuarantee);
    st.bind(next + 6, seq);
    st.run();
    const LoanId id = m_db.lastInsertId();
    auto g = m_db.prepare("INSERT INTO loan_guarantor (loan_id, position, member_id, pledge) VALUES (?, ?, ?, ?)");
    int position = 0;
    for (const auto& p : loan.guarantors) {
        g.reset();
        g.bind(1, id).bind(2, ++position).bind(3, p.guarantor).bind(4, p.pledge);
        g.run();
    }
    return id;
}

void LoanStore::insertApprovals(LoanId loan, const std::string& decision, const std::vector<MemberId>& approvers,
                                EntrySeq seq)
{
    auto st = m_db.prepare("INSERT INTO loan_approval (loan_id, decision, member_id, entry_seq) VALUES (?, ?, ?, ?)");
    for (MemberId m : approvers) {
        st.reset();
        st.bind(1, loan).bind(2, decision).bind(3, m).bind(4, seq);
        st.run();
    }
}

void LoanStore::insertEvent(LoanId loan, const Event& e)
{
    auto st = m_db.prepare("INSERT INTO loan_event (loan_id, kind, date, amount, note, entry_seq) VALUES (?, ?, ?, ?, ?, ?)");
    st.bind(1, loan).bind(2, e.kind).bind(3, e.date.iso()).bind(4, e.amount).bind(5, e.note).bind(6, e.entry);
    st.run();
}

std::vector<LoanStore::Event> LoanStore::events(LoanId loan) const
{
    auto st = m_db.prepare("SELECT kind, date, amount, note, entry_seq FROM loan_event WHERE loan_id = ? ORDER BY id");
    st.bind(1, loan);
    std::vector<Event> out;
    while (st.step())
        out.push_back(Event{st.text(0), dateOf(st.text(1)), st.integer(2), st.text(3), st.integer(4)});
    return out;
}

void LoanStore::insertSchedule(LoanId loan, int version, const std::vector<Instalment>& schedule, EntrySeq seq)
{
    auto st = m_db.prepare("INSERT INTO loan_schedule_line (loan_id, version, number, due_on, principal, interest, "
                           "entry_seq) VALUES (?, ?, ?, ?, ?, ?, ?)");
    for (const auto& i : schedule) {
        st.reset();
        st.bind(1, loan).bind(2, version).bind(3, i.number).bind(4, i.dueOn.iso()).bind(5, i.principal);
        st.bind(6, i.interest).bind(7, seq);
        st.run();
    }
}

void LoanStore::insertAllocations(LoanId loan, const std::vector<LoanAllocation>& lines, EntrySeq seq)
{
    auto st = m_db.prepare("INSERT INTO loan_allocation (loan_id, entry_seq, date, instalment, penalty, interest, "
                           "principal) VALUES (?, ?, ?, ?, ?, ?, ?)");
    for (const auto& l : lines) {
        st.reset();
        st.bind(1, loan).bind(2, seq).bind(3, l.date.iso()).bind(4, l.instalment).bind(5, l.penalty);
        st.bind(6, l.interest).bind(7, l.principal);
        st.run();
    }
}

void LoanStore::insertGuarantorMoney(LoanId loan, MemberId guarantor, const std::string& kind, std::int64_t amount,
                                     Date date, EntrySeq seq)
{
    auto st = m_db.prepare("INSERT INTO loan_guarantor_money (loan_id, member_id, kind, amount, date, entry_seq) "
                           "VALUES (?, ?, ?, ?, ?, ?)");
    st.bind(1, loan).bind(2, guarantor).bind(3, kind).bind(4, amount).bind(5, date.iso()).bind(6, seq);
    st.run();
}

std::vector<Loan> LoanStore::readLoans(std::optional<LoanId> id, std::optional<MemberId> borrower) const
{
    auto st = m_db.prepare(std::string("SELECT id, member_id, product_id, product_name, ") + TermColumns +
                           ", principal, term_months, custom, purpose, requested_on, guarantee_id FROM loan "
                           "WHERE (?1 IS NULL OR id = ?1) AND (?2 IS NULL OR member_id = ?2) ORDER BY id");
    st.bind(1, id).bind(2, borrower);
    std::vector<Loan> out;
    while (st.step()) {
        Loan l;
        l.id = st.integer(0);
        l.borrower = st.integer(1);
        l.product.id = st.integer(2);
        l.product.name = st.text(3);
        readTerms(st, 4, l.product);
        const int next = 4 + TermCount;
        l.principal = st.integer(next);
        l.termMonths = static_cast<int>(st.integer(next + 1));
        l.custom = customOf(st.text(next + 2));
        l.purpose = st.text(next + 3);
        l.requestedOn = dateOf(st.text(next + 4));
        if (!st.isNull(next + 5))
            l.fromGuarantee = st.integer(next + 5);
        out.push_back(std::move(l));
    }
    auto g = m_db.prepare("SELECT member_id, pledge FROM loan_guarantor WHERE loan_id = ? ORDER BY position");
    auto a = m_db.prepare("SELECT member_id FROM loan_approval WHERE loan_id = ? AND decision = 'approve' "
                          "ORDER BY entry_seq, member_id");
    auto al = m_db.prepare("SELECT date, instalment, penalty, interest, principal FROM loan_allocation "
                           "WHERE loan_id = ? ORDER BY id");
    for (auto& l : out) {
        g.reset();
        g.bind(1, l.id);
        while (g.step())
            l.guarantors.push_back(GuarantorPledge{g.integer(0), g.integer(1)});
        a.reset();
        a.bind(1, l.id);
        while (a.step())
            l.approvers.push_back(a.integer(0));
        al.reset();
        al.bind(1, l.id);
        while (al.step())
            l.allocations.push_back(
                LoanAllocation{dateOf(al.text(0)), static_cast<int>(al.integer(1)), al.integer(2), al.integer(3), al.integer(4)});
        // The status is the last status-changing event's; top-ups add to the principal.
        for (const auto& e : events(l.id)) {
            if (e.kind == "approved") {
                l.status = LoanStatus::Approved;
                l.approvedOn = e.date;
            } else if (e.kind == "disbursed") {
                l.status = LoanStatus::Active;
                l.disbursedOn = e.date;
            } else if (e.kind == "topup") {
                l.principal += e.amount;
            } else if (e.kind == "repaid") {
                l.status = LoanStatus::Repaid;
                l.closedOn = e.date;
            } else if (e.kind == "reopened") {
                l.status = l.defaultedOn ? LoanStatus::Defaulted : LoanStatus::Active;
                l.closedOn.reset();
            } else if (e.kind == "defaulted") {
                l.status = LoanStatus::Defaulted;
                l.defaultedOn = e.date;
            } else if (e.kind == "writeoff") {
                l.writtenOff += e.amount;
            } else if (e.kind == "closed") {
                l.status = LoanStatus::Closed;
                l.closedOn = e.date;
            } else if (e.kind == "cancelled") {
                l.status = LoanStatus::Cancelled;
                l.closedOn = e.date;
            }
        }
        auto versions = schedules(l.id);
        l.scheduleVersion = static_cast<int>(versions.size());
        if (!versions.empty())
            l.schedule = versions.back();
    }
    return out;
}

std::optional<Loan> LoanStore::loan(LoanId id) const
{
    auto found = readLoans(id, std::nullopt);
    if (found.empty())
        return std::nullopt;
    return found.front();
}

std::vector<Loan> LoanStore::loans(std::optional<MemberId> borrower) const { return readLoans(std::nullopt, borrower); }

std::vector<std::vector<Instalment>> LoanStore::schedules(LoanId loan) const
{
    auto st = m_db.prepare("SELECT version, number, due_on, principal, interest FROM loan_schedule_line "
                           "WHERE loan_id = ? ORDER BY version, number");
    st.bind(1, loan);
    std::vector<std::vector<Instalment>> out;
    while (st.step()) {
        const auto version = static_cast<std::size_t>(st.integer(0));
        if (out.size() < version)
            out.resize(version);
        out[version - 1].push_back(
            Instalment{static_cast<int>(st.integer(1)), dateOf(st.text(2)), st.integer(3), st.integer(4)});
    }
    return out;
}

std::map<EntrySeq, std::vector<LoanAllocation>> LoanStore::allocationsByEntry() const
{
    auto st = m_db.prepare("SELECT entry_seq, date, instalment, penalty, interest, principal FROM loan_allocation ORDER BY id");
    std::map<EntrySeq, std::vector<LoanAllocation>> out;
    while (st.step())
        out[st.integer(0)].push_back(LoanAllocation{dateOf(st.text(1)), static_cast<int>(st.integer(2)), st.integer(3),
                                                    st.integer(4), st.integer(5)});
    return out;
}

std::optional<LoanId> LoanStore::loanOfAllocationEntry(EntrySeq seq) const
{
    auto st = m_db.prepare("SELECT loan_id FROM loan_allocation WHERE entry_seq = ? LIMIT 1");
    st.bind(1, seq);
    if (st.step())
        return st.integer(0);
    return std::nullopt;
}

std::optional<EntrySeq> LoanStore::lastAllocationEntry(LoanId loan) const
{
    auto st = m_db.prepare("SELECT max(entry_seq) FROM loan_allocation WHERE loan_id = ?");
    st.bind(1, loan);
    if (st.step() && !st.isNull(0))
        return st.integer(0);
    return std::nullopt;
}

std::optional<std::pair<LoanId, std::string>> LoanStore::eventOfEntry(EntrySeq seq) const
{
    auto st = m_db.prepare("SELECT loan_id, kind FROM loan_event WHERE entry_seq = ? ORDER BY id LIMIT 1");
    st.bind(1, seq);
    if (st.step())
        return std::make_pair(st.integer(0), st.text(1));
    return std::nullopt;
}

std::optional<LoanId> LoanStore::guarantorMoneyLoanOfEntry(EntrySeq seq) const
{
    auto st = m_db.prepare("SELECT loan_id FROM loan_guarantor_money WHERE entry_seq = ? LIMIT 1");
    st.bind(1, seq);
    if (st.step())
        return st.integer(0);
    return std::nullopt;
}

std::int64_t LoanStore::incomeNettedOn(Date date) const
{
    auto st = m_db.prepare("SELECT COALESCE(sum(a.penalty + a.interest), 0) FROM loan_allocation a "
                           "JOIN entry e ON e.seq = a.entry_seq WHERE e.action = 'loan-shareout' AND e.date = ?");
    st.bind(1, date.iso());
    st.step();
    return st.integer(0);
}

std::vector<GuarantorDebt> LoanStore::guarantorDebts(std::optional<MemberId> member) const
{
    auto st = m_db.prepare(
        "SELECT g.loan_id, l.member_id, g.member_id, "
        "sum(CASE WHEN g.kind = 'recovered' THEN g.amount ELSE 0 END), "
        "sum(CASE WHEN g.kind = 'repaid' THEN g.amount ELSE 0 END) "
        "FROM loan_guarantor_money g JOIN loan l ON l.id = g.loan_id "
        "WHERE ?1 IS NULL OR g.member_id = ?1 OR l.member_id = ?1 "
        "GROUP BY g.loan_id, g.member_id ORDER BY g.loan_id, g.member_id");
    st.bind(1, member);
    std::vector<GuarantorDebt> out;
    while (st.step())
        out.push_back(GuarantorDebt{st.integer(0), st.integer(1), st.integer(2), st.integer(3), st.integer(4)});
    return out;
}

std::vector<GuarantorDebt> LoanStore::guarantorDebtsOfLoan(LoanId loan) const
{
    std::vector<GuarantorDebt> out;
    for (auto& d : guarantorDebts())
        if (d.loan == loan)
            out.push_back(d);
    return out;
}

GuaranteeId LoanStore::insertGuarantee(const GroupGuarantee& g, EntrySeq seq)
{
    auto st = m_db.prepare("INSERT INTO group_guarantee (member_id, supplier, purpose, amount, issued_on, until, "
                           "approvers, entry_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, g.member).bind(2, g.supplier).bind(3, g.purpose).bind(4, g.amount).bind(5, g.issuedOn.iso());
    st.bind(6, g.until.iso()).bind(7, joined(g.approvers)).bind(8, seq);
    st.run();
    return m_db.lastInsertId();
}

void LoanStore::closeGuarantee(GuaranteeId id, GuaranteeStatus status, Date date, std::optional<LoanId> loan,
                               EntrySeq seq)
{
    auto st = m_db.prepare("INSERT INTO group_guarantee_event (guarantee_id, kind, date, loan_id, entry_seq) "
                           "VALUES (?, ?, ?, ?, ?)");
    st.bind(1, id).bind(2, guaranteeStatusCode(status)).bind(3, date.iso()).bind(4, loan).bind(5, seq);
    st.run();
}

std::vector<GroupGuarantee> LoanStore::guarantees() const
{
    auto st = m_db.prepare("SELECT g.id, g.member_id, g.supplier, g.purpose, g.amount, g.issued_on, g.until, "
                           "g.approvers, e.kind, e.date, e.loan_id FROM group_guarantee g "
                           "LEFT JOIN group_guarantee_event e ON e.guarantee_id = g.id ORDER BY g.id");
    std::vector<GroupGuarantee> out;
    while (st.step()) {
        GroupGuarantee g;
        g.id = st.integer(0);
        g.member = st.integer(1);
        g.supplier = st.text(2);
        g.purpose = st.text(3);
        g.amount = st.integer(4);
        g.issuedOn = dateOf(st.text(5));
        g.until = dateOf(st.text(6));
        g.approvers = idsOf(st.text(7));
        if (!st.isNull(8)) {
            g.status = parseGuaranteeStatus(st.text(8)).value_or(GuaranteeStatus::Released);
            g.closedOn = dateOf(st.text(9));
            if (!st.isNull(10))
                g.loan = st.integer(10);
        }
        out.push_back(std::move(g));
    }
    return out;
}

std::optional<GroupGuarantee> LoanStore::guarantee(GuaranteeId id) const
{
    for (auto& g : guarantees())
        if (g.id == id)
            return g;
    return std::nullopt;
}

} // namespace tontine::store
