#include "core/rotation/contribution.h"

#include "core/ledger/account.h"
#include "core/money/money.h"
#include "core/rotation/late_fine.h"
#include "core/rotation/posting_list.h"

#include <algorithm>

namespace tontine {

namespace {

Problem contributionProblem(const std::string& code, const std::string& text, std::vector<std::string> args = {})
{
    return Problem{"amount", code, std::move(args), text};
}

bool inRotation(const RotationState& state, MemberId member)
{
    const auto members = rotationMembers(state.spec);
    return std::find(members.begin(), members.end(), member) != members.end();
}

std::string bookedAccount(const RotationState& state, MemberId member, Booking booking)
{
    switch (booking) {
    case Booking::Pot: return rotation_accounts::pot(state.spec.id);
    case Booking::Prepaid: return rotation_accounts::prepaid(state.spec.id);
    case Booking::Advance: return rotation_accounts::advance(member);
    }
    return {};
}

} // namespace

std::string timingCode(Timing t)
{
    switch (t) {
    case Timing::Late: return "late";
    case Timing::OnTime: return "on-time";
    case Timing::Early: return "early";
    }
    return "";
}

ContributionResult recordContribution(const RotationState& state, MemberId member, Date date, std::int64_t amount)
{
    ContributionResult result;
    result.member = member;
    result.date = date;
    result.amount = amount;
    const Currency& currency = state.spec.currency();
    if (amount <= 0)
        result.problems.push_back(contributionProblem("contribution.amount", "The amount paid must be more than zero"));
    if (!inRotation(state, member))
        result.problems.push_back(Problem{"member", "contribution.member", {std::to_string(member)},
                                          "Member " + std::to_string(member) + " has no hand in this rotation"});
    if (!result.problems.empty())
        return result;

    // Once the cycle is complete only debts to the fund can still be paid.
    const int collecting = collectingRound(state).value_or(activeRounds(state) + 1);
    std::int64_t owed = 0;
    for (int r = 1; r <= activeRounds(state); ++r)
        owed = checkedAdd(owed, std::max<std::int64_t>(0, checkedSub(due(state, member, r), paidBy(state, member, r))));
    // A member who left owes nothing more (before receiving) or has paid their debt (after):
    // say when they left rather than "more than everything due (0)".
    if (owed == 0)
        for (const Withdrawal& w : state.withdrawals)
            if (w.member == member) {
                const std::string m = std::to_string(member), on = w.date.iso();
                result.problems.push_back(Problem{"member", "contribution.memberLeft", {m, on},
                                                  "Member " + m + " left this rotation on " + on
                                                      + ": nothing more is due from them"});
                return result;
            }
    if (owed == 0 && !collectingRound(state)) {
        result.problems.push_back(contributionProblem("contribution.cycleComplete", "Every round of this cycle is paid out"));
        return result;
    }
    if (amount > owed) {
        // The text names the currency (people type "5000" meaning 5000 XOF); args stay plain.
        result.problems.push_back(contributionProblem("contribution.moreThanDue", "The amount "
                                  + formatWithCode(amount, currency) + " is more than everything still due this cycle ("
                                  + formatWithCode(owed, currency) + ")",
                                  {formatPlain(amount, currency), formatPlain(owed, currency)}));
        return result;
    }

    PostingList postings;
    std::vector<FineCharge> finesSoFar = state.fines;
    std::int64_t left = amount;
    for (int r = 1; r <= activeRounds(state) && left > 0; ++r) {
        const std::int64_t outstanding = checkedSub(due(state, member, r), paidBy(state, member, r));
        if (outstanding <= 0)
            continue;
        std::int64_t take = std::min(left, outstanding);
        left -= take;
        // Repaying what the fund advanced comes first; the rest belongs to the pot being
        // collected or waits in prepaid for its round, so the pot only ever holds one round.
        const std::int64_t advanceOpen = checkedSub(advancedFor(state, member, r), advanceRepaid(state, member, r));
        auto addPart = [&](std::int64_t part, Booking booking) {
            if (part <= 0)
                return;
            AllocationPart view;
            view.round = r;
            view.dueOn = roundDate(state.spec, r);
            view.amount = part;
            view.timing = date > view.dueOn ? Timing::Late : r > collecting ? Timing::Early : Timing::OnTime;
            view.booking = booking;
            const FineCharge fine = lateFineFor(state, finesSoFar, member, r, part, date);
            if (fine.amount > 0) {
                view.fine = fine.amount;
                finesSoFar.push_back(fine);
                result.fines.push_back(fine);
            }
            result.parts.push_back(view);
            result.lines.push_back(RoundLine{member, r, part, LineSource::Payment, booking, date});
            postings.move(std::string(accounts::Cash), bookedAccount(state, member, booking), part);
        };
        const std::int64_t toAdvance = std::min(take, std::max<std::int64_t>(0, advanceOpen));
        addPart(toAdvance, Booking::Advance);
        take -= toAdvance;
        if (take > 0) {
            // A round already paid out is fully covered by the pot or an advance, so what is
            // still owed on it is always an advance to repay.
            if (r < collecting)
                throw Error("rotation: an amount owed on a paid-out round has no advance to repay");
            addPart(take, r == collecting ? Booking::Pot : Booking::Prepaid);
        }
    }
    result.postings = postings.take();
    return result;
}

void applyContribution(RotationState& state, const ContributionResult& result)
{
    if (!result.problems.empty())
        throw ValidationError(result.problems);
    state.lines.insert(state.lines.end(), result.lines.begin(), result.lines.end());
    state.fines.insert(state.fines.end(), result.fines.begin(), result.fines.end());
}

FinePaymentResult recordFinePayment(const RotationState& state, MemberId member, Date date, std::int64_t amount)
{
    FinePaymentResult result;
    result.payment = FinePayment{member, date, amount};
    const std::int64_t owed = finesOutstanding(state, member);
    const Currency& currency = state.spec.currency();
    if (amount <= 0)
        result.problems.push_back(contributionProblem("fine.amount", "The amount paid must be more than zero"));
    else if (amount > owed) {
        result.problems.push_back(contributionProblem("fine.moreThanOwed", "The amount "
                                  + formatWithCode(amount, currency) + " is more than the fines owed ("
                                  + formatWithCode(owed, currency) + ")",
                                  {formatPlain(amount, currency), formatPlain(owed, currency)}));
    }
    if (!result.problems.empty())
        return result;
    PostingList postings;
    postings.move(std::string(accounts::Cash), std::string(accounts::FineIncome), amount);
    result.postings = postings.take();
    return result;
}

void applyFinePayment(RotationState& state, const FinePaymentResult& result)
{
    if (!result.problems.empty())
        throw ValidationError(result.problems);
    state.finePayments.push_back(result.payment);
}

} // namespace tontine
