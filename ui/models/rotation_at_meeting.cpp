#include "ui/models/rotation_at_meeting.h"

#include "core/money/money.h"

#include <algorithm>

namespace tontine::ui {

namespace {
bool paymentOn(const RoundLine& line, Date date)
{
    return line.source == LineSource::Payment && line.date == date;
}

std::int64_t sumValues(const std::map<MemberId, std::int64_t>& amounts)
{
    std::int64_t sum = 0;
    for (const auto& [member, amount] : amounts)
        sum = checkedAdd(sum, amount);
    return sum;
}
} // namespace

RotationAtMeeting RotationAtMeeting::load(const Book& book, RotationId id, Date date)
{
    RotationAtMeeting r;
    r.date = date;
    if (std::optional<RotationState> state = book.rotation(id))
        r.state = std::move(*state);
    for (const MemberDue& d : book.rotationDuesOn(id, date))
        r.dues[d.member] = d;
    // Money is recorded only in the meeting open on its date, so what is dated today is this
    // meeting's.
    for (const RoundLine& line : r.state.lines)
        if (paymentOn(line, date))
            r.paidToday[line.member] = checkedAdd(r.paidToday[line.member], line.amount);
    for (const FinePayment& p : r.state.finePayments)
        if (p.date == date)
            r.finesPaidToday[p.member] = checkedAdd(r.finesPaidToday[p.member], p.amount);

    // Expected today: the same dues as the rotation stood before this meeting (everything dated
    // today taken out together, so the state is one that really existed), so the figure stays
    // put while the column is collected.
    const RotationState before = stateAsOf(r.state, date.addDays(-1));
    for (const MemberDue& d : duesOn(before, date))
        r.expectedToday = checkedAdd(r.expectedToday, d.dueNow);

    bool owing = false;
    bool finesOwed = false;
    bool finesComing = false; // a payment at this meeting would bring a late fine
    for (const auto& [member, d] : r.dues) {
        owing = owing || d.dueNow > 0;
        finesOwed = finesOwed || d.finesOwed > 0;
        finesComing = finesComing || d.fineIfPaidNow > 0;
    }
    const std::optional<int> round = collectingRound(r.state);
    const bool roundOpen = round && roundDate(r.state.spec, *round) <= date;
    // Once something is recorded today the columns stay, so a rotation fully collected does
    // not vanish from under the treasurer's cursor.
    r.collecting = roundOpen || owing || finesOwed || !r.paidToday.empty() || !r.finesPaidToday.empty();
    // The fine column only when a fine is owed or can arise today: a late payment makes one
    // owed, which keeps the column, so it never appears in the middle of the meeting.
    r.showFines = finesOwed || finesComing || !r.finesPaidToday.empty();
    return r;
}

const MemberDue* RotationAtMeeting::due(MemberId member) const
{
    auto it = dues.find(member);
    return it == dues.end() ? nullptr : &it->second;
}

std::int64_t RotationAtMeeting::contributedToday(MemberId member) const
{
    auto it = paidToday.find(member);
    return it == paidToday.end() ? 0 : it->second;
}

std::int64_t RotationAtMeeting::finesToday(MemberId member) const
{
    auto it = finesPaidToday.find(member);
    return it == finesPaidToday.end() ? 0 : it->second;
}

std::vector<RoundLine> RotationAtMeeting::linesToday(MemberId member) const
{
    std::vector<RoundLine> out;
    for (const RoundLine& line : state.lines)
        if (line.member == member && paymentOn(line, date))
            out.push_back(line);
    std::stable_sort(out.begin(), out.end(), [](const RoundLine& a, const RoundLine& b) { return a.round < b.round; });
    return out;
}

std::vector<FineCharge> RotationAtMeeting::finesAssessedToday(MemberId member) const
{
    std::vector<FineCharge> out;
    for (const FineCharge& f : state.fines)
        if (f.member == member && f.date == date)
            out.push_back(f);
    return out;
}

std::int64_t RotationAtMeeting::collectedToday() const { return sumValues(paidToday); }

std::int64_t RotationAtMeeting::finesCollectedToday() const { return sumValues(finesPaidToday); }

std::int64_t RotationAtMeeting::stillDue() const
{
    std::int64_t sum = 0;
    for (const auto& [member, d] : dues)
        sum = checkedAdd(sum, d.dueNow);
    return sum;
}

std::int64_t RotationAtMeeting::finesStillOwed() const
{
    std::int64_t sum = 0;
    for (const auto& [member, d] : dues)
        sum = checkedAdd(sum, d.finesOwed);
    return sum;
}

} // namespace tontine::ui
