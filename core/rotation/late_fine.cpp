#include "core/rotation/late_fine.h"

#include "core/money/money.h"

#include <algorithm>

namespace tontine {

int periodsLate(MeetingFrequency frequency, Date dueOn, Date paidOn)
{
    if (paidOn <= dueOn)
        return 0;
    // Start from a lower bound (a month has at least 28 days) and step: exact for every
    // frequency, including month ends clamped by addMonths.
    const int days = paidOn.days() - dueOn.days();
    int n = frequency == MeetingFrequency::Weekly ? days / 7
            : frequency == MeetingFrequency::Fortnightly ? days / 14
                                                        : days / 31;
    n = std::max(n, 1);
    while (n > 1 && addMeetingPeriods(frequency, dueOn, n - 1) >= paidOn)
        --n;
    while (addMeetingPeriods(frequency, dueOn, n) < paidOn)
        ++n;
    return n;
}

FineCharge lateFineFor(const RotationState& state, const std::vector<FineCharge>& earlier,
                       MemberId member, int round, std::int64_t amount, Date paidOn)
{
    const RotationSpec& spec = state.spec;
    FineCharge charge{member, round, paidOn, 0, periodsLate(spec.frequency, roundDate(spec, round), paidOn)};
    if (charge.periodsLate == 0 || amount <= 0)
        return charge;
    const FineRule& rule = spec.lateFine;
    // A reversed payment's fine is cancelled by its negation (R43): only fines still
    // standing count as charged.
    std::vector<FineCharge> standing;
    for (const FineCharge& f : earlier) {
        if (f.member != member || f.round != round)
            continue;
        if (f.amount >= 0) {
            standing.push_back(f);
            continue;
        }
        const auto match = std::find_if(standing.begin(), standing.end(), [&](const FineCharge& s) {
            return s.amount == -f.amount && s.periodsLate == f.periodsLate;
        });
        if (match != standing.end())
            standing.erase(match);
    }
    int chargedPeriods = 0;
    bool charged = false;
    for (const FineCharge& f : standing) {
        charged = true;
        chargedPeriods = std::max(chargedPeriods, f.periodsLate);
    }
    const int periods = rule.perPeriod ? charge.periodsLate : 1;
    switch (rule.kind) {
    case FineRule::Kind::None:
        break;
    case FineRule::Kind::Percent:
        // Named rounding place: each late amount's fine, half away from zero to the unit.
        charge.amount = checkedMul(roundToUnit(mulDivRound(amount, rule.basisPoints, 10000), spec.roundingUnit), periods);
        break;
    case FineRule::Kind::Fixed:
        // Fixed fines belong to the round, not to each payment: once per round, or once per
        // period, counting the periods already charged for it.
        if (!rule.perPeriod)
            charge.amount = charged ? 0 : rule.amount;
        else
            charge.amount = checkedMul(rule.amount, std::max(0, charge.periodsLate - chargedPeriods));
        break;
    }
    return charge;
}

} // namespace tontine
