// Book's meeting use cases: rules, open with a cash count, attendance and its fines, paying
// dues, close with a cash count, and the summary.
#include "core/book/book.h"

#include "core/book/book_file.h"
#include "core/ledger/account.h"
#include "core/meetings/due_payment.h"
#include "core/money/money.h"

#include <map>

namespace tontine {

namespace {

constexpr std::string_view CashDifference = "diff:cash";

std::string dueSubject(DueId id) { return "due:" + std::to_string(id); }
std::string attendanceSubject(MeetingId meeting, MemberId member)
{
    return "attendance:" + std::to_string(meeting) + ":" + std::to_string(member);
}

void requireCount(std::int64_t counted, const char* field)
{
    if (counted < 0)
        throw ValidationError(field, "amount.negative", "Cash counted cannot be negative");
}

// A counted amount that differs from the books is recorded, never absorbed; it needs a note.
std::optional<Entry> cashDifferenceEntry(std::int64_t expected, std::int64_t counted, const std::string& note,
                                         const char* when, const Currency& currency)
{
    const std::int64_t difference = counted - expected;
    if (difference == 0)
        return std::nullopt;
    Entry e;
    e.action = "cash-difference";
    e.memo = std::string("Cash counted ") + when + " differs from the books by " +
             (difference > 0 ? "+" : "") + formatWithCode(difference, currency) + ": " + note;
    e.postings = {Posting{std::string(accounts::Cash), difference}, Posting{std::string(CashDifference), -difference}};
    return e;
}

bool blank(const std::string& text) { return text.find_first_not_of(" \t\r\n") == std::string::npos; }

} // namespace

MeetingRules Book::meetingRules() const { return m_file->meetings.loadRules(); }

void Book::setMeetingRules(const MeetingRules& rules, const Actor& actor)
{
    requireOperator(actor);
    if (auto problems = validateMeetingRules(rules); !problems.empty())
        throw ValidationError(problems);
    if (m_file->meetings.hasRules() && meetingRulesSnapshot(rules) == meetingRulesSnapshot(meetingRules()))
        return;
    store::Transaction tx(m_file->db());
    m_file->meetings.saveRules(rules);
    appendAudit("rules:meetings", "edit", "Meeting rules changed", meetingRulesSnapshot(rules), actor);
    tx.commit();
}

std::int64_t Book::cashBalance() const
{
    // One account's sum through the posting_account index, not every balance of the fund.
    return m_file->ledger.balanceOf(std::string(accounts::Cash));
}

MeetingId Book::openMeeting(std::int64_t countedCash, const std::string& note, const Actor& actor)
{
    requireOperator(actor);
    requireCount(countedCash, "openingCounted");
    if (auto open = m_file->meetings.current())
        throw ValidationError("meeting", "meeting.already_open",
                              "The meeting of " + open->date.iso() + " is still open; close it first", {open->date.iso()});
    if (auto last = m_file->meetings.last(); last && !(last->date < actor.date))
        throw ValidationError("date", "meeting.date_not_after",
                              "A new meeting must come after the last one (" + last->date.iso() + ")", {last->date.iso()});
    Meeting m;
    m.date = actor.date;
    m.openedBy = actor.operatorName;
    m.openingExpected = cashBalance();
    m.openingCounted = countedCash;
    m.openingNote = note;
    if (countedCash != m.openingExpected && blank(note))
        throw ValidationError("openingNote", "meeting.note_required",
                              "The cash counted differs from the books: say why in a note");

    store::Transaction tx(m_file->db());
    m.id = m_file->meetings.insert(m);
    appendAudit(meetingSubject(m.id), "open", "Meeting of " + m.date.iso() + " opened", meetingSnapshot(m), actor);
    if (auto diff = cashDifferenceEntry(m.openingExpected, countedCash, note, "at opening", settings().currency())) {
        diff->subject = meetingSubject(m.id);
        appendTransaction(std::move(*diff), actor);
    }
    createSocialDues(m, actor);
    tx.commit();
    return m.id;
}

std::optional<Meeting> Book::currentMeeting() const { return m_file->meetings.current(); }

std::optional<Meeting> Book::meeting(MeetingId id) const { return m_file->meetings.get(id); }

std::vector<Meeting> Book::meetings() const { return m_file->meetings.list(); }

void Book::recordAttendance(MeetingId meetingId, MemberId memberId, AttendanceStatus status, const Actor& actor)
{
    requireOperator(actor);
    const auto m = m_file->meetings.get(meetingId);
    if (!m)
        throw ValidationError("meeting", "meeting.unknown", "There is no meeting " + std::to_string(meetingId));
    if (!m->isOpen())
        throw ValidationError("meeting", "meeting.closed",
                              "The meeting of " + m->date.iso() + " is closed; nothing in it changes", {m->date.iso()});
    if (m->date != actor.date)
        throw ValidationError("date", "meeting.other_date",
                              "The open meeting is dated " + m->date.iso() + "; record attendance there", {m->date.iso()});
    const auto member = m_file->members.get(memberId);
    if (!member)
        throw ValidationError("member", "member.unknown", "No member number " + std::to_string(memberId));
    if (!member->active)
        throw ValidationError("member", "member.inactive", member->fullName() + " has left the group");

    const Attendance record{meetingId, memberId, status, meetingRules().fineFor(status)};
    const auto before = m_file->meetings.attendance(meetingId, memberId);
    if (before && before->status == record.status && before->fine == record.fine)
        return;
    auto fine = m_file->meetings.attendanceFine(meetingId, memberId);
    if (fine && fine->paid > record.fine)
        throw ValidationError("status", "attendance.fine_paid",
                              "The fine already paid (" + formatWithCode(fine->paid, settings().currency()) +
                                  ") is more than the new one; reverse the payment first",
                              {formatWithCode(fine->paid, settings().currency())});

    store::Transaction tx(m_file->db());
    m_file->meetings.upsertAttendance(record);
    appendAudit(attendanceSubject(meetingId, memberId), before ? "edit" : "add",
                member->fullName() + ": " + attendanceCode(status) + " at the meeting of " + m->date.iso(),
                attendanceSnapshot(record), actor);
    // The fine is a due of the member: created, or corrected while the meeting is open.
    if (record.fine > 0 || fine) {
        Due due = fine.value_or(Due{});
        due.member = memberId;
        due.amount = record.fine;
        due.dueOn = m->date;
        due.meeting = meetingId;
        if (record.fine > 0) {
            due.kind = "fine:" + attendanceCode(status);
            due.note = "Fine for being " + attendanceCode(status);
        } else {
            // The fine no longer applies: the due stays (it was chained) with nothing owed.
            due.note = "Fine cancelled: now " + attendanceCode(status);
        }
        if (fine)
            m_file->meetings.updateDue(due);
        else
            due.id = m_file->meetings.insertDue(due);
        appendAudit(dueSubject(due.id), fine ? "edit" : "add", "Due of " + member->fullName() + ": " + due.note,
                    dueSnapshot(due), actor);
    }
    tx.commit();
}

std::vector<Attendance> Book::attendance(MeetingId meeting) const { return m_file->meetings.attendanceOf(meeting); }

std::vector<Due> Book::dues(std::optional<MemberId> member, bool outstandingOnly, std::optional<Date> asOf) const
{
    auto all = m_file->meetings.dues(member, asOf);
    if (!outstandingOnly)
        return all;
    std::vector<Due> out;
    for (auto& d : all)
        if (d.outstanding() > 0)
            out.push_back(std::move(d));
    return out;
}

Meeting Book::requireOpenMeeting(const Actor& actor) const
{
    const auto m = m_file->meetings.current();
    if (!m)
        throw ValidationError("meeting", "meeting.none_open", "Open the meeting first: money is recorded at a meeting");
    if (m->date != actor.date)
        throw ValidationError("date", "meeting.other_date",
                              "The open meeting is dated " + m->date.iso() + "; record this there or close it",
                              {m->date.iso()});
    return *m;
}

EntrySeq Book::appendInMeeting(Entry entry, const Actor& actor)
{
    entry.subject = meetingSubject(requireOpenMeeting(actor).id);
    return appendTransaction(std::move(entry), actor);
}

EntrySeq Book::postInMeeting(Entry entry, const Actor& actor)
{
    requireOperator(actor);
    store::Transaction tx(m_file->db());
    const EntrySeq seq = appendInMeeting(std::move(entry), actor);
    tx.commit();
    return seq;
}

EntrySeq Book::payDue(DueId dueId, std::int64_t amount, const Actor& actor)
{
    requireOperator(actor);
    const auto due = m_file->meetings.due(dueId);
    if (!due)
        throw ValidationError("due", "due.unknown", "There is no due " + std::to_string(dueId));
    const Meeting m = requireOpenMeeting(actor);
    if (amount <= 0)
        throw ValidationError("amount", "amount.not_positive", "The amount paid must be more than zero");
    if (due->outstanding() == 0)
        throw ValidationError("due", "due.settled", "Nothing is owed on this due any more");
    if (amount > due->outstanding()) {
        const std::string owed = formatWithCode(due->outstanding(), settings().currency());
        throw ValidationError("amount", "due.overpaid", "Only " + owed + " is still owed on this due", {owed});
    }
    const auto member = m_file->members.get(due->member);
    Entry e;
    e.action = "due-payment";
    e.memo = "Paid by " + (member ? member->fullName() : std::to_string(due->member)) + ": " + due->note;
    e.subject = meetingSubject(m.id);
    e.payload = duePaymentPayload(dueId, amount);
    // Fines are income; a social contribution goes to the social fund; a social loan's
    // repayment comes back from what was lent.
    const std::string credited = due->kind == "social"        ? std::string(accounts::SocialFund)
                                 : due->kind == "social-loan" ? std::string(accounts::SocialLoans)
                                                              : std::string(accounts::FineIncome);
    e.postings = {Posting{std::string(accounts::Cash), amount}, Posting{credited, -amount}};
    store::Transaction tx(m_file->db());
    const EntrySeq seq = appendTransaction(std::move(e), actor);
    m_file->meetings.insertPayment(seq, dueId, amount);
    tx.commit();
    return seq;
}

void Book::closeMeeting(std::int64_t countedCash, const std::string& note, const Actor& actor)
{
    requireOperator(actor);
    requireCount(countedCash, "closingCounted");
    auto m = m_file->meetings.current();
    if (!m)
        throw ValidationError("meeting", "meeting.none_open", "No meeting is open");
    if (actor.date < m->date)
        throw ValidationError("date", "meeting.close_before_open", "A meeting cannot close before it opened");
    const std::int64_t expected = cashBalance();
    if (countedCash != expected && blank(note))
        throw ValidationError("closingNote", "meeting.note_required",
                              "The cash counted differs from the books: say why in a note");

    store::Transaction tx(m_file->db());
    // The difference belongs to the meeting, dated with it.
    if (auto diff = cashDifferenceEntry(expected, countedCash, note, "at closing", settings().currency())) {
        diff->subject = meetingSubject(m->id);
        appendTransaction(std::move(*diff), Actor{actor.operatorName, m->date});
    }
    m->status = MeetingStatus::Closed;
    m->closingExpected = expected;
    m->closingCounted = countedCash;
    m->closingNote = note;
    m->closedBy = actor.operatorName;
    m_file->meetings.update(*m);
    appendAudit(meetingSubject(m->id), "close", "Meeting of " + m->date.iso() + " closed", meetingSnapshot(*m),
                Actor{actor.operatorName, m->date});
    tx.commit();
}

} // namespace tontine
