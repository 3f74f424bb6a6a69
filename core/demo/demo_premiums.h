#pragma once
// The demo fund's health insurance: the partner mutual And Fagaru, the premiums households paid
// at two meetings, and one remittance to the mutual between meetings. Internal to core/demo;
// everything goes through the Book's premium use cases.

#include "core/book/book.h"
#include "core/demo/demo_members.h"

namespace tontine::demo {

// Adds the partner mutual on the day of the move (3 500 F per member for 12 months).
PartnerId addDemoPartner(Book& book, const Date& on);

// The premiums of meeting `meetingIndex` (at two of them), then, a week after the later one,
// the remittance of the first meeting's premiums with the mutual's receipt. Call it while the
// meeting is open; the remittance is written on its own date.
void runDemoPremiums(Book& book, const DemoRoster& roster, PartnerId partner, int meetingIndex, const Date& date);

// The remittance, a week after the meeting that calls for it (after that meeting closed).
void remitDemoPremiums(Book& book, PartnerId partner, int meetingIndex, const Date& date);

} // namespace tontine::demo
