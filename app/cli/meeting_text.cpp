#include "app/cli/meeting_text.h"

#include "app/cli/cli_context.h"
#include "core/error/errors.h"

namespace tontine::cli {

std::string memberName(const Book& book, MemberId id)
{
    auto m = book.member(id);
    return m ? m->fullName() : "member " + std::to_string(id);
}

std::string differenceText(std::int64_t difference, const Currency& currency)
{
    if (difference == 0)
        return "none";
    return (difference > 0 ? "+" : "") + amountText(difference, currency);
}

std::optional<std::int64_t> closingDifference(const Meeting& m)
{
    if (!m.closingCounted || !m.closingExpected)
        return std::nullopt;
    return *m.closingCounted - *m.closingExpected;
}

Meeting requireOpenMeeting(const Book& book)
{
    auto m = book.currentMeeting();
    if (!m)
        throw ValidationError("meeting", "meeting.none_open",
                              "No meeting is open: open one with 'meeting open --cash AMOUNT'");
    return *m;
}

void meetingJson(JsonWriter& j, const Meeting& m)
{
    j.beginObject();
    j.field("id", m.id);
    j.field("date", m.date.iso());
    j.field("status", m.isOpen() ? "open" : "closed");
    j.field("openedBy", m.openedBy);
    j.field("openingExpected", m.openingExpected);
    j.field("openingCounted", m.openingCounted);
    j.field("openingDifference", m.openingCounted - m.openingExpected);
    j.field("openingNote", m.openingNote);
    j.key("closingExpected").value(m.closingExpected);
    j.key("closingCounted").value(m.closingCounted);
    j.key("closingDifference").value(closingDifference(m));
    j.field("closingNote", m.closingNote);
    j.field("closedBy", m.closedBy);
    j.endObject();
}

void dueJson(JsonWriter& j, const Due& d, const std::string& name)
{
    j.beginObject();
    j.field("id", d.id);
    j.field("member", d.member);
    j.field("name", name);
    j.field("kind", d.kind);
    j.field("dueOn", d.dueOn.iso());
    j.key("meeting").value(d.meeting);
    j.field("note", d.note);
    j.field("amount", d.amount);
    j.field("paid", d.paid);
    j.field("outstanding", d.outstanding());
    j.endObject();
}

} // namespace tontine::cli
