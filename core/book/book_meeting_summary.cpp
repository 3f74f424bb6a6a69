// Book::meetingSummary: a meeting as it is printed — its money lines with who paid and who
// received, totals by kind, outstanding dues, rotation arrears as of its date, chain head.
#include "core/book/book.h"

#include "core/book/book_file.h"
#include "core/book/entry_lookup.h"
#include "core/ledger/account.h"
#include "core/money/money.h"
#include "core/rotation/member_dues.h"

#include <map>

namespace tontine {

namespace {

std::vector<MeetingSummary::KindTotal> totalsByKind(const std::vector<MeetingSummary::Line>& lines)
{
    std::map<std::string, MeetingSummary::KindTotal> byKind;
    for (const auto& l : lines) {
        auto& t = byKind[l.kind];
        t.kind = l.kind;
        ++t.lines;
        t.cashIn = checkedAdd(t.cashIn, l.cashIn);
        t.cashOut = checkedAdd(t.cashOut, l.cashOut);
    }
    std::vector<MeetingSummary::KindTotal> out;
    for (const std::string& kind : MeetingSummary::kindOrder())
        if (auto it = byKind.find(kind); it != byKind.end()) {
            out.push_back(it->second);
            byKind.erase(it);
        }
    for (auto& [kind, total] : byKind) // unknown kinds after, by name (the map's order)
        out.push_back(total);
    return out;
}

} // namespace

MeetingSummary Book::meetingSummary(MeetingId id) const
{
    const auto m = m_file->meetings.get(id);
    if (!m)
        throw ValidationError("meeting", "meeting.unknown", "There is no meeting " + std::to_string(id));
    MeetingSummary summary;
    summary.meeting = *m;
    summary.attendance = m_file->meetings.attendanceOf(id);
    const auto entries = m_file->ledger.transactionsAbout(meetingSubject(id));
    EntryLookup lookup(*m_file, entries.empty() ? 0 : entries.front().seq, entries.empty() ? 0 : entries.back().seq);
    for (const auto& e : entries) {
        MeetingSummary::Line line;
        line.seq = e.seq;
        line.memo = e.memo;
        line.kind = e.action;
        for (const auto& p : e.postings)
            if (p.accountCode == accounts::Cash)
                (p.amount > 0 ? line.cashIn : line.cashOut) += p.amount > 0 ? p.amount : -p.amount;
        EntryParties parties = partiesOf(e, line.cashOut, lookup);
        line.member = parties.member;
        line.recipients = std::move(parties.recipients);
        summary.totalIn += line.cashIn;
        summary.totalOut += line.cashOut;
        summary.lines.push_back(std::move(line));
    }
    summary.totalsByKind = totalsByKind(summary.lines);
    for (auto& due : m_file->meetings.dues(std::nullopt, m->date))
        if (due.outstanding() > 0)
            summary.outstandingDues.push_back(std::move(due));
    // Rotation arrears as of the meeting's date, from the records dated up to it, with the
    // engine's own dues (as Book::rotationDuesOn gives them).
    for (const auto& [rotationId, loaded] : lookup.allRotations()) {
        if (m->date < loaded.state.spec.start)
            continue; // not started yet on that day
        const RotationState asOf = stateAsOf(loaded.state, m->date);
        for (const MemberDue& d : tontine::duesOn(asOf, m->date))
            if (d.arrears > 0 || d.finesOwed > 0 || d.advanceDebt > 0)
                summary.rotationArrears.push_back(
                    {rotationId, loaded.state.spec.name, d.member, d.arrears, d.finesOwed, d.advanceDebt});
    }
    // A closed meeting is summarised with the head as it stood when it closed, the one the
    // members copied that day.
    if (!m->isOpen()) {
        if (auto closing = m_file->ledger.lastAudit(meetingSubject(id)))
            summary.chainHead = ChainHead{closing->seq, closing->hash}.shortText();
    } else {
        summary.chainHead = chainHead().shortText();
    }
    return summary;
}

} // namespace tontine
