#include "core/store/rotation_store.h"

#include <algorithm>

namespace tontine::store {

namespace {

std::string joined(const std::vector<HandNumber>& values)
{
    std::string out;
    for (HandNumber v : values)
        out += (out.empty() ? "" : ",") + std::to_string(v);
    return out;
}

// "3,1,2" -> {3, 1, 2}; the schema's CHECK keeps the text to digits and commas.
std::vector<HandNumber> numbers(const std::string& text)
{
    std::vector<HandNumber> out;
    std::size_t start = 0;
    while (start < text.size()) {
        const auto comma = text.find(',', start);
        const auto piece = text.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
        if (!piece.empty())
            out.push_back(std::stoi(piece));
        if (comma == std::string::npos)
            break;
        start = comma + 1;
    }
    return out;
}

Date dateOf(const std::string& iso) { return Date::parseIso(iso).value_or(Date()); }

const char* kindCode(bool none, bool fixed) { return none ? "none" : fixed ? "fixed" : "percent"; }

template <typename Kind>
Kind kindOf(const std::string& code)
{
    return code == "fixed" ? Kind::Fixed : code == "percent" ? Kind::Percent : Kind::None;
}

LineSource sourceOf(const std::string& code)
{
    for (auto s : {LineSource::Payment, LineSource::FundAdvance, LineSource::Carry, LineSource::Refund, LineSource::Forfeit})
        if (lineSourceCode(s) == code)
            return s;
    throw StorageError(StorageError::Kind::Damaged, "unknown rotation line source: " + code);
}

Booking bookingOf(const std::string& code)
{
    for (auto b : {Booking::Pot, Booking::Prepaid, Booking::Advance})
        if (bookingCode(b) == code)
            return b;
    throw StorageError(StorageError::Kind::Damaged, "unknown rotation booking: " + code);
}

} // namespace

RotationId RotationStore::nextId() const { return m_db.queryInt("SELECT ifnull(max(id), 0) + 1 FROM rotation"); }

void RotationStore::insert(const RotationSpec& s)
{
    auto st = m_db.prepare(
        "INSERT INTO rotation (id, name, currency, contribution_per_hand, rounding_unit, frequency, every_kth, "
        "start_date, beneficiaries_per_round, order_method, fixed_order, draw_seed, discount_rule, minimum_bid, "
        "commission_kind, commission_amount, commission_bp, commission_source, fine_kind, fine_amount, fine_bp, "
        "fine_per_period, shortfall, leaver_refund) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?, ?, ?)");
    st.bind(1, s.id).bind(2, s.name).bind(3, s.currencyCode).bind(4, s.contributionPerHand).bind(5, s.roundingUnit);
    st.bind(6, frequencyCode(s.frequency)).bind(7, s.everyKth).bind(8, s.start.iso()).bind(9, s.beneficiariesPerRound);
    st.bind(10, orderMethodCode(s.order)).bind(11, joined(s.fixedOrder)).bind(12, s.drawSeed);
    st.bind(13, discountRuleCode(s.discountRule)).bind(14, s.minimumBid);
    st.bind(15, kindCode(s.commission.kind == CommissionRule::Kind::None, s.commission.kind == CommissionRule::Kind::Fixed));
    st.bind(16, s.commission.amount).bind(17, s.commission.basisPoints).bind(18, commissionSourceCode(s.commission.source));
    st.bind(19, kindCode(s.lateFine.kind == FineRule::Kind::None, s.lateFine.kind == FineRule::Kind::Fixed));
    st.bind(20, s.lateFine.amount).bind(21, s.lateFine.basisPoints).bind(22, s.lateFine.perPeriod ? 1 : 0);
    st.bind(23, shortfallRuleCode(s.shortfall)).bind(24, leaverRefundCode(s.leaverRefund));
    st.run();
    auto hand = m_db.prepare("INSERT INTO rotation_hand (rotation_id, hand, place, member_id, halves) VALUES (?, ?, ?, ?, ?)");
    for (const Hand& h : s.hands)
        for (std::size_t i = 0; i < h.holders.size(); ++i) {
            hand.reset();
            hand.bind(1, s.id).bind(2, h.number).bind(3, static_cast<int>(i + 1)).bind(4, h.holders[i].member);
            hand.bind(5, h.holders[i].halves).run();
        }
}

void RotationStore::updateFixedOrder(RotationId id, const std::vector<HandNumber>& order)
{
    auto st = m_db.prepare("UPDATE rotation SET fixed_order = ? WHERE id = ?");
    st.bind(1, joined(order)).bind(2, id).run();
}

std::vector<RotationId> RotationStore::ids() const
{
    std::vector<RotationId> out;
    auto st = m_db.prepare("SELECT id FROM rotation ORDER BY id");
    while (st.step())
        out.push_back(st.integer(0));
    return out;
}

std::optional<RotationSpec> RotationStore::spec(RotationId id) const
{
    auto st = m_db.prepare(
        "SELECT name, currency, contribution_per_hand, rounding_unit, frequency, every_kth, start_date, "
        "beneficiaries_per_round, order_method, fixed_order, draw_seed, discount_rule, minimum_bid, commission_kind, "
        "commission_amount, commission_bp, commission_source, fine_kind, fine_amount, fine_bp, fine_per_period, "
        "shortfall, leaver_refund FROM rotation WHERE id = ?");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    RotationSpec s;
    s.id = id;
    s.name = st.text(0);
    s.currencyCode = st.text(1);
    s.contributionPerHand = st.integer(2);
    s.roundingUnit = st.integer(3);
    s.frequency = parseFrequency(st.text(4)).value_or(MeetingFrequency::Monthly);
    s.everyKth = static_cast<int>(st.integer(5));
    s.start = dateOf(st.text(6));
    s.beneficiariesPerRound = static_cast<int>(st.integer(7));
    s.order = parseOrderMethod(st.text(8)).value_or(OrderMethod::Fixed);
    s.fixedOrder = numbers(st.text(9));
    s.drawSeed = st.text(10);
    s.discountRule = parseDiscountRule(st.text(11)).value_or(DiscountRule::SharedAtEnd);
    s.minimumBid = st.integer(12);
    s.commission.kind = kindOf<CommissionRule::Kind>(st.text(13));
    s.commission.amount = st.integer(14);
    s.commission.basisPoints = st.integer(15);
    s.commission.source = parseCommissionSource(st.text(16)).value_or(CommissionSource::Winner);
    s.lateFine.kind = kindOf<FineRule::Kind>(st.text(17));
    s.lateFine.amount = st.integer(18);
    s.lateFine.basisPoints = st.integer(19);
    s.lateFine.perPeriod = st.integer(20) != 0;
    s.shortfall = parseShortfallRule(st.text(21)).value_or(ShortfallRule::Wait);
    s.leaverRefund = parseLeaverRefund(st.text(22)).value_or(LeaverRefund::Return);

    auto hands = m_db.prepare("SELECT hand, member_id, halves FROM rotation_hand WHERE rotation_id = ? ORDER BY hand, place");
    hands.bind(1, id);
    while (hands.step()) {
        const auto number = static_cast<HandNumber>(hands.integer(0));
        if (s.hands.empty() || s.hands.back().number != number)
            s.hands.push_back(Hand{number, {}});
        s.hands.back().holders.push_back(HandShare{hands.integer(1), static_cast<int>(hands.integer(2))});
    }
    return s;
}

std::optional<RotationState> RotationStore::load(RotationId id) const
{
    auto s = spec(id);
    if (!s)
        return std::nullopt;
    RotationState state;
    state.spec = std::move(*s);
    auto outcomes = m_db.prepare(
        "SELECT round, hand, discount, paid_on FROM rotation_outcome WHERE rotation_id = ? ORDER BY round, place");
    outcomes.bind(1, id);
    while (outcomes.step()) {
        const int round = static_cast<int>(outcomes.integer(0));
        if (state.outcomes.empty() || state.outcomes.back().round != round)
            state.outcomes.push_back(RoundOutcome{round, {}, {}, false, Date()});
        RoundOutcome& o = state.outcomes.back();
        o.beneficiaries.push_back(static_cast<HandNumber>(outcomes.integer(1)));
        o.discounts.push_back(outcomes.integer(2));
        if (auto paid = outcomes.optionalText(3)) {
            o.paidOut = true;
            o.paidOn = dateOf(*paid);
        }
    }
    for (auto& [seq, records] : recordsByEntry(id)) {
        (void)seq;
        for (auto& l : records.lines)
            state.lines.push_back(l);
        for (auto& f : records.fines)
            state.fines.push_back(f);
        for (auto& p : records.finePayments)
            state.finePayments.push_back(p);
        if (records.withdrawal)
            state.withdrawals.push_back(*records.withdrawal);
        state.reserveShared = state.reserveShared || records.reserveShared;
    }
    return state;
}

void RotationStore::insertDecision(RotationId id, const RoundOutcome& o, const std::vector<Bid>& bids, EntrySeq seq)
{
    auto st = m_db.prepare(
        "INSERT INTO rotation_outcome (rotation_id, round, place, hand, discount, decided_by) VALUES (?, ?, ?, ?, ?, ?)");
    for (std::size_t i = 0; i < o.beneficiaries.size(); ++i) {
        st.reset();
        st.bind(1, id).bind(2, o.round).bind(3, static_cast<int>(i + 1)).bind(4, o.beneficiaries[i]);
        st.bind(5, i < o.discounts.size() ? o.discounts[i] : 0).bind(6, seq).run();
    }
    auto bid = m_db.prepare(
        "INSERT INTO rotation_bid (rotation_id, round, member_id, hand, discount, sequence, entry_seq) VALUES (?, ?, ?, ?, ?, ?, ?)");
    for (const Bid& b : bids) {
        bid.reset();
        bid.bind(1, id).bind(2, o.round).bind(3, b.member).bind(4, b.hand).bind(5, b.discount).bind(6, b.sequence);
        bid.bind(7, seq).run();
    }
}

std::vector<Bid> RotationStore::bids(RotationId id, int round) const
{
    std::vector<Bid> out;
    auto st = m_db.prepare(
        "SELECT member_id, hand, discount, sequence FROM rotation_bid WHERE rotation_id = ? AND round = ? ORDER BY id");
    st.bind(1, id).bind(2, round);
    while (st.step())
        out.push_back(Bid{st.integer(0), static_cast<HandNumber>(st.integer(1)), st.integer(2), static_cast<int>(st.integer(3))});
    return out;
}

void RotationStore::insertRecords(RotationId id, const RotationRecords& r, EntrySeq seq)
{
    auto line = m_db.prepare("INSERT INTO rotation_line (rotation_id, member_id, round, amount, source, booking, date, "
                             "entry_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    for (const RoundLine& l : r.lines) {
        line.reset();
        line.bind(1, id).bind(2, l.member).bind(3, l.round).bind(4, l.amount).bind(5, lineSourceCode(l.source));
        line.bind(6, bookingCode(l.booking)).bind(7, l.date.iso()).bind(8, seq).run();
    }
    auto fine = m_db.prepare("INSERT INTO rotation_fine (rotation_id, member_id, round, date, amount, periods_late, "
                             "entry_seq) VALUES (?, ?, ?, ?, ?, ?, ?)");
    for (const FineCharge& f : r.fines) {
        fine.reset();
        fine.bind(1, id).bind(2, f.member).bind(3, f.round).bind(4, f.date.iso()).bind(5, f.amount);
        fine.bind(6, f.periodsLate).bind(7, seq).run();
    }
    auto paid = m_db.prepare(
        "INSERT INTO rotation_fine_payment (rotation_id, member_id, date, amount, entry_seq) VALUES (?, ?, ?, ?, ?)");
    for (const FinePayment& p : r.finePayments) {
        paid.reset();
        paid.bind(1, id).bind(2, p.member).bind(3, p.date.iso()).bind(4, p.amount).bind(5, seq).run();
    }
    if (r.payout) {
        const RoundOutcome& o = *r.payout;
        auto decided = m_db.prepare("SELECT count(*) FROM rotation_outcome WHERE rotation_id = ? AND round = ?");
        decided.bind(1, id).bind(2, o.round);
        decided.step();
        if (decided.integer(0) == 0)
            insertDecision(id, o, {}, seq);
        auto st = m_db.prepare("UPDATE rotation_outcome SET paid_on = ?, paid_by = ? WHERE rotation_id = ? AND round = ?");
        st.bind(1, o.paidOn.iso()).bind(2, seq).bind(3, id).bind(4, o.round).run();
    }
    if (r.withdrawal) {
        const Withdrawal& w = *r.withdrawal;
        auto st = m_db.prepare("INSERT INTO rotation_withdrawal (rotation_id, member_id, date, from_round, hands, "
                               "before_receiving, entry_seq) VALUES (?, ?, ?, ?, ?, ?, ?)");
        st.bind(1, id).bind(2, w.member).bind(3, w.date.iso()).bind(4, w.fromRound).bind(5, joined(w.hands));
        st.bind(6, w.beforeReceiving ? 1 : 0).bind(7, seq).run();
    }
    if (r.reserveShared) {
        auto st = m_db.prepare("UPDATE rotation SET reserve_shared_by = ? WHERE id = ?");
        st.bind(1, seq).bind(2, id).run();
    }
}

std::map<EntrySeq, RotationRecords> RotationStore::recordsByEntry(RotationId id) const
{
    std::map<EntrySeq, RotationRecords> out;
    auto lines = m_db.prepare("SELECT member_id, round, amount, source, booking, date, entry_seq FROM rotation_line "
                              "WHERE rotation_id = ? ORDER BY id");
    lines.bind(1, id);
    while (lines.step())
        out[lines.integer(6)].lines.push_back(RoundLine{lines.integer(0), static_cast<int>(lines.integer(1)),
                                                        lines.integer(2), sourceOf(lines.text(3)),
                                                        bookingOf(lines.text(4)), dateOf(lines.text(5))});
    auto fines = m_db.prepare("SELECT member_id, round, date, amount, periods_late, entry_seq FROM rotation_fine "
                              "WHERE rotation_id = ? ORDER BY id");
    fines.bind(1, id);
    while (fines.step())
        out[fines.integer(5)].fines.push_back(FineCharge{fines.integer(0), static_cast<int>(fines.integer(1)),
                                                         dateOf(fines.text(2)), fines.integer(3),
                                                         static_cast<int>(fines.integer(4))});
    auto paid = m_db.prepare(
        "SELECT member_id, date, amount, entry_seq FROM rotation_fine_payment WHERE rotation_id = ? ORDER BY id");
    paid.bind(1, id);
    while (paid.step())
        out[paid.integer(3)].finePayments.push_back(FinePayment{paid.integer(0), dateOf(paid.text(1)), paid.integer(2)});
    auto payouts = m_db.prepare("SELECT round, hand, discount, paid_on, paid_by FROM rotation_outcome "
                                "WHERE rotation_id = ? AND paid_by IS NOT NULL ORDER BY round, place");
    payouts.bind(1, id);
    while (payouts.step()) {
        auto& slot = out[payouts.integer(4)].payout;
        if (!slot)
            slot = RoundOutcome{static_cast<int>(payouts.integer(0)), {}, {}, true, dateOf(payouts.text(3))};
        slot->beneficiaries.push_back(static_cast<HandNumber>(payouts.integer(1)));
        slot->discounts.push_back(payouts.integer(2));
    }
    auto left = m_db.prepare("SELECT member_id, date, from_round, hands, before_receiving, entry_seq "
                             "FROM rotation_withdrawal WHERE rotation_id = ? ORDER BY id");
    left.bind(1, id);
    while (left.step())
        out[left.integer(5)].withdrawal = Withdrawal{left.integer(0), dateOf(left.text(1)),
                                                     static_cast<int>(left.integer(2)), numbers(left.text(3)),
                                                     left.integer(4) != 0};
    auto reserve = m_db.prepare("SELECT reserve_shared_by FROM rotation WHERE id = ? AND reserve_shared_by IS NOT NULL");
    reserve.bind(1, id);
    if (reserve.step())
        out[reserve.integer(0)].reserveShared = true;
    return out;
}

std::map<int, std::pair<RoundOutcome, std::vector<Bid>>> RotationStore::decisions(RotationId id) const
{
    // Rounds decided before their payout (auctions): decided by another entry than the payout.
    std::map<int, std::pair<RoundOutcome, std::vector<Bid>>> out;
    auto st = m_db.prepare("SELECT round, hand, discount FROM rotation_outcome WHERE rotation_id = ? "
                           "AND decided_by IS NOT paid_by ORDER BY round, place");
    st.bind(1, id);
    while (st.step()) {
        auto& decision = out[static_cast<int>(st.integer(0))];
        decision.first.round = static_cast<int>(st.integer(0));
        decision.first.beneficiaries.push_back(static_cast<HandNumber>(st.integer(1)));
        decision.first.discounts.push_back(st.integer(2));
    }
    for (auto& [round, decision] : out)
        decision.second = bids(id, round);
    return out;
}

std::optional<MemberId> RotationStore::memberOfEntry(EntrySeq seq) const
{
    const auto members = membersOfEntries(seq, seq);
    if (members.empty())
        return std::nullopt;
    return members.begin()->second;
}

std::map<EntrySeq, MemberId> RotationStore::membersOfEntries(EntrySeq first, EntrySeq last) const
{
    // In order of precedence: an entry named by an earlier query keeps that member. Each
    // query reads its table once for the whole range (rotation tables have no entry index).
    static const char* const queries[] = {
        "SELECT entry_seq, member_id FROM rotation_withdrawal WHERE entry_seq BETWEEN ?1 AND ?2 ORDER BY id",
        "SELECT o.paid_by, h.member_id FROM rotation_outcome o JOIN rotation_hand h ON h.rotation_id = o.rotation_id "
        "AND h.hand = o.hand WHERE o.paid_by BETWEEN ?1 AND ?2 ORDER BY o.paid_by, o.place, h.place",
        "SELECT entry_seq, member_id FROM rotation_fine_payment WHERE entry_seq BETWEEN ?1 AND ?2 ORDER BY id",
        "SELECT entry_seq, member_id FROM rotation_line WHERE entry_seq BETWEEN ?1 AND ?2 AND source = 'payment' "
        "ORDER BY id",
    };
    std::map<EntrySeq, MemberId> out;
    std::map<EntrySeq, MemberId> found;
    for (const char* sql : queries) {
        found.clear();
        auto st = m_db.prepare(sql);
        st.bind(1, first).bind(2, last);
        while (st.step())
            found.emplace(st.integer(0), st.integer(1)); // the first row of each entry
        for (const auto& [seq, member] : found)
            out.emplace(seq, member); // an earlier query's answer stands
    }
    return out;
}

std::vector<std::pair<EntrySeq, std::string>> RotationStore::recordEntries(RotationId id) const
{
    std::vector<std::pair<EntrySeq, std::string>> out;
    // Found by their payload (the txn ones belong to their meeting's subject); the prefix has
    // no GLOB special character.
    auto st = m_db.prepare("SELECT seq, payload FROM entry WHERE payload GLOB ? ORDER BY seq");
    st.bind(1, recordsSnapshotPrefix(id) + "*");
    while (st.step())
        out.push_back({st.integer(0), st.text(1)});
    return out;
}

} // namespace tontine::store
