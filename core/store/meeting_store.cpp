#include "core/store/meeting_store.h"

#include <charconv>

namespace tontine::store {

namespace {

constexpr const char* MeetingColumns =
    "id, date, status, opened_by, opening_expected, opening_counted, opening_note, closing_expected, "
    "closing_counted, closing_note, closed_by";

Meeting readMeeting(const Statement& st)
{
    Meeting m;
    m.id = st.integer(0);
    m.date = Date::parseIso(st.text(1)).value_or(Date());
    m.status = st.text(2) == "closed" ? MeetingStatus::Closed : MeetingStatus::Open;
    m.openedBy = st.text(3);
    m.openingExpected = st.integer(4);
    m.openingCounted = st.integer(5);
    m.openingNote = st.text(6);
    m.closingExpected = st.optionalInteger(7);
    m.closingCounted = st.optionalInteger(8);
    m.closingNote = st.text(9);
    m.closedBy = st.text(10);
    return m;
}

Attendance readAttendance(const Statement& st)
{
    return Attendance{st.integer(0), st.integer(1), parseAttendance(st.text(2)).value_or(AttendanceStatus::Present),
                      st.integer(3)};
}

constexpr const char* DueColumns = "d.id, d.member_id, d.kind, d.amount, d.due_on, d.meeting_id, d.note";

Due readDue(const Statement& st)
{
    Due d;
    d.id = st.integer(0);
    d.member = st.integer(1);
    d.kind = st.text(2);
    d.amount = st.integer(3);
    d.dueOn = Date::parseIso(st.text(4)).value_or(Date());
    d.meeting = st.optionalInteger(5);
    d.note = st.text(6);
    return d;
}

std::int64_t toInt(const std::string& text)
{
    std::int64_t value = 0;
    std::from_chars(text.data(), text.data() + text.size(), value);
    return value;
}

} // namespace

MeetingRules MeetingStore::loadRules() const
{
    MeetingRules rules;
    auto st = m_db.prepare("SELECT key, value FROM fund_setting WHERE key GLOB 'fine_*'");
    while (st.step()) {
        const std::string key = st.text(0);
        const std::int64_t value = toInt(st.text(1));
        if (key == "fine_late")
            rules.fineLate = value;
        else if (key == "fine_absent")
            rules.fineAbsent = value;
        else if (key == "fine_excused")
            rules.fineExcused = value;
    }
    return rules;
}

bool MeetingStore::hasRules() const
{
    return m_db.queryInt("SELECT count(*) FROM fund_setting WHERE key GLOB 'fine_*'") > 0;
}

void MeetingStore::saveRules(const MeetingRules& rules)
{
    auto st = m_db.prepare("INSERT INTO fund_setting (key, value) VALUES (?, ?) "
                           "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    const std::pair<const char*, std::int64_t> rows[] = {
        {"fine_late", rules.fineLate}, {"fine_absent", rules.fineAbsent}, {"fine_excused", rules.fineExcused}};
    for (const auto& [key, value] : rows) {
        st.reset();
        st.bind(1, key).bind(2, std::to_string(value));
        st.run();
    }
}

MeetingId MeetingStore::insert(const Meeting& m)
{
    auto st = m_db.prepare("INSERT INTO meeting (date, status, opened_by, opening_expected, opening_counted, opening_note) "
                           "VALUES (?, 'open', ?, ?, ?, ?)");
    st.bind(1, m.date.iso()).bind(2, m.openedBy).bind(3, m.openingExpected).bind(4, m.openingCounted);
    st.bind(5, m.openingNote);
    st.run();
    return m_db.lastInsertId();
}

void MeetingStore::update(const Meeting& m)
{
    auto st = m_db.prepare("UPDATE meeting SET status = ?, closing_expected = ?, closing_counted = ?, closing_note = ?, "
                           "closed_by = ? WHERE id = ?");
    st.bind(1, m.isOpen() ? "open" : "closed").bind(2, m.closingExpected).bind(3, m.closingCounted);
    st.bind(4, m.closingNote).bind(5, m.closedBy).bind(6, m.id);
    st.run();
}

std::optional<Meeting> MeetingStore::get(MeetingId id) const
{
    auto st = m_db.prepare(std::string("SELECT ") + MeetingColumns + " FROM meeting WHERE id = ?");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return readMeeting(st);
}

std::optional<Meeting> MeetingStore::current() const
{
    auto st = m_db.prepare(std::string("SELECT ") + MeetingColumns + " FROM meeting WHERE status = 'open'");
    if (!st.step())
        return std::nullopt;
    return readMeeting(st);
}

std::optional<Meeting> MeetingStore::last() const
{
    auto st = m_db.prepare(std::string("SELECT ") + MeetingColumns + " FROM meeting ORDER BY date DESC LIMIT 1");
    if (!st.step())
        return std::nullopt;
    return readMeeting(st);
}

std::vector<Meeting> MeetingStore::list() const
{
    std::vector<Meeting> out;
    auto st = m_db.prepare(std::string("SELECT ") + MeetingColumns + " FROM meeting ORDER BY date");
    while (st.step())
        out.push_back(readMeeting(st));
    return out;
}

std::optional<Attendance> MeetingStore::attendance(MeetingId meeting, MemberId member) const
{
    auto st = m_db.prepare("SELECT meeting_id, member_id, status, fine FROM attendance WHERE meeting_id = ? AND member_id = ?");
    st.bind(1, meeting).bind(2, member);
    if (!st.step())
        return std::nullopt;
    return readAttendance(st);
}

std::vector<Attendance> MeetingStore::attendanceOf(MeetingId meeting) const
{
    std::vector<Attendance> out;
    auto st = m_db.prepare("SELECT meeting_id, member_id, status, fine FROM attendance WHERE meeting_id = ? ORDER BY member_id");
    st.bind(1, meeting);
    while (st.step())
        out.push_back(readAttendance(st));
    return out;
}

std::vector<Attendance> MeetingStore::allAttendance() const
{
    std::vector<Attendance> out;
    auto st = m_db.prepare("SELECT meeting_id, member_id, status, fine FROM attendance ORDER BY meeting_id, member_id");
    while (st.step())
        out.push_back(readAttendance(st));
    return out;
}

void MeetingStore::upsertAttendance(const Attendance& a)
{
    auto st = m_db.prepare("INSERT INTO attendance (meeting_id, member_id, status, fine) VALUES (?, ?, ?, ?) "
                           "ON CONFLICT (meeting_id, member_id) DO UPDATE SET status = excluded.status, fine = excluded.fine");
    st.bind(1, a.meeting).bind(2, a.member).bind(3, attendanceCode(a.status)).bind(4, a.fine);
    st.run();
}

DueId MeetingStore::insertDue(const Due& d)
{
    auto st = m_db.prepare("INSERT INTO due (member_id, kind, amount, due_on, meeting_id, note) VALUES (?, ?, ?, ?, ?, ?)");
    st.bind(1, d.member).bind(2, d.kind).bind(3, d.amount).bind(4, d.dueOn.iso()).bind(5, d.meeting).bind(6, d.note);
    st.run();
    return m_db.lastInsertId();
}

void MeetingStore::updateDue(const Due& d)
{
    auto st = m_db.prepare("UPDATE due SET kind = ?, amount = ?, note = ? WHERE id = ?");
    st.bind(1, d.kind).bind(2, d.amount).bind(3, d.note).bind(4, d.id);
    st.run();
}

std::optional<Due> MeetingStore::due(DueId id) const
{
    auto found = m_db.prepare(std::string("SELECT ") + DueColumns +
                              ", (SELECT ifnull(sum(amount), 0) FROM due_payment WHERE due_id = d.id) FROM due d WHERE d.id = ?");
    found.bind(1, id);
    if (!found.step())
        return std::nullopt;
    Due d = readDue(found);
    d.paid = found.integer(7);
    return d;
}

std::optional<Due> MeetingStore::attendanceFine(MeetingId meeting, MemberId member) const
{
    auto st = m_db.prepare("SELECT id FROM due WHERE meeting_id = ? AND member_id = ? AND kind GLOB 'fine:*'");
    st.bind(1, meeting).bind(2, member);
    if (!st.step())
        return std::nullopt;
    return due(st.integer(0));
}

std::vector<Due> MeetingStore::dues(std::optional<MemberId> member, std::optional<Date> asOf) const
{
    // What was paid counts payments written up to the date asked (entries carry their date).
    std::string sql = std::string("SELECT ") + DueColumns +
                      ", (SELECT ifnull(sum(p.amount), 0) FROM due_payment p JOIN entry e ON e.seq = p.entry_seq "
                      "WHERE p.due_id = d.id AND (?1 IS NULL OR e.date <= ?1)) FROM due d "
                      "WHERE (?2 IS NULL OR d.member_id = ?2) AND (?1 IS NULL OR d.due_on <= ?1) ORDER BY d.due_on, d.id";
    auto st = m_db.prepare(sql);
    if (asOf)
        st.bind(1, asOf->iso());
    else
        st.bindNull(1);
    st.bind(2, member);
    std::vector<Due> out;
    while (st.step()) {
        Due d = readDue(st);
        d.paid = st.integer(7);
        out.push_back(std::move(d));
    }
    return out;
}

void MeetingStore::insertPayment(EntrySeq entry, DueId due, std::int64_t amount)
{
    auto st = m_db.prepare("INSERT INTO due_payment (entry_seq, due_id, amount) VALUES (?, ?, ?)");
    st.bind(1, entry).bind(2, due).bind(3, amount);
    st.run();
}

std::vector<MeetingStore::PaymentRow> MeetingStore::payments() const
{
    std::vector<PaymentRow> out;
    auto st = m_db.prepare("SELECT p.entry_seq, p.due_id, p.amount, ifnull(e.payload, '') FROM due_payment p "
                           "LEFT JOIN entry e ON e.seq = p.entry_seq ORDER BY p.entry_seq, p.due_id");
    while (st.step())
        out.push_back(PaymentRow{st.integer(0), st.integer(1), st.integer(2), st.text(3)});
    return out;
}

std::vector<MeetingStore::PaymentRow> MeetingStore::paymentsOfEntry(EntrySeq entry) const
{
    std::vector<PaymentRow> out;
    auto st = m_db.prepare("SELECT entry_seq, due_id, amount FROM due_payment WHERE entry_seq = ? ORDER BY due_id");
    st.bind(1, entry);
    while (st.step())
        out.push_back(PaymentRow{st.integer(0), st.integer(1), st.integer(2), {}});
    return out;
}

std::int64_t MeetingStore::entriesClaimingPayments() const
{
    return m_db.queryInt("SELECT count(*) FROM entry WHERE kind = 'txn' AND payload GLOB 'format=due_payment/1*'");
}

} // namespace tontine::store
