#pragma once
// The words of the meeting sheet's rotation cells: what a member owes by round, what this
// meeting's payment went to, and the fines. Text only, from a RotationAtMeeting already loaded;
// it must not call Book or decide anything.

#include "ui/models/rotation_at_meeting.h"

#include <QCoreApplication>
#include <QString>

namespace tontine::ui {

class RotationCellText {
    Q_DECLARE_TR_FUNCTIONS(RotationCellText)

public:
    // "Round 2 (2026-03-01): 5 000 F" per round owed today, then the fine paying now would bring.
    static QString dueBreakdown(const RotationAtMeeting& r, MemberId member);
    // The paid cell: a suggestion not recorded yet, or what was recorded and where it went.
    static QString paidTip(const RotationAtMeeting& r, MemberId member, bool suggested, bool declined);
    // The fine cell: fines owed, paid today and assessed today.
    static QString fineTip(const RotationAtMeeting& r, MemberId member, bool suggested, bool declined);
    // "Tour des mamans: collected today 15 000 F / expected today 25 000 F · …"
    static QString totals(const RotationAtMeeting& r);
};

} // namespace tontine::ui
