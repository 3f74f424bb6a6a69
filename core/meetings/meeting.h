#pragma once
// A meeting of the group — the unit of work — with its attendance and cash counts, and the
// fund's attendance fine rules. Pure data and rules; storage lives in core/store/.

#include "core/calendar/date.h"
#include "core/error/errors.h"
#include "core/members/member.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tontine {

using MeetingId = std::int64_t;

enum class MeetingStatus { Open, Closed };
enum class AttendanceStatus { Present, Late, Absent, Excused };
std::string attendanceCode(AttendanceStatus status); // "present", "late", "absent", "excused"
std::optional<AttendanceStatus> parseAttendance(std::string_view code);

// The fine, in minor units, each attendance status costs (0 means no fine). A fund rule,
// chained like settings under the subject "rules:meetings".
struct MeetingRules {
    std::int64_t fineLate = 0;
    std::int64_t fineAbsent = 0;
    std::int64_t fineExcused = 0;
    std::int64_t fineFor(AttendanceStatus status) const;
};
Problems validateMeetingRules(const MeetingRules& rules);
std::string meetingRulesSnapshot(const MeetingRules& rules);

struct Meeting {
    MeetingId id = 0;
    Date date;
    MeetingStatus status = MeetingStatus::Open;
    std::string openedBy;
    std::int64_t openingExpected = 0;  // cash the books held when the meeting opened
    std::int64_t openingCounted = 0;   // cash counted in the box at opening
    std::string openingNote;           // why they differ, when they do
    std::optional<std::int64_t> closingExpected;
    std::optional<std::int64_t> closingCounted;
    std::string closingNote;
    std::string closedBy;

    bool isOpen() const { return status == MeetingStatus::Open; }
};
std::string meetingSnapshot(const Meeting& meeting);
// The subject that names a meeting in the chain ("meeting:12"): its audit events and the money
// recorded in it. meetingOfSubject reads it back (nothing for any other subject).
std::string meetingSubject(MeetingId id);
std::optional<MeetingId> meetingOfSubject(std::string_view subject);

struct Attendance {
    MeetingId meeting = 0;
    MemberId member = 0;
    AttendanceStatus status = AttendanceStatus::Present;
    std::int64_t fine = 0; // due by rule when recorded; paid like any due
};
std::string attendanceSnapshot(const Attendance& attendance);

// An amount a member owes that the ledger does not hold yet (cash basis): fines, later other
// dues. Paid by entries that name it; what remains is derived.
using DueId = std::int64_t;
struct Due {
    DueId id = 0;
    MemberId member = 0;
    std::string kind;      // "fine:late", "fine:absent", "fine:excused"
    std::int64_t amount = 0;
    Date dueOn;
    std::optional<MeetingId> meeting;
    std::string note;
    std::int64_t paid = 0; // derived from payments
    std::int64_t outstanding() const { return amount - paid; }
};
std::string dueSnapshot(const Due& due);

// What a meeting looks like on paper: totals by kind, who paid and received, arrears, cash
// counts and the chain head. Built by Book::meetingSummary; pure data, it decides nothing.
struct MeetingSummary {
    Meeting meeting;
    std::vector<Attendance> attendance;
    // One member's part of a line's cash out (a half hand's payout, a reserve share, a refund).
    struct Recipient {
        MemberId member = 0;
        std::int64_t amount = 0;
    };
    struct Line {
        std::int64_t seq = 0;
        std::string memo;
        std::optional<MemberId> member;
        std::string kind;            // entry action: "due-payment", "rotation-payout", "reversal", …
        std::int64_t cashIn = 0;     // minor units into the cash box
        std::int64_t cashOut = 0;    // minor units out of the cash box
        // Who got the cash out of a rotation line, summing to cashOut; empty for other lines
        // (and for one whose records no longer explain its cash: verify reports those).
        std::vector<Recipient> recipients;
    };
    std::vector<Line> lines;
    std::int64_t totalIn = 0;
    std::int64_t totalOut = 0;
    // The lines' cash by kind: known kinds in a fixed order (kindOrder), others after by name.
    struct KindTotal {
        std::string kind;
        int lines = 0;
        std::int64_t cashIn = 0;
        std::int64_t cashOut = 0;
    };
    std::vector<KindTotal> totalsByKind;
    std::vector<Due> outstandingDues; // every member's unpaid dues at the meeting's date
    // A member behind in a rotation as of the meeting's date: rounds dated before it still
    // unpaid (arrears, fund advances included), late fines owed, and the debt to the fund.
    struct RotationArrear {
        std::int64_t rotation = 0; // a RotationId
        std::string rotationName;
        MemberId member = 0;
        std::int64_t arrears = 0;
        std::int64_t finesOwed = 0;
        std::int64_t advanceDebt = 0;
    };
    std::vector<RotationArrear> rotationArrears; // by rotation, then in rotationMembers order
    std::string chainHead;

    // The order totalsByKind lists the kinds it knows.
    static const std::vector<std::string>& kindOrder();
};

} // namespace tontine
