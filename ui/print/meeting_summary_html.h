#pragma once
// A meeting's summary as members read it, in HTML: the same text on screen (the meeting
// summary view) and on paper (the printed summary). It formats the summary it is given and
// never reads a Book.

#include "core/meetings/meeting.h"
#include "ui/print/report_html.h"

#include <QString>

#include <vector>

namespace tontine::ui {

// Counts, attendance, money in and out with who received, totals by kind, dues still owed,
// rotation arrears and the chain head members copy. Members are named from `members`.
QString meetingSummaryHtml(const MeetingSummary& summary, const std::vector<Member>& members, const ReportFormat& format);

} // namespace tontine::ui
