// buildCollectionSheet: what each active member owes at a meeting on a date, one column per
// kind of money the fund uses. Dues, rotation records and loan positions are read as of that
// date (payments recorded later do not count), so a sheet made after the meeting asks what the
// meeting asked.
#include "core/report/collection_sheet.h"

#include "core/money/money.h"
#include "core/report/report_parts.h"
#include "core/rotation/rotation_state.h"

#include <algorithm>
#include <functional>

namespace tontine {

namespace {

// One column and what each member owes in it.
struct OwedColumn {
    SheetColumn column;
    std::map<MemberId, std::int64_t> owed;
    void add(MemberId member, std::int64_t amount) { owed[member] = checkedAdd(owed[member], amount); }
};

// Dues whose kind `isKind` accepts, fallen due by `on` and unpaid then, by member.
OwedColumn duesColumn(const std::string& key, const std::vector<Due>& dues, Date on,
                      const std::function<bool(const std::string&)>& isKind)
{
    OwedColumn c{{key, ""}, {}};
    for (const Due& due : dues)
        if (isKind(due.kind) && !(on < due.dueOn) && due.outstanding() > 0)
            c.add(due.member, due.outstanding());
    return c;
}

bool anyOwed(const OwedColumn& c)
{
    return std::any_of(c.owed.begin(), c.owed.end(), [](const auto& o) { return o.second != 0; });
}

// Whether a meeting already held (or open) on the date has created its social dues.
bool meetingHeldOn(const Book& book, Date on)
{
    const std::vector<Meeting> meetings = book.meetings();
    return std::any_of(meetings.begin(), meetings.end(), [&](const Meeting& m) { return m.date == on; });
}

std::vector<OwedColumn> rotationColumns(const Book& book, Date on)
{
    std::vector<OwedColumn> out;
    for (const RotationState& state : report::rotationsAsOf(book, on)) {
        OwedColumn c{{report::rotationKey(state.spec.id), state.spec.name}, {}};
        for (const report::RotationOwed& owed : report::rotationOwed(state, on))
            c.add(owed.member, owed.amount);
        // A finished rotation with nothing owed has no place on the sheet.
        if (collectingRound(state) || anyOwed(c))
            out.push_back(std::move(c));
    }
    return out;
}

// Social contributions unpaid, plus the one the meeting will ask of every member active on
// its day (Book::createSocialDues' rule) unless that meeting already exists.
std::optional<OwedColumn> socialColumn(const Book& book, const std::vector<Due>& dues, const std::vector<Member>& members,
                                       Date on)
{
    OwedColumn c = duesColumn("social", dues, on, [](const std::string& k) { return k == "social"; });
    const std::int64_t contribution = book.socialRules().contribution;
    if (contribution > 0 && !meetingHeldOn(book, on))
        for (const Member& m : members)
            if (!(on < m.joinedOn))
                c.add(m.id, contribution);
    if (contribution <= 0 && !anyOwed(c))
        return std::nullopt;
    return c;
}

std::optional<OwedColumn> finesColumn(const Book& book, const std::vector<Due>& dues, Date on)
{
    OwedColumn c = duesColumn("fines", dues, on, [](const std::string& k) { return k.rfind("fine", 0) == 0; });
    const MeetingRules rules = book.meetingRules();
    if (rules.fineLate <= 0 && rules.fineAbsent <= 0 && rules.fineExcused <= 0 && !anyOwed(c))
        return std::nullopt;
    return c;
}

std::optional<OwedColumn> loansColumn(const Book& book, Date on)
{
    const std::vector<LoanDue> loanDues = book.loanDuesOn(on);
    if (loanDues.empty())
        return std::nullopt;
    OwedColumn c{{"loans", ""}, {}};
    for (const LoanDue& due : loanDues)
        c.add(due.borrower, due.dueToday);
    return c;
}

std::optional<OwedColumn> socialLoansColumn(const Book& book, const std::vector<Due>& dues, Date on)
{
    OwedColumn c = duesColumn("social-loans", dues, on, [](const std::string& k) { return k == "social-loan"; });
    if (!book.socialRules().loansAllowed && !anyOwed(c))
        return std::nullopt;
    return c;
}

} // namespace

CollectionSheet buildCollectionSheet(const Book& book, Date meetingDate)
{
    CollectionSheet sheet;
    report::setFundHeader(sheet, book.settings());
    sheet.meetingDate = meetingDate;
    sheet.chainHead = book.chainHead();

    std::vector<Member> members = book.members(MemberQuery{"", false});
    std::erase_if(members, [](const Member& m) { return !m.active; });
    std::sort(members.begin(), members.end(), [](const Member& a, const Member& b) { return a.id < b.id; });
    const std::vector<Due> dues = book.dues(std::nullopt, false, meetingDate);

    std::vector<OwedColumn> columns = rotationColumns(book, meetingDate);
    for (auto column : {socialColumn(book, dues, members, meetingDate), finesColumn(book, dues, meetingDate),
                        loansColumn(book, meetingDate), socialLoansColumn(book, dues, meetingDate)})
        if (column)
            columns.push_back(std::move(*column));

    sheet.columnTotals.assign(columns.size(), 0);
    for (const OwedColumn& c : columns)
        sheet.columns.push_back(c.column);
    for (const Member& m : members) {
        SheetRow row{m, {}, 0};
        for (std::size_t i = 0; i < columns.size(); ++i) {
            const auto it = columns[i].owed.find(m.id);
            const std::int64_t owed = it == columns[i].owed.end() ? 0 : it->second;
            row.owed.push_back(owed);
            row.total = checkedAdd(row.total, owed);
            sheet.columnTotals[i] = checkedAdd(sheet.columnTotals[i], owed);
        }
        sheet.total = checkedAdd(sheet.total, row.total);
        sheet.rows.push_back(std::move(row));
    }
    return sheet;
}

} // namespace tontine
