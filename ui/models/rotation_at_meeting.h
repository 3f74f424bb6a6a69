#pragma once
// One rotation as the meeting sheet shows it: what each of its members owes on the meeting's
// date, what they paid into it (and in its fines) at this meeting, and what was expected today.
// Read from Book at load; it decides nothing (Book and core/rotation do) and writes nothing.

#include "core/book/book.h"

#include <cstdint>
#include <map>
#include <vector>

namespace tontine::ui {

struct RotationAtMeeting {
    RotationState state;
    Date date;                                        // the meeting's date
    std::map<MemberId, MemberDue> dues;               // rotationDuesOn(date): one per rotation member
    std::map<MemberId, std::int64_t> paidToday;       // contributions recorded at this meeting
    std::map<MemberId, std::int64_t> finesPaidToday;  // rotation fines paid at this meeting
    std::int64_t expectedToday = 0;                   // what was due on the date before today's payments
    bool collecting = false; // something to collect today, or something recorded today
    bool showFines = false;  // someone owes a fine, would bring one by paying now, or paid one today

    static RotationAtMeeting load(const Book& book, RotationId id, Date date);

    const RotationSpec& spec() const { return state.spec; }
    const Currency& currency() const { return state.spec.currency(); }
    bool holds(MemberId member) const { return dues.count(member) > 0; }
    const MemberDue* due(MemberId member) const;
    std::int64_t contributedToday(MemberId member) const;
    std::int64_t finesToday(MemberId member) const;
    // The parts of this meeting's payments by round, and the fines they brought, oldest first.
    std::vector<RoundLine> linesToday(MemberId member) const;
    std::vector<FineCharge> finesAssessedToday(MemberId member) const;

    std::int64_t collectedToday() const;   // every member's contributions at this meeting
    std::int64_t stillDue() const;         // every member's dueNow
    std::int64_t finesCollectedToday() const;
    std::int64_t finesStillOwed() const;
};

} // namespace tontine::ui
