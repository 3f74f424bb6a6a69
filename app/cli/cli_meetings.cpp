// Meeting verbs: meeting open, attend, close, list (show lives in cli_meeting_show.cpp), and the
// attendance fine rules (settings rules, settings rules set).
#include "app/cli/cli_context.h"
#include "app/cli/json_writer.h"
#include "app/cli/meeting_text.h"
#include "app/cli/text_table.h"
#include "app/cli/usage_error.h"
#include "app/cli/verb.h"
#include "core/error/errors.h"

#include <limits>
#include <ostream>
#include <set>

namespace tontine::cli {

namespace {

constexpr std::int64_t maxId = std::numeric_limits<std::int64_t>::max();

// The entry that recorded the cash difference just now: the meeting's last money line, since
// core appends it last when opening and when closing.
std::optional<EntrySeq> differenceEntry(const Book& book, MeetingId id)
{
    auto lines = book.meetingSummary(id).lines;
    if (lines.empty() || lines.back().kind != "cash-difference")
        return std::nullopt;
    return lines.back().seq;
}

// The cash-count lines both `meeting open` and `meeting close` print.
void cashCountFields(FieldList& f, std::int64_t expected, std::int64_t counted, const std::string& note,
                     std::optional<EntrySeq> entry, const Currency& currency)
{
    f.add("Cash expected", amountText(expected, currency));
    f.add("Cash counted", amountText(counted, currency));
    std::string difference = differenceText(counted - expected, currency);
    if (entry)
        difference += ", recorded as entry " + std::to_string(*entry);
    f.add("Difference", difference);
    if (!note.empty())
        f.add("Note", note);
}

int runOpen(CliContext& cx, const ParsedArgs& args)
{
    auto book = cx.openBook("meeting open", true);
    const Currency& currency = book->settings().currency();
    std::int64_t counted = CliContext::parseAmount(*args.value("cash"), currency, "--cash");
    Actor actor = cx.actor(*book, args);
    MeetingId id = book->openMeeting(counted, args.valueOr("note", ""), actor);
    Meeting m = *book->meeting(id);
    FieldList f;
    cashCountFields(f, m.openingExpected, m.openingCounted, m.openingNote,
                    m.openingCounted != m.openingExpected ? differenceEntry(*book, id) : std::nullopt, currency);
    f.add("Chain head", book->chainHead().shortText());
    cx.out() << "Meeting " << id << " opened on " << m.date.iso() << " by " << m.openedBy << ".\n"
             << f.render();
    book->close();
    return 0;
}

struct AttendancePair {
    MemberId member = 0;
    AttendanceStatus status = AttendanceStatus::Present;
};

// The fine due a member already has in a meeting (attendance fines are one due per member).
std::optional<Due> fineDue(const Book& book, MeetingId meeting, MemberId member)
{
    for (const auto& d : book.dues(member, false))
        if (d.meeting == meeting && d.kind.rfind("fine:", 0) == 0)
            return d;
    return std::nullopt;
}

int runAttend(CliContext& cx, const ParsedArgs& args)
{
    const auto& words = args.positionals();
    if (words.size() % 2 != 0)
        throw UsageError("'meeting attend' takes MEMBER STATUS pairs; '" + words.back() + "' has no status",
                         "meeting attend");
    // Core records one member at a time, each in its own transaction. So that a refused pair
    // leaves nothing half-written, every pair is checked here first, against what core checks.
    Problems problems;
    std::vector<AttendancePair> pairs;
    std::set<MemberId> seen;
    for (std::size_t i = 0; i < words.size(); i += 2) {
        AttendancePair pair;
        try {
            pair.member = CliContext::parseCount(words[i], "member", 1, maxId);
        } catch (const ValidationError& e) {
            problems.insert(problems.end(), e.problems().begin(), e.problems().end());
            continue;
        }
        auto status = parseAttendance(words[i + 1]);
        if (!status) {
            problems.push_back(Problem{"status", "attendance.invalid", {words[i + 1]},
                                       "not an attendance status (present, late, absent, excused): '"
                                           + words[i + 1] + "'",
                                       0, 0});
            continue;
        }
        pair.status = *status;
        if (!seen.insert(pair.member).second)
            problems.push_back(Problem{"member", "member.twice", {words[i]},
                                       "member " + words[i] + " is given twice", 0, 0});
        pairs.push_back(pair);
    }
    if (!problems.empty())
        throw ValidationError(problems);

    auto book = cx.openBook("meeting attend", true);
    const Currency& currency = book->settings().currency();
    Actor actor = cx.actor(*book, args);
    Meeting meeting;
    if (auto v = args.value("meeting")) {
        MeetingId id = CliContext::parseCount(*v, "--meeting", 1, maxId);
        auto m = book->meeting(id);
        if (!m)
            throw ValidationError("--meeting", "meeting.unknown", "There is no meeting " + std::to_string(id));
        meeting = *m;
    } else {
        meeting = requireOpenMeeting(*book);
    }
    if (!meeting.isOpen())
        throw ValidationError("--meeting", "meeting.closed",
                              "The meeting of " + meeting.date.iso()
                                  + " is closed; nothing in it changes (correct it by reversal in a later meeting)",
                              {meeting.date.iso()});
    const MeetingRules rules = book->meetingRules();
    for (const auto& pair : pairs) {
        auto member = book->member(pair.member);
        if (!member) {
            problems.push_back(Problem{"member", "member.unknown", {std::to_string(pair.member)},
                                       "no member number " + std::to_string(pair.member), 0, 0});
        } else if (!member->active) {
            problems.push_back(Problem{"member", "member.inactive", {std::to_string(pair.member)},
                                       member->fullName() + " has left the group", 0, 0});
        } else if (auto fine = fineDue(*book, meeting.id, pair.member);
                   fine && fine->paid > rules.fineFor(pair.status)) {
            problems.push_back(Problem{"status", "attendance.fine_paid", {std::to_string(pair.member)},
                                       member->fullName() + " already paid " + amountText(fine->paid, currency)
                                           + " of the fine, more than the new one; reverse the payment first",
                                       0, 0});
        }
    }
    if (!problems.empty())
        throw ValidationError(problems);

    cx.out() << "Attendance at the meeting of " << meeting.date.iso() << " (meeting " << meeting.id << "):\n";
    for (const auto& pair : pairs) {
        book->recordAttendance(meeting.id, pair.member, pair.status, actor);
        // Printed as each one is written, so that a failure part-way shows what was recorded.
        cx.out() << "  " << pair.member << "  " << memberName(*book, pair.member) << ": "
                 << attendanceCode(pair.status);
        auto fine = fineDue(*book, meeting.id, pair.member);
        if (fine && fine->amount > 0)
            cx.out() << ", fine " << amountText(fine->amount, currency) << " (due " << fine->id << ")";
        cx.out() << "\n";
    }
    cx.out() << "Chain head: " << book->chainHead().shortText() << "\n";
    book->close();
    return 0;
}

int runClose(CliContext& cx, const ParsedArgs& args)
{
    auto book = cx.openBook("meeting close", true);
    const Currency& currency = book->settings().currency();
    std::int64_t counted = CliContext::parseAmount(*args.value("cash"), currency, "--cash");
    Actor actor = cx.actor(*book, args);
    Meeting open = requireOpenMeeting(*book);
    book->closeMeeting(counted, args.valueOr("note", ""), actor);
    Meeting m = *book->meeting(open.id);
    FieldList f;
    cashCountFields(f, m.closingExpected.value_or(0), m.closingCounted.value_or(0), m.closingNote,
                    closingDifference(m).value_or(0) != 0 ? differenceEntry(*book, m.id) : std::nullopt, currency);
    f.add("Chain head", book->chainHead().shortText());
    cx.out() << "Meeting " << m.id << " of " << m.date.iso() << " closed by " << m.closedBy << ".\n"
             << f.render();
    book->close();
    return 0;
}

int runList(CliContext& cx, const ParsedArgs& args)
{
    auto book = cx.openBook("meeting list", false);
    const Currency& currency = book->settings().currency();
    auto meetings = book->meetings();
    if (args.flag("json")) {
        JsonWriter j;
        j.beginObject();
        j.field("currency", std::string(currency.code));
        j.key("meetings").beginArray();
        for (const auto& m : meetings)
            meetingJson(j, m);
        j.endArray();
        j.endObject();
        cx.out() << j.str();
        return 0;
    }
    if (meetings.empty()) {
        cx.out() << "No meetings yet.\n";
        return 0;
    }
    TextTable t({{"Meeting", TextTable::Align::Right},
                 {"Date"},
                 {"Status"},
                 {"Opened by"},
                 {"Cash at opening", TextTable::Align::Right},
                 {"Difference", TextTable::Align::Right},
                 {"Cash at closing", TextTable::Align::Right},
                 {"Difference", TextTable::Align::Right}});
    for (const auto& m : meetings) {
        auto closing = closingDifference(m);
        t.addRow({std::to_string(m.id), m.date.iso(), m.isOpen() ? "open" : "closed", m.openedBy,
                  amountText(m.openingCounted, currency),
                  differenceText(m.openingCounted - m.openingExpected, currency),
                  m.closingCounted ? amountText(*m.closingCounted, currency) : "",
                  closing ? differenceText(*closing, currency) : ""});
    }
    cx.out() << "Cash counted, in " << currency.code << ".\n\n" << t.render();
    return 0;
}

int runRules(CliContext& cx, const ParsedArgs& args)
{
    auto book = cx.openBook("settings rules", false);
    const Currency& currency = book->settings().currency();
    MeetingRules r = book->meetingRules();
    if (args.flag("json")) {
        JsonWriter j;
        j.beginObject();
        j.field("currency", std::string(currency.code));
        j.field("fineLate", r.fineLate);
        j.field("fineAbsent", r.fineAbsent);
        j.field("fineExcused", r.fineExcused);
        j.endObject();
        cx.out() << j.str();
        return 0;
    }
    FieldList f;
    f.add("Fine when late", amountText(r.fineLate, currency));
    f.add("Fine when absent", amountText(r.fineAbsent, currency));
    f.add("Fine when excused", amountText(r.fineExcused, currency));
    cx.out() << "Attendance fines in " << currency.code << " (0: no fine).\n" << f.render();
    return 0;
}

int runRulesSet(CliContext& cx, const ParsedArgs& args)
{
    if (!args.has("fine-late") && !args.has("fine-absent") && !args.has("fine-excused"))
        throw UsageError("nothing to change: give at least one fine", "settings rules set");
    auto book = cx.openBook("settings rules set", true);
    const Currency& currency = book->settings().currency();
    Actor actor = cx.actor(*book, args);
    MeetingRules r = book->meetingRules();
    if (auto v = args.value("fine-late"))
        r.fineLate = CliContext::parseAmount(*v, currency, "--fine-late");
    if (auto v = args.value("fine-absent"))
        r.fineAbsent = CliContext::parseAmount(*v, currency, "--fine-absent");
    if (auto v = args.value("fine-excused"))
        r.fineExcused = CliContext::parseAmount(*v, currency, "--fine-excused");
    const std::int64_t before = book->chainHead().count;
    book->setMeetingRules(r, actor);
    // Core writes nothing when the rules are already these.
    cx.out() << (book->chainHead().count == before ? "Meeting rules unchanged." : "Meeting rules saved.")
             << " Chain head: " << book->chainHead().shortText() << "\n";
    book->close();
    return 0;
}

} // namespace

std::vector<Verb> rulesVerbs()
{
    std::vector<Verb> verbs;

    Verb rules;
    rules.name = "settings rules";
    rules.summary = "Show the meeting rules: the fine for each attendance status.";
    rules.json = true;
    rules.run = runRules;
    verbs.push_back(rules);

    Verb set;
    set.name = "settings rules set";
    set.summary = "Change the attendance fines (only the ones given).";
    set.usage = "[--fine-late AMOUNT] [--fine-absent AMOUNT] [--fine-excused AMOUNT]";
    set.details = "  --fine-late AMOUNT     fine for arriving late, in major units (0: none)\n"
                  "  --fine-absent AMOUNT   fine for being absent without excuse\n"
                  "  --fine-excused AMOUNT  fine for an excused absence\n"
                  "  Fines already recorded keep their amount; attendance recorded (or corrected)\n"
                  "  afterwards uses the new rules.\n";
    set.spec.valueOptions = {"fine-late", "fine-absent", "fine-excused"};
    set.writes = true;
    set.run = runRulesSet;
    verbs.push_back(set);

    return verbs;
}

std::vector<Verb> meetingVerbs()
{
    std::vector<Verb> verbs;

    Verb open;
    open.name = "meeting open";
    open.summary = "Open a meeting with the cash counted in the box.";
    open.usage = "--cash AMOUNT [--note TEXT]";
    open.details = "  --cash AMOUNT  cash counted in the box now, in major units\n"
                   "  --note TEXT    why the count differs from the books (required when it does)\n"
                   "  The meeting is dated --date and must come after the last one; only one\n"
                   "  meeting is open at a time. A difference from the books is recorded as an\n"
                   "  entry against diff:cash, never absorbed. Money is recorded at a meeting.\n";
    open.spec.valueOptions = {"cash", "note"};
    open.spec.required = {"cash"};
    open.writes = true;
    open.run = runOpen;
    verbs.push_back(open);

    Verb attend;
    attend.name = "meeting attend";
    attend.summary = "Record attendance at the open meeting; fines follow the rules.";
    attend.usage = "MEMBER STATUS [MEMBER STATUS…] [--meeting ID]";
    attend.details = "  MEMBER STATUS  a member number and present, late, absent or excused; give\n"
                     "                 as many pairs as needed, e.g. 'meeting attend 3 late 5 absent'\n"
                     "  --meeting ID   the meeting (default: the open one; a closed one is refused)\n"
                     "  Every pair is checked first: if any is refused, nothing is written. Each\n"
                     "  pair is then written as its own record. Recording a member again while the\n"
                     "  meeting is open corrects the status and the fine (settings rules).\n";
    attend.spec.valueOptions = {"meeting"};
    attend.spec.positionals = {"MEMBER", "STATUS"};
    attend.spec.morePositionals = true;
    attend.writes = true;
    attend.run = runAttend;
    verbs.push_back(attend);

    Verb close;
    close.name = "meeting close";
    close.summary = "Close the open meeting with the cash count; it never changes after.";
    close.usage = "--cash AMOUNT [--note TEXT]";
    close.details = "  --cash AMOUNT  cash counted in the box at the end, in major units\n"
                    "  --note TEXT    why the count differs from the books (required when it does)\n"
                    "  A difference is recorded like at opening. Copy the chain head it prints onto\n"
                    "  the paper record. Mistakes are corrected later by 'reverse' in a new meeting.\n";
    close.spec.valueOptions = {"cash", "note"};
    close.spec.required = {"cash"};
    close.writes = true;
    close.run = runClose;
    verbs.push_back(close);

    verbs.push_back(meetingShowVerb());
    verbs.push_back(meetingSummaryVerb());

    Verb list;
    list.name = "meeting list";
    list.summary = "List the meetings with their cash counts.";
    list.json = true;
    list.run = runList;
    verbs.push_back(list);

    return verbs;
}

} // namespace tontine::cli
