// Due against collected at each meeting of a period (the dashboard's collection chart). What
// fell due at a meeting is what fell due since the meeting before it, so a round or an
// instalment dated between two meetings is asked for once, at the first meeting on or after
// its date, and arrears are never counted twice.
#include "core/report/report_parts.h"

#include "core/ledger/cash_moves.h"

#include "core/money/money.h"
#include "core/rotation/member_dues.h"

#include <algorithm>

namespace tontine::report {

namespace {

// Dated after the previous meeting (if any) and on or before this one.
bool inWindow(Date date, std::optional<Date> after, Date upTo)
{
    return !(upTo < date) && (!after || *after < date);
}

// Money the collection chart counts as collected: contributions, social contributions (due
// payments credited to the social fund) and loan repayments. Fines and other dues are not.
bool isCollectionKind(const Entry& entry)
{
    if (entry.action == "rotation-contribution" || entry.action == "loan-repayment")
        return true;
    if (entry.action != "due-payment")
        return false;
    return std::any_of(entry.postings.begin(), entry.postings.end(),
                       [](const Posting& p) { return p.accountCode == accounts::SocialFund && p.amount < 0; });
}

std::int64_t rotationDue(const std::vector<RotationState>& rotations, std::optional<Date> after, Date upTo)
{
    std::int64_t sum = 0;
    for (const RotationState& state : rotations) {
        // What each round asked for as the rotation stood that day (a shared discount or a
        // leaver changes later rounds' dues, not earlier ones').
        const RotationState asOf = stateAsOf(state, upTo);
        for (MemberId member : rotationMembers(asOf.spec))
            for (const MemberRoundStatus& round : memberRounds(asOf, member, upTo))
                if (inWindow(round.dueOn, after, upTo))
                    sum = checkedAdd(sum, round.due);
    }
    return sum;
}

std::int64_t socialDue(const std::vector<Due>& dues, MeetingId meeting)
{
    std::int64_t sum = 0;
    for (const Due& due : dues)
        if (due.kind == "social" && due.meeting == meeting)
            sum = checkedAdd(sum, due.amount);
    return sum;
}

// Instalments of the loans' current schedules falling due in the window (a loan closed
// before an instalment's date owes nothing on it).
std::int64_t loanDue(const std::vector<Loan>& loans, std::optional<Date> after, Date upTo)
{
    std::int64_t sum = 0;
    for (const Loan& loan : loans) {
        if (!wasPaidOut(loan) || upTo < *loan.disbursedOn)
            continue;
        for (const Instalment& i : loan.schedule)
            if (inWindow(i.dueOn, after, upTo) && !(loan.closedOn && *loan.closedOn < i.dueOn))
                sum = checkedAdd(sum, i.total());
    }
    return sum;
}

// Cash in for the collected kinds, less what reversals of them took back, by the subject of
// the entries ("meeting:<id>": the meeting the money belongs to).
std::map<std::string, std::int64_t> collectedBySubject(const Book& book, const std::vector<Entry>& entries)
{
    std::map<std::string, std::int64_t> out;
    for (const Entry& e : entries) {
        const std::optional<Entry> original = e.reverses ? book.entry(*e.reverses) : std::nullopt;
        if (isCollectionKind(original ? *original : e))
            out[e.subject] = checkedAdd(out[e.subject], cashMoves(e.postings).net());
    }
    return out;
}

} // namespace

std::vector<CollectionPoint> collectionPoints(const Book& book, Date from, Date to)
{
    std::vector<Meeting> meetings = book.meetings();
    std::sort(meetings.begin(), meetings.end(), [](const Meeting& a, const Meeting& b) { return a.date < b.date; });
    const std::vector<RotationState> rotations = rotationsAsOf(book, to);
    const std::vector<Loan> loans = book.loans();
    const std::vector<Due> dues = book.dues(std::nullopt, false, to);
    const std::map<std::string, std::int64_t> collected = collectedBySubject(book, book.transactionsBetween(from, to));

    std::vector<CollectionPoint> out;
    std::optional<Date> previous;
    for (const Meeting& m : meetings) {
        if (!(m.date < from) && !(to < m.date)) {
            CollectionPoint p;
            p.meeting = m.id;
            p.date = m.date;
            p.due = checkedAdd(checkedAdd(rotationDue(rotations, previous, m.date), socialDue(dues, m.id)),
                               loanDue(loans, previous, m.date));
            if (auto it = collected.find(meetingSubject(m.id)); it != collected.end())
                p.collected = it->second;
            out.push_back(p);
        }
        previous = m.date;
    }
    return out;
}

} // namespace tontine::report
