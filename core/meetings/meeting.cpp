#include "core/meetings/meeting.h"

#include "core/text/canonical_text.h"

#include <charconv>

namespace tontine {

std::string attendanceCode(AttendanceStatus status)
{
    switch (status) {
    case AttendanceStatus::Present: return "present";
    case AttendanceStatus::Late: return "late";
    case AttendanceStatus::Absent: return "absent";
    case AttendanceStatus::Excused: return "excused";
    }
    return "present";
}

std::optional<AttendanceStatus> parseAttendance(std::string_view code)
{
    for (auto s : {AttendanceStatus::Present, AttendanceStatus::Late, AttendanceStatus::Absent, AttendanceStatus::Excused})
        if (attendanceCode(s) == code)
            return s;
    return std::nullopt;
}

std::int64_t MeetingRules::fineFor(AttendanceStatus status) const
{
    switch (status) {
    case AttendanceStatus::Late: return fineLate;
    case AttendanceStatus::Absent: return fineAbsent;
    case AttendanceStatus::Excused: return fineExcused;
    case AttendanceStatus::Present: return 0;
    }
    return 0;
}

Problems validateMeetingRules(const MeetingRules& rules)
{
    Problems problems;
    // A fine is a small, non-negative amount; 10^12 minor units is no fine anyone pays.
    auto check = [&](const char* field, std::int64_t value) {
        if (value < 0)
            problems.push_back(Problem{field, "amount.negative", {}, "A fine cannot be negative", 0, 0});
        else if (value > 1'000'000'000'000)
            problems.push_back(Problem{field, "amount.absurd", {}, "This fine is beyond any real amount", 0, 0});
    };
    check("fineLate", rules.fineLate);
    check("fineAbsent", rules.fineAbsent);
    check("fineExcused", rules.fineExcused);
    return problems;
}

std::string meetingRulesSnapshot(const MeetingRules& rules)
{
    return CanonicalWriter("meeting_rules")
        .integer("fine_late", rules.fineLate)
        .integer("fine_absent", rules.fineAbsent)
        .integer("fine_excused", rules.fineExcused)
        .str();
}

std::string meetingSnapshot(const Meeting& m)
{
    CanonicalWriter w("meeting");
    w.integer("id", m.id)
        .text("date", m.date.iso())
        .text("status", m.isOpen() ? "open" : "closed")
        .text("opened_by", m.openedBy)
        .integer("opening_expected", m.openingExpected)
        .integer("opening_counted", m.openingCounted)
        .text("opening_note", m.openingNote)
        .text("closing_expected", m.closingExpected ? std::to_string(*m.closingExpected) : "")
        .text("closing_counted", m.closingCounted ? std::to_string(*m.closingCounted) : "")
        .text("closing_note", m.closingNote)
        .text("closed_by", m.closedBy);
    return w.str();
}

std::string attendanceSnapshot(const Attendance& a)
{
    return CanonicalWriter("attendance")
        .integer("meeting", a.meeting)
        .integer("member", a.member)
        .text("status", attendanceCode(a.status))
        .integer("fine", a.fine)
        .str();
}

std::string dueSnapshot(const Due& d)
{
    return CanonicalWriter("due")
        .integer("id", d.id)
        .integer("member", d.member)
        .text("kind", d.kind)
        .integer("amount", d.amount)
        .text("due_on", d.dueOn.iso())
        .text("meeting", d.meeting ? std::to_string(*d.meeting) : "")
        .text("note", d.note)
        .str();
}

} // namespace tontine

namespace tontine {

const std::vector<std::string>& MeetingSummary::kindOrder()
{
    // Money in first, then money out, then corrections: how a treasurer reads the day.
    static const std::vector<std::string> order = {
        "opening",          "due-payment",    "rotation-contribution", "rotation-fine",     "loan-repayment",
        "loan-guarantor-repayment", "rotation-payout", "rotation-reserve", "rotation-leave", "loan-disbursement",
        "loan-topup",       "cash-difference", "reversal"};
    return order;
}

std::string meetingSubject(MeetingId id) { return "meeting:" + std::to_string(id); }

std::optional<MeetingId> meetingOfSubject(std::string_view subject)
{
    constexpr std::string_view prefix = "meeting:";
    if (subject.substr(0, prefix.size()) != prefix)
        return std::nullopt;
    MeetingId id = 0;
    const char* first = subject.data() + prefix.size();
    const char* last = subject.data() + subject.size();
    const auto [end, ec] = std::from_chars(first, last, id);
    if (ec != std::errc() || end != last || first == last)
        return std::nullopt;
    return id;
}

} // namespace tontine
