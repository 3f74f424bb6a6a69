#pragma once
// The dashboard's series as plain data: the same figures feed the charts, the tables beside
// them and the charts printed in the fund report. Amounts in minor units; no formatting, no Qt.

#include "core/book/book.h"

#include <cstdint>
#include <string>
#include <vector>

namespace tontine {

struct DatedAmount {
    Date date;
    std::int64_t amount = 0;
};

// What was due and what was collected at one meeting: rotation contributions due that day
// (what each member's round asked for, arrears not counted twice), social contributions, loan
// instalments falling due, against what was paid in for them at that meeting.
struct CollectionPoint {
    MeetingId meeting = 0;
    Date date;
    std::int64_t due = 0;
    std::int64_t collected = 0;
};

// The loan portfolio on a date: principal outstanding and the part more than 30 days late.
struct PortfolioPoint {
    Date date;
    std::int64_t outstanding = 0;
    std::int64_t atRisk30 = 0;
};

struct RotationProgress {
    RotationId rotation = 0;
    std::string name;
    int rounds = 0;          // rounds in the plan
    int roundsPaidOut = 0;   // rounds whose pot was paid out by the date
    std::int64_t collected = 0;     // contributions paid so far
    std::int64_t expected = 0;      // contributions the whole plan asks for
};

struct DashboardData {
    Date from;
    Date to;
    std::vector<DatedAmount> cash;            // cash (box + bank + mobile) at the end of each day it changed
    std::vector<CollectionPoint> collections; // one per meeting in [from, to]
    std::vector<PortfolioPoint> portfolio;    // at the end of each month in [from, to], and on `to`
    std::vector<DatedAmount> socialFund;      // social fund balance at the end of each day it changed
    std::vector<RotationProgress> rotations;  // every rotation on `to`
};

// The series from `from` to `to` (both included). Reads only; cost grows with the meetings,
// months and loans in the range, not with the whole journal.
DashboardData buildDashboard(const Book& book, Date from, Date to);

} // namespace tontine
