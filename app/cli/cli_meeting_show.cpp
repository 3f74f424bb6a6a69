// `meeting show`: a meeting's summary as the members see it on paper (date, cash counts,
// attendance and fines, every money line with who received, totals and totals by kind,
// outstanding dues, rotation arrears, chain head), or as JSON.
#include "app/cli/cli_context.h"
#include "app/cli/json_writer.h"
#include "app/cli/meeting_text.h"
#include "app/cli/report_pdf.h"
#include "app/cli/text_table.h"
#include "app/cli/verb.h"
#include "core/error/errors.h"

#include <algorithm>
#include <limits>
#include <ostream>

namespace tontine::cli {

namespace {

// The meeting asked for (the ID positional of `meeting show`, --meeting of `meeting summary`),
// else the open one, else the last one: the latest meeting either way.
MeetingId chosenMeeting(const Book& book, const ParsedArgs& args)
{
    if (auto v = args.positional(0))
        return CliContext::parseCount(*v, "ID", 1, std::numeric_limits<std::int64_t>::max());
    if (auto v = args.value("meeting"))
        return CliContext::parseCount(*v, "meeting", 1, std::numeric_limits<std::int64_t>::max());
    if (auto open = book.currentMeeting())
        return open->id;
    auto all = book.meetings();
    if (all.empty())
        throw ValidationError("meeting", "meeting.none", "There is no meeting yet");
    MeetingId last = all.front().id;
    for (const auto& m : all)
        last = std::max(last, m.id);
    return last;
}

std::string cashCountText(std::int64_t expected, std::int64_t counted, const Currency& currency)
{
    return "expected " + amountText(expected, currency) + ", counted " + amountText(counted, currency)
           + ", difference " + differenceText(counted - expected, currency);
}

void summaryJson(JsonWriter& j, const Book& book, const MeetingSummary& s,
                 const std::vector<std::optional<EntrySeq>>& reverses, const Currency& currency)
{
    j.beginObject();
    j.field("currency", std::string(currency.code));
    j.key("meeting");
    meetingJson(j, s.meeting);
    j.key("attendance").beginArray();
    for (const auto& a : s.attendance) {
        j.beginObject();
        j.field("member", a.member);
        j.field("name", memberName(book, a.member));
        j.field("status", attendanceCode(a.status));
        j.field("fine", a.fine);
        j.endObject();
    }
    j.endArray();
    j.key("lines").beginArray();
    for (std::size_t i = 0; i < s.lines.size(); ++i) {
        const auto& l = s.lines[i];
        j.beginObject();
        j.field("seq", l.seq);
        j.key("member").value(l.member ? std::optional<std::int64_t>(*l.member) : std::nullopt);
        j.field("name", l.member ? memberName(book, *l.member) : std::string());
        j.field("kind", l.kind);
        j.field("memo", l.memo);
        j.key("reverses").value(reverses[i]);
        j.field("in", l.cashIn);
        j.field("out", l.cashOut);
        j.key("recipients").beginArray();
        for (const auto& r : l.recipients) {
            j.beginObject();
            j.field("member", r.member);
            j.field("name", memberName(book, r.member));
            j.field("amount", r.amount);
            j.endObject();
        }
        j.endArray();
        j.endObject();
    }
    j.endArray();
    j.key("totals").beginObject();
    j.field("in", s.totalIn);
    j.field("out", s.totalOut);
    j.endObject();
    j.key("totalsByKind").beginArray();
    for (const auto& t : s.totalsByKind) {
        j.beginObject();
        j.field("kind", t.kind);
        j.field("lines", static_cast<std::int64_t>(t.lines));
        j.field("in", t.cashIn);
        j.field("out", t.cashOut);
        j.endObject();
    }
    j.endArray();
    j.key("outstandingDues").beginArray();
    for (const auto& d : s.outstandingDues)
        dueJson(j, d, memberName(book, d.member));
    j.endArray();
    j.key("rotationArrears").beginArray();
    for (const auto& a : s.rotationArrears) {
        j.beginObject();
        j.field("rotation", a.rotation);
        j.field("rotationName", a.rotationName);
        j.field("member", a.member);
        j.field("name", memberName(book, a.member));
        j.field("arrears", a.arrears);
        j.field("finesOwed", a.finesOwed);
        j.field("advanceDebt", a.advanceDebt);
        j.endObject();
    }
    j.endArray();
    j.field("chainHead", s.chainHead);
    j.endObject();
}

std::string summaryText(const Book& book, const MeetingSummary& s,
                        const std::vector<std::optional<EntrySeq>>& reverses, const Currency& currency)
{
    const Meeting& m = s.meeting;
    std::string text = "Meeting " + std::to_string(m.id) + " of " + m.date.iso() + ": "
                       + (m.isOpen() ? "open" : "closed") + ". Amounts in " + std::string(currency.code) + ".\n\n";
    FieldList f;
    f.add("Opened by", m.openedBy);
    f.add("Cash at opening", cashCountText(m.openingExpected, m.openingCounted, currency));
    if (!m.openingNote.empty())
        f.add("Opening note", m.openingNote);
    if (m.isOpen()) {
        f.add("Cash at closing", "not counted yet (the meeting is open)");
    } else {
        f.add("Closed by", m.closedBy);
        f.add("Cash at closing",
              cashCountText(m.closingExpected.value_or(0), m.closingCounted.value_or(0), currency));
        if (!m.closingNote.empty())
            f.add("Closing note", m.closingNote);
    }
    text += f.render();

    text += "\nAttendance:\n";
    if (s.attendance.empty()) {
        text += "  none recorded\n";
    } else {
        TextTable t({{"Member", TextTable::Align::Right}, {"Name"}, {"Status"}, {"Fine", TextTable::Align::Right}});
        for (const auto& a : s.attendance)
            t.addRow({std::to_string(a.member), memberName(book, a.member), attendanceCode(a.status),
                      a.fine ? amountText(a.fine, currency) : ""});
        text += t.render();
    }

    text += "\nMoney:\n";
    if (s.lines.empty()) {
        text += "  nothing recorded\n";
    } else {
        TextTable t({{"Entry", TextTable::Align::Right},
                     {"Member"},
                     {"Kind"},
                     {"In", TextTable::Align::Right},
                     {"Out", TextTable::Align::Right},
                     {"Memo"}});
        for (std::size_t i = 0; i < s.lines.size(); ++i) {
            const auto& l = s.lines[i];
            std::string memo = l.memo;
            if (reverses[i])
                memo += " (reverses #" + std::to_string(*reverses[i]) + ")";
            t.addRow({std::to_string(l.seq),
                      l.member ? std::to_string(*l.member) + " " + memberName(book, *l.member) : "", l.kind,
                      l.cashIn ? amountText(l.cashIn, currency) : "",
                      l.cashOut ? amountText(l.cashOut, currency) : "", memo});
        }
        t.addRow({"", "Total", "", amountText(s.totalIn, currency), amountText(s.totalOut, currency), ""});
        text += t.render();

        text += "\nTotals by kind:\n";
        TextTable k({{"Kind"}, {"Lines", TextTable::Align::Right}, {"In", TextTable::Align::Right},
                     {"Out", TextTable::Align::Right}});
        for (const auto& kt : s.totalsByKind)
            k.addRow({kt.kind, std::to_string(kt.lines), kt.cashIn ? amountText(kt.cashIn, currency) : "",
                      kt.cashOut ? amountText(kt.cashOut, currency) : ""});
        text += k.render();
    }

    // A line that paid several members (a half hand, a share-out) names each one here.
    bool anyRecipient = false;
    TextTable r({{"Entry", TextTable::Align::Right}, {"Member", TextTable::Align::Right}, {"Name"},
                 {"Received", TextTable::Align::Right}});
    for (const auto& l : s.lines)
        for (const auto& rc : l.recipients) {
            anyRecipient = true;
            r.addRow({std::to_string(l.seq), std::to_string(rc.member), memberName(book, rc.member),
                      amountText(rc.amount, currency)});
        }
    if (anyRecipient)
        text += "\nWho received:\n" + r.render();

    text += "\nOutstanding dues on " + m.date.iso() + ":\n";
    if (s.outstandingDues.empty()) {
        text += "  none\n";
    } else {
        TextTable t({{"Due", TextTable::Align::Right},
                     {"Member", TextTable::Align::Right},
                     {"Name"},
                     {"What"},
                     {"Amount", TextTable::Align::Right},
                     {"Paid", TextTable::Align::Right},
                     {"Owed", TextTable::Align::Right}});
        std::int64_t owed = 0;
        for (const auto& d : s.outstandingDues) {
            owed += d.outstanding();
            t.addRow({std::to_string(d.id), std::to_string(d.member), memberName(book, d.member), d.kind,
                      amountText(d.amount, currency), amountText(d.paid, currency),
                      amountText(d.outstanding(), currency)});
        }
        t.addRow({"", "", "Total", "", "", "", amountText(owed, currency)});
        text += t.render();
    }
    text += "\nRotation arrears on " + m.date.iso() + ":\n";
    if (s.rotationArrears.empty()) {
        text += "  none\n";
    } else {
        TextTable t({{"Rotation"},
                     {"Member", TextTable::Align::Right},
                     {"Name"},
                     {"Arrears", TextTable::Align::Right},
                     {"Fines owed", TextTable::Align::Right},
                     {"Advance debt", TextTable::Align::Right}});
        for (const auto& a : s.rotationArrears)
            t.addRow({std::to_string(a.rotation) + " " + a.rotationName, std::to_string(a.member),
                      memberName(book, a.member), amountText(a.arrears, currency), amountText(a.finesOwed, currency),
                      amountText(a.advanceDebt, currency)});
        text += t.render();
    }
    text += "\nChain head" + std::string(m.isOpen() ? "" : " at closing") + ": " + s.chainHead + "\n";
    return text;
}

int runShow(CliContext& cx, const ParsedArgs& args, const std::string& verb)
{
    const PdfOutput pdf = pdfOutput(args, verb);
    auto book = cx.openBook(verb, false);
    const Currency& currency = book->settings().currency();
    MeetingSummary s = book->meetingSummary(chosenMeeting(*book, args));
    if (pdf.wanted()) {
        const int pages = writeMeetingSummaryPdf(s, book->members(), book->settings(), book->chainHead(), pdf);
        cx.out() << "Wrote the summary of meeting " << s.meeting.id << " (" << pages << (pages == 1 ? " page" : " pages")
                 << ") to " << pdf.path << ".\n";
        return 0;
    }
    std::vector<std::optional<EntrySeq>> reverses;
    for (const auto& l : s.lines) {
        auto e = book->entry(l.seq);
        reverses.push_back(e ? e->reverses : std::nullopt);
    }
    if (args.flag("json")) {
        JsonWriter j;
        summaryJson(j, *book, s, reverses, currency);
        cx.out() << j.str();
    } else {
        cx.out() << summaryText(*book, s, reverses, currency);
    }
    return 0;
}

} // namespace

Verb meetingShowVerb()
{
    Verb show;
    show.name = "meeting show";
    show.summary = "A meeting's summary: cash counts, attendance, money, dues, chain head.";
    show.usage = "[ID]";
    show.details = "  ID  the meeting (default: the open one, else the last one)\n"
                   "  Lists the cash expected and counted at opening and closing, attendance with\n"
                   "  fines, each money line of the meeting (entry, member, cash in and out) with\n"
                   "  totals and totals by kind, who received each payout or share, every member's\n"
                   "  dues still unpaid and rotation arrears on the meeting's date, and the chain\n"
                   "  head (for a closed meeting, as it stood when it closed).\n";
    show.spec.optionalPositionals = {"ID"};
    show.json = true;
    show.run = [](CliContext& cx, const ParsedArgs& args) { return runShow(cx, args, "meeting show"); };
    return show;
}

Verb meetingSummaryVerb()
{
    Verb summary;
    summary.name = "meeting summary";
    summary.summary = "A meeting's summary to print and hand out (text, JSON or PDF).";
    summary.usage = "[--meeting ID] [--pdf FILE [--paper a4|letter]]";
    summary.details = "  --meeting ID   the meeting (default: the latest one)\n"
                      "  --pdf FILE     write the summary as a PDF file (whole or not at all)\n"
                      "  --paper P      a4 (default) or letter, with --pdf\n"
                      "  The same summary as 'meeting show': cash counts, attendance and fines, every\n"
                      "  money line with who received, totals by kind, dues still owed, rotation\n"
                      "  arrears and the chain head members copy.\n";
    summary.spec.valueOptions = {"meeting", "pdf", "paper"};
    summary.json = true;
    summary.run = [](CliContext& cx, const ParsedArgs& args) { return runShow(cx, args, "meeting summary"); };
    return summary;
}

} // namespace tontine::cli
