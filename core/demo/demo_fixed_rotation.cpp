// "Tontine des femmes" month by month: round m+1 is collected and paid out at meeting m.
// Most members pay what the meeting sheet shows; the exceptions below are the story's.
#include "core/demo/demo_rotations.h"

#include <algorithm>
#include <array>

namespace tontine::demo {

namespace {

// What a member does differently from paying everything due at a meeting.
struct Exception {
    int meeting;           // 0-based
    DemoPerson person;
    enum Kind { Partial, Skip, Ahead } kind;
    std::int64_t amount;   // Partial: what she pays
};

const std::array<Exception, 7> kExceptions{{
    {2, CoumbaSow, Exception::Partial, 10000},   // half of her two hands; the rest next month, late
    {5, FatouFaye, Exception::Ahead, 0},         // pays next month's round too: she travels
    {7, MariamaSene, Exception::Skip, 0},        // came without the money
    {9, KhadyThiaw, Exception::Partial, 2500},   // half of her half hand
    {10, KhadyThiaw, Exception::Skip, 0},
    {11, KhadyThiaw, Exception::Partial, 5000},  // still behind: open arrears today
    {11, AminataFall, Exception::Partial, 5000},
}};

const Exception* exceptionFor(const DemoRoster& roster, int meeting, MemberId member)
{
    const auto it = std::find_if(kExceptions.begin(), kExceptions.end(), [&](const Exception& e) {
        return e.meeting == meeting && roster[e.person] == member;
    });
    return it == kExceptions.end() ? nullptr : &*it;
}

// What the member pays this meeting: what is due (arrears and debts to the fund included),
// nothing when absent (an excused member sends it with a relative), or the story's exception.
std::int64_t amountPaid(const RotationState& state, const MemberDue& due, const Exception* exception,
                        int meetingIndex, const DemoAttendance& attendance)
{
    const auto status = attendance.find(due.member);
    if (status == attendance.end() || status->second == AttendanceStatus::Absent)
        return 0;
    if (!exception)
        return due.dueNow;
    switch (exception->kind) {
    case Exception::Partial:
        return std::min(exception->amount, due.dueNow);
    case Exception::Skip:
        return 0;
    case Exception::Ahead:
        // Round meetingIndex + 2 is next month's.
        return due.dueNow + baseDue(state, due.member, meetingIndex + 2);
    }
    return due.dueNow;
}

} // namespace

void runFixedRotation(Book& book, RotationId id, const DemoRoster& roster, int meetingIndex, const Date& date,
                      const DemoAttendance& attendance, DemoRandom& random)
{
    const Actor treasurer{kTreasurer, date};
    const auto state = book.rotation(id);
    if (!state)
        throw Error("demo: the fixed rotation is missing");
    const int round = meetingIndex + 1;
    if (!collectingRound(*state) || roundDate(state->spec, round) != date)
        return;
    for (const MemberDue& due : book.rotationDuesOn(id, date)) {
        const std::int64_t amount =
            amountPaid(*state, due, exceptionFor(roster, meetingIndex, due.member), meetingIndex, attendance);
        std::int64_t fines = due.finesOwed;
        if (amount > 0)
            for (const FineCharge& fine : book.contribute(id, due.member, amount, treasurer).fines)
                fines += fine.amount;
        payDemoRotationFines(book, id, due.member, fines, date, attendance, random, 75);
    }
    // Whatever is still missing is advanced by the fund (the rotation's rule) as a debt.
    book.payout(id, round, treasurer);
}

} // namespace tontine::demo
